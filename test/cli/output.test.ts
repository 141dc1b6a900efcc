/**
 * The exact text the CLI prints for the examples and fixtures. Every expected line:column below was
 * counted by hand from the YAML files (1-based; a key's column is where the key starts, an image's
 * column is where its value starts, opening quote included).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import type { AnyRule } from '../../src/engine/rule.js';
import { findings, locations, parseStylishLine, runCli, STYLISH_HEADING, type StylishLine } from './helpers.js';

describe('stylish', () => {
  it('prints one `file:line:col  severity  message  rule-id` line per finding, under its object', async () => {
    const r = await runCli(['examples/noncompliant']);
    const lines = r.stdout.split('\n');
    // Blocks per file separated by one blank line, then a blank line and the summary, then a final newline.
    expect(lines.at(-1)).toBe('');
    expect(lines.at(-2)).toMatch(/^✖ \d+ problems? \(\d+ errors?, \d+ warnings?, \d+ info\) in \d+ files; checked \d+ files against Kubernetes \d+\.\d+$/);
    expect(lines.at(-3)).toBe('');
    for (const line of lines.slice(0, -3)) {
      if (line === '' || STYLISH_HEADING.test(line)) continue;
      expect(parseStylishLine(line), line).toBeDefined();
    }
    const files = findings(r.stdout).map((f) => f.file);
    // Files come in sorted order, each once, as one block.
    expect(files.filter((f, i) => f !== files[i - 1])).toEqual([...new Set(files)].sort());
    expect(files).toEqual(expect.arrayContaining(['examples/noncompliant/checkout.yaml', 'examples/noncompliant/node-agent.yaml']));
    // A file's block starts with the heading of its first object, after exactly one blank line.
    const agentHeading = lines.indexOf('DaemonSet monitoring/node-agent');
    expect(lines[agentHeading - 1]).toBe('');
    expect(lines[agentHeading - 2]).toMatch(/^ {2}examples\/noncompliant\/[a-z-]+\.yaml:/);
    expect(lines[agentHeading + 1]).toMatch(/^ {2}examples\/noncompliant\/node-agent\.yaml:\d+:\d+ /);
    // Each object's findings are together, under one heading.
    const headings = findings(r.stdout).map((f) => `${f.file} ${f.heading ?? ''}`);
    expect(headings.filter((h, i) => h !== headings[i - 1])).toEqual([...new Set(headings)]);
    // Messages only: the fix is in json, sarif and --explain.
    expect(r.stdout).not.toContain('Remove securityContext.privileged');
  });

  it('pads the location column to the widest location of each file', async () => {
    const r = await runCli(['examples/noncompliant']);
    const byFile = new Map<string, StylishLine[]>();
    for (const f of findings(r.stdout)) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
    for (const [file, list] of byFile) {
      const widest = Math.max(...list.map((f) => `${f.file}:${f.line}:${f.column}`.length));
      for (const f of list) {
        expect(f.severityAt, `${file}: ${f.text}`).toBe(widest + 2);
        // severity is padded to 7 characters, then two spaces before the message.
        expect(f.text.slice(f.severityAt, f.severityAt + 9)).toBe(`${f.severity.padEnd(7)}  `);
        expect(f.text.endsWith(`  ${f.ruleId}`)).toBe(true);
      }
    }
    // node-agent.yaml has both 15:5 and 22:13, so the shorter location really is padded.
    const agent = byFile.get('examples/noncompliant/node-agent.yaml')!;
    expect(agent.find((f) => f.line === 15)!.text).toMatch(/^examples\/noncompliant\/node-agent\.yaml:15:5 {3}warning {2}/);
  });

  it('reports each finding of node-agent.yaml at its exact place', async () => {
    const r = await runCli(['examples/noncompliant']);
    const f = 'examples/noncompliant/node-agent.yaml';
    const at = locations(r.stdout);
    // line 15: the pod template's `    spec:` (key at column 5), which leaves automountServiceAccountToken unset
    expect(at).toContain(`${f}:15:5 automount-service-account-token`);
    // line 19: `          image: busybox` (value at column 18)
    expect(at).toContain(`${f}:19:18 image-digest`);
    // line 22: `            privileged: true` in init container "setup" (key at column 13)
    expect(at).toContain(`${f}:22:13 privileged-container`);
    // line 25: `          image: example/node-agent:latest`
    expect(at).toContain(`${f}:25:18 image-digest`);
    // line 27: `            privileged: true` in container "agent"
    expect(at).toContain(`${f}:27:13 privileged-container`);

    const agent = findings(r.stdout).find((x) => x.file === f && x.line === 27)!;
    expect(agent).toMatchObject({ column: 13, severity: 'error', ruleId: 'privileged-container' });
    expect(agent.message).toMatch(/^Container "agent" runs privileged/);
    const setup = findings(r.stdout).find((x) => x.file === f && x.line === 22)!;
    expect(setup.message).toMatch(/^Container "setup" runs privileged/);
  });

  it('reports findings in the second and third documents of checkout.yaml on their own lines', async () => {
    const r = await runCli(['examples/noncompliant']);
    const f = 'examples/noncompliant/checkout.yaml';
    const at = locations(r.stdout);
    // Second document: line 23 `          image: registry.example.com/shop/checkout:1.8.2` is a tag-only pin.
    expect(at).toContain(`${f}:23:18 image-digest`);
    // Third document: line 33 `      image: "registry.example.com:5000/tools/shell@sha256:not-a-digest"`.
    expect(at).toContain(`${f}:33:14 image-digest`);
    const tagOnly = findings(r.stdout).find((x) => x.file === f && x.line === 23)!;
    expect(tagOnly.severity).toBe('warning');
    const badDigest = findings(r.stdout).find((x) => x.file === f && x.line === 33)!;
    expect(badDigest.severity).toBe('error');
    // Nothing is reported in the first document (lines 1-6).
    expect(findings(r.stdout).filter((x) => x.file === f && x.line <= 6)).toEqual([]);
  });

  it('sorts findings by file, line and column', async () => {
    const list = findings((await runCli(['examples/noncompliant', 'examples/helm-rendered'])).stdout);
    const keys = list.map((f) => [f.file, f.line, f.column] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2]));
    expect(keys).toEqual(sorted);
  });

  it('a multi-document fixture reports the finding of its third document on the right line', async () => {
    const r = await runCli(['test/fixtures/cli/multi-doc/three-docs.yaml']);
    expect(r.code).toBe(1);
    // line 34: `        privileged: true` (key at column 9), after two `---` separators.
    expect(locations(r.stdout)).toEqual(['test/fixtures/cli/multi-doc/three-docs.yaml:34:9 privileged-container']);
  });

  it('shows the Helm template of rendered findings', async () => {
    const r = await runCli(['examples/helm-rendered/shop.yaml']);
    expect(r.code).toBe(1);
    const list = findings(r.stdout);
    // line 40: `          image: "registry.example.com/shop/frontend:0.3.0"` from shop/templates/deployment.yaml
    const frontend = list.find((f) => f.line === 40)!;
    expect(frontend).toMatchObject({ file: 'examples/helm-rendered/shop.yaml', column: 18, ruleId: 'image-digest', severity: 'warning' });
    expect(frontend.heading).toBe('Deployment shop-frontend  from shop/templates/deployment.yaml');
    // line 66: `            privileged: true` from the cache subchart's statefulset
    const redis = list.find((f) => f.line === 66)!;
    expect(redis).toMatchObject({ column: 13, ruleId: 'privileged-container' });
    expect(redis.heading).toMatch(/^StatefulSet \S+ {2}from shop\/charts\/cache\/templates\/statefulset\.yaml$/);
    // Every finding of that file is listed under the object it is about, with the template it came from.
    for (const f of list) expect(f.heading).toMatch(/ {2}from shop\/[^ ]+\.yaml$/);
    // The deployment.yaml template's metrics sidecar is pinned by digest: nothing on line 45.
    expect(list.filter((f) => f.line === 45)).toEqual([]);
  });

  it('reports a parse error at its exact place and still lints the good file beside it', async () => {
    const r = await runCli(['test/fixtures/cli/parse-error']);
    expect(r.code).toBe(1);
    const at = locations(r.stdout);
    // broken.yaml line 11: `      @image: nginx:1.27` starts a key with the reserved @ (column 7).
    expect(at).toContain('test/fixtures/cli/parse-error/broken.yaml:11:7 parse-error');
    // good.yaml line 14: `      image: nginx:latest` (value at column 14).
    expect(at).toContain('test/fixtures/cli/parse-error/good.yaml:14:14 image-digest');
    const parseError = findings(r.stdout).find((f) => f.ruleId === 'parse-error')!;
    expect(parseError.severity).toBe('error');
    expect(parseError.message).toMatch(/^YAML syntax error: /);
    // broken.yaml is not checked by the rules (its latest-tagged image on line 10 is not reported).
    expect(at.filter((l) => l.startsWith('test/fixtures/cli/parse-error/broken.yaml'))).toEqual(['test/fixtures/cli/parse-error/broken.yaml:11:7 parse-error']);
  });

  it('a parse error cannot be filtered away by --pci or --quiet', async () => {
    const r = await runCli(['--pci', '3.1', '--quiet', 'test/fixtures/cli/parse-error']);
    expect(r.code).toBe(1);
    expect(locations(r.stdout)).toEqual(['test/fixtures/cli/parse-error/broken.yaml:11:7 parse-error']);
  });
});

interface JsonDiagnostic {
  ruleId: string;
  messageId: string | null;
  pci: string[];
  severity: string;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  resource: { apiVersion: string; kind: string; name: string | null; namespace: string | null } | null;
  source: { chart: string; template: string } | null;
  fix: string | null;
}

async function jsonReport(argv: string[], registry?: readonly AnyRule[]): Promise<{ code: number; list: JsonDiagnostic[] }> {
  const r = await runCli(['--format', 'json', ...argv], registry ? { registry } : {});
  expect(r.stderr).toBe('');
  expect(r.stdout.endsWith('\n')).toBe(true);
  return { code: r.code, list: JSON.parse(r.stdout) as JsonDiagnostic[] };
}

describe('json', () => {
  it('gives every object the full shape', async () => {
    const { code, list } = await jsonReport(['examples/noncompliant', 'examples/helm-rendered', 'test/fixtures/cli/parse-error']);
    expect(code).toBe(1);
    expect(list.length).toBeGreaterThan(5);
    for (const d of list) {
      expect(Object.keys(d)).toEqual(
        expect.arrayContaining(['ruleId', 'pci', 'severity', 'message', 'file', 'line', 'column', 'endLine', 'endColumn', 'resource', 'source']),
      );
      expect(d.ruleId).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(Array.isArray(d.pci)).toBe(true);
      expect(['error', 'warning', 'info']).toContain(d.severity);
      expect(typeof d.message).toBe('string');
      expect(typeof d.file).toBe('string');
      for (const n of [d.line, d.column, d.endLine, d.endColumn]) expect(Number.isInteger(n) && n >= 1).toBe(true);
      expect(d.endLine > d.line || (d.endLine === d.line && d.endColumn >= d.column)).toBe(true);
      if (d.ruleId === 'parse-error') {
        expect(d.resource).toBeNull();
      } else {
        expect(Object.keys(d.resource!).sort()).toEqual(['apiVersion', 'kind', 'name', 'namespace']);
        expect(d.pci.length).toBeGreaterThan(0);
      }
      expect(d.source === null || (typeof d.source.chart === 'string' && typeof d.source.template === 'string')).toBe(true);
    }
  });

  it('matches the stylish report finding for finding', async () => {
    const argv = ['examples/noncompliant', 'examples/helm-rendered'];
    const { list } = await jsonReport(argv);
    const stylish = findings((await runCli(argv)).stdout);
    expect(list.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.ruleId}`)).toEqual(
      stylish.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId}`),
    );
  });

  it('describes node-agent.yaml’s privileged container exactly', async () => {
    const { list } = await jsonReport(['examples/noncompliant/node-agent.yaml']);
    const d = list.find((x) => x.ruleId === 'privileged-container' && x.line === 27)!;
    expect(d).toMatchObject({
      ruleId: 'privileged-container',
      pci: ['3.1'],
      severity: 'error',
      file: 'examples/noncompliant/node-agent.yaml',
      line: 27,
      column: 13,
      endLine: 27,
      // The range covers the pair `privileged: true` (16 characters); endColumn is exclusive.
      endColumn: 29,
      resource: { apiVersion: 'apps/v1', kind: 'DaemonSet', name: 'node-agent', namespace: 'monitoring' },
      source: null,
    });
    expect(d.message).toContain('"agent"');
  });

  it('uses null for a missing namespace and gives the Helm source', async () => {
    const { list } = await jsonReport(['examples/helm-rendered']);
    const frontend = list.find((x) => x.line === 40)!;
    expect(frontend).toMatchObject({
      ruleId: 'image-digest',
      pci: ['3.2'],
      column: 18,
      endLine: 40,
      // the quoted scalar `"registry.example.com/shop/frontend:0.3.0"` is 42 characters long.
      endColumn: 60,
      resource: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'shop-frontend', namespace: null },
      source: { chart: 'shop', template: 'shop/templates/deployment.yaml' },
    });
    const redis = list.find((x) => x.ruleId === 'privileged-container')!;
    expect(redis.source).toEqual({ chart: 'cache', template: 'shop/charts/cache/templates/statefulset.yaml' });
    expect(redis.resource).toEqual({ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'shop-cache', namespace: null });
  });

  it('reports the third document of a multi-document file with its own line and resource', async () => {
    const { list } = await jsonReport(['test/fixtures/cli/multi-doc']);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      ruleId: 'privileged-container',
      file: 'test/fixtures/cli/multi-doc/three-docs.yaml',
      line: 34,
      column: 9,
      resource: { apiVersion: 'v1', kind: 'Pod', name: 'batch-runner', namespace: 'batch' },
    });
  });

  it('reports a parse error with its position next to the good file’s findings', async () => {
    const { code, list } = await jsonReport(['test/fixtures/cli/parse-error']);
    expect(code).toBe(1);
    expect(list.map((d) => [d.file, d.line, d.column, d.ruleId])).toEqual([
      ['test/fixtures/cli/parse-error/broken.yaml', 11, 7, 'parse-error'],
      ['test/fixtures/cli/parse-error/good.yaml', 14, 14, 'image-digest'],
    ]);
    expect(list[0]).toMatchObject({ severity: 'error', pci: [], resource: null, source: null });
    expect(list[1]).toMatchObject({ resource: { apiVersion: 'v1', kind: 'Pod', name: 'good', namespace: 'shop' } });
  });

  it('prints [] for a clean run', async () => {
    const { code, list } = await jsonReport(['examples/compliant'], builtinRules);
    expect(code).toBe(0);
    expect(list).toEqual([]);
  });

  it('never contains colour codes, even with --color', async () => {
    const r = await runCli(['--format', 'json', '--color', 'examples/noncompliant']);
    expect(r.stdout).not.toContain('\u001b[');
    expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
  });
});

describe('github job summary', () => {
  const scratch = () => mkdtempSync(path.join(tmpdir(), 'pci-lint-summary-'));

  it('appends the Markdown summary to $GITHUB_STEP_SUMMARY with --format github, after what is there', async () => {
    const dir = scratch();
    try {
      const file = path.join(dir, 'summary.md');
      writeFileSync(file, '# Earlier step\n');
      const r = await runCli(['--format', 'github', 'examples/noncompliant/node-agent.yaml'], { env: { GITHUB_STEP_SUMMARY: file } });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('');
      expect(r.stdout.startsWith('::error file=examples/noncompliant/node-agent.yaml,')).toBe(true);
      const text = readFileSync(file, 'utf8');
      expect(text.startsWith('# Earlier step\n## pci-lint\n\n')).toBe(true);
      expect(text).toContain('| Error | examples/noncompliant/node\\-agent.yaml:27:13 | [`privileged-container`](');
      // Other formats, and runs outside GitHub Actions, write no summary.
      const before = readFileSync(file, 'utf8');
      expect((await runCli(['--format', 'json', 'examples/noncompliant/node-agent.yaml'], { env: { GITHUB_STEP_SUMMARY: file } })).code).toBe(1);
      expect(readFileSync(file, 'utf8')).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('warns, and keeps the report and exit code, when the summary cannot be written', async () => {
    const dir = scratch();
    try {
      const file = path.join(dir, 'missing', 'summary.md');
      const r = await runCli(['--format', 'github', 'examples/noncompliant/node-agent.yaml'], { env: { GITHUB_STEP_SUMMARY: file } });
      expect(r.code).toBe(1);
      expect(r.stdout.startsWith('::error ')).toBe(true);
      expect(r.stderr).toBe(`pci-lint: warning: Cannot write GITHUB_STEP_SUMMARY "${file}": its directory does not exist. The job summary was not written.\n`);
      expect(existsSync(file)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
