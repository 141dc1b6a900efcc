/**
 * Hostile input through the real CLI (in-process): nothing crashes or hangs, every diagnostic lies inside its
 * file, and each kind of bad input gets the one clear diagnostic it deserves while good files are still linted.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { runCli } from '../cli/helpers.js';

interface JsonDiagnostic {
  ruleId: string;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

const GOOD_POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: good\nspec:\n  containers:\n    - name: app\n      securityContext:\n        privileged: true\n';

let dir: string;
const write = (rel: string, content: string | Buffer) => {
  mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  writeFileSync(path.join(dir, rel), content);
};

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pci-lint-hostile-'));
  write('good.yaml', GOOD_POD);
  write('syntax/unclosed-flow.yaml', 'a: [1, 2\nb: 3\n');
  write('syntax/bad-indent.yaml', 'a:\n  b: 1\n c: 2\n');
  write('syntax/tab-indent.yaml', 'a:\n\tb: 1\n');
  write('syntax/compact-mapping.yaml', 'apiVersion: v1\nkind: Pod: x\n');
  write('syntax/duplicate-keys.yaml', 'apiVersion: v1\nkind: Pod\nkind: Pod\n');
  write('syntax/undefined-alias.yaml', 'a: *nowhere\n');
  write('syntax/anchor-across-documents.yaml', 'a: &x 1\n---\nb: *x\n');
  write('syntax/unterminated-string.yaml', 'a: "open\n');
  write('syntax/bad-directive.yaml', '%YAML 9.9\n---\na: 1\n');
  const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) laughs.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
  write('bombs/billion-laughs.yaml', `${laughs.join('\n')}\n`);
  write('bombs/deep-flow.yaml', `a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
  write('bombs/deep-block.yaml', Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n'));
  write('big/huge.yaml', '');
  truncateSync(path.join(dir, 'big/huge.yaml'), 200 * 1024 * 1024); // sparse: 200 MB on paper, nothing on disk
  write('encoding/binary.yaml', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 0, 0]));
  write('encoding/invalid-utf8.yaml', Buffer.from([0x61, 0x3a, 0x20, 0xc3, 0x28, 0x0a]));
  write('encoding/utf16le.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD_POD.replace('good', 'utf16'), 'utf16le')]));
  write('encoding/bom.yaml', `\uFEFF${GOOD_POD.replace('good', 'bom')}`);
  write('encoding/crlf.yaml', GOOD_POD.replace('good', 'crlf').replace(/\n/g, '\r\n'));
  write('encoding/lone-cr.yaml', GOOD_POD.replace('good', 'cr').replace(/\n/g, '\r'));
  write('helm/unrendered.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Values.name }}\n  labels:\n    {{- include "x.labels" . | nindent 4 }}\n');
  write('helm/valid-looking.yaml', 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: {{ .Values.replicas }}\n');
  write('shapes/list.json', JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [JSON.parse(JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'json' }, spec: { containers: [{ name: 'c', securityContext: { privileged: true } }] } }))] }));
  write('shapes/scalars.yaml', '42\n---\n"text"\n---\n- a\n- b\n---\n~\n---\n');
  write('shapes/merge-keys.yaml', 'defaults: &d\n  privileged: true\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: merged}\nspec:\n  containers:\n    - name: c\n      securityContext:\n        <<: {privileged: true}\n');
  write('shapes/non-string-keys.yaml', '1: one\ntrue: yes\n[a, b]: seq\n? {x: 1}\n: map\n');
  write('shapes/huge-int.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: n}\ndata: {}\nx: 123456789012345678901234567890123456789\n');
  write('shapes/empty.yaml', '');
  write('shapes/comments-only.yaml', '# nothing here\n');
  mkdirSync(path.join(dir, 'dir-named.yaml'));
  write('dir-named.yaml/inner.yaml', GOOD_POD.replace('good', 'inner'));
  mkdirSync(path.join(dir, 'links'));
  symlinkSync(path.join(dir, 'links'), path.join(dir, 'links', 'loop'));
  symlinkSync('/etc', path.join(dir, 'links', 'outside'));
  write('unreadable.yaml', GOOD_POD);
  chmodSync(path.join(dir, 'unreadable.yaml'), 0o000);
});

afterAll(() => {
  chmodSync(path.join(dir, 'unreadable.yaml'), 0o644);
  rmSync(dir, { recursive: true, force: true });
});

async function lintAll(...extra: string[]): Promise<{ code: number; list: JsonDiagnostic[]; stderr: string }> {
  const r = await runCli(['--format', 'json', ...extra, '.'], { cwd: dir, registry: builtinRules });
  return { code: r.code, list: JSON.parse(r.stdout || '[]') as JsonDiagnostic[], stderr: r.stderr };
}

const byFile = (list: JsonDiagnostic[], file: string) => list.filter((d) => d.file === file);

describe('a directory full of hostile input', () => {
  let result: Awaited<ReturnType<typeof lintAll>>;
  beforeAll(async () => {
    result = await lintAll();
  }, 60_000);

  it('finishes with exit 1 (findings), never 2 or a crash', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
  });

  it('puts every diagnostic inside its file', () => {
    for (const d of result.list) {
      if (d.file === 'big/huge.yaml') continue; // skipped unread: line 1, column 1
      const text = readFileSync(path.join(dir, d.file), 'latin1').replace(/\r\n?/g, '\n');
      const lines = text.split('\n');
      const where = `${d.file}:${d.line}:${d.column} ${d.ruleId}`;
      expect(d.line, where).toBeGreaterThanOrEqual(1);
      expect(d.line, where).toBeLessThanOrEqual(lines.length);
      expect(d.column, where).toBeGreaterThanOrEqual(1);
      expect(d.column, where).toBeLessThanOrEqual((lines[d.line - 1] ?? '').length + 1);
      expect(d.endLine, where).toBeGreaterThanOrEqual(d.line);
      expect(d.endLine, where).toBeLessThanOrEqual(lines.length);
      if (d.endLine === d.line) expect(d.endColumn, where).toBeGreaterThanOrEqual(d.column);
    }
  });

  it('still lints the good files, whatever surrounds them', () => {
    for (const file of ['good.yaml', 'encoding/bom.yaml', 'encoding/crlf.yaml', 'encoding/lone-cr.yaml', 'encoding/utf16le.yaml', 'dir-named.yaml/inner.yaml']) {
      const privileged = byFile(result.list, file).filter((d) => d.ruleId === 'privileged-container');
      expect(privileged.map((d) => `${d.line}:${d.column}`), file).toEqual(['9:9']);
    }
    expect(byFile(result.list, 'shapes/list.json').map((d) => d.ruleId)).toContain('privileged-container');
    expect(byFile(result.list, 'shapes/merge-keys.yaml').map((d) => d.ruleId)).toContain('privileged-container');
  });

  it.each([
    'syntax/unclosed-flow.yaml',
    'syntax/bad-indent.yaml',
    'syntax/tab-indent.yaml',
    'syntax/compact-mapping.yaml',
    'syntax/undefined-alias.yaml',
    'syntax/anchor-across-documents.yaml',
    'syntax/unterminated-string.yaml',
    // kubectl's reader refuses a directive (test/load/kubectl-stream.test.ts).
    'syntax/bad-directive.yaml',
    'bombs/billion-laughs.yaml',
    'bombs/deep-flow.yaml',
    'bombs/deep-block.yaml',
  ])('%s is a parse-error, not a crash', (file) => {
    const found = byFile(result.list, file);
    expect(found.length, file).toBeGreaterThan(0);
    expect(found.every((d) => d.ruleId === 'parse-error'), JSON.stringify(found)).toBe(true);
  });

  it('lints a document whose only error is a repeated key (kubectl keeps the last value), with a warning', () => {
    expect(byFile(result.list, 'syntax/duplicate-keys.yaml').map((d) => [d.ruleId, d.line, d.column])).toEqual([['yaml-compatibility', 2, 1]]);
  });

  it('skips a file over the size cap without reading it', () => {
    expect(byFile(result.list, 'big/huge.yaml').map((d) => [d.ruleId, d.line, d.column])).toEqual([['file-too-large', 1, 1]]);
  });

  it('reports binary, badly encoded and unreadable files once each', () => {
    expect(byFile(result.list, 'encoding/binary.yaml').map((d) => d.ruleId)).toEqual(['file-unreadable']);
    expect(byFile(result.list, 'encoding/invalid-utf8.yaml').map((d) => d.ruleId)).toEqual(['file-unreadable']);
    const unreadable = byFile(result.list, 'unreadable.yaml');
    // root reads through file modes; elsewhere the permission error is the finding.
    if (process.getuid?.() !== 0) expect(unreadable.map((d) => d.ruleId)).toEqual(['file-unreadable']);
  });

  it('gives unrendered Helm templates one clear diagnostic, not a cascade', () => {
    // Two templates of one project: the first file's diagnostic names the other, which has none of its own.
    const found = byFile(result.list, 'helm/unrendered.yaml');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('helm/valid-looking.yaml) look like unrendered Helm templates');
    expect(byFile(result.list, 'helm/valid-looking.yaml')).toEqual([]);
  });

  it('reports deep nesting at the document start, the same on every machine', () => {
    expect(byFile(result.list, 'bombs/deep-block.yaml').map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '1:1 The document nests too deeply to be parsed (the parser ran out of stack); nothing in it was checked.',
    ]);
  });

  it('passes quietly over documents that are not Kubernetes objects', () => {
    for (const file of ['shapes/scalars.yaml', 'shapes/non-string-keys.yaml', 'shapes/huge-int.yaml', 'shapes/empty.yaml', 'shapes/comments-only.yaml']) {
      expect(byFile(result.list, file).filter((d) => d.ruleId === 'parse-error' || d.ruleId === 'internal-error'), file).toEqual([]);
    }
  });

  it('neither follows symbolic links nor loops on them', () => {
    expect(result.list.some((d) => d.file.startsWith('links/'))).toBe(false);
  });

  it('has no internal errors', () => {
    expect(result.list.filter((d) => d.ruleId === 'internal-error')).toEqual([]);
  });

  it('gives byte-identical output on a second run', async () => {
    const again = await lintAll();
    expect(again.list).toEqual(result.list);
  });
});

describe('edge cases of the command line', () => {
  it('an empty working directory, linted by default, exits 0 with a note', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'pci-lint-empty-'));
    try {
      const r = await runCli([], { cwd: empty });
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('nothing was checked');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('`-` with empty standard input exits 0', async () => {
    const r = await runCli(['-'], { stdin: '' });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});
