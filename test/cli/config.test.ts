/** .pci-lint.yaml discovery, validation with exact positions, precedence, ignore globs, and baselines. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { runCli } from './helpers.js';

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

  it.each([
    ['a missing file', null, 'Cannot read --baseline'],
    ['invalid JSON', '{', 'is not valid JSON'],
    ['JSON that is not a baseline', '{"findings": 3}', 'is not a pci-lint baseline'],
  ])('rejects %s with exit 2', async (_name, content, message) => {
    if (content !== null) write('bad.json', content);
    const { code, stderr } = await lintIn(dir, '--baseline', 'bad.json', 'manifests');
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});
