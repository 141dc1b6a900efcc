/**
 * End to end through the real bundle: `node dist/cli.js`, as built by test/global-setup.ts before the
 * run, spawned from the repository root.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findings, parseStylishLine, ROOT, STYLISH_HEADING } from './helpers.js';

const CLI = path.join(ROOT, 'dist/cli.js');

/** The parent's environment without anything that would switch colours on or off. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return env;
}

function cli(args: string[], input?: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: cleanEnv(), ...(input !== undefined && { input }), timeout: 20_000 });
}

describe('dist/cli.js', () => {
  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: test/global-setup.ts should have built it (node scripts/build.mjs --no-types).`);
  });

  it('is an executable ES module with a shebang', () => {
    const text = readFileSync(CLI, 'utf8');
    expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('carries no V8 code cache: the build is the same for every Node', () => {
    expect(readdirSync(path.join(ROOT, 'dist')).filter((name) => name.endsWith('.cache'))).toEqual([]);
  });

  // Node 22.1 and later have a compile cache (module.enableCompileCache) whose directory the launcher uses; on
  // Node 20 the launcher makes one of the same shape (<NODE_COMPILE_CACHE>/<version>-<arch>-pci-lint-<uid>).
  describe("the run-time code cache in Node's compile cache directory", () => {
    const cacheRoot = mkdtempSync(path.join(tmpdir(), 'pci-lint-compile-cache-'));
    afterAll(() => {
      rmSync(cacheRoot, { recursive: true, force: true });
    });
    const env = (dir: string, extra: NodeJS.ProcessEnv = {}) => ({ ...cleanEnv(), NODE_COMPILE_CACHE: dir, ...extra });
    const run = (args: string[], environment: NodeJS.ProcessEnv) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: environment, timeout: 20_000 });
    /** Every pci-lint cache file under a compile cache root (one directory per Node version, flags and user there). */
    const cacheFiles = (dir: string) =>
      existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => /(^|\/)pci-lint-[0-9a-f]{16}-v\d+\.\d+\.\d+-\w+\.cache$/.test(name)) : [];
    const posixUser = typeof process.getuid === 'function';

    it('is written by the first run, for this user alone, accepted by V8, and not rewritten by the next; the output does not change', () => {
      const dir = path.join(cacheRoot, 'lint');
      const first = run(['examples/noncompliant'], env(dir));
      expect(first.status).toBe(1);
      const files = cacheFiles(dir);
      expect(files).toHaveLength(1);
      const file = path.join(dir, files[0] ?? '');
      if (posixUser) {
        expect(statSync(file).mode & 0o077).toBe(0);
        expect(statSync(path.dirname(file)).mode & 0o022).toBe(0);
      }
      const written = statSync(file).mtimeMs;
      const second = run(['examples/noncompliant'], env(dir));
      expect(second.status).toBe(1);
      expect(second.stdout).toBe(first.stdout);
      expect(second.stderr).toBe('');
      expect(statSync(file).mtimeMs).toBe(written);
      expect(cacheFiles(dir)).toEqual(files);
      // The cache (after its 8-byte header: CRC-32 and length) fits this Node and this bundle (in a plain child: the test
      // runner's V8 flags may differ).
      const check = `
        const { readFileSync } = require('node:fs');
        const { Script } = require('node:vm');
        const script = new Script(readFileSync('dist/cli-main.cjs', 'utf8'), { filename: ${JSON.stringify(path.join(ROOT, 'dist/cli-main.cjs'))}, cachedData: readFileSync(${JSON.stringify(file)}).subarray(8) });
        console.log(script.cachedDataRejected);`;
      const accepted = spawnSync(process.execPath, ['-e', check], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
      expect(accepted.stdout).toBe('false\n');
    });

    it('is not written by a run that lints nothing, nor when the compile cache is disabled', () => {
      const usage = path.join(cacheRoot, 'usage');
      const r = run(['--k8s-version', 'abc'], env(usage));
      expect(r.status).toBe(2);
      expect(cacheFiles(usage)).toEqual([]);
      for (const args of [['--version'], ['--help'], ['--list-rules']]) expect(run(args, env(usage)).status).toBe(0);
      expect(cacheFiles(usage)).toEqual([]);
      const disabled = path.join(cacheRoot, 'disabled');
      expect(run(['examples/compliant'], env(disabled, { NODE_DISABLE_COMPILE_CACHE: '1' })).status).toBe(0);
      expect(cacheFiles(disabled)).toEqual([]);
    });

    it('a cache V8 rejects is replaced, and the run is the same', () => {
      const dir = path.join(cacheRoot, 'rejected');
      const clean = run(['examples/compliant'], env(dir));
      expect(clean.status).toBe(0);
      const file = path.join(dir, cacheFiles(dir)[0] ?? '');
      writeFileSync(file, 'not a code cache');
      const r = run(['examples/noncompliant'], env(dir));
      expect(r.status).toBe(1);
      expect(r.stderr).toBe('');
      expect(readFileSync(file).length).toBeGreaterThan(100_000);
    });

    it('a damaged cache (bytes changed after it was written) is never handed to V8: the run is the same and the cache replaced', () => {
      const dir = path.join(cacheRoot, 'damaged');
      const clean = run(['examples/noncompliant'], env(dir));
      expect(clean.status).toBe(1);
      const file = path.join(dir, cacheFiles(dir)[0] ?? '');
      // V8 release builds do not check a code cache's payload checksum: flipped bytes past its header crash
      // the process in the deserializer (SIGTRAP, exit 133 under Node 20.20).
      const bytes = readFileSync(file);
      for (let i = 200; i < bytes.length; i += 997) bytes[i] = (bytes[i] ?? 0) ^ 0xff;
      writeFileSync(file, bytes);
      const r = run(['examples/noncompliant'], env(dir));
      expect([r.status, r.signal, r.stderr]).toEqual([1, null, '']);
      expect(r.stdout).toBe(clean.stdout);
      expect(readFileSync(file).equals(bytes)).toBe(false);
      expect(run(['examples/noncompliant'], env(dir)).stdout).toBe(clean.stdout);
    });

    it('a truncated cache, or one whose header does not fit it, is never handed to V8: the run is the same and the cache replaced', () => {
      const dir = path.join(cacheRoot, 'truncated');
      const clean = run(['examples/noncompliant'], env(dir));
      expect(clean.status).toBe(1);
      const file = path.join(dir, cacheFiles(dir)[0] ?? '');
      const whole = readFileSync(file);
      // The header is the CRC-32 of the cache, then its length.
      expect(whole.readUInt32LE(4)).toBe(whole.length - 8);
      const lengthChanged = Buffer.from(whole);
      lengthChanged.writeUInt32LE(whole.length - 9, 4);
      const crcChanged = Buffer.from(whole);
      crcChanged.writeUInt32LE((whole.readUInt32LE(0) ^ 1) >>> 0, 0);
      for (const bad of [whole.subarray(0, whole.length - 1000), whole.subarray(0, 8), lengthChanged, crcChanged]) {
        writeFileSync(file, bad);
        const r = run(['examples/noncompliant'], env(dir));
        expect([r.status, r.signal, r.stderr]).toEqual([1, null, '']);
        expect(r.stdout).toBe(clean.stdout);
        expect(readFileSync(file).readUInt32LE(4)).toBe(readFileSync(file).length - 8);
      }
    });

    it.runIf(posixUser)('a cache file others may write is not read but replaced by a private one', () => {
      const dir = path.join(cacheRoot, 'writable-file');
      expect(run(['examples/compliant'], env(dir)).status).toBe(0);
      const file = path.join(dir, cacheFiles(dir)[0] ?? '');
      // A cache someone else could have written: V8 would accept it, so only its mode tells.
      chmodSync(file, 0o666);
      const before = statSync(file).mtimeMs;
      const r = run(['examples/noncompliant'], env(dir));
      expect([r.status, r.stderr]).toEqual([1, '']);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(file).mtimeMs).not.toBe(before);
    });

    it.runIf(posixUser)('a cache directory others may write is not used at all', () => {
      const dir = path.join(cacheRoot, 'writable-dir');
      expect(run(['examples/compliant'], env(dir)).status).toBe(0);
      const [name = ''] = cacheFiles(dir);
      const file = path.join(dir, name);
      chmodSync(path.dirname(file), 0o777);
      writeFileSync(file, 'planted');
      chmodSync(file, 0o600);
      const r = run(['examples/noncompliant'], env(dir));
      expect([r.status, r.stderr]).toEqual([1, '']);
      expect(readFileSync(file, 'utf8')).toBe('planted');
      expect(cacheFiles(dir)).toEqual([name]);
    });
  });

  it('exits 1 on examples/noncompliant and prints the stylish lines', () => {
    const r = cli(['examples/noncompliant']);
    expect(r.error).toBeUndefined();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^✖ \d+ problems \(\d+ errors, \d+ warnings, \d+ info\) in \d+ files; checked \d+ files against Kubernetes \d+\.\d+$/);
    for (const line of lines.slice(0, -2)) if (line !== '' && !STYLISH_HEADING.test(line)) expect(parseStylishLine(line), line).toBeDefined();
    expect(findings(r.stdout).map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId}`)).toEqual(
      expect.arrayContaining([
        'examples/noncompliant/node-agent.yaml:27:13 error privileged-container',
        'examples/noncompliant/node-agent.yaml:22:13 error privileged-container',
        'examples/noncompliant/checkout.yaml:33:14 error image-digest',
      ]),
    );
    // A pipe is not a terminal: no colours.
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('exits 0 with empty stdout on examples/compliant', () => {
    const r = cli(['examples/compliant']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
  });

  it('lints a named file without loading the Node modules only walks, workers and terminals need', () => {
    // Each of these costs a one-file run milliseconds at start-up (child_process alone loads net, dgram and
    // the streams): they are loaded on first use.
    const dir = mkdtempSync(path.join(tmpdir(), 'pci-lint-modules-'));
    try {
      const hook = path.join(dir, 'hook.cjs');
      writeFileSync(hook, "process.on('exit', () => require('node:fs').writeSync(2, process.moduleLoadList.join('\\n')));\n");
      const r = spawnSync(process.execPath, ['--require', hook, CLI, '--no-config', 'examples/noncompliant/checkout.yaml'], { cwd: ROOT, encoding: 'utf8', env: cleanEnv(), timeout: 20_000 });
      expect(r.status).toBe(1);
      const loaded = r.stderr.split('\n');
      expect(loaded).toContain('NativeModule vm');
      for (const name of ['child_process', 'net', 'dgram', 'tty', 'worker_threads']) expect(loaded, name).not.toContain(`NativeModule ${name}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 with a message on stderr for a usage error', () => {
    const r = cli(['--k8s-version', 'abc']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^pci-lint: Invalid --k8s-version "abc"/);
  });

  it('reads standard input', () => {
    const r = cli(['-'], 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: c\n      image: nginx:latest\n');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^Pod p$/m);
    expect(r.stdout).toMatch(/^ {2}<stdin>:7:14 {2}error {4}.*image-digest$/m);
  });

  it('prints the package.json version it was built from', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = cli(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${pkg.version}\n`);
  });

  it('colours with --color even through a pipe', () => {
    expect(cli(['--color', 'examples/noncompliant']).stdout).toContain('\u001b[');
  });

  describe('when the reader closes the pipe early (pci-lint | head -1)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pci-lint-epipe-'));
    afterAll(() => {
      rmSync(dir, { recursive: true, force: true });
    });

    it('stops quietly and keeps the exit code', async () => {
      // Far more output than a pipe buffers (64 KiB), so the CLI is still writing when the pipe closes.
      const pod = (i: number) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p${i}}\nspec:\n  containers:\n    - {name: c, image: "nginx:latest"}\n`;
      writeFileSync(path.join(dir, 'many.yaml'), Array.from({ length: 3000 }, (_, i) => pod(i)).join('---\n'));
      const child = spawn(process.execPath, [CLI, 'many.yaml'], { cwd: dir, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(stderr).toBe('');
      expect(code).toBe(1);
    });
  });
});
