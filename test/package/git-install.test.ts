/**
 * The pre-commit hook, installed and run by the real pre-commit framework from a git revision of this
 * repository, as a user's `.pre-commit-config.yaml` names it, and the CLI installed by npm from a git
 * revision as pre-commit 4 does: from an UNTAGGED commit, since every commit carries the built dist/.
 *
 * It tests the COMMITTED code: pre-commit clones a revision, so the test clones HEAD of this repository into
 * a scratch directory (uncommitted changes are not in it) and adds one commit there, which no tag names.
 * pre-commit 3 then does what it does for every
 * `language: node` hook: `npm install` with the development dependencies in its clone, `npm pack` (whose
 * `prepack` script builds dist/; pre-commit takes npm pack's whole stdout as the tarball's name), and
 * `npm install -g <tarball>` into its own environment. Scratch repositories with manifests are linted with
 * `pre-commit try-repo` (which installs into a store of its own on every call) and with `pre-commit run` on
 * the README's snippet, whose runs share one PRE_COMMIT_HOME: the hook is installed twice in all, and each
 * install pays for the npm install of the development dependencies and the build.
 *
 * Without `pre-commit` on the PATH (Debian's package `pre-commit`; .ci/run installs it) the tests skip, and
 * under a Node other than the `node` on the PATH (the one pre-commit uses).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PRE_COMMIT = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const PATH_NODE = spawnSync('node', ['--version'], { encoding: 'utf8' }).stdout.trim();
/**
 * Why the pre-commit tests skip, or ''. pre-commit runs the hook with the `node` on the PATH, so under
 * another Node (.ci/run's second suite run, under Node 24) they would repeat the same run: they skip there.
 */
const SKIP =
  PRE_COMMIT.status !== 0
    ? 'pre-commit is not on the PATH (install Debian\'s "pre-commit" package; .ci/run does)'
    : PATH_NODE !== process.version
      ? `pre-commit runs the hook with the node on the PATH (${PATH_NODE}), not this Node (${process.version}): the suite run under that Node tests it`
      : '';
/** Why the npm git install test skips, or '': the installed bin runs under the `node` on the PATH. */
const GIT_SKIP = PATH_NODE !== process.version ? `the installed bin runs under the node on the PATH (${PATH_NODE}), not this Node (${process.version})` : '';
/** The first run installs the hook: npm install of the development dependencies, then the build. */
const INSTALL_TIMEOUT = 600_000;

let work = '';
let clone = '';
let rev = '';

/**
 * The environment without what `npm test` exports about this repository and without git's own variables,
 * with a scratch PRE_COMMIT_HOME; npm prefers its cache (the install is the same as without it).
 */
function env(): NodeJS.ProcessEnv {
  const drop = (key: string) => /^(npm_|GIT_)/i.test(key) || ['INIT_CWD', 'NO_COLOR', 'FORCE_COLOR', 'PRE_COMMIT_HOME'].includes(key);
  return {
    ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !drop(key))),
    PRE_COMMIT_HOME: path.join(work, 'pre-commit-home'),
    PRE_COMMIT_COLOR: 'never',
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    GIT_CONFIG_GLOBAL: path.join(work, 'gitconfig'),
    GIT_CONFIG_NOSYSTEM: '1',
  };
}

function run(command: string, args: readonly string[], cwd: string, timeout = 120_000): SpawnSyncReturns<string> {
  const r = spawnSync(command, args, { cwd, env: env(), encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return r;
}

function mustRun(command: string, args: readonly string[], cwd: string): string {
  const r = run(command, args, cwd);
  if (r.status !== 0) throw new Error(`\`${command} ${args.join(' ')}\` in ${cwd} exited ${String(r.status)}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** A git repository holding `files` (name → content), all staged, as pre-commit's `--all-files` sees them. */
function repository(name: string, files: Record<string, string>): string {
  const dir = path.join(work, name);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  mustRun('git', ['init', '--quiet'], dir);
  mustRun('git', ['add', '.'], dir);
  return dir;
}

const example = (file: string) => readFileSync(path.join(ROOT, 'examples', file), 'utf8');
/**
 * Every compliant example, and the configuration the README gives hook users: the files named on the
 * command line are one project (the cross-file rules need the whole set to pass; each file alone fails).
 */
const COMPLIANT = {
  '.pci-lint.yaml': 'projects: ["manifests/"]\n',
  ...Object.fromEntries(
    ['cluster-baseline.yaml', 'payments-api.yaml', 'platform-agents.yaml', 'rbac-access.yaml', 'settlement-cronjob.yaml'].map((f) => [`manifests/${f}`, example(`compliant/${f}`)]),
  ),
};
/** JSON and YAML files that are not Kubernetes objects, as every repository has: the hook passes them too. */
const OTHER_FILES = { 'package.json': '{ "name": "app", "version": "1.0.0" }\n', 'config/settings.yml': 'logLevel: debug\n' };
const UNRENDERED = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}-web\nspec:\n  replicas: {{ .Values.replicas }}\n';

if (SKIP) console.warn(`test/package/git-install.test.ts: skipped, ${SKIP}`);

beforeAll(() => {
  if (SKIP && GIT_SKIP) return;
  work = realpathSync(mkdtempSync(path.join(tmpdir(), 'pci-lint-git-install-')));
  writeFileSync(path.join(work, 'gitconfig'), '[user]\n\tname = test\n\temail = test@example.com\n[init]\n\tdefaultBranch = main\n');
  clone = path.join(work, 'pci-lint');
  mustRun('git', ['clone', '--quiet', '--no-hardlinks', ROOT, clone], work);
  // An untagged commit on top of HEAD, as on a branch between releases.
  writeFileSync(path.join(clone, 'UNRELEASED.md'), 'A commit no tag names.\n');
  mustRun('git', ['add', 'UNRELEASED.md'], clone);
  mustRun('git', ['commit', '--quiet', '-m', 'an untagged commit'], clone);
  rev = mustRun('git', ['rev-parse', 'HEAD'], clone).trim();
});

it.skipIf(SKIP !== '' && GIT_SKIP !== '')('the revision installed is untagged and carries the built dist/ (committed, as on every branch)', () => {
  expect(mustRun('git', ['tag', '--points-at', rev], clone)).toBe('');
  const tree = mustRun('git', ['ls-tree', '-r', '--name-only', rev, '--', 'dist'], clone).split('\n');
  expect(tree).toEqual(expect.arrayContaining(['dist/cli.js', 'dist/cli-main.cjs', 'dist/index.js', 'dist/testing.js', 'dist/types/src/index.d.ts']));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The README's pre-commit snippet, pointed at the clone and its HEAD; `exclude: false` drops its exclude line. */
function snippetConfig(exclude = true): string {
  const readme = readFileSync(path.join(clone, 'README.md'), 'utf8');
  const snippet = /```yaml\n(repos:\n {2}- repo: https:\/\/github\.com\/pci-lint\/pci-lint\n[\s\S]*?)```/.exec(readme)?.[1];
  if (snippet === undefined) throw new Error('README.md has no pre-commit snippet');
  expect(snippet).toMatch(/^ {8}exclude: \^charts\/\[\^\/\]\+\/templates\/ {3}#/m);
  const config = snippet.replace('https://github.com/pci-lint/pci-lint', clone).replace(/^( {4}rev: ).*$/m, `$1${rev}`);
  return exclude ? config : config.replace(/^ *exclude:.*\n/m, '');
}

const HOOK_LINE = /^pci-lint \(PCI DSS checks for Kubernetes manifests\)\.+(Passed|Failed)$/m;
const PRIVILEGED = /^ {2}manifests\/node-agent\.yaml:27:13 +error +Container "agent" runs privileged.* {2}privileged-container$/m;

describe.skipIf(SKIP !== '')(`pre-commit installs and runs the hook from a git revision${SKIP ? ` (skipped: ${SKIP})` : ''}`, () => {
  // try-repo installs into a store of its own every time (each call pays for the install); `pre-commit run`
  // installs into PRE_COMMIT_HOME once for the revision, and its later runs reuse that.
  it(
    'try-repo on a repository with compliant manifests only: the hook passes (exit 0)',
    () => {
      const repo = repository('compliant', { ...COMPLIANT, ...OTHER_FILES });
      const started = Date.now();
      const r = run('pre-commit', ['try-repo', clone, 'pci-lint', '--all-files'], repo, INSTALL_TIMEOUT);
      console.log(`pre-commit try-repo installed the hook and ran it in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
      expect(r.stdout).toContain(`    rev: ${rev}\n`);
      expect(HOOK_LINE.exec(r.stdout)?.[1]).toBe('Passed');
    },
    INSTALL_TIMEOUT,
  );

  it(
    "pre-commit run with the README's snippet on a non-compliant manifest: the hook fails (exit 1) with the finding",
    () => {
      const repo = repository('noncompliant', { ...COMPLIANT, ...OTHER_FILES, 'manifests/node-agent.yaml': example('noncompliant/node-agent.yaml'), '.pre-commit-config.yaml': snippetConfig() });
      const started = Date.now();
      const r = run('pre-commit', ['run', '--all-files'], repo, INSTALL_TIMEOUT);
      console.log(`pre-commit run installed the hook and ran it in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(1);
      expect(HOOK_LINE.exec(r.stdout)?.[1]).toBe('Failed');
      expect(r.stdout).toContain('- hook id: pci-lint\n- exit code: 1\n');
      expect(r.stdout).toMatch(PRIVILEGED);
      // The files that are not Kubernetes objects are passed and skipped, not reported.
      expect(r.stdout).not.toMatch(/package\.json:|settings\.yml:|\.pre-commit-config\.yaml:/);
    },
    INSTALL_TIMEOUT,
  );

  it("the snippet's exclude leaves a chart's unrendered templates/ out; without it they are parse errors", () => {
    const chart = { 'charts/shop/Chart.yaml': 'apiVersion: v2\nname: shop\nversion: 1.0.0\n', 'charts/shop/templates/deployment.yaml': UNRENDERED };
    const excluded = repository('chart', { ...COMPLIANT, ...chart, '.pre-commit-config.yaml': snippetConfig() });
    const r = run('pre-commit', ['run', '--all-files'], excluded, INSTALL_TIMEOUT);
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(HOOK_LINE.exec(r.stdout)?.[1]).toBe('Passed');

    const included = repository('chart-unexcluded', { ...COMPLIANT, ...chart, '.pre-commit-config.yaml': snippetConfig(false) });
    const u = run('pre-commit', ['run', '--all-files'], included, INSTALL_TIMEOUT);
    expect(u.status, `${u.stdout}\n${u.stderr}`).toBe(1);
    expect(u.stdout).toMatch(/^charts\/shop\/templates\/deployment\.yaml:4:9 +error +This looks like an unrendered Helm template .* {2}parse-error$/m);
  }, INSTALL_TIMEOUT);
});

/**
 * pre-commit 4 installs a node hook with `npm install --allow-git=root --install-links -g git+file://<its
 * clone at rev>` (pre_commit/languages/node.py, pre-commit a9bba55, 2026-08), as `npm install -g
 * git+https://…#<rev>` does: npm runs only a `prepare` script in a clone (this package has none: npm warns
 * consumers about one) and packs the `files`. So every commit carries its built dist/.
 */
describe.skipIf(GIT_SKIP !== '')(`npm installs the CLI from an untagged git revision, as pre-commit 4 does${GIT_SKIP ? ` (skipped: ${GIT_SKIP})` : ''}`, () => {
  it(
    'the installed pci-lint passes compliant manifests (exit 0) and fails a privileged pod (exit 1); npm prints no install-scripts warning',
    () => {
      const checkout = path.join(work, 'hook-clone');
      mustRun('git', ['clone', '--quiet', '--no-hardlinks', clone, checkout], work);
      mustRun('git', ['checkout', '--quiet', rev], checkout);
      const prefix = path.join(work, 'npm-global');
      const install = run('npm', ['install', '--allow-git=root', '--install-links', '-g', '--prefix', prefix, `git+file://${checkout}`], work, INSTALL_TIMEOUT);
      expect(install.status, `${install.stdout}\n${install.stderr}`).toBe(0);
      expect(`${install.stdout}\n${install.stderr}`).not.toMatch(/install-scripts|install script/i);
      const bin = path.join(prefix, 'bin', 'pci-lint');

      const compliant = repository('npm-compliant', COMPLIANT);
      const ok = run(bin, ['manifests/'], compliant);
      expect([ok.status, ok.stderr], ok.stdout).toEqual([0, '']);

      const failing = repository('npm-noncompliant', { 'manifests/node-agent.yaml': example('noncompliant/node-agent.yaml') });
      const bad = run(bin, ['manifests/node-agent.yaml'], failing);
      expect(bad.status, bad.stderr).toBe(1);
      expect(bad.stdout).toMatch(PRIVILEGED);
    },
    INSTALL_TIMEOUT,
  );
});

describe('.pre-commit-hooks.yaml', () => {
  it('declares the hook pci-lint: a node hook running the bin on the .yaml, .yml and .json files it is passed', () => {
    const hooks = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
    expect(hooks.map((h) => h['id'])).toEqual(['pci-lint']);
    const [hook = {}] = hooks;
    expect(hook).toMatchObject({ entry: 'pci-lint', language: 'node', files: String.raw`\.(ya?ml|json)$`, require_serial: true });
    expect(hook['pass_filenames']).toBeUndefined();
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(Object.keys(pkg.bin)).toContain(hook['entry']);
    const files = new RegExp(String(hook['files']));
    expect(['a.yaml', 'deploy/b.yml', 'c.json', 'd.yaml.bak', 'e.txt', 'Kustomization'].filter((f) => files.test(f))).toEqual(['a.yaml', 'deploy/b.yml', 'c.json']);
  });
});
