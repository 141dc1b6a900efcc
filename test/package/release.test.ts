/**
 * The release: the README's pre-commit snippet names the tag of this version, and scripts/release.mjs
 * creates exactly that tag, on the version commit itself (dist/ is committed). The script runs in scratch
 * git repositories holding copies of package.json, package-lock.json, README.md and the script, whose check
 * scripts only record that they ran; their build writes dist/ files carrying the version.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string; scripts: Record<string, string> };
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const dirs: string[] = [];
/** The stand-in build's files. */
const BUILT = ['dist/cli.js', 'dist/index.js'];

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('npm_') && k !== 'INIT_CWD'));
  const r = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...clean, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', ...env },
  });
  if (r.error) throw r.error;
  return r;
}

/** A git repository with the release's inputs; `failing` names a check script that exits 1. */
function scratch(failing?: string): { repo: string; log: string } {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'pci-lint-release-')));
  dirs.push(dir);
  const repo = path.join(dir, 'repo');
  mkdirSync(path.join(repo, 'scripts'), { recursive: true });
  const log = path.join(dir, 'checks.log');
  const record = `node -e "require('fs').appendFileSync(process.env.RELEASE_LOG, process.env.npm_lifecycle_event + '\\n')"`;
  // The build writes dist/ files that carry package.json's version, as the real bundle does.
  const build = `${record} && node -e "const fs = require('fs'); fs.mkdirSync('dist', { recursive: true }); for (const f of BUILT) fs.writeFileSync(f, require('./package.json').version + '\\n')"`.replace('BUILT', JSON.stringify(BUILT).replaceAll('"', "'"));
  const scripts = Object.fromEntries(['build', 'check-dist', 'lint', 'typecheck', 'test'].map((s) => [s, s === failing ? `${record} && exit 1` : s === 'build' ? build : record]));
  writeFileSync(path.join(repo, 'package.json'), `${JSON.stringify({ ...pkg, scripts }, null, 2)}\n`);
  for (const file of ['package-lock.json', 'README.md', '.gitignore', 'scripts/release.mjs']) cpSync(path.join(ROOT, file), path.join(repo, file));
  // The committed dist/ of the current version.
  mkdirSync(path.join(repo, 'dist'));
  for (const file of BUILT) writeFileSync(path.join(repo, file), `${pkg.version}\n`);
  for (const args of [['init', '--quiet', '--initial-branch=main'], ['add', '.'], ['commit', '--quiet', '-m', 'initial']]) expect(run('git', args, repo).status).toBe(0);
  return { repo, log };
}

const release = (repo: string, log: string, ...args: string[]) => run(process.execPath, ['scripts/release.mjs', ...args], repo, { RELEASE_LOG: log });
const git = (repo: string, ...args: string[]) => run('git', args, repo).stdout.trim();
const revOf = (text: string) => /^ {4}rev: (\S+)$/m.exec(text)?.[1];

describe('the release tag', () => {
  it('the README pre-commit snippet names the tag v<package.json version>', () => {
    expect(readme).toContain(`  - repo: https://github.com/pci-lint/pci-lint\n    rev: v${pkg.version}\n    hooks:\n      - id: pci-lint\n`);
    expect(revOf(readme)).toBe(`v${pkg.version}`);
    // The git install command names the same tag.
    expect([...readme.matchAll(/pci-lint\.git#(v[^`\s]+)/g)].map((m) => m[1])).toEqual([`v${pkg.version}`]);
  });

  it('package.json runs the release script and names the repository the snippet uses', () => {
    expect(pkg.scripts['release']).toBe('node scripts/release.mjs');
    const meta = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(meta['repository']).toEqual({ type: 'git', url: 'git+https://github.com/pci-lint/pci-lint.git' });
    expect(meta['homepage']).toBe('https://github.com/pci-lint/pci-lint#readme');
    expect(meta['bugs']).toEqual({ url: 'https://github.com/pci-lint/pci-lint/issues' });
  });

  it('--dry-run names the tag v<version> and the checks, and changes nothing', () => {
    const { repo, log } = scratch();
    const r = release(repo, log, '--dry-run');
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(`release ${pkg.version} (dry run: nothing is changed)\n  npm run check-dist\n  npm run lint\n  npm run typecheck\n  npm run test\n  tag v${pkg.version}: HEAD\n`);
    expect(git(repo, 'tag', '--list')).toBe('');
    expect(git(repo, 'status', '--porcelain')).toBe('');
  });

  it('releases the version package.json states: runs the checks in order, then tags HEAD itself v<version>', () => {
    const { repo, log } = scratch();
    const head = git(repo, 'rev-parse', 'HEAD');
    const r = release(repo, log);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(log, 'utf8')).toBe('check-dist\nlint\ntypecheck\ntest\n');
    expect(git(repo, 'tag', '--list')).toBe(`v${pkg.version}`);
    // The tag names HEAD, which holds dist/; the branch, index and tree stay as they were.
    expect(git(repo, 'rev-parse', `v${pkg.version}^{commit}`)).toBe(head);
    expect(git(repo, 'ls-tree', '-r', '--name-only', head, 'dist').split('\n')).toEqual(BUILT);
    expect(git(repo, 'rev-parse', 'HEAD')).toBe(head);
    expect(git(repo, 'status', '--porcelain')).toBe('');
    expect(git(repo, 'cat-file', '-t', `v${pkg.version}`)).toBe('tag');
    expect(r.stdout).toContain(`tag v${pkg.version} (${head.slice(0, 12)})\nnext: git push origin HEAD v${pkg.version} && npm publish\n`);
    // A second release of the same version stops.
    const again = release(repo, log);
    expect([again.status, again.stderr]).toEqual([1, `release: the tag v${pkg.version} exists already\n`]);
  });

  it('a bump sets the version in package.json, package-lock.json and the README rev, commits, and tags that commit', () => {
    const { repo, log } = scratch();
    const r = release(repo, log, '7.8.9');
    expect(r.status, r.stderr).toBe(0);
    const bumped = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { version: string };
    const lock = JSON.parse(readFileSync(path.join(repo, 'package-lock.json'), 'utf8')) as { version: string; packages: Record<string, { version?: string }> };
    expect([bumped.version, lock.version, lock.packages['']?.version]).toEqual(['7.8.9', '7.8.9', '7.8.9']);
    const bumpedReadme = readFileSync(path.join(repo, 'README.md'), 'utf8');
    expect(revOf(bumpedReadme)).toBe('v7.8.9');
    expect(bumpedReadme).toContain('pci-lint.git#v7.8.9`');
    expect(bumpedReadme).not.toContain(`#v${pkg.version}`);
    expect(git(repo, 'status', '--porcelain')).toBe('');
    expect(git(repo, 'log', '-1', '--format=%s')).toBe('release v7.8.9');
    // The tag names the version commit, built after the version was set: its dist/ carries 7.8.9.
    expect(git(repo, 'rev-parse', 'v7.8.9^{commit}')).toBe(git(repo, 'rev-parse', 'HEAD'));
    expect(readFileSync(log, 'utf8')).toBe('build\ncheck-dist\nlint\ntypecheck\ntest\n');
    for (const file of BUILT) expect(git(repo, 'show', `v7.8.9:${file}`)).toBe('7.8.9');
    // Only the version changed in package.json, and dist/ was rebuilt.
    expect(git(repo, 'diff', 'HEAD~1', '--stat', '--', 'package.json', 'package-lock.json', 'README.md').split('\n').at(-1)).toMatch(/3 files changed, 5 insertions\(\+\), 5 deletions\(-\)/);
    expect(git(repo, 'diff', 'HEAD~1', '--name-only').split('\n')).toEqual(['README.md', ...BUILT, 'package-lock.json', 'package.json'].sort());
  });

  it('patch bumps the last number', () => {
    const { repo, log } = scratch();
    const [major, minor, patch] = pkg.version.split('.').map(Number) as [number, number, number];
    const r = release(repo, log, 'patch', '--dry-run');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`  set the version ${pkg.version} -> ${major}.${minor}.${patch + 1} in package.json, package-lock.json and README.md, npm run build, and commit them with dist/\n`);
    expect(r.stdout).toContain(`  tag v${major}.${minor}.${patch + 1}: HEAD\n`);
  });

  it('stops on a dirty tree, and on a failing check without tagging', () => {
    const dirty = scratch();
    writeFileSync(path.join(dirty.repo, 'README.md'), `${readme}\nedited\n`);
    const r = release(dirty.repo, dirty.log);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('release: the working tree has uncommitted changes; commit or stash them first:\nM README.md\n');
    expect(git(dirty.repo, 'tag', '--list')).toBe('');

    const failing = scratch('lint');
    const f = release(failing.repo, failing.log);
    expect(f.status).toBe(1);
    expect(f.stderr).toContain('release: npm run lint failed; no tag was created\n');
    expect(readFileSync(failing.log, 'utf8')).toBe('check-dist\nlint\n');
    expect(git(failing.repo, 'tag', '--list')).toBe('');
  });

  it('rejects what is not a version', () => {
    const { repo, log } = scratch();
    const r = release(repo, log, 'next');
    expect([r.status, r.stderr]).toEqual([1, 'release: "next" is not a version (x.y.z) nor patch, minor or major\n']);
  });
});
