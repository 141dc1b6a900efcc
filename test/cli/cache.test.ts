/** `--cache`: per-file results reused across runs only while text, version and configuration are unchanged. */
import { chmod, cp, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import privilegedContainer from '../../rules/03-workload-security/privileged-container.js';
import { CACHE_FILE, cacheFileLabel, cacheKey, REPORT_FILE, RUN_FILE } from '../../src/run/cache.js';
import { seal, unseal } from '../../src/run/cache-seal.js';
import { createSession } from '../../src/engine/session.js';
import { StringArena, type StringArenaSnapshot } from '../../src/run/string-arena.js';
import { lint, type LintOptions } from '../../src/run/lint.js';
import { VERSION } from '../../src/version.js';
import { ROOT, runCli } from './helpers.js';

const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      securityContext:\n        privileged: true\n';

let dir: string;
/** The key that seals the cache, kept outside the linted tree as a user's cache directory would be. */
let keyHome: string;
const keyFile = () => path.join(keyHome, 'pci-lint', 'key');
const defaultCache = () => path.join(dir, 'node_modules', '.cache', 'pci-lint', CACHE_FILE);
const defaultRun = () => path.join(dir, 'node_modules', '.cache', 'pci-lint', RUN_FILE);

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'pci-lint-cache-'));
  keyHome = await mkdtemp(path.join(os.tmpdir(), 'pci-lint-cache-key-'));
  await writeFile(path.join(dir, 'pod.yaml'), POD);
  await writeFile(path.join(dir, 'other.yaml'), POD.replace('name: p', 'name: q'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(keyHome, { recursive: true, force: true });
});

const run = (options: Partial<LintOptions> = {}) => lint(['.'], { cwd: dir, registry: [privilegedContainer], cache: true, cacheKeyFile: keyFile(), ...options });
/** The CLI's environment: its key under this XDG_CACHE_HOME. */
const env = () => ({ XDG_CACHE_HOME: keyHome });
const cli = (argv: readonly string[]) => runCli(argv, { env: env() });

/** A cache file's body, its seal checked (as the tool does). */
async function readSealed(file: string): Promise<Buffer> {
  const body = unseal(await readFile(keyFile()), cacheFileLabel(path.basename(file)), await readFile(file));
  if (!body) throw new Error(`${file} is not sealed with the key`);
  return body;
}

/** Writes a cache file sealed with the user's key: what only the user (or pci-lint) can do. */
async function writeSealed(file: string, body: Uint8Array): Promise<void> {
  await writeFile(file, seal(await readFile(keyFile()), cacheFileLabel(path.basename(file)), body));
}

interface StoredCache {
  version: string;
  entries: Record<string, { result: { diagnostics: { message: string }[] } }>;
}

/** Rewrites the stored message of pod.yaml's first finding, so a run that prints it must have read the cache. */
async function tamper(file = defaultCache(), change?: (stored: StoredCache) => void): Promise<void> {
  const stored = deserialize(await readSealed(file)) as StoredCache;
  const first = stored.entries['pod.yaml']?.result.diagnostics[0];
  if (!first) throw new Error('pod.yaml has no cached finding');
  first.message = 'FROM THE CACHE';
  change?.(stored);
  await writeSealed(file, serialize(stored));
}

/** Rewrites the stored run's copy of the privileged-container message, so a run that prints it replayed the run. */
async function tamperRun(file = defaultRun()): Promise<void> {
  const stored = deserialize(await readSealed(file)) as { run: { project: { table: { strings: StringArenaSnapshot } } } };
  const { table } = stored.run.project;
  const arena = StringArena.fromSnapshot(table.strings);
  const strings = Array.from({ length: arena.size }, (_, id) => arena.at(id));
  const at = strings.findIndex((s) => s.includes('privileged') && s.includes(' '));
  if (at === -1) throw new Error('the stored run has no privileged-container message');
  strings[at] = 'FROM THE RUN CACHE';
  // Added again in order, every string keeps its number.
  const rewritten = new StringArena();
  for (const s of strings) rewritten.add(s);
  table.strings = rewritten.snapshot();
  await writeSealed(file, serialize(stored));
}

/** Changes other.yaml so the next run's input differs: it cannot replay the last run and uses the per-file results. */
const touchOther = () => writeFile(path.join(dir, 'other.yaml'), `# touched ${Math.random()}\n${POD.replace('name: p', 'name: q')}`);

const messages = (r: Awaited<ReturnType<typeof lint>>) => r.diagnostics.map((d) => d.message);

describe('lint with the cache', () => {
  it('gives identical output on a second run, replaying the last run when no input changed', async () => {
    const first = await run();
    expect(first.diagnostics).toHaveLength(2);
    const second = await run();
    expect(second).toEqual(first);
    await tamperRun();
    expect(messages(await run())).toContain('FROM THE RUN CACHE');
    // Without --cache nothing is read.
    expect(messages(await run({ cache: false }))).not.toContain('FROM THE RUN CACHE');
  });

  it('reads unchanged files from the per-file results when another file changed', async () => {
    await run();
    await tamper();
    await touchOther();
    const result = await run();
    expect(messages(result)).toContain('FROM THE CACHE');
    expect(result.diagnostics.find((d) => d.file === 'other.yaml')?.line).toBe(10);
  });

  it('does not replay a run when a file was added or removed', async () => {
    await run();
    await tamperRun();
    await writeFile(path.join(dir, 'third.yaml'), POD.replace('name: p', 'name: r'));
    expect(messages(await run())).toEqual(Array(3).fill(messages(await run({ cache: false }))[0]));
    await rm(path.join(dir, 'third.yaml'));
    expect(messages(await run())).not.toContain('FROM THE RUN CACHE');
  });

  it('relints a file whose text changed and keeps using the others', async () => {
    await run();
    await tamper();
    await writeFile(path.join(dir, 'pod.yaml'), `# edited\n${POD}`);
    const result = await run();
    expect(messages(result)).not.toContain('FROM THE CACHE');
    expect(result.diagnostics.find((d) => d.file === 'pod.yaml')?.line).toBe(10);
  });

  it('is invalidated by a change of rule settings, shared settings or target', async () => {
    const changes: Partial<LintOptions>[] = [
      { rules: { 'privileged-container': 'warning' } },
      { settings: { defaultNamespace: 'shop' } },
      { target: { major: 1, minor: 29 } },
    ];
    for (const change of changes) {
      await run();
      await tamper();
      await tamperRun();
      const found = messages(await run(change));
      expect(found, JSON.stringify(change)).not.toContain('FROM THE CACHE');
      expect(found, JSON.stringify(change)).not.toContain('FROM THE RUN CACHE');
    }
  });

  it('is invalidated by another pci-lint version', async () => {
    await run();
    await tamper(defaultCache(), (stored) => {
      stored.version = '0.0.0-other';
    });
    await rm(defaultRun());
    await touchOther();
    expect(messages(await run())).not.toContain('FROM THE CACHE');
    const session = createSession([privilegedContainer]);
    expect(cacheKey('9.9.9', session)).not.toBe(cacheKey(VERSION, session));
    expect(cacheKey(VERSION, session)).toBe(cacheKey(VERSION, createSession([privilegedContainer])));
  });

  it('ignores a corrupt or truncated cache file and replaces it', async () => {
    const clean = await run({ cache: false });
    await run();
    const good = await readSealed(defaultCache());
    const goodRun = await readSealed(defaultRun());
    for (const bad of [Buffer.from('not a cache at all'), good.subarray(0, Math.floor(good.length / 2)), serialize({ format: 3, version: VERSION, key: 'x', entries: 7 }), serialize([1, 2])]) {
      await writeSealed(defaultCache(), bad);
      await rm(defaultRun(), { force: true });
      expect(await run()).toEqual(clean);
    }
    // A corrupt or inconsistent stored run is ignored: the input is linted again.
    type StoredRun = { run: { project: { files: Int32Array[]; table: { strings: string[] } } } };
    for (const breakIt of [
      (r: StoredRun) => {
        r.run.project.table.strings.length = 1;
      },
      (r: StoredRun) => {
        r.run.project.files = [new Int32Array(5)];
      },
    ]) {
      const copy = deserialize(goodRun) as StoredRun;
      breakIt(copy);
      await writeSealed(defaultRun(), serialize(copy));
      expect(await run()).toEqual(clean);
    }
    await writeSealed(defaultRun(), goodRun.subarray(0, 100));
    expect(await run()).toEqual(clean);
    // A corrupt entry alone is ignored too.
    await run();
    const stored = deserialize(await readSealed(defaultCache())) as { entries: Record<string, unknown> };
    stored.entries['pod.yaml'] = { hash: 'x', result: 'garbage' };
    await writeSealed(defaultCache(), serialize(stored));
    await rm(defaultRun());
    expect(await run()).toEqual(clean);
  });

  it('writes only into the cache location', async () => {
    const location = await mkdtemp(path.join(os.tmpdir(), 'pci-lint-cache-loc-'));
    try {
      const before = await readdir(dir);
      await run({ cacheLocation: location });
      expect(await readdir(dir)).toEqual(before);
      expect((await readdir(location)).sort()).toEqual([CACHE_FILE, RUN_FILE]);
      await tamperRun(path.join(location, RUN_FILE));
      expect(messages(await run({ cacheLocation: location }))).toContain('FROM THE RUN CACHE');
    } finally {
      await rm(location, { recursive: true, force: true });
    }
  });

  it('keeps cross-file results: finish runs over cached facts', async () => {
    await cp(path.join(ROOT, 'examples'), path.join(dir, 'examples'), { recursive: true });
    const options = { registry: builtinRules, settings: { now: '2026-11-24' } };
    const clean = await lint(['examples'], { cwd: dir, ...options });
    expect(await lint(['examples'], { cwd: dir, ...options, cache: true })).toEqual(clean);
    expect(await lint(['examples'], { cwd: dir, ...options, cache: true })).toEqual(clean);
  });
});

describe('a cache the user did not write', () => {
  /** The results a forger wants: no finding for pod.yaml, keyed to its current text. */
  async function forgeEntries(sealWith?: Buffer): Promise<void> {
    await run();
    const stored = deserialize(await readSealed(defaultCache())) as { entries: Record<string, { result: { diagnostics: unknown[] } }> };
    for (const entry of Object.values(stored.entries)) entry.result.diagnostics = [];
    const body = serialize(stored);
    await writeFile(defaultCache(), sealWith ? seal(sealWith, cacheFileLabel(CACHE_FILE), body) : body);
    await rm(defaultRun());
    await touchOther();
  }

  it('is ignored unless sealed with the user\'s key: unsealed, or sealed with another key', async () => {
    for (const sealWith of [undefined, Buffer.alloc(32, 7)]) {
      await forgeEntries(sealWith);
      expect((await run()).diagnostics.map((d) => d.file)).toEqual(['other.yaml', 'pod.yaml']);
    }
  });

  it('a valid seal over entries that do not hold a result (nulls, wrong types) is ignored, never a crash', async () => {
    for (const bad of [[null], [{ ruleId: 'x', file: 'pod.yaml', line: 'one', message: 5 }], [{ ...{ ruleId: 'x', pci: [], requirements: [], severity: 'fatal', message: 'm' }, file: 'pod.yaml', line: 1, column: 1, endLine: 1, endColumn: 2 }]]) {
      await run();
      const stored = deserialize(await readSealed(defaultCache())) as { entries: Record<string, { result: Record<string, unknown> }> };
      const entry = stored.entries['pod.yaml'];
      if (!entry) throw new Error('no entry');
      entry.result.diagnostics = bad;
      entry.result.suppressions = [null];
      await writeSealed(defaultCache(), serialize(stored));
      await rm(defaultRun());
      await touchOther();
      const result = await run();
      expect(result.diagnostics.filter((d) => d.file === 'pod.yaml').map((d) => d.ruleId)).toEqual(['privileged-container']);
    }
  });

  it('a key that is a link, readable by others or the wrong size turns the cache off, with the reason', async () => {
    await run();
    const key = await readFile(keyFile());
    const cases: [string, () => Promise<void>][] = [
      ['others may read', () => chmod(keyFile(), 0o644)],
      ['symbolic link', async () => {
        await writeFile(path.join(keyHome, 'elsewhere'), key, { mode: 0o600 });
        await rm(keyFile());
        await symlink(path.join(keyHome, 'elsewhere'), keyFile());
      }],
      ['32 bytes', async () => {
        await rm(keyFile());
        await writeFile(keyFile(), 'short', { mode: 0o600 });
      }],
    ];
    for (const [reason, breakIt] of cases) {
      await rm(path.join(dir, 'node_modules'), { recursive: true, force: true });
      await rm(keyFile(), { force: true });
      await writeFile(keyFile(), key, { mode: 0o600 });
      await breakIt();
      const r = await cli(['--no-config', '--cache', '-f', 'json', dir]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(reason);
      expect(r.stderr).toContain('--cache is off');
      await expect(readdir(path.join(dir, 'node_modules'))).rejects.toThrow();
    }
  });

  it('makes its key on first use, readable by the user alone', async () => {
    await run();
    expect((await stat(keyFile())).mode & 0o777).toBe(0o600);
    expect((await stat(path.dirname(keyFile()))).mode & 0o777).toBe(0o700);
    expect((await readFile(keyFile())).length).toBe(32);
  });
});

describe('the cache flags', () => {
  it('are documented in --help', async () => {
    const { stdout } = await runCli(['--help']);
    expect(stdout).toContain('--cache ');
    expect(stdout).toContain('--cache-location <dir>');
    expect(stdout).toContain('--workers <n>');
  });

  it('reject --cache-location without --cache and a bad --workers', async () => {
    expect(await runCli(['--cache-location', 'x', 'examples/compliant'])).toMatchObject({ code: 2, stderr: 'pci-lint: --cache-location needs --cache.\n' });
    for (const bad of ['0', 'two', '1.5', '999']) {
      const r = await runCli(['--workers', bad, 'examples/compliant']);
      expect(r.code, bad).toBe(2);
      expect(r.stderr, bad).toContain('Invalid --workers');
    }
  });

  it('--cache --cache-location gives the same report twice', async () => {
    const location = path.join(dir, 'cache-dir');
    const args = ['--no-config', '-f', 'json', '--cache', '--cache-location', location, 'examples/noncompliant'];
    const first = await runCli(args, { env: env() });
    expect(first.code).toBe(1);
    expect((await readdir(location)).sort()).toEqual([REPORT_FILE, CACHE_FILE, RUN_FILE]);
    expect(await runCli(args, { env: env() })).toEqual(first);
  });

  it('with several reports, replays the run (not one report) and writes each of them again', async () => {
    const location = path.join(dir, 'cache-multi');
    const sarif = path.join(dir, 'multi.sarif');
    const args = ['--no-config', '-f', `sarif:${sarif}`, '-f', 'json', '--cache', '--cache-location', location, 'examples/noncompliant'];
    const first = await runCli(args, { env: env() });
    const firstSarif = await readFile(sarif, 'utf8');
    expect(first.code).toBe(1);
    // No report is kept when a run writes several.
    expect((await readdir(location)).sort()).toEqual([CACHE_FILE, RUN_FILE]);
    await rm(sarif);
    expect(await runCli(args, { env: env() })).toEqual(first);
    expect(await readFile(sarif, 'utf8')).toBe(firstSarif);
  });

  it('replays the report of an unchanged run as it was rendered, and renders it again for other options', async () => {
    const location = path.join(dir, 'cache-dir');
    const args = (...more: string[]) => ['--no-config', '--cache', '--cache-location', location, ...more, 'examples/noncompliant'];
    const first = await cli(args('-f', 'json'));
    const file = path.join(location, REPORT_FILE);
    // The file is a header (its length first, then v8-serialized) followed by the report's bytes.
    const data = await readSealed(file);
    const headerEnd = 4 + data.readUInt32LE(0);
    const header = deserialize(data.subarray(4, headerEnd)) as { bytes: number; counts: unknown };
    const withReport = (h: object, text: string) => {
      const head = serialize(h);
      const size = Buffer.alloc(4);
      size.writeUInt32LE(head.length, 0);
      return Buffer.concat([size, head, Buffer.from(text)]);
    };
    await writeSealed(file, withReport({ ...header, bytes: 9 }, 'REPLAYED\n'));
    expect(await cli(args('-f', 'json'))).toEqual({ ...first, stdout: 'REPLAYED\n' });
    // A report file that does not hold what it should is ignored: wrong counts, a truncated report.
    await writeSealed(file, withReport({ ...header, bytes: 9, counts: { error: 'many' } }, 'REPLAYED\n'));
    expect(await cli(args('-f', 'json'))).toEqual(first);
    await writeSealed(file, withReport({ ...header, bytes: 10 }, 'REPLAYED\n'));
    expect(await cli(args('-f', 'json'))).toEqual(first);
    await writeSealed(file, data.subarray(0, 3));
    expect(await cli(args('-f', 'json'))).toEqual(first);
    // Another format, --quiet or a baseline render afresh.
    expect((await cli(args('-f', 'sarif'))).stdout).toContain('"version": "2.1.0"');
    expect((await cli(args('-f', 'json', '--quiet'))).stdout).not.toBe('REPLAYED\n');
    const baseline = path.join(dir, 'baseline.json');
    await writeFile(baseline, JSON.stringify({ version: 1, tool: 'pci-lint', findings: [] }));
    expect((await cli(args('-f', 'json', '--baseline', baseline))).stdout).toBe(first.stdout);
  });
});
