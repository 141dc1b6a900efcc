// Checks that the committed dist/ is exactly what the build makes of the sources: dist/ is committed so that
// npm's git installs and pre-commit (which install a revision without building it) get a working package
// from any commit, and the build is deterministic (the same bytes under every Node), so a stale or
// hand-edited dist/ shows as a difference. It builds into a temporary directory (scripts/build.mjs --outdir,
// with type declarations), leaving dist/ alone, and compares every file byte for byte, and the launcher's
// executable bit, with the dist/ in git's index (what is committed, with whatever is staged on top).
// Exit 0 when they are the same, 1 listing the files that differ, 2 when it cannot check.
// Usage: node scripts/check-dist.mjs [--no-build]
//   --no-build: compares the dist/ in the working tree (as the last `npm run build` left it) instead
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));

function usage(message) {
  console.error(`check-dist: ${message}\nusage: node scripts/check-dist.mjs [--no-build]`);
  process.exit(2);
}

let options;
try {
  ({ values: options } = parseArgs({ options: { 'no-build': { type: 'boolean' } } }));
} catch (error) {
  usage(error instanceof Error ? error.message : String(error));
}

/** How many differing files are listed by name. */
const LISTED = 50;

/** Why the check could not be made (exit 2). */
class CheckError extends Error {}

/** Every file under `dir`, as paths relative to it with `/`, sorted. */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** dist/ as git's index holds it: path below dist/ → { executable, content }. */
function committedDist() {
  let listing;
  try {
    listing = execFileSync('git', ['ls-files', '--stage', '-z', '--', 'dist'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    throw new CheckError(`cannot read git's index (${String(error.stderr ?? error.message).trim()}): the check needs a git checkout`);
  }
  const entries = listing
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const [meta, file] = line.split('\t');
      const [mode, blob] = meta.split(' ');
      return { file: file.slice('dist/'.length), mode, blob };
    });
  // Every blob in one git process, in order: `<sha> blob <size>\n<content>\n` each.
  const batch = execFileSync('git', ['cat-file', '--batch'], { cwd: root, input: entries.map((e) => `${e.blob}\n`).join(''), maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });
  const committed = new Map();
  let at = 0;
  for (const entry of entries) {
    const headerEnd = batch.indexOf(0x0a, at);
    const size = Number(batch.subarray(at, headerEnd).toString('latin1').split(' ')[2]);
    const content = batch.subarray(headerEnd + 1, headerEnd + 1 + size);
    at = headerEnd + 1 + size + 1;
    committed.set(entry.file, { executable: entry.mode === '100755', content });
  }
  return committed;
}

const fromBuild = options['no-build'] !== true;
let scratch;
let built;
try {
  if (fromBuild) {
    scratch = mkdtempSync(path.join(tmpdir(), 'pci-lint-check-dist-'));
    built = path.join(scratch, 'dist');
    try {
      execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--outdir', built], { cwd: root, stdio: ['ignore', 2, 'inherit'] });
    } catch {
      throw new CheckError('the build failed');
    }
  } else {
    built = path.join(root, 'dist');
  }
  const committed = committedDist();
  const builtFiles = filesUnder(built);
  const problems = [];
  for (const file of builtFiles) {
    const entry = committed.get(file);
    const full = path.join(built, file);
    if (entry === undefined) problems.push(`dist/${file}: built, not committed`);
    else if (!readFileSync(full).equals(entry.content)) problems.push(`dist/${file}: differs`);
    else if (process.platform !== 'win32' && ((statSync(full).mode & 0o100) !== 0) !== entry.executable) problems.push(`dist/${file}: executable bit differs`);
  }
  const builtSet = new Set(builtFiles);
  for (const file of committed.keys()) if (!builtSet.has(file)) problems.push(`dist/${file}: committed, not built`);
  const what = fromBuild ? `a build of the working tree under Node ${process.version}` : 'the dist/ in the working tree';
  if (problems.length > 0) {
    console.error(`check-dist: the committed dist/ is not ${what}; ${problems.length} of ${new Set([...builtFiles, ...committed.keys()]).size} files:`);
    for (const line of problems.slice(0, LISTED)) console.error(`  ${line}`);
    if (problems.length > LISTED) console.error(`  … and ${problems.length - LISTED} more`);
    console.error('Rebuild with `npm run build` and commit dist/ (see CONTRIBUTING.md, "dist/ is committed").');
    process.exitCode = 1;
  } else {
    console.log(`check-dist: the committed dist/ is ${what} (${builtFiles.length} files)`);
  }
} catch (error) {
  if (!(error instanceof CheckError)) throw error;
  console.error(`check-dist: ${error.message}`);
  process.exitCode = 2;
} finally {
  if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
}
