import { execFileSync } from 'node:child_process';
/** .pci-lint.yaml discovery, validation with exact positions, precedence, ignore globs, and baselines. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { INIT_CONFIG } from '../../src/cli/init.js';
import { resolveConfig } from '../../src/engine/config.js';
import { readConfigFile } from '../../src/load/config-file.js';
import { findings, ROOT, runCli } from './helpers.js';

const MANIFEST = [
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: web',
  'spec:',
  '  automountServiceAccountToken: false',
  '  containers:',
  '    - name: app',
  '      image: nginx:1.25',
  '      securityContext:',
  '        privileged: true',
  '',
].join('\n');

let dir: string;
const write = (rel: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  writeFileSync(path.join(dir, rel), text);
};
const ids = (stdout: string): string[] => [...stdout.matchAll(/ ([a-z0-9-]+)$/gm)].map((m) => m[1] ?? '');

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pci-lint-config-'));
  // A repository: configuration is looked for up to its root.
  mkdirSync(path.join(dir, '.git'));
  write('manifests/pod.yaml', MANIFEST);
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

// A fixed rule set, so rules added later do not change these expectations.
const registry = builtinRules.filter((r) => ['image-digest', 'privileged-container', 'automount-service-account-token'].includes(r.meta.id));

async function lintIn(cwd: string, ...args: string[]) {
  return runCli(args, { cwd, registry });
}

describe('configuration file', () => {
  it('applies rule severities and "off" from the nearest .pci-lint.yaml upward', async () => {
    write('.pci-lint.yaml', 'rules:\n  privileged-container: off\n  image-digest: error\n');
    const { code, stdout } = await lintIn(path.join(dir, 'manifests'), '.');
    expect(code).toBe(1);
    expect(stdout).toContain('pod.yaml:9:14  error    Container "app" uses image "nginx:1.25" pinned only by tag');
    expect(ids(stdout)).not.toContain('privileged-container');
  });

  it('lets the command line win over the file', async () => {
    write('.pci-lint.yaml', 'rules:\n  privileged-container: off\n');
    const { stdout } = await lintIn(dir, '--rule', 'privileged-container=warning', 'manifests');
    expect(stdout).toContain('manifests/pod.yaml:11:9  warning  Container "app" runs privileged');
  });

  it('takes failOn from the file', async () => {
    write('.pci-lint.yaml', 'failOn: warning\nrules:\n  privileged-container: off\n');
    expect((await lintIn(dir, 'manifests')).code).toBe(1);
    write('.pci-lint.yaml', 'rules:\n  privileged-container: off\n');
    expect((await lintIn(dir, 'manifests')).code).toBe(0);
  });

  it('resolves ignore globs against the config file directory', async () => {
    write('.pci-lint.yaml', 'ignore: ["manifests/vendor/**"]\n');
    write('manifests/vendor/third-party.yaml', MANIFEST);
    const { stdout } = await lintIn(path.join(dir, 'manifests'), '.');
    expect(stdout).toContain('pod.yaml:11:9');
    expect(stdout).not.toContain('vendor/');
  });

  it('uses --config when given and nothing with --no-config', async () => {
    write('conf/strict.yaml', 'rules:\n  privileged-container: off\n  image-digest: off\n');
    expect((await lintIn(dir, '--config', 'conf/strict.yaml', 'manifests')).stdout).toBe('');
    write('.pci-lint.yaml', 'rules:\n  privileged-container: off\n  image-digest: off\n');
    expect(ids((await lintIn(dir, '--no-config', 'manifests')).stdout)).toContain('privileged-container');
  });

  it.each([
    ['an unquoted version (a number)', 'k8sVersion: 1.30\n', '.pci-lint.yaml:1:1: "k8sVersion" must be string'],
    ['an unsupported version', 'k8sVersion: "1.12"\n', '.pci-lint.yaml:1:1: k8sVersion "1.12" is not a supported target (1.19 to 1.37).'],
    ['a misspelt top-level key', 'k8sVersion: "1.30"\nrulez: {}\n', '.pci-lint.yaml:2:1: Unknown key "rulez" in the configuration. Did you mean "rules"?'],
    ['a misspelt rule id', 'rules:\n  privileged-containr: off\n', '.pci-lint.yaml:2:3: Unknown rule "privileged-containr". Did you mean "privileged-container"?'],
    ['a bad severity', 'rules:\n  image-digest: warn\n', '.pci-lint.yaml:2:3: "rules.image-digest" must be off, error, warning, info, or { severity, options }.'],
    ['options for a rule without options', 'rules:\n  image-digest:\n    options: { x: 1 }\n', '.pci-lint.yaml:3:5: Rule "image-digest" takes no options.'],
    ['an unknown settings key', 'settings:\n  pssLevl: baseline\n', '.pci-lint.yaml:2:3: Unknown key "pssLevl" in "settings". Did you mean "pssLevel"?'],
    ['a YAML syntax error', 'rules:\n  a: [\n', '.pci-lint.yaml:3:1:'],
  ])('rejects %s with exit 2 and the position', async (_name, text, message) => {
    write('.pci-lint.yaml', text);
    const { code, stderr, stdout } = await lintIn(dir, 'manifests');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`pci-lint: ${message}`);
  });
});

describe('baseline', () => {
  it('records findings, then reports only new ones, also after lines move', async () => {
    const written = await lintIn(dir, '--write-baseline', 'baseline.json', 'manifests');
    expect(written.code).toBe(0);
    expect(written.stderr).toContain('recorded 2 findings in baseline.json');
    const baseline = JSON.parse(readFileSync(path.join(dir, 'baseline.json'), 'utf8')) as { version: number; findings: { ruleId: string; path: string }[] };
    expect(baseline.version).toBe(1);
    expect(baseline.findings.map((f) => `${f.ruleId} ${f.path}`).sort()).toEqual([
      'image-digest spec.containers[0].image',
      'privileged-container spec.containers[0].securityContext.privileged',
    ]);

    write('manifests/pod.yaml', `# a new comment moves every line down\n${MANIFEST}`);
    const again = await lintIn(dir, '--baseline', 'baseline.json', 'manifests');
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('2 known findings hidden by the baseline');

    write('manifests/second.yaml', MANIFEST.replace('name: web', 'name: new'));
    const added = await lintIn(dir, '--baseline', 'baseline.json', 'manifests');
    expect(added.code).toBe(1);
    expect(added.stdout).toContain('manifests/second.yaml:11:9');
    expect(added.stdout).not.toContain('manifests/pod.yaml');
  });

  it('is read from the config file, relative to it', async () => {
    mkdirSync(path.join(dir, 'ci'), { recursive: true });
    await lintIn(dir, '--write-baseline', 'ci/known.json', 'manifests');
    write('ci/.pci-lint.yaml', 'baseline: known.json\n');
    const { code, stdout } = await lintIn(dir, '--config', 'ci/.pci-lint.yaml', 'manifests');
    expect(code).toBe(0);
    expect(stdout).toBe('');
  });

  it('treats a --baseline that does not exist yet as empty, with a note', async () => {
    const { code, stdout, stderr } = await lintIn(dir, '--baseline', 'later.json', 'manifests');
    expect(code).toBe(1);
    expect(stdout).toContain('manifests/pod.yaml:11:9  error    Container "app" runs privileged');
    expect(stderr).toBe('pci-lint: baseline later.json does not exist yet, so it hides no finding; record the current findings in it with --write-baseline later.json.\n');
  });

  it('still refuses a baseline path that cannot be looked at (under a file) with exit 2', async () => {
    const { code, stderr } = await lintIn(dir, '--baseline', 'manifests/pod.yaml/known.json', 'manifests');
    expect(code).toBe(2);
    expect(stderr).toContain('Cannot read --baseline');
  });

  it('treats a configured baseline that does not exist yet as empty; --write-baseline creates it and its directories', async () => {
    write('.pci-lint.yaml', 'baseline: ci/debt/known.json\n');
    const first = await lintIn(dir, 'manifests');
    expect(first.code).toBe(1);
    expect(first.stderr).toBe(`pci-lint: baseline ${path.join('ci', 'debt', 'known.json')} does not exist yet, so it hides no finding; record the current findings in it with --write-baseline ${path.join('ci', 'debt', 'known.json')}.\n`);
    const written = await lintIn(dir, '--write-baseline', 'ci/debt/known.json', 'manifests');
    expect(written).toMatchObject({ code: 0, stdout: '', stderr: 'pci-lint: recorded 2 findings in ci/debt/known.json; later runs with --baseline report only new ones.\n' });
    expect((JSON.parse(readFileSync(path.join(dir, 'ci/debt/known.json'), 'utf8')) as { findings: unknown[] }).findings).toHaveLength(2);
    expect(await lintIn(dir, 'manifests')).toEqual({ code: 0, stdout: '', stderr: 'pci-lint: 2 known findings hidden by the baseline.\n' });
  });

  it.each([
    ['a directory', 'dir', 'Cannot read --baseline'],
    ['invalid JSON', '{', 'is not valid JSON'],
    ['JSON that is not a baseline', '{"findings": 3}', 'is not a pci-lint baseline'],
  ])('rejects %s with exit 2', async (_name, content, message) => {
    if (content === 'dir') mkdirSync(path.join(dir, 'bad.json'));
    else write('bad.json', content);
    const { code, stderr } = await lintIn(dir, '--baseline', 'bad.json', 'manifests');
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});

describe('--init', () => {
  it('writes a commented .pci-lint.yaml with the schema line that the loader accepts as it is', async () => {
    const r = await lintIn(dir, '--init');
    expect(r).toEqual({ code: 0, stdout: '', stderr: 'pci-lint: wrote .pci-lint.yaml; pci-lint reads it from this directory and the ones below it.\n' });
    const text = readFileSync(path.join(dir, '.pci-lint.yaml'), 'utf8');
    expect(text).toBe(INIT_CONFIG);
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./node_modules/pci-lint/schemas/config.schema.json');
    // The schema it points at is the one the package ships (package.json "files" holds schemas/).
    expect(existsSync(path.join(ROOT, 'schemas/config.schema.json'))).toBe(true);
    const resolved = resolveConfig(readConfigFile(path.join(dir, '.pci-lint.yaml'), '.pci-lint.yaml'), builtinRules);
    expect(resolved).toEqual({ file: '.pci-lint.yaml', platform: 'auto', failOn: 'error', ignore: [], rules: {}, settings: { pssLevel: 'restricted' } });
    // A run with it reports what a run without it reports.
    const withIt = await lintIn(dir, 'manifests');
    expect(withIt.code).toBe(1);
    expect(withIt.stdout).toBe((await lintIn(dir, '--no-config', 'manifests')).stdout);
  });

  it('lints nothing, so takes no input (exit 2)', async () => {
    expect(await lintIn(dir, '--init', 'manifests')).toEqual({ code: 2, stdout: '', stderr: 'pci-lint: --init writes .pci-lint.yaml in the working directory and lints nothing: give no input.\n' });
    expect(existsSync(path.join(dir, '.pci-lint.yaml'))).toBe(false);
  });

  it.each(['.pci-lint.yaml', '.pci-lint.yml'])('refuses to overwrite an existing %s (exit 2)', async (name) => {
    write(name, 'failOn: warning\n');
    expect(await lintIn(dir, '--init')).toEqual({ code: 2, stdout: '', stderr: `pci-lint: ${name} already exists; refusing to overwrite it. Edit it, or remove it and run pci-lint --init again.\n` });
    expect(readFileSync(path.join(dir, name), 'utf8')).toBe('failOn: warning\n');
  });
});

describe('--print-config', () => {
  interface Printed {
    file: string;
    configFile: string | null;
    ignored: boolean | null;
    k8sVersion: string;
    k8sVersionFrom: string;
    failOn: string;
    pci: string[] | null;
    ignore: string[];
    baseline: string | null;
    settings: Record<string, unknown>;
    rules: Record<string, { state: string; severity: string; options?: unknown }>;
  }

  it('prints the configuration file, the command line over it, and every rule, and lints nothing', async () => {
    write('.pci-lint.yaml', 'k8sVersion: "1.30"\nfailOn: warning\nignore: ["vendor/**"]\nbaseline: known.json\nrules:\n  image-digest: warning\n');
    write('vendor/x.yaml', MANIFEST);
    const r = await lintIn(dir, '--print-config', 'manifests/pod.yaml', '--rule', 'privileged-container=off', '--ignore-pattern', 'generated/');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const printed = JSON.parse(r.stdout) as Printed;
    expect(printed).toMatchObject({
      file: 'manifests/pod.yaml',
      configFile: '.pci-lint.yaml',
      ignored: false,
      k8sVersion: '1.30',
      k8sVersionFrom: 'config',
      failOn: 'warning',
      pci: null,
      ignore: ['vendor/**', '**/generated/**'],
      baseline: 'known.json',
    });
    expect(printed.rules).toEqual({
      'automount-service-account-token': { state: 'active', severity: 'warning' },
      'image-digest': { state: 'active', severity: 'warning' },
      'privileged-container': { state: 'off', severity: 'off' },
    });
    const ignored = JSON.parse((await lintIn(dir, '--print-config', 'vendor/x.yaml')).stdout) as Printed;
    expect(ignored.ignored).toBe(true);
    const missing = JSON.parse((await lintIn(dir, '--print-config', 'nowhere.yaml')).stdout) as Printed;
    expect(missing.ignored).toBeNull();
  });

  it('--print-config says a file git tracks is not ignored by .gitignore, as a walk lints it; an ignore pattern still ignores it', async () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'pci-lint-print-tracked-'));
    try {
      execFileSync('git', ['init', '-q'], { cwd: repo });
      for (const file of ['.gitignore', 'forced.yaml', 'node_modules/m.yaml', 'vendor/v.yaml']) {
        mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
        writeFileSync(path.join(repo, file), file === '.gitignore' ? 'forced.yaml\nvendor/\n' : 'a: 1\n');
      }
      execFileSync('git', ['add', '-f', 'forced.yaml', 'node_modules/m.yaml', 'vendor/v.yaml'], { cwd: repo });
      const ignoredOf = async (file: string, ...extra: string[]) => (JSON.parse((await lintIn(repo, '--no-config', ...extra, '--print-config', file)).stdout) as Printed).ignored;
      expect(await ignoredOf('forced.yaml')).toBe(false);
      expect(await ignoredOf('node_modules/m.yaml')).toBe(false);
      expect(await ignoredOf('vendor/v.yaml', '--ignore-pattern', 'vendor')).toBe(true);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });

  it('without a configuration file, says so and gives the defaults', async () => {
    const printed = JSON.parse((await lintIn(dir, '--no-config', '--print-config', 'manifests/pod.yaml')).stdout) as Printed;
    expect(printed).toMatchObject({ configFile: null, k8sVersion: '1.37', k8sVersionFrom: 'default', failOn: 'error', baseline: null, ignore: [] });
  });

  it('refuses inputs besides the file (exit 2)', async () => {
    expect(await lintIn(dir, '--print-config', 'manifests/pod.yaml', 'manifests')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'pci-lint: --print-config takes one file, the one whose configuration to print, and lints nothing: give no other input.\n',
    });
  });
});

describe('--ignore-pattern', () => {
  beforeEach(() => {
    write('manifests/generated/a.yaml', MANIFEST);
    write('manifests/deep/generated/b.yaml', MANIFEST);
    write('manifests/keep.yaml', MANIFEST);
  });
  const files = (stdout: string) => [...new Set(findings(stdout).map((f) => f.file))];

  it.each([
    ['generated', ['manifests/keep.yaml', 'manifests/pod.yaml']],
    ['generated/', ['manifests/keep.yaml', 'manifests/pod.yaml']],
    ['manifests/generated', ['manifests/deep/generated/b.yaml', 'manifests/keep.yaml', 'manifests/pod.yaml']],
    ['/manifests/generated/', ['manifests/deep/generated/b.yaml', 'manifests/keep.yaml', 'manifests/pod.yaml']],
    ['*.yaml', []],
    ['keep.yaml', ['manifests/deep/generated/b.yaml', 'manifests/generated/a.yaml', 'manifests/pod.yaml']],
  ])('reads %s as a .gitignore line relative to the working directory', async (pattern, expected) => {
    const r = await lintIn(dir, '--ignore-pattern', pattern, 'manifests');
    if (expected.length === 0) {
      expect(r.code).toBe(2);
      return;
    }
    expect(files(r.stdout)).toEqual(expected);
  });

  it('applies to globs too, but not to files named explicitly', async () => {
    expect(files((await lintIn(dir, '--ignore-pattern', 'generated', 'manifests/**/*.yaml')).stdout)).toEqual(['manifests/keep.yaml', 'manifests/pod.yaml']);
    expect(files((await lintIn(dir, '--ignore-pattern', 'generated', 'manifests/generated/a.yaml')).stdout)).toEqual(['manifests/generated/a.yaml']);
  });

  it('adds to the configuration file\'s ignore and can be repeated', async () => {
    write('.pci-lint.yaml', 'ignore: ["manifests/keep.yaml"]\n');
    const r = await lintIn(dir, '--ignore-pattern', 'generated', '--ignore-pattern', 'pod.yaml', 'manifests');
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toBe('pci-lint: No manifests in "manifests": no *.yaml, *.yml, *.json, *.kubeconfig or kubeconfig file that .gitignore and the ignore patterns leave. Check the path, or name the files.\n');
  });

  it('refuses a negated pattern (exit 2)', async () => {
    expect(await lintIn(dir, '--ignore-pattern', '!keep.yaml', 'manifests')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'pci-lint: --ignore-pattern "!keep.yaml": negated patterns are not supported; name the files to lint instead.\n',
    });
  });
});
