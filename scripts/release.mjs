// Cuts a release: checks that the working tree is clean and the tag is new, sets the version (when one is
// given) in package.json, package-lock.json and the README's pre-commit snippet and git install command
// (`v<version>`), rebuilds dist/ (the bundle carries the version) and commits all that, runs the checks
// (check-dist, lint, typecheck, tests), then creates the annotated git tag `v<version>` on HEAD. dist/ is
// committed, so pre-commit and `npm install git+…#v<version>` get a package that runs without a build.
// It pushes and publishes nothing: it prints the commands that do.
// Usage: node scripts/release.mjs [<version> | patch | minor | major] [--dry-run]
//   without a version: releases the version package.json states
//   --dry-run: says what it would do (the tag among it) and changes nothing
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const positional = args.filter((a) => !a.startsWith('--'));
const unknown = args.filter((a) => a.startsWith('--') && a !== '--dry-run');
if (unknown.length > 0 || positional.length > 1) {
  console.error('usage: node scripts/release.mjs [<version> | patch | minor | major] [--dry-run]');
  process.exit(2);
}

/** The checks a release must pass, as npm scripts, in order: check-dist first (the tag's dist/ is the build of its source). */
const CHECKS = ['check-dist', 'lint', 'typecheck', 'test'];
/** The pre-commit snippet's revision line in the README. */
const REV_LINE = /^(\s*rev:\s*)v\d+\.\d+\.\d+\S*$/m;
/** The README's git install commands, `…/pci-lint.git#v<version>`. */
const GIT_REF = /(pci-lint\.git#)v\d+\.\d+\.\d+[0-9A-Za-z.-]*/g;
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

function fail(message) {
  console.error(`release: ${message}`);
  process.exit(1);
}

function git(...gitArgs) {
  return execFileSync('git', gitArgs, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function readJson(file) {
  return JSON.parse(readFileSync(`${root}/${file}`, 'utf8'));
}

function writeJson(file, value) {
  writeFileSync(`${root}/${file}`, `${JSON.stringify(value, null, 2)}\n`);
}

/** `patch`, `minor`, `major` bump the current version; anything else must be a version. */
function nextVersion(current, request) {
  if (request === undefined) return current;
  const bump = ['major', 'minor', 'patch'].indexOf(request);
  if (bump === -1) {
    if (!SEMVER.test(request)) fail(`"${request}" is not a version (x.y.z) nor patch, minor or major`);
    return request;
  }
  const [major, minor, patch] = current.split(/[.-]/).map(Number);
  return [
    [major + 1, 0, 0],
    [major, minor + 1, 0],
    [major, minor, patch + 1],
  ][bump].join('.');
}

const current = readJson('package.json').version;
const version = nextVersion(current, positional[0]);
const tag = `v${version}`;

const dirty = git('status', '--porcelain', '--untracked-files=normal');
if (dirty !== '') {
  if (dryRun) console.log(`note: the working tree has uncommitted changes; a release would stop here:\n${dirty}`);
  else fail(`the working tree has uncommitted changes; commit or stash them first:\n${dirty}`);
}
if (git('tag', '--list', tag) !== '') fail(`the tag ${tag} exists already`);
const readme = readFileSync(`${root}/README.md`, 'utf8');
if (!REV_LINE.test(readme)) fail('README.md has no pre-commit snippet line `rev: v<version>`');

const plan = [
  ...(version === current ? [] : [`set the version ${current} -> ${version} in package.json, package-lock.json and README.md, npm run build, and commit them with dist/`]),
  ...CHECKS.map((script) => `npm run ${script}`),
  `tag ${tag}: HEAD`,
];
if (dryRun) {
  console.log(`release ${version} (dry run: nothing is changed)`);
  for (const step of plan) console.log(`  ${step}`);
  process.exit(0);
}

if (version !== current) {
  const pkg = readJson('package.json');
  pkg.version = version;
  writeJson('package.json', pkg);
  const lock = readJson('package-lock.json');
  lock.version = version;
  if (lock.packages?.['']) lock.packages[''].version = version;
  writeJson('package-lock.json', lock);
  writeFileSync(`${root}/README.md`, readme.replace(REV_LINE, `$1${tag}`).replace(GIT_REF, `$1${tag}`));
  console.log('> npm run build');
  try {
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  } catch {
    fail('npm run build failed; nothing was committed (the version is set in package.json, package-lock.json and README.md: check them out to undo it)');
  }
  git('add', '--', 'package.json', 'package-lock.json', 'README.md', 'dist');
  git('commit', '--quiet', '-m', `release ${tag}`);
  console.log(`version ${version}, committed with its dist/`);
}
for (const script of CHECKS) {
  console.log(`> npm run ${script}`);
  try {
    execFileSync('npm', ['run', script], { cwd: root, stdio: 'inherit' });
  } catch {
    fail(`npm run ${script} failed; no tag was created${version === current ? '' : ` (the version commit stays: amend or reset it)`}`);
  }
}
// The checks must leave the tree as it was (the test setup rebuilds dist/, the same bytes when it is current).
const changed = git('status', '--porcelain', '--untracked-files=normal');
if (changed !== '') fail(`the checks changed the working tree; no tag was created:\n${changed}`);
git('tag', '--annotate', tag, '--message', `pci-lint ${version}`, 'HEAD');
console.log(`tag ${tag} (${git('rev-parse', '--short=12', 'HEAD')})`);
console.log(`next: git push origin HEAD ${tag} && npm publish`);
