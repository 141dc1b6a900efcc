/**
 * Builds dist/cli.js and dist/index.js once before any test file runs, so the end-to-end tests always
 * exercise a bundle made from the current sources (never a stale dist/ left from an earlier build).
 * dist/ is committed and the build deterministic, so on a commit whose dist/ is current this leaves it as
 * committed (`git status` shows nothing); after a source change it is the rebuild to commit.
 * Type declarations are skipped here (the committed ones stay): the packaging test builds them itself
 * through `npm pack`.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs', '--no-types'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}
