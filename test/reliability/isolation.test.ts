/**
 * The CLI and the library never touch the network and write nothing but the files the user names. Both run
 * in a child process with test/fixtures/guard/guard.mjs preloaded, which ends the process on any network
 * call and records every file-system write.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/helpers.js';

const GUARD = path.join(ROOT, 'test/fixtures/guard/guard.mjs');
const scratch = mkdtempSync(path.join(tmpdir(), 'pci-lint-isolation-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/**
 * The one write the user does not name: the launcher's V8 code cache, in Node's compile-cache directory
 * (SECURITY.md). A fresh directory here, so that the first run in it writes the cache every time.
 */
const COMPILE_CACHE = path.join(scratch, 'compile-cache');

function guarded(args: readonly string[]): { status: number | null; stdout: string; writes: string[]; cacheWrites: string[]; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', GUARD, ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NODE_COMPILE_CACHE: COMPILE_CACHE }, timeout: 60_000 });
  const line = r.stderr.split('\n').find((l) => l.startsWith('GUARD writes: ')) ?? 'GUARD writes: null';
  const all = JSON.parse(line.slice('GUARD writes: '.length)) as string[];
  const inCache = (write: string) => write.slice(write.indexOf(' ') + 1).startsWith(`${COMPILE_CACHE}${path.sep}`) || write.endsWith(` ${COMPILE_CACHE}`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, writes: all.filter((w) => !inCache(w)), cacheWrites: all.filter(inCache) };
}

describe('isolation', () => {
  it('the guard really catches network use and writes (so the tests below can fail)', () => {
    const net = guarded(['-e', "fetch('http://127.0.0.1:9/')"]);
    expect(net.status).toBe(99);
    expect(net.stderr).toContain('GUARD network: fetch');
    const file = path.join(scratch, 'probe.txt');
    const write = guarded(['-e', `require('node:fs').writeFileSync(${JSON.stringify(file)}, 'x')`]);
    expect(write.writes).toEqual([`writeFileSync ${file}`]);
  });

  it('the CLI opens no socket and writes only --output and --write-baseline', () => {
    const output = path.join(scratch, 'report.sarif');
    const baseline = path.join(scratch, 'baseline.json');
    const report = guarded(['dist/cli.js', '--format', 'sarif', '--output', output, 'examples']);
    expect(report.stderr).not.toContain('GUARD network');
    expect(report.status).toBe(1);
    // The report is streamed into the file it names.
    expect(report.writes).toEqual([`openSync(w) ${output}`]);
    expect(JSON.parse(readFileSync(output, 'utf8'))).toHaveProperty('version', '2.1.0');

    const recorded = guarded(['dist/cli.js', '--write-baseline', baseline, 'examples']);
    expect(recorded.status).toBe(0);
    expect(recorded.writes).toEqual([`writeFileSync ${baseline}`]);

    const plain = guarded(['dist/cli.js', 'examples']);
    expect(plain.status).toBe(1);
    expect(plain.writes).toEqual([]);
  });

  it('the CLI writes nothing else, on a first run in a fresh compile-cache directory and after it', () => {
    rmSync(COMPILE_CACHE, { recursive: true, force: true });
    for (let run = 0; run < 3; run++) {
      const r = guarded(['dist/cli.js', 'examples']);
      expect(r.status).toBe(1);
      expect(r.writes).toEqual([]);
    }
  });

  it('the library opens no socket and writes nothing', () => {
    const script = "import { lint } from './dist/index.js'; const r = await lint(['examples']); console.log(r.diagnostics.length > 0);";
    const r = guarded(['--input-type=module', '-e', script]);
    expect(r.stderr).not.toContain('GUARD network');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('true');
    expect(r.writes).toEqual([]);
  });
});
