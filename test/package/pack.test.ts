/**
 * The published package, as a user gets it: `npm pack` (whose `prepack` script runs the build with type
 * declarations), then `npm install <tarball>` into a separate ES module project, then the bin, the library
 * (imported and required) and its types; and `npm install -g <tarball>`, as pre-commit installs the hook.
 *
 * `npm pack` runs in a copy of the repository's sources (node_modules linked, no dist/), not in the
 * repository itself: its build rewrites dist/ in place, and the CLI tests running in parallel spawn
 * dist/cli.js. The copy also proves the package builds from a clean checkout, without a stale dist/.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TIMEOUT = 180_000;
/** Never copied: installed or generated, or not part of the sources. */
const NOT_SOURCES = new Set(['node_modules', '.git', 'dist', 'coverage', '.bench']);

let work = '';
let tarball = '';
let packed: string[] = [];
let consumer = '';
let packStdout = '';
let consumerInstall: SpawnSyncReturns<string> | undefined;

/** The environment without what `npm test` exports about this repository, so nested npm runs see only their cwd. */
function childEnv(): NodeJS.ProcessEnv {
  const drop = (key: string) =>
    key.startsWith('npm_package_') || key.startsWith('npm_lifecycle_') || ['npm_config_local_prefix', 'INIT_CWD', 'NO_COLOR', 'FORCE_COLOR'].includes(key);
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !drop(key)));
}

function run(command: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env: childEnv(), encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
}

/** Runs a step that must work; on failure the test fails with everything the command printed. */
function mustRun(command: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  const r = run(command, args, cwd);
  if (r.error || r.status !== 0) {
    throw new Error(
      `\`${command} ${args.join(' ')}\` in ${cwd} failed (${r.error?.message ?? `exit ${String(r.status)}`}):\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`,
    );
  }
  return r;
}

beforeAll(() => {
  work = realpathSync(mkdtempSync(path.join(tmpdir(), 'pci-lint-pack-')));
  const source = path.join(work, 'source');
  cpSync(ROOT, source, { recursive: true, filter: (from) => !NOT_SOURCES.has(path.basename(from)) || path.dirname(from) !== ROOT.replace(/\/$/, '') });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(source, 'node_modules'), 'dir');

  // The `prepack` script builds dist/ including the type declarations.
  packStdout = mustRun('npm', ['pack', '--pack-destination', work], source).stdout;
  const tgz = readdirSync(work).filter((f) => f.endsWith('.tgz'));
  if (tgz.length !== 1) throw new Error(`expected one tarball in ${work}, found ${JSON.stringify(tgz)}`);
  tarball = path.join(work, tgz[0]!);
  packed = mustRun('tar', ['-tzf', tarball], work)
    .stdout.split('\n')
    .filter((l) => l !== '')
    .map((l) => l.replace(/^package\//, ''));

  consumer = path.join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(path.join(consumer, 'package.json'), `${JSON.stringify({ name: 'pci-lint-consumer', version: '1.0.0', private: true, type: 'module' }, null, 2)}\n`);
  consumerInstall = mustRun('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], consumer);
}, TIMEOUT);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('npm pack', () => {
  it('prints the tarball name alone on stdout (pre-commit installs the file its stdout names)', () => {
    expect(packStdout).toBe(`${path.basename(tarball)}\n`);
    expect(path.basename(tarball)).toMatch(/^pci-lint-\d+\.\d+\.\d+\.tgz$/);
  });

  it('the packed package.json has no install scripts and names its repository', () => {
    const manifest = JSON.parse(mustRun('tar', ['-xzOf', tarball, 'package/package.json'], work).stdout) as {
      scripts: Record<string, string>;
      exports: Record<string, unknown>;
      repository: unknown;
    };
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare']) expect(manifest.scripts[script], script).toBeUndefined();
    expect(manifest.scripts['prepack']).toBe('node scripts/build.mjs 1>&2');
    expect(manifest.repository).toEqual({ type: 'git', url: 'git+https://github.com/pci-lint/pci-lint.git' });
    expect(consumerInstall?.stderr ?? '').not.toMatch(/pci-lint.*(?:install|prepare)|install-scripts/);
  });

  it('contains the bundles, the type declarations, the config schema, README and LICENSE', () => {
    for (const file of ['package.json', 'README.md', 'LICENSE', 'schemas/config.schema.json', 'dist/cli.js', 'dist/index.js', 'dist/types/src/index.d.ts', 'dist/types/src/run/lint.d.ts', 'dist/testing.js', 'dist/types/src/testing/index.d.ts']) {
      expect(packed, file).toContain(file);
    }
  });

  it('contains no sources, tests, fixtures or scripts', () => {
    const stray = packed.filter(
      (f) => /^(src|test|rules|scripts|examples|node_modules|coverage)\//.test(f) || /\.test\.(ts|js|d\.ts)$/.test(f) || f.endsWith('.tgz'),
    );
    expect(stray).toEqual([]);
    // Lean: only the bundles, declarations, schemas and top-level documents.
    for (const f of packed) expect(f, f).toMatch(/^(dist\/|schemas\/|README\.md$|LICENSE$|package\.json$)/);
  });
});

describe('installed from the tarball', () => {
  it('node_modules/.bin/pci-lint lints examples/noncompliant and exits 1', () => {
    const r = run(path.join(consumer, 'node_modules/.bin/pci-lint'), [path.join(ROOT, 'examples/noncompliant')], consumer);
    expect(r.error).toBeUndefined();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/node-agent\.yaml:27:13 +error +Container "agent" runs privileged.* {2}privileged-container$/m);
    expect(r.stdout).toMatch(/^✖ \d+ problems/m);
  });

  it('node_modules/.bin/pci-lint exits 0 on examples/compliant', () => {
    const r = run(path.join(consumer, 'node_modules/.bin/pci-lint'), [path.join(ROOT, 'examples/compliant')], consumer);
    expect([r.status, r.stdout, r.stderr]).toEqual([0, '', '']);
  });

  it('the library imports and lints from an ES module', () => {
    const script = `
      import { lint, lintText, rules, formatters, VERSION } from 'pci-lint';
      const yaml = [
        'apiVersion: v1',
        'kind: Pod',
        'metadata: {name: p}',
        'spec:',
        '  automountServiceAccountToken: false',
        '  containers:',
        '    - name: c',
        '      image: nginx@sha256:${'a'.repeat(64)}',
        '      securityContext: {privileged: true}',
      ].join('\\n');
      const found = lintText(yaml, { file: 'pod.yaml' });
      console.log('ids ' + found.map((d) => d.ruleId + '@' + d.line + ':' + d.column).join(','));
      console.log('rules ' + rules.map((r) => r.meta.id).join(','));
      console.log('formats ' + Object.keys(formatters).join(','));
      const result = await lint([${JSON.stringify(path.join(ROOT, 'examples/noncompliant/node-agent.yaml'))}]);
      console.log('files ' + result.fileCount + ' findings ' + result.diagnostics.length);
      console.log('resolved ' + import.meta.resolve('pci-lint'));
      console.log('version ' + VERSION);
      // Ajv is loaded on first use (rule options to validate), through the require the bundle defines.
      const { createRequire } = await import('node:module');
      const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((f) => f.includes('/node_modules/ajv/'));
      const before = loaded();
      let invalid = '';
      try { lintText(yaml, { rules: { 'image-registry-allowlist': { options: { registries: 5 } } } }); } catch (error) { invalid = error.message; }
      console.log('ajv ' + before + ' ' + loaded() + ' ' + invalid);
    `;
    writeFileSync(path.join(consumer, 'use.mjs'), script);
    const r = run(process.execPath, ['use.mjs'], consumer);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // Other rules (the pss-* pack among them) report the same pod too; this one must be among them.
    expect(r.stdout).toMatch(/^ids (?:.*,)?privileged-container@9:25(?:,|$)/m);
    expect(r.stdout).toMatch(/^rules .*image-digest.*privileged-container/m);
    expect(r.stdout).toMatch(/^formats stylish,json/m);
    expect(r.stdout).toMatch(/^files 1 findings [1-9]\d*$/m);
    // The installed copy, not the repository.
    expect(r.stdout).toContain(`resolved file://${consumer}/node_modules/pci-lint/dist/index.js`);
    expect(r.stdout).toMatch(/^version \d+\.\d+\.\d+/m);
    expect(r.stdout).toMatch(/^ajv false true Invalid options for rule "image-registry-allowlist": \/registries must be array\.$/m);
  });

  it('the library and pci-lint/testing load with require() from a CommonJS module', () => {
    const script = `
      const { lintText, rules, formatters, VERSION } = require('pci-lint');
      const testing = require('pci-lint/testing');
      const found = lintText('apiVersion: v1\\nkind: Pod\\nmetadata: {name: p}\\nspec:\\n  containers:\\n    - {name: c, image: nginx, securityContext: {privileged: true}}\\n', { file: 'pod.yaml' });
      console.log('privileged ' + found.filter((d) => d.ruleId === 'privileged-container').map((d) => d.line + ':' + d.column).join(','));
      console.log('rules ' + (rules.length > 50) + ' formats ' + typeof formatters.stylish + ' version ' + VERSION);
      console.log('testing ' + typeof testing.testRule + ' ' + typeof testing.runRule);
      console.log('resolved ' + require.resolve('pci-lint') + ' ' + require.resolve('pci-lint/testing'));
      console.log('same ' + (require('pci-lint') === require('pci-lint')));
    `;
    writeFileSync(path.join(consumer, 'use.cjs'), script);
    // pci-lint/testing imports its optional peer vitest: the repository's, linked for this test only (its
    // type declarations would otherwise join the consumer's type check below).
    const vitest = path.join(consumer, 'node_modules/vitest');
    symlinkSync(path.join(ROOT, 'node_modules/vitest'), vitest, 'dir');
    let r: SpawnSyncReturns<string>;
    try {
      r = run(process.execPath, ['use.cjs'], consumer);
    } finally {
      rmSync(vitest);
    }
    // No ExperimentalWarning either: Node 20.19 and later require() ES modules without one.
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(r.stdout).toBe(
      [
        'privileged 6:49',
        `rules true formats function version ${version}`,
        'testing function function',
        `resolved ${consumer}/node_modules/pci-lint/dist/index.js ${consumer}/node_modules/pci-lint/dist/testing.js`,
        'same true',
        '',
      ].join('\n'),
    );
  });

  it('its types resolve from a CommonJS module too (.cts, require of the ES module under NodeNext)', () => {
    writeFileSync(
      path.join(consumer, 'check-cjs.cts'),
      `import { lintText, type Diagnostic } from 'pci-lint';
import { testRule } from 'pci-lint/testing';
import pciLint = require('pci-lint');

const found: Diagnostic[] = lintText('kind: Pod', { file: 'pod.yaml' });
const same: typeof lintText = pciLint.lintText;
const tester: typeof testRule = testRule;
// @ts-expect-error lintText takes text
pciLint.lintText(42);

export { found, same, tester };
`,
    );
    writeFileSync(
      path.join(consumer, 'tsconfig.cjs.json'),
      JSON.stringify({
        compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: false, types: [] },
        files: ['check-cjs.cts'],
      }),
    );
    const r = run(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.cjs.json'], consumer);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('its types check with tsc (module NodeNext, no @types/node, no skipLibCheck)', () => {
    writeFileSync(
      path.join(consumer, 'check.ts'),
      `import { defineRule, lint, lintText, rules, formatters, type AnyRule, type Diagnostic, type LintResult, type Severity } from 'pci-lint';
import { testRule, type RuleCases } from 'pci-lint/testing';

const found: Diagnostic[] = lintText('kind: Pod', { file: 'pod.yaml', rules: { 'image-digest': 'off' }, pci: ['3'] });
const severity: Severity = found[0]?.severity ?? 'info';
const ids: string[] = rules.map((rule) => rule.meta.id);
const result: Promise<LintResult> = lint(['manifests'], { target: { major: 1, minor: 30 }, cwd: '.' });
const format = formatters['stylish'];
const text: string | undefined = format?.({ diagnostics: found, fileCount: 1, target: { major: 1, minor: 30 } }, { color: false });

// The rule tester is its own export; a custom rule is checked against the library's types.
const custom = defineRule({
  meta: {
    id: 'custom-rule',
    pci: ['3.1'],
    requirements: ['2.2.6'],
    inputs: ['workload'],
    severity: 'warning',
    docs: { summary: 's', rationale: 'r', fix: 'f' },
    messages: { bad: 'Container "{{name}}" is bad.' },
  },
  visit: {
    Container(ctx, container) {
      ctx.report({ at: container.path, messageId: 'bad', data: { name: container.name } });
    },
  },
});
const table: RuleCases = { valid: [{ code: 'kind: ConfigMap' }], invalid: [{ code: 'kind: Pod', errors: [{ messageId: 'bad', line: 1, column: 1 }] }] };
const tester: (rule: AnyRule, cases: RuleCases) => void = testRule;
tester(custom, table);

// The declarations are real types, not any: these must be errors.
// @ts-expect-error lintText takes text
lintText(42);
// @ts-expect-error not a severity
const wrong: Severity = 'fatal';

export { severity, ids, result, text, wrong };
`,
    );
    writeFileSync(
      path.join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: false, types: [] },
        files: ['check.ts'],
      }),
    );
    const r = run(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], consumer);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('installed globally from the tarball (as pre-commit installs the hook)', () => {
  it('npm install -g --prefix DIR <tarball> gives a pci-lint that exits 1 on examples/noncompliant and 0 on examples/compliant', () => {
    const prefix = path.join(work, 'global');
    mustRun('npm', ['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', tarball], work);
    const bin = path.join(prefix, 'bin/pci-lint');
    const bad = run(bin, [path.join(ROOT, 'examples/noncompliant/node-agent.yaml')], work);
    expect([bad.status, bad.stderr]).toEqual([1, '']);
    expect(bad.stdout).toMatch(/node-agent\.yaml:27:13 +error +Container "agent" runs privileged.* {2}privileged-container$/m);
    const good = run(bin, [path.join(ROOT, 'examples/compliant')], work);
    expect([good.status, good.stdout, good.stderr]).toEqual([0, '', '']);
  }, TIMEOUT);
});
