// The commit a release tag names: the source at HEAD plus the built dist/ (which the branches never hold,
// as dist/ is git-ignored). Installs from a git revision pack the revision without building it: npm's git
// installs (and pre-commit 4, which installs hooks that way) run only a `prepare` script, which this
// package does not have because npm warns every consumer about one. The commit is made with a scratch index,
// so neither the working tree, the index nor the branch moves.
// Usage: node scripts/bundle-commit.mjs <message>   (prints the commit's hash)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The files a release commit must hold beside the source: the launcher, the CLI bundle and the library. */
export const BUNDLE_FILES = ['dist/cli.js', 'dist/cli-main.cjs', 'dist/index.js', 'dist/testing.js'];

/** Commits HEAD's tree plus `dist/` as a child of HEAD and returns the new commit's hash. */
export function commitWithBundle(root, message) {
  const missing = BUNDLE_FILES.filter((file) => !existsSync(path.join(root, file)));
  if (missing.length > 0) throw new Error(`dist/ is not built (missing ${missing.join(', ')}): run npm run build first`);
  const scratch = mkdtempSync(path.join(tmpdir(), 'pci-lint-bundle-index-'));
  try {
    const env = { ...process.env, GIT_INDEX_FILE: path.join(scratch, 'index') };
    const git = (...args) => execFileSync('git', args, { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
    git('read-tree', 'HEAD');
    git('add', '--force', '--', 'dist');
    return git('commit-tree', git('write-tree'), '-p', 'HEAD', '-m', message);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const message = process.argv[2];
  if (message === undefined) {
    console.error('usage: node scripts/bundle-commit.mjs <message>');
    process.exit(2);
  }
  try {
    console.log(commitWithBundle(fileURLToPath(new URL('..', import.meta.url)), message));
  } catch (error) {
    console.error(`bundle-commit: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
