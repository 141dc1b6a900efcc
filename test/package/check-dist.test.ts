/**
 * scripts/check-dist.mjs compares the dist/ in git's index with a build, byte for byte. It runs in scratch git
 * repositories holding a copy of the script and a stand-in scripts/build.mjs that writes dist/ from src.txt
 * (the real build is tested by `npm run check-dist` in CI, under Node 20 and 24).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dirs: string[] = [];

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Writes `<outdir or dist>/cli.js` (executable) and `<…>/types/lib.d.ts` from src.txt, as the real build's shape. */
const FAKE_BUILD = `
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
const at = process.argv.indexOf('--outdir');
const out = at === -1 ? 'dist' : process.argv[at + 1];
const source = readFileSync('src.txt', 'utf8');
mkdirSync(path.join(out, 'types'), { recursive: true });
writeFileSync(path.join(out, 'cli.js'), '#!/usr/bin/env node\\n' + source);
chmodSync(path.join(out, 'cli.js'), 0o755);
writeFileSync(path.join(out, 'types', 'lib.d.ts'), 'export declare const x: ' + JSON.stringify(source.trim()) + ';\\n');
`;

function run(command: string, args: readonly string[], cwd: string) {
  const r = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { PATH: process.env.PATH ?? '', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_NOSYSTEM: '1', HOME: cwd },
  });
  if (r.error) throw r.error;
  return r;
}

const git = (repo: string, ...args: string[]) => {
  const r = run('git', args, repo);
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
};
const check = (repo: string, ...args: string[]) => run(process.execPath, ['scripts/check-dist.mjs', ...args], repo);

/** A repository whose committed dist/ is the build of its src.txt. */
function scratch(): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'pci-lint-check-dist-test-')));
  dirs.push(dir);
  mkdirSync(path.join(dir, 'scripts'));
  cpSync(path.join(ROOT, 'scripts/check-dist.mjs'), path.join(dir, 'scripts/check-dist.mjs'));
  writeFileSync(path.join(dir, 'scripts/build.mjs'), FAKE_BUILD);
  writeFileSync(path.join(dir, 'src.txt'), 'one\n');
  git(dir, 'init', '--quiet');
  expect(run(process.execPath, ['scripts/build.mjs'], dir).status).toBe(0);
  git(dir, 'add', '.');
  git(dir, 'commit', '--quiet', '-m', 'with dist');
  return dir;
}

describe('npm run check-dist', () => {
  it('passes when the committed dist/ is the build of the sources, and leaves dist/ and the index alone', () => {
    const repo = scratch();
    const r = check(repo);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(`check-dist: the committed dist/ is a build of the working tree under Node ${process.version} (2 files)\n`);
    expect(git(repo, 'status', '--porcelain')).toBe('');
    const n = check(repo, '--no-build');
    expect([n.status, n.stdout]).toEqual([0, 'check-dist: the committed dist/ is the dist/ in the working tree (2 files)\n']);
  });

  it('fails on a source changed without rebuilding, naming the files that differ, and does not rebuild dist/', () => {
    const repo = scratch();
    writeFileSync(path.join(repo, 'src.txt'), 'two\n');
    const r = check(repo);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `check-dist: the committed dist/ is not a build of the working tree under Node ${process.version}; 2 of 2 files:\n` +
        '  dist/cli.js: differs\n  dist/types/lib.d.ts: differs\n' +
        'Rebuild with `npm run build` and commit dist/ (see CONTRIBUTING.md, "dist/ is committed").\n',
    );
    // The working tree's dist/ is still the committed one: --no-build finds nothing.
    expect(check(repo, '--no-build').status).toBe(0);
  });

  it('compares with the index: a rebuilt dist/ that is not staged fails --no-build, once staged it passes', () => {
    const repo = scratch();
    writeFileSync(path.join(repo, 'src.txt'), 'two\n');
    expect(run(process.execPath, ['scripts/build.mjs'], repo).status).toBe(0);
    const unstaged = check(repo, '--no-build');
    expect(unstaged.status).toBe(1);
    expect(unstaged.stderr).toContain('the committed dist/ is not the dist/ in the working tree; 2 of 2 files:\n  dist/cli.js: differs\n');
    git(repo, 'add', 'dist');
    expect(check(repo, '--no-build').status).toBe(0);
    expect(check(repo).status).toBe(0);
  });

  it('names a file committed but not built, one built but not committed, and a launcher that lost its executable bit', () => {
    const repo = scratch();
    writeFileSync(path.join(repo, 'dist/stale.js'), 'old\n');
    git(repo, 'add', 'dist/stale.js');
    git(repo, 'rm', '--cached', '--quiet', 'dist/types/lib.d.ts');
    git(repo, 'update-index', '--chmod=-x', 'dist/cli.js');
    const r = check(repo);
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n').slice(1, 4)).toEqual(['  dist/cli.js: executable bit differs', '  dist/types/lib.d.ts: built, not committed', '  dist/stale.js: committed, not built']);
  });

  it('exits 2 outside a git checkout, on a failing build and on an unknown option', () => {
    const repo = scratch();
    rmSync(path.join(repo, '.git'), { recursive: true, force: true });
    const r = check(repo, '--no-build');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^check-dist: cannot read git's index \(.*\): the check needs a git checkout\n$/);

    const broken = scratch();
    rmSync(path.join(broken, 'src.txt'));
    const b = check(broken);
    expect(b.status).toBe(2);
    expect(b.stderr).toMatch(/check-dist: the build failed\n$/);
    expect(check(broken, '--bogus').status).toBe(2);
  });
});
