/**
 * A run split across CI jobs: `--shard i/n --partial FILE` in each, then `pci-lint merge`, must print what a
 * single run over every file prints, in every format; and partials, being input from other jobs, are
 * checked: a bad, missing, repeated or foreign one stops the merge with exit code 2, never a crash and
 * never a report that silently lacks its findings.
 *
 * The corpus is the bench's generated one plus examples/ (suppressions, control-plane files, cross-file
 * checks); PCI_LINT_SHARD_CORPUS names another directory (real manifests, see docs/performance.md):
 *   PCI_LINT_SHARD_CORPUS=/work/corpus/bench npx vitest run test/cli/shard.test.ts
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { FORMAT_NAMES } from '../../src/report/formats.js';
import { writeCorpus } from '../../scripts/bench-corpus.mjs';
import { ROOT, runCli } from './helpers.js';

const work = mkdtempSync(path.join(tmpdir(), 'pci-lint-shard-'));
const corpus = process.env.PCI_LINT_SHARD_CORPUS ?? path.join(work, 'corpus');
const parts = path.join(work, 'parts');
const SHARDS = 4;

// A target for every run: the control-plane examples state their version, which a sharded run cannot
// switch to (each shard sees only its own files; merge refuses, tested below).
const cli = (argv: readonly string[], cwd = corpus) => runCli(['--no-config', '--k8s-version', '1.30', ...argv], { cwd, registry: builtinRules });
const partFiles = (n = SHARDS) => Array.from({ length: n }, (_, i) => path.join(parts, `part-${i + 1}.json`));
/** The coverage report states when it was made: the one line that differs between two runs. */
const undated = (text: string) => text.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g, 'DATE').replace(/\d{4}\\-\d{2}\\-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g, 'DATE');

beforeAll(async () => {
  mkdirSync(parts, { recursive: true });
  mkdirSync(path.join(work, 'own'), { recursive: true });
  if (!process.env.PCI_LINT_SHARD_CORPUS) {
    const generated = writeCorpus(path.join(work, 'gen'), 300);
    cpSync(generated.dir, path.join(corpus, 'generated'), { recursive: true });
    cpSync(path.join(ROOT, 'examples'), path.join(corpus, 'examples'), { recursive: true });
  }
  for (const [i, file] of partFiles().entries()) {
    const r = await cli(['--shard', `${i + 1}/${SHARDS}`, '--partial', file, '.']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
  }
}, 600_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('--shard and merge', () => {
  it('shares the files out once each', () => {
    const counts = partFiles().map((f) => (JSON.parse(readFileSync(f, 'utf8')) as { entries: unknown[]; fileCount: number }));
    const total = counts[0]?.fileCount ?? 0;
    expect(total).toBeGreaterThan(SHARDS);
    expect(counts.reduce((n, c) => n + c.entries.length, 0)).toBe(total);
    for (const c of counts) expect(c.entries.length).toBeGreaterThanOrEqual(Math.floor(total / SHARDS));
  });

  it.each(FORMAT_NAMES)('merges into the report a single run prints: %s', async (format) => {
    const single = await cli(['--format', format, '.']);
    const merged = await cli(['merge', '--format', format, ...partFiles()]);
    expect(merged.code).toBe(single.code);
    expect(single.stdout.length).toBeGreaterThan(0);
    expect(undated(merged.stdout)).toBe(undated(single.stdout));
  }, 300_000);

  it('writes several reports from one merge, and --max-warnings applies there', async () => {
    const sarif = path.join(work, 'merged.sarif');
    const merged = await cli(['merge', '-f', `sarif:${sarif}`, '-f', 'json', '--max-warnings', '0', ...partFiles()]);
    const single = await cli(['-f', 'json', '.']);
    expect(merged.code).toBe(1);
    expect(merged.stdout).toBe(single.stdout);
    const warnings = (JSON.parse(single.stdout) as { severity: string }[]).filter((d) => d.severity === 'warning').length;
    expect(merged.stderr.endsWith(`\npci-lint: ${warnings} warnings, more than --max-warnings 0 allows.\n`)).toBe(true);
    expect(readFileSync(sarif, 'utf8')).toBe((await cli(['-f', 'sarif', '.'])).stdout);
    // A shard writes its partial result, never a report.
    expect((await cli(['--shard', '1/4', '--partial', path.join(work, 'x.json'), '-f', `json:${path.join(work, 'x.out')}`, '.'])).stderr).toBe(
      'pci-lint: --partial writes a partial result, not a report: give --output-file and --write-baseline to pci-lint merge.\n',
    );
  }, 300_000);

  it('applies --fail-on, --quiet and --rule at the merge like a single run', async () => {
    const single = await cli(['--format', 'json', '--quiet', '--fail-on', 'warning', '.']);
    const merged = await cli(['merge', '--format', 'json', '--quiet', '--fail-on', 'warning', ...partFiles()]);
    expect(merged.stdout).toBe(single.stdout);
    expect(merged.code).toBe(single.code);
    // Another rule configuration than the shards had is refused, not reported half-right.
    const other = await cli(['merge', '--rule', 'privileged-container=off', ...partFiles()]);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/another configuration/);
  }, 300_000);

  it('refuses a missing, repeated or foreign shard', async () => {
    const [a = '', b = '', c = ''] = partFiles();
    const missing = await cli(['merge', a, b, c]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/shard 4\/4 missing/);
    const twice = await cli(['merge', ...partFiles(), a]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/both shard 1\/4/);
    const none = await cli(['merge']);
    expect(none.code).toBe(2);
    // A shard of another split of the same files.
    const halves = path.join(parts, 'half.json');
    expect((await cli(['--shard', '1/2', '--partial', halves, '.'])).code).toBe(0);
    const mixed = await cli(['merge', halves, b, c, partFiles()[3] ?? '']);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/is one of 2|one of 4/);
  }, 300_000);

  it('refuses a damaged partial with a message, never a crash', async () => {
    const [first = '', ...rest] = partFiles();
    const text = readFileSync(first, 'utf8');
    const value = JSON.parse(text) as { entries: { result: { diagnostics: Record<string, unknown>[] } }[]; version: string };
    const withFinding = value.entries.findIndex((e) => e.result.diagnostics.length > 0);
    expect(withFinding).toBeGreaterThanOrEqual(0);
    const damaged = (edit: (v: typeof value) => void): string => {
      const copy = JSON.parse(text) as typeof value;
      edit(copy);
      return JSON.stringify(copy);
    };
    const variants: Record<string, string> = {
      truncated: text.slice(0, Math.floor(text.length / 2)),
      empty: '',
      'not an object': '[1, 2]',
      'bad severity': damaged((v) => {
        const d = v.entries[withFinding]?.result.diagnostics[0];
        if (d) d.severity = 'fatal';
      }),
      'line as text': damaged((v) => {
        const d = v.entries[withFinding]?.result.diagnostics[0];
        if (d) d.line = '7';
      }),
      'finding of another file': damaged((v) => {
        const d = v.entries[withFinding]?.result.diagnostics[0];
        if (d) d.file = 'elsewhere.yaml';
      }),
      'dropped result': damaged((v) => {
        v.entries.pop();
      }),
      'other version': damaged((v) => {
        v.version = '0.0.0-other';
      }),
      'facts not a list': text.replace('"facts":{', '"facts":{"constructor":{"x":1},'),
    };
    const target = path.join(parts, 'damaged.json');
    for (const [name, body] of Object.entries(variants)) {
      writeFileSync(target, body);
      const r = await cli(['merge', target, ...rest]);
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toMatch(/^pci-lint: /);
      expect(r.stderr, name).not.toMatch(/internal error/);
      expect(r.stdout, name).toBe('');
    }
    // Facts under keys that are no rule's (prototype names included) are another rule's business: ignored.
    writeFileSync(target, text.replace('"facts":{', '"facts":{"__proto__":[1],"toString":[2],'));
    const odd = await cli(['merge', '--format', 'json', target, ...rest]);
    expect(odd.stdout).toBe((await cli(['merge', '--format', 'json', ...partFiles()])).stdout);
  }, 300_000);

  it('refuses to merge shards linted at another version than the input states', async () => {
    const unstated = await runCli(['--no-config', '--shard', '1/1', '--partial', path.join(parts, 'v.json'), 'examples/control-plane/compliant/kube-scheduler.yaml'], { registry: builtinRules });
    expect(unstated.code).toBe(2);
    expect(unstated.stderr).toMatch(/cannot switch to it: give every shard and the merge --k8s-version 1\.30/);
  });

  it('needs --partial with --shard, and refuses standard input and a shard over one of its inputs', async () => {
    expect((await cli(['--shard', '1/2', '.'])).stderr).toMatch(/--shard needs --partial/);
    expect((await cli(['--shard', '3/2', '--partial', path.join(parts, 'x.json'), '.'])).stderr).toMatch(/Invalid --shard "3\/2"/);
    const stdin = await cli(['--shard', '1/2', '--partial', path.join(parts, 'x.json'), '-']);
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toMatch(/Standard input/);
    const victim = path.join(work, 'own', 'pod.yaml');
    cpSync(path.join(ROOT, 'examples/noncompliant/checkout.yaml'), victim);
    const before = readFileSync(victim, 'utf8');
    const over = await cli(['--partial', victim, victim], path.dirname(victim));
    expect(over.code).toBe(2);
    expect(readFileSync(victim, 'utf8')).toBe(before);
  }, 300_000);
});
