import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import type { Diagnostic, Location } from '../../src/engine/diagnostic.js';
import { ProjectStore } from '../../src/run/store.js';
import type { ResourceSummary } from '../../src/engine/rule.js';
import { RunTable } from '../../src/run/run-table.js';
import { createSession } from '../../src/engine/session.js';
import { lintSource } from '../../src/run/lint-source.js';
import { lint, lintText } from '../../src/run/lint.js';
import { ROOT } from '../cli/helpers.js';

const at: Location = {
  file: 'deploy/web.yaml',
  line: 12,
  column: 7,
  endLine: 12,
  endColumn: 19,
  resource: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'shop', name: 'web' },
  source: { chart: 'shop', template: 'shop/templates/web.yaml' },
  path: 'spec.template.spec.containers[0].image',
};

const full: Diagnostic = { ruleId: 'image-digest', messageId: 'tag', pci: ['12.3', '3.2'], requirements: ['6.3.2', '6.5.1'], severity: 'warning', message: 'Pin the image.', ...at, fix: 'use a digest' };
const bare: Diagnostic = { ruleId: 'parse-error', pci: [], requirements: [], severity: 'error', message: 'YAML syntax error: bad', file: 'x.yaml', line: 1, column: 1, endLine: 1, endColumn: 2 };

describe('RunTable', () => {
  it('gives back every diagnostic exactly, with and without the optional keys', () => {
    const table = new RunTable();
    const rows = table.packDiagnostics([full, bare, full]);
    expect(RunTable.diagnosticCount(rows)).toBe(3);
    const back = table.unpackDiagnostics(rows);
    expect(back).toStrictEqual([full, bare, full]);
    expect(Object.keys(back[1] ?? {})).toEqual(['ruleId', 'pci', 'requirements', 'severity', 'message', 'file', 'line', 'column', 'endLine', 'endColumn']);
    expect(table.severityAt(rows, 1)).toBe('error');
  });

  it('gives back text that is not ASCII, including lone surrogates, exactly', () => {
    const table = new RunTable();
    const odd: Diagnostic = { ...full, message: 'Container "wéb-\ud800" 日本 😀', resource: { apiVersion: 'v1', kind: 'Pod', namespace: 'ns-\udc00', name: 'p\u00e9' }, path: 'metadata.labels.\ud83d' };
    expect(table.unpackDiagnostics(table.packDiagnostics([odd]))).toStrictEqual([odd]);
  });

  it('keeps one copy of repeated objects and strings', () => {
    const table = new RunTable();
    const [a, b, c] = table.unpackDiagnostics(table.packDiagnostics([full, { ...full }, { ...full, resource: { ...at.resource } as Location['resource'] }]));
    expect(a?.resource).toBe(b?.resource);
    expect(a?.source).toBe(b?.source);
    expect(a?.pci).toBe(c?.pci);
    expect(a?.requirements).toBe(c?.requirements);
    expect(a?.message).toBe(c?.message);
    // Objects are found again by identity: an equal copy is kept on its own, with the same strings.
    expect(c?.resource).toStrictEqual(a?.resource);
    expect(c?.resource?.name).toBe(a?.resource?.name);
  });

  it("gives back a kustomize origin as a kustomize source, and refuses a snapshot whose source kind is neither", () => {
    const table = new RunTable();
    const kustomized: Diagnostic = { ...full, source: { tool: 'kustomize', chart: '', template: '../base/web.yaml (https://github.com/acme/deploy@v1)' } };
    const rows = table.packDiagnostics([kustomized, full]);
    expect(table.unpackDiagnostics(rows)).toStrictEqual([kustomized, full]);
    const snapshot = table.snapshot();
    expect(RunTable.fromSnapshot(snapshot).unpackDiagnostics(rows)).toStrictEqual([kustomized, full]);
    const sources = Int32Array.from(snapshot.sources);
    sources[2] = 2;
    expect(() => RunTable.fromSnapshot({ ...snapshot, sources })).toThrow(RangeError);
  });

  it('gives back object summaries', () => {
    const table = new RunTable();
    const summary: ResourceSummary = { ...(at.resource as NonNullable<Location['resource']>), labels: { app: 'web' }, location: { ...at, path: 'kind' } };
    expect(table.unpackResources(table.packResources([summary]))).toStrictEqual([summary]);
  });

  it('packs the locations inside facts and escapes strings that look like its marks', () => {
    const table = new RunTable();
    const facts = [{ type: 'workload', at, also: at, nested: [{ at }], odd: '\u0001 not a location', odder: '\u0002x', count: 3, flag: false, none: null }];
    expect(table.factsText(facts)).not.toContain('deploy/web.yaml');
    const back = table.unpackFacts(table.packFacts(facts)) as (typeof facts)[number][];
    expect(back).toStrictEqual(facts);
    // One object per packed location, as the rule kept it.
    expect(back[0]?.also).toBe(back[0]?.at);
  });

  it('keeps a "__proto__" key of fact data as a plain key', () => {
    const table = new RunTable();
    const fact = JSON.parse('{"labels": {"__proto__": "x", "app": "\\u0001y"}}') as unknown;
    const back = table.unpackFacts(table.packFacts([fact]));
    expect(back).toStrictEqual([fact]);
    expect(Object.getPrototypeOf((back[0] as { labels: object }).labels)).toBe(Object.prototype);
  });

  it('leaves objects that only resemble a location alone', () => {
    const table = new RunTable();
    const lookalike = { ...at, extra: 'kept' };
    expect(table.unpackFacts(table.packFacts([lookalike]))).toStrictEqual([lookalike]);
  });
});

describe('ProjectStore', () => {
  const session = createSession([]);

  it('orders files by name, keeps same-named files in input order and can be read more than once', () => {
    const store = new ProjectStore();
    const d = (file: string, line: number): Diagnostic => ({ ...bare, file, line, endLine: line });
    store.add({ file: 'b.yaml', diagnostics: [d('b.yaml', 3), d('b.yaml', 1)], resources: [], facts: {}, suppressions: [], evidence: { kinds: [], versions: [] } }, 0);
    store.add({ file: 'a.yaml', diagnostics: [d('a.yaml', 2)], resources: [], facts: {}, suppressions: [], evidence: { kinds: [], versions: [] } }, 1);
    expect(store.fileNames()).toEqual(['a.yaml', 'b.yaml']);
    const finished = store.finish(session);
    const lines = [...finished].map((x) => `${x.file}:${x.line}`);
    expect(lines).toEqual(['a.yaml:2', 'b.yaml:1', 'b.yaml:3']);
    expect([...finished].map((x) => `${x.file}:${x.line}`)).toEqual(lines);
    expect(finished.size).toBe(3);
    expect(finished.counts).toEqual({ error: 3, warning: 0, info: 0 });
  });

  it('drops exact repeats within a file', () => {
    const store = new ProjectStore();
    store.add({ file: 'x.yaml', diagnostics: [bare, { ...bare }], resources: [], facts: {}, suppressions: [], evidence: { kinds: [], versions: [] } });
    expect([...store.finish(session)]).toHaveLength(1);
  });

  it('gives the same findings packed as kept as they are, over every example', () => {
    const session = createSession(builtinRules, { settings: { now: '2026-11-24' } });
    const dir = path.join(ROOT, 'examples');
    const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.yaml')).sort();
    const results = files.map((file) => lintSource(session, { file, text: readFileSync(path.join(dir, file), 'utf8') }));
    const packed = new ProjectStore();
    const plain = new ProjectStore({ packed: false });
    for (const r of results) {
      packed.add(r);
      plain.add(r);
    }
    const fromPacked = [...packed.finish(session)];
    expect(fromPacked.length).toBeGreaterThan(50);
    expect(fromPacked).toStrictEqual([...plain.finish(session)]);
  });
});

describe('a run kept packed', () => {
  it('reports names with lone surrogates and other non-ASCII text exactly as linting the text in memory does', async () => {
    const text = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: "app\\ud800x"',
      '  namespace: "ns-é\\udc00"',
      'spec:',
      '  selector: {matchLabels: {app: a}}',
      '  template:',
      '    metadata: {labels: {app: a}}',
      '    spec:',
      '      containers:',
      '        - name: "c\\ud83d"',
      '          image: "nginx:latest"',
      '          securityContext: {privileged: true}',
      '',
    ].join('\n');
    const dir = mkdtempSync(path.join(tmpdir(), 'pci-lint-surrogates-'));
    try {
      writeFileSync(path.join(dir, 'd.yaml'), text);
      const settings = { now: '2026-11-24' };
      const packed = (await lint(['d.yaml'], { cwd: dir, settings })).diagnostics;
      const inMemory = lintText(text, { file: 'd.yaml', settings });
      expect(packed.some((d) => d.message.includes('\ud800'))).toBe(true);
      expect(packed).toStrictEqual(inMemory);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
