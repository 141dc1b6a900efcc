/**
 * Hostile text in every place a manifest can put it into a report (file names, object names, namespaces,
 * images, container names, label values, Helm template names, suppression comments) and every output
 * format, with and without the cache: no report can carry an ESC or other control byte, a C1 control, a
 * bidirectional override, a line that starts with `::` unless it is one of our own annotations, `##[`,
 * raw `<` from the input, or a lone surrogate; and JSON and SARIF still parse to the exact names.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { json } from '../../src/report/json.js';
import { stylish } from '../../src/report/stylish.js';
import { FORMAT_NAMES } from '../../src/report/formats.js';
import type { Diagnostic } from '../../src/engine/diagnostic.js';
import { runCli } from '../cli/helpers.js';

/** Payloads: terminal escapes (CSI, OSC 8 hyperlink, OSC 52 clipboard, 8-bit CSI), workflow commands, markup. */
const PAYLOADS = [
  '\u001b[2J\u001b[1;1H',
  '\u001b]8;;https://evil.example/\u0007link\u001b]8;;\u0007',
  '\u001b]52;c;ZWNobyBwd25lZA==\u0007',
  '\u009b31m',
  '\n::add-mask::secret\n::error file=x::forged\n',
  '##[group]forged##[endgroup]',
  '##vso[task.setvariable variable=x]1',
  '<img src=x onerror=alert(1)>',
  '](https://evil.example/)[x',
  '\u202eevil\u202c',
  '\u2028::warning::u2028',
  '\r::notice::cr',
  '\ud800',
];
const JOINED = PAYLOADS.join(' ');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pci-lint-inject-'));
  // JSON.stringify leaves DEL and C1 controls raw, which go-yaml refuses even in a quoted scalar: escaped.
  const quote = (s: string) => JSON.stringify(s).replace(/[\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  // A comment holds the payloads' printable part: a control character, even in a comment, makes kubectl
  // reject the document (go-yaml's reader), so it is a parse-error (broken.yaml below), not a suppression.
  const refused = (c: string) => {
    const n = c.codePointAt(0) ?? 0;
    return (n < 0x20 && n !== 0x09) || (n >= 0x7f && n <= 0x9f) || (n >= 0xd800 && n <= 0xdfff);
  };
  const inComment = (s: string) => Array.from(s.replace(/[\n\r\u2028]/g, ' '), (c) => (refused(c) ? '?' : c)).join('');
  const names = PAYLOADS.map((p, i) => `x${i}${p}`);
  const docs = names.map(
    (n, i) => `apiVersion: v1
kind: Pod
metadata:
  name: ${quote(n)}
  namespace: ${quote(`ns${n}`)}
  labels: {app: ${quote(n)}}
spec:
  containers:
    # pci-lint-disable-next-line ${inComment(PAYLOADS[i] ?? '')} -- ${inComment(quote(n))}
    - name: ${quote(`c${n}`)}
      image: ${quote(`registry.example/${n}:latest`)}
      securityContext: {privileged: true}
`,
  );
  writeFileSync(path.join(dir, 'pods.yaml'), docs.join('---\n'));
  // File names: everything a POSIX name may hold (not / or NUL).
  mkdirSync(path.join(dir, 'dir'));
  for (const [i, p] of ['\u001b[31m', '\n::error::f', '##[section]', '<b>', '#?%25 name'].entries()) {
    writeFileSync(path.join(dir, 'dir', `f${i}${p}.yaml`), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: nginx, securityContext: {privileged: true}}]}\n');
  }
  writeFileSync(path.join(dir, 'broken.yaml'), `a: [\n# ${JOINED.replace(/[\n\r\u2028]/g, ' ')}\n`);
  writeFileSync(path.join(dir, 'helm.yaml'), `# Source: chart/templates/${inComment(JOINED)}.yaml\napiVersion: v1\nkind: Pod\nmetadata: {name: h}\nspec: {containers: [{name: c, image: nginx, securityContext: {privileged: true}}]}\n`);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** What no report may carry, whatever the format. */
function expectInert(text: string, format: string): void {
  // eslint-disable-next-line no-control-regex
  expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u2028\u2029]/);
  expect(text).not.toContain('##[');
  expect(text).not.toContain('##vso[');
  expect(text.isWellFormed()).toBe(true);
  for (const line of text.split('\n')) {
    if (/^\s*::/.test(line)) expect(format === 'github' && /^::(error|warning|notice) file=[^:]*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:]*::/.test(line), line).toBe(true);
  }
  for (const marker of ['<img', '<b>', 'onerror=alert(1)>']) expect(text).not.toContain(marker);
  if (format === 'markdown') expect(text).not.toContain('](https://evil');
  if (format === 'sarif') {
    // Viewers read `[text](target)` in a message as a link unless the brackets are escaped.
    const log = JSON.parse(text) as { runs: { results: { message: { text: string } }[] }[] };
    for (const result of log.runs[0]?.results ?? []) expect(result.message.text).not.toMatch(/(^|[^\\])\]\(/);
  }
}

describe.each([false, true])('output injection (cache %s)', (cache) => {
  it.each(FORMAT_NAMES)('%s carries nothing from the input that a terminal, CI log, XML, Markdown or HTML would read', async (format) => {
    const args = ['--format', format, ...(cache ? ['--cache'] : []), '.'];
    for (let round = 0; round < (cache ? 2 : 1); round++) {
      const r = await runCli(args, { cwd: dir, registry: builtinRules });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      expectInert(r.stdout, format);
      if (format === 'json') {
        const list = JSON.parse(r.stdout) as { file: string; resource: { name: string | null } | null; ruleId: string }[];
        // Machine-readable fields keep their exact values (lone surrogates aside).
        expect(list.some((d) => d.resource?.name === 'x0\u001b[2J\u001b[1;1H')).toBe(true);
        expect(list.some((d) => d.file === 'dir/f1\n::error::f.yaml')).toBe(true);
        expect(list.filter((d) => d.ruleId === 'privileged-container').length).toBe(PAYLOADS.length + 6);
      }
      if (format === 'gitlab') {
        const issues = JSON.parse(r.stdout) as { location: { path: string }; fingerprint: string; check_name: string }[];
        expect(issues.some((d) => d.location.path === 'dir/f1\n::error::f.yaml')).toBe(true);
        expect(new Set(issues.map((d) => d.fingerprint)).size).toBe(issues.length);
        expect(issues.filter((d) => d.check_name === 'privileged-container').length).toBe(PAYLOADS.length + 6);
      }
      if (format === 'json-summary') {
        const { summary, diagnostics } = JSON.parse(r.stdout) as { summary: { rules: Record<string, { total: number }> }; diagnostics: { file: string }[] };
        expect(diagnostics.some((d) => d.file === 'dir/f1\n::error::f.yaml')).toBe(true);
        expect(summary.rules['privileged-container']?.total).toBe(PAYLOADS.length + 6);
      }
      if (format === 'sarif') {
        const log = JSON.parse(r.stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
        const uris = log.runs[0]?.results.map((x) => x.locations[0]?.physicalLocation.artifactLocation.uri) ?? [];
        expect(uris).toContain('dir/f4%23%3F%2525%20name.yaml');
        for (const uri of uris) expect(uri).toMatch(/^[A-Za-z0-9\-._~%!$&'()*+,;=:@/]+$/);
      }
    }
  });
});

describe('the GitHub job summary', () => {
  it('written to $GITHUB_STEP_SUMMARY carries nothing a Markdown renderer would read', async () => {
    const file = path.join(dir, '..', `${path.basename(dir)}-summary.md`);
    try {
      const r = await runCli(['--format', 'github', '.'], { cwd: dir, registry: builtinRules, env: { GITHUB_STEP_SUMMARY: file } });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('');
      const text = readFileSync(file, 'utf8');
      expect(text.startsWith('## pci-lint\n')).toBe(true);
      expectInert(text, 'markdown');
    } finally {
      rmSync(file, { force: true });
    }
  });
});

describe('formatters over user text directly', () => {
  const base: Diagnostic = { ruleId: 'x', pci: ['1'], requirements: [], severity: 'error', message: JOINED, file: JOINED, line: 1, column: 1, endLine: 1, endColumn: 2 };

  it('stylish and JSON write a report of 200 000 findings in one file', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => ({ ...base, file: 'one.yaml', message: `m${i}`, line: i + 1 }));
    const input = { diagnostics: many, fileCount: 1, target: { major: 1, minor: 30 } };
    expect(stylish(input, { color: false }).split('\n').length).toBeGreaterThan(200_000);
    expect((JSON.parse(json(input, { color: false })) as unknown[]).length).toBe(200_000);
  });

  it.each(['stylish', 'github', 'junit', 'markdown', 'json', 'json-summary', 'gitlab', 'sarif'])('%s escapes every payload in message, file and template', async (format) => {
    const { formatters } = await import('../../src/report/index.js');
    const formatter = formatters[format];
    if (!formatter) throw new Error(format);
    const d: Diagnostic = { ...base, pci: [], source: { chart: JOINED, template: JOINED }, resource: { apiVersion: 'v1', kind: JOINED, name: JOINED, namespace: JOINED } };
    expectInert(formatter({ diagnostics: [d], fileCount: 1, files: [JOINED], target: { major: 1, minor: 30 }, rules: builtinRules }, { color: false }), format);
  });

  it('the GitHub job summary escapes every payload in message, file, rule id and template', async () => {
    const { githubSummary } = await import('../../src/report/github.js');
    const d: Diagnostic = { ...base, ruleId: JOINED, source: { chart: JOINED, template: JOINED } };
    const text = githubSummary({ diagnostics: [d], fileCount: 1, target: { major: 1, minor: 30 }, rules: builtinRules });
    expectInert(text, 'markdown');
    // One table row per finding: no payload ends a cell or a row early.
    const row = text.split('\n').slice(text.split('\n').indexOf('### Findings')).find((l) => l.startsWith('| Error | '));
    expect(row?.split(/(?<!\\)\|/).length).toBe(6);
  });
});
