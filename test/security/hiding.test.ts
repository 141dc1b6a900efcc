/**
 * A privileged Pod that `kubectl apply -f` would create, written so that a linter reading the text
 * differently from kubectl could miss it: each case is the manifest, and where the one finding of
 * privileged-container must be (line:col), in YAML and in JSON.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lintText } from '../../src/run/lint.js';
import { runCli } from '../cli/helpers.js';

const rules = builtinRules.filter((r) => r.meta.id === 'privileged-container');
const found = (text: string, file: string) =>
  lintText(text, { file, registry: rules }).map((d) => `${d.ruleId} ${String(d.line)}:${String(d.column)}`);

const POD = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec: { containers: [{ name: 'c', image: 'nginx', securityContext: { privileged: true } }] } };
const list = (...items: unknown[]) => ({ apiVersion: 'v1', kind: 'List', items });
const pretty = (value: unknown) => JSON.stringify(value, null, 2);

/** Where each `privileged` key of the text is, as a privileged-container finding there prints it. */
function keysOf(text: string, json: boolean): string[] {
  const key = json ? '"privileged"' : 'privileged:';
  const out: string[] = [];
  for (let at = text.indexOf(key); at !== -1; at = text.indexOf(key, at + 1)) {
    const before = text.slice(0, at);
    out.push(`privileged-container ${String(before.split('\n').length)}:${String(at - before.lastIndexOf('\n'))}`);
  }
  return out;
}

describe('lists inside lists (kubectl FlattenListVisitor expands them to any depth)', () => {
  it.each([
    ['a List in a List, YAML', 'a.yaml', 'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: List\n    items:\n      - apiVersion: v1\n        kind: Pod\n        metadata: {name: web}\n        spec:\n          containers:\n            - name: c\n              image: nginx\n              securityContext: {privileged: true}\n', 1],
    ['a List of a List of a List, YAML', 'a.yaml', 'kind: List\napiVersion: v1\nitems:\n- kind: List\n  apiVersion: v1\n  items:\n  - kind: PodList\n    apiVersion: v1\n    items:\n    - {apiVersion: v1, kind: Pod, metadata: {name: web}, spec: {containers: [{name: c, image: nginx, securityContext: {privileged: true}}]}}\n', 1],
    // The inner list's kind does not matter: an item with an `items` array is a list (Unstructured.IsList).
    ['an item of any kind holding items, YAML', 'a.yaml', 'apiVersion: v1\nkind: List\nitems:\n  - kind: ConfigMap\n    apiVersion: v1\n    items:\n      - {apiVersion: v1, kind: Pod, metadata: {name: web}, spec: {containers: [{name: c, image: nginx, securityContext: {privileged: true}}]}}\n', 1],
    ['a List in a List, JSON on one line', 'a.json', JSON.stringify(list(list(POD))), 1],
    ['a List of Lists three deep, JSON', 'a.json', pretty(list(list(list(POD)), POD)), 2],
  ])('%s', (_, file, text, count) => {
    const expected = keysOf(text, file.endsWith('.json'));
    expect(expected).toHaveLength(count);
    expect(found(text, file)).toEqual(expected);
  });

  it('items of an inner list take no kind from it (Unstructured.ToList sets none): kubectl rejects them', () => {
    const bare = { metadata: { name: 'web' }, spec: POD.spec };
    expect(found(JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'v1', kind: 'PodList', items: [bare] }] }), 'a.json')).toEqual([]);
    // The outer list still gives its own items its kind, as before.
    const podList = JSON.stringify({ apiVersion: 'v1', kind: 'PodList', items: [bare] });
    expect(found(podList, 'a.json')).toEqual(keysOf(podList, true));
  });
});

describe('byte-order marks at the start of a line (go-yaml skips them, YAML 1.2 reads them as part of a key)', () => {
  const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: c\n      image: nginx\n      securityContext:\n        privileged: true\n';
  const withNotes = (text: string) =>
    lintText(text, { file: 'a.yaml', registry: rules }).map((d) => `${d.ruleId} ${String(d.line)}:${String(d.column)}`);
  const note = (line: number, column: number) => `yaml-compatibility ${String(line)}:${String(column)}`;
  it.each([
    // kubectl's YAMLReader hands go-yaml the document after `---`, which drops the mark at its start.
    ['at the start of a document after ---', `a: 1\n---\n\uFEFF${pod}`, [note(3, 1), 'privileged-container 12:9']],
    ['the same with CRLF line breaks', `a: 1\n---\n\uFEFF${pod}`.replace(/\n/g, '\r\n'), [note(3, 1), 'privileged-container 12:9']],
    ['after --- and a comment', `a: 1\n--- # next\n\uFEFF${pod}`, [note(3, 1), 'privileged-container 12:9']],
    // Elsewhere it is one column: every top-level line marked is a mapping one column in.
    ['before every top-level key', `# c\n${pod.replace(/^(?=\S)/gm, '\uFEFF').replace('\uFEFF# c', '# c')}`, [note(2, 1), 'privileged-container 11:9']],
    ['before an indented key', pod.replace('        privileged', '\uFEFF        privileged'), [note(10, 1), 'privileged-container 10:10']],
  ])('%s: checked as kubectl reads it, with one warning', (_, text, expected) => {
    expect(withNotes(text)).toEqual(expected);
  });

  it.each([
    // go-yaml reads these one column in, which breaks the mapping: kubectl rejects them, and so does the check.
    ['before one top-level key', pod.replace('kind: Pod', '\uFEFFkind: Pod')],
    ['at the start of the first document after a leading ---', `---\n\uFEFF${pod}`],
  ])('%s: a parse error, never nothing', (_, text) => {
    expect(withNotes(text).some((d) => d.startsWith('parse-error'))).toBe(true);
  });
});

describe('encodings kubectl does not read', () => {
  const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: c\n      image: nginx\n      securityContext:\n        privileged: true\n';
  const utf32 = (text: string, le: boolean, mark: boolean) => {
    const points = Array.from((mark ? '\uFEFF' : '') + text, (c) => c.codePointAt(0) ?? 0);
    const bytes = Buffer.alloc(points.length * 4);
    points.forEach((p, i) => (le ? bytes.writeUInt32LE(p, i * 4) : bytes.writeUInt32BE(p, i * 4)));
    return bytes;
  };
  it.each([
    ['UTF-32LE with its mark', utf32(pod, true, true), /UTF-32LE byte-order mark/],
    ['UTF-32BE with its mark', utf32(pod, false, true), /UTF-32BE byte-order mark/],
    ['UTF-32LE without a mark', utf32(pod, true, false), /UTF-32LE without a byte-order mark/],
    ['UTF-16BE without a mark', Buffer.from(pod, 'utf16le').swap16(), /UTF-16BE without a byte-order mark/],
  ])('%s: one error naming the encoding, and the other file is still linted', async (_, bytes, message) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pci-lint-encoding-'));
    try {
      writeFileSync(path.join(dir, 'a.yaml'), bytes);
      writeFileSync(path.join(dir, 'b.yaml'), pod);
      const r = await runCli(['--no-config', '--format', 'json', '.'], { cwd: dir, registry: rules });
      const list = JSON.parse(r.stdout) as { file: string; ruleId: string; severity: string; message: string }[];
      expect(r.code).toBe(1);
      expect(list.filter((d) => d.file === 'a.yaml').map((d) => [d.ruleId, d.severity])).toEqual([['file-unreadable', 'error']]);
      expect(list.find((d) => d.file === 'a.yaml')?.message).toMatch(message);
      expect(list.filter((d) => d.file === 'b.yaml').map((d) => d.ruleId)).toEqual(['privileged-container']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('characters go-yaml refuses (readerc.go yaml_parser_update_buffer: "control characters are not allowed")', () => {
  const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: c\n      image: nginx\n      securityContext:\n        privileged: true\n';
  const report = (text: string, file = 'a.yaml') =>
    lintText(text, { file, registry: rules }).map((d) => `${d.ruleId} ${String(d.line)}:${String(d.column)}${d.ruleId === 'parse-error' ? ` ${d.message}` : ''}`);
  const refused = (line: number, column: number, name: string, what = 'a control character') =>
    `parse-error ${String(line)}:${String(column)} YAML syntax error: The character ${name} (${what}) is not allowed in YAML: kubectl (go-yaml) rejects this document ("control characters are not allowed"), so nothing in it was checked. Remove it, or write it as an escape in a double-quoted string.`;
  it.each([
    // Each of these was linted as if the character were an ordinary one; the last three gave nothing at all.
    ['NUL inside a later key', `${pod}  host\u0000PID: true\n`, refused(11, 7, 'U+0000')],
    ['vertical tab inside a later key', `${pod}  host\u000bPID: true\n`, refused(11, 7, 'U+000B')],
    ['form feed in a comment', `${pod}# note\u000c\n`, refused(11, 7, 'U+000C')],
    ['ESC in a value', `${pod}  hostname: a\u001bb\n`, refused(11, 14, 'U+001B')],
    ['DEL after true', pod.replace('privileged: true', 'privileged: true\u007f'), refused(10, 25, 'U+007F')],
    ['vertical tab after the colon', pod.replace('privileged: true', 'privileged:\u000b true'), refused(10, 20, 'U+000B')],
    ['a C1 control after the kind', pod.replace('kind: Pod', 'kind: Pod\u0090'), refused(2, 10, 'U+0090')],
    ['U+009F in a key', pod.replace('name: web', 'na\u009fme: web'), refused(4, 5, 'U+009F')],
    ['U+FFFE in a value', pod.replace('image: nginx', 'image: ngi\ufffenx'), refused(8, 17, 'U+FFFE', 'a noncharacter')],
    ['U+FFFF in a comment', `# \uffff\n${pod}`, refused(1, 3, 'U+FFFF', 'a noncharacter')],
    ['a lone surrogate in a value', pod.replace('name: c', 'name: c\ud800'), refused(7, 14, 'U+D800', 'a lone surrogate')],
  ])('%s: a parse-error at the character, the document unchecked', (_, text, expected) => {
    expect(report(text)).toEqual([expected]);
  });

  it('other documents of the file are still checked; a character between documents is the next one\'s', () => {
    expect(report(`${pod}---\n${pod.replace('name: web', 'name: w\u0001')}`)).toEqual(['privileged-container 10:9', refused(15, 10, 'U+0001')]);
    expect(report(`${pod}---\n# \u0001\n---\n${pod}`)).toEqual(['privileged-container 10:9', refused(12, 3, 'U+0001')]);
    // At the end of the file, a document of its own.
    expect(report(`${pod}---\n# \u0007\n`)).toEqual(['privileged-container 10:9', refused(12, 3, 'U+0007')]);
  });

  it('what kubectl accepts is still checked: NEL, escapes, a separator line it drops, JSON strings', () => {
    expect(report(`${pod}  hostname: "a\\x01\\x7f"\n`)).toEqual(['privileged-container 10:9']);
    // YAMLReader drops a `---` line that ends a document, so go-yaml never reads what is after it.
    expect(report(`a: 1\n--- # \u0001\n${pod}`)).toEqual(['privileged-container 12:9']);
    // A stream starting with `{` is decoded by encoding/json, which reads DEL, C1 and U+FFFE in a string.
    const json = JSON.stringify({ ...POD, metadata: { name: 'w\u007f\u0090\ufffe' } });
    expect(report(json, 'a.json')).toEqual([`privileged-container 1:${String(json.indexOf('"privileged"') + 1)}`]);
    // But not below U+0020, and not in JSON encoding/json refuses (then go-yaml reads it).
    const raw = JSON.stringify(POD).replace('"web"', '"w\u0001"');
    expect(report(raw, 'a.json')).toEqual([refused(1, raw.indexOf('\u0001') + 1, 'U+0001')]);
  });

  it('a file past the 8000 bytes decodeBytes looks at for NUL: the other file is still linted', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pci-lint-control-'));
    try {
      writeFileSync(path.join(dir, 'a.yaml'), `${'# padding\n'.repeat(900)}${pod}  host\u0000PID: true\n`);
      writeFileSync(path.join(dir, 'b.yaml'), pod);
      const r = await runCli(['--no-config', '--format', 'json', '.'], { cwd: dir, registry: rules });
      const list = JSON.parse(r.stdout) as { file: string; ruleId: string; line: number; column: number }[];
      expect(r.code).toBe(1);
      expect(list.map((d) => `${d.file} ${d.ruleId} ${String(d.line)}:${String(d.column)}`)).toEqual(['a.yaml parse-error 911:7', 'b.yaml privileged-container 10:9']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('separator lines kubectl drops (apimachinery YAMLReader.Read trims them with strings.TrimSpace)', () => {
  const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: c\n      image: nginx\n      securityContext:\n        privileged: true\n';
  const report = (text: string) => lintText(text, { file: 'a.yaml', registry: rules }).map((d) => `${d.ruleId} ${String(d.line)}:${String(d.column)}`);
  it.each([
    ['a vertical tab after ---', '---\u000b'],
    ['a form feed before the comment', '--- \u000c# next'],
    ['a no-break space after ---', '---\u00a0'],
  ])('%s: the Pod after it is checked (it was a parse-error)', (_, separator) => {
    expect(report(`a: 1\n${separator}\n${pod}`)).toEqual(['privileged-container 12:9']);
  });

  it('a separator that starts the file is go-yaml\'s to read: a form feed there is refused', () => {
    expect(report(`---\u000c\n${pod}`)).toEqual(['parse-error 1:4']);
  });
});
