/**
 * Findings a hostile pull request tries to hide, in every output format, with and without `--cache`: a
 * cache forged to hold no findings for a privileged pod (unsealed, or sealed with the forger's own key; as
 * per-file results, as a stored run and as a stored report), a suppression annotation on a harmless object
 * of the same kind and name (another document, another item of a one-line List, another file), and a
 * numeric secret that must never reach a report or the cache.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CACHE_FILE, cacheFileLabel, REPORT_FILE, ResultCache, RUN_FILE } from '../../src/run/cache.js';
import { seal, unseal } from '../../src/run/cache-seal.js';
import { FORMAT_NAMES } from '../../src/report/formats.js';
import { builtinRules } from '../../rules/index.js';
import { FOUNDATION_RULES, runCli } from '../cli/helpers.js';

const DIGEST = `nginx@sha256:${'a'.repeat(64)}`;
/** With the foundation rules, the harmless pod has no finding at all and the privileged one exactly one. */
const pod = (privileged: boolean, extra = '') =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n${extra}spec:\n  automountServiceAccountToken: false\n  containers:\n    - name: c\n      image: ${DIGEST}\n      securityContext: {privileged: ${privileged}}\n`;
const IGNORE = '  annotations:\n    pci-lint.io/ignore: privileged-container\n    pci-lint.io/ignore-reason: approved\n';

let dir: string;
/** The user's cache directory (XDG_CACHE_HOME), where the key lives. */
let home: string;
/** The forger's, on their own machine. */
let forgerHome: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pci-lint-silence-'));
  home = mkdtempSync(path.join(tmpdir(), 'pci-lint-silence-home-'));
  forgerHome = mkdtempSync(path.join(tmpdir(), 'pci-lint-silence-forger-'));
});
afterEach(() => {
  for (const d of [dir, home, forgerHome]) rmSync(d, { recursive: true, force: true });
});

const cacheDir = () => path.join(dir, 'node_modules', '.cache', 'pci-lint');
const lint = (format: string, cache: boolean, xdg = home, registry = FOUNDATION_RULES) =>
  runCli(['--no-config', '--format', format, ...(cache ? ['--cache'] : []), '.'], { cwd: dir, env: { XDG_CACHE_HOME: xdg }, registry });

/** Whether the report carries a finding of `rule`; undefined for the HTML and Markdown coverage reports (their exit code tells). */
function reports(stdout: string, format: string, rule: string): boolean | undefined {
  if (format === 'json') return (JSON.parse(stdout) as { ruleId: string }[]).some((d) => d.ruleId === rule);
  if (format === 'json-summary') return (JSON.parse(stdout) as { diagnostics: { ruleId: string }[] }).diagnostics.some((d) => d.ruleId === rule);
  if (format === 'gitlab') return (JSON.parse(stdout) as { check_name: string }[]).some((d) => d.check_name === rule);
  // A result with suppressions is listed as suppressed, not reported.
  if (format === 'sarif') return (JSON.parse(stdout) as { runs: { results: { ruleId: string; suppressions?: unknown[] }[] }[] }).runs[0]?.results.some((r) => r.ruleId === rule && !r.suppressions) ?? false;
  if (format === 'coverage-json') {
    let found = false;
    JSON.parse(stdout, (_key, value: unknown) => {
      const v = value as { ruleId?: unknown; findings?: unknown } | null;
      if (v && typeof v === 'object' && v.ruleId === rule && typeof v.findings === 'number' && v.findings > 0) found = true;
      return value;
    });
    return found;
  }
  if (format === 'markdown' || format === 'html') return undefined;
  return stdout.includes(rule);
}

function expectReported(stdout: string, format: string, rule: string, note: string): void {
  const seen = reports(stdout, format, rule);
  if (seen !== undefined) expect(seen, note).toBe(true);
}

/**
 * What a forger commits: the cache pci-lint wrote on their machine over the harmless pod, rewritten so each
 * file claims to be about the privileged pod's text, then sealed with their key or not at all.
 */
function forgeCache(sealed: boolean): void {
  const key = readFileSync(path.join(forgerHome, 'pci-lint', 'key'));
  const privileged = readFileSync(path.join(dir, 'pod.yaml'));
  const hash = ResultCache.hash(privileged);
  const inputs = ResultCache.runKey([{ file: 'pod.yaml', hash }]);
  for (const name of readdirSync(cacheDir())) {
    const file = path.join(cacheDir(), name);
    const body = unseal(key, cacheFileLabel(name), readFileSync(file));
    if (!body) throw new Error(`${name} is not sealed with the forger's key`);
    let forged: Buffer;
    if (name === REPORT_FILE) {
      const size = body.readUInt32LE(0);
      const header = deserialize(body.subarray(4, 4 + size)) as Record<string, unknown>;
      const head = serialize({ ...header, inputs });
      const length = Buffer.alloc(4);
      length.writeUInt32LE(head.length, 0);
      forged = Buffer.concat([length, head, body.subarray(4 + size)]);
    } else {
      const stored = deserialize(body) as { inputs?: string; entries?: Record<string, { hash: string }> };
      if (name === RUN_FILE) stored.inputs = inputs;
      for (const entry of Object.values(stored.entries ?? {})) entry.hash = hash;
      forged = serialize(stored);
    }
    writeFileSync(file, sealed ? seal(key, cacheFileLabel(name), forged) : forged);
  }
}

describe.each(FORMAT_NAMES)('%s', (format) => {
  it.each([
    ['unsealed', false],
    ['sealed with the forger\u2019s key', true],
  ])('a committed cache (%s) holding no findings does not hide a privileged pod, with or without --cache', async (_, sealed) => {
    writeFileSync(path.join(dir, 'pod.yaml'), pod(false));
    // On the forger's machine: a clean run that the cache records, in this format (so report.v8 is there too).
    const clean = await lint(format, true, forgerHome);
    expect(clean.code).toBe(0);
    expect(readdirSync(cacheDir()).sort()).toEqual(format === 'markdown' || format === 'html' || format === 'coverage-json' ? [CACHE_FILE, RUN_FILE] : [REPORT_FILE, CACHE_FILE, RUN_FILE]);
    writeFileSync(path.join(dir, 'pod.yaml'), pod(true));
    forgeCache(sealed);
    for (const cache of [true, false, true]) {
      const r = await lint(format, cache);
      expect(r.code, `cache ${cache}`).toBe(1);
      expectReported(r.stdout, format, 'privileged-container', `cache ${cache}`);
    }
  });

  it.each([
    ['two documents of one file', () => { writeFileSync(path.join(dir, 'pods.yaml'), `${pod(false, IGNORE)}---\n${pod(true)}`); }],
    ['two files', () => {
      writeFileSync(path.join(dir, 'a.yaml'), pod(false, IGNORE));
      writeFileSync(path.join(dir, 'b.yaml'), pod(true));
    }],
    ['two items of a one-line List', () => {
      const item = (privileged: boolean, ignore: boolean) => ({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'web', ...(ignore && { annotations: { 'pci-lint.io/ignore': 'privileged-container', 'pci-lint.io/ignore-reason': 'approved' } }) },
        spec: { automountServiceAccountToken: false, containers: [{ name: 'c', image: DIGEST, securityContext: { privileged } }] },
      });
      writeFileSync(path.join(dir, 'list.json'), JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [item(false, true), item(true, false)] }));
    }],
  ])('a suppression on a harmless object of the same kind and name in %s hides nothing, and the copy is reported', async (_, write) => {
    write();
    const registry = [...FOUNDATION_RULES, ...builtinRules.filter((r) => r.meta.id === 'duplicate-object')];
    for (const cache of [false, true, true]) {
      const r = await lint(format, cache, home, registry);
      expect(r.code).toBe(1);
      expectReported(r.stdout, format, 'privileged-container', `cache ${cache}`);
      expectReported(r.stdout, format, 'duplicate-object', `cache ${cache}`);
    }
  });

  it('a password written as a number reaches neither the report nor the cache', async () => {
    mkdirSync(path.join(dir, 'app'));
    writeFileSync(
      path.join(dir, 'app', 'pod.yaml'),
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\nspec:\n  containers:\n    - name: c\n      image: ${DIGEST}\n      env:\n        - name: DB_PASSWORD\n          value: 987654321\n        - name: API_KEY\n          value: 0.31415926\n`,
    );
    const registry = builtinRules.filter((r) => ['schema', 'secret-in-env'].includes(r.meta.id));
    for (const cache of [true, true, false]) {
      const r = await lint(format, cache, home, registry);
      expect(r.code).toBe(1);
      expectReported(r.stdout, format, 'secret-in-env', `cache ${cache}`);
      for (const secret of ['987654321', '0.31415926']) {
        expect(r.stdout + r.stderr).not.toContain(secret);
        for (const name of readdirSync(cacheDir())) expect(readFileSync(path.join(cacheDir(), name)).includes(secret), name).toBe(false);
      }
    }
  });
});

describe('a kustomization the pull request adds', () => {
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  const privileged = async () => {
    const r = await lint('json', false);
    return [r.code, (JSON.parse(r.stdout) as { ruleId: string; file: string }[]).filter((d) => d.ruleId === 'privileged-container').map((d) => d.file)];
  };

  it('cannot make a file outside its directory a patch (kustomize refuses to load one: not in or below the root)', async () => {
    write('prod/pod.yaml', pod(true));
    write('prod/kustomization.yaml', 'resources:\n  - pod.yaml\n');
    write('evil/kustomization.yaml', 'patches:\n  - path: ../prod/pod.yaml\npatchesStrategicMerge:\n  - ../prod/pod.yaml\ntransformers:\n  - ../prod/pod.yaml\n');
    expect(await privileged()).toEqual([1, ['prod/pod.yaml']]);
  });

  it('cannot make a patch of a file another kustomization lists as a resource', async () => {
    write('app/prod/pod.yaml', pod(true));
    write('app/prod/kustomization.yaml', 'resources:\n  - pod.yaml\n');
    write('app/kustomization.yaml', 'resources:\n  - prod\npatches:\n  - path: prod/pod.yaml\n');
    expect(await privileged()).toEqual([1, ['app/prod/pod.yaml']]);
  });

  it("cannot silence another build's namespace finding with an overlay of its own that sorts first, or one that wraps both", async () => {
    // prod builds the base into prod, with no default-deny. The pull request adds a-staging, which builds the
    // same base into staging and brings a deny-all there: judged in the first root's namespace only, the
    // base's Deployment was then in staging alone, and prod's finding was gone.
    const deny = 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: deny-all\nspec:\n  podSelector: {}\n  policyTypes: [Ingress, Egress]\n';
    write('base/kustomization.yaml', 'resources:\n  - deployment.yaml\n');
    write('base/deployment.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: registry.example.com/web:1\n');
    write('overlays/prod/kustomization.yaml', 'namespace: prod\nresources:\n  - ../../base\n');
    write('overlays/a-staging/kustomization.yaml', 'namespace: staging\nresources:\n  - ../../base\n  - deny.yaml\n');
    write('overlays/a-staging/deny.yaml', deny);
    const registry = builtinRules.filter((r) => r.meta.id === 'network-default-deny');
    const found = async () => {
      const r = await lint('json', false, home, registry);
      return [r.code, (JSON.parse(r.stdout) as { ruleId: string; file: string; line: number; column: number; message: string }[]).map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.message}`)];
    };
    const prod = 'base/deployment.yaml:2:1 network-default-deny Namespace "prod" (set by overlays/prod/kustomization.yaml) runs workloads but no NetworkPolicy with podSelector: {} denies ingress and egress traffic by default, so its pods accept connections from anywhere and can connect anywhere unless another policy selects them.';
    expect(await found()).toEqual([1, [prod]]);
    // Nor with a kustomization that builds both overlays (one build root, the base reached first through a-staging).
    write('all/kustomization.yaml', 'resources:\n  - ../overlays/a-staging\n  - ../overlays/prod\n');
    expect(await found()).toEqual([1, [prod]]);
  });

  it('cannot make a patch of an object its build does not hold (kustomize refuses the build: no resource matches the patch)', async () => {
    write('overlay/patch.yaml', pod(true));
    write('overlay/kustomization.yaml', 'resources:\n  - ../base\npatches:\n  - path: patch.yaml\n');
    write('base/kustomization.yaml', 'resources: []\n');
    expect(await privileged()).toEqual([1, ['overlay/patch.yaml']]);
  });

  it('cannot make an object of the build privileged through a patch unseen (the patch states it)', async () => {
    write('overlay/patch.yaml', pod(true));
    write('overlay/kustomization.yaml', 'resources:\n  - ../base\npatches:\n  - path: patch.yaml\n');
    write('base/kustomization.yaml', 'resources:\n  - pod.yaml\n');
    write('base/pod.yaml', pod(false));
    expect(await privileged()).toEqual([1, ['overlay/patch.yaml']]);
  });

  // kustomize reads a listed file whatever its name; a walk finds manifests by their ending. A Pod made
  // privileged by a `.txt` resource, a `.patch` patch or a `Kustomization` overlay's inline patch was linted
  // nowhere: the walk never read the file, and the build view was judged without it.
  const jsonAdd = '- op: add\n  path: /spec/containers/0/securityContext/privileged\n  value: true\n';
  const inline = 'resources:\n  - ../base\npatches:\n  - patch: |-\n      apiVersion: v1\n      kind: Pod\n      metadata: {name: web}\n      spec:\n        containers:\n          - name: c\n            securityContext: {privileged: true}\n';
  it.each([
    ['a resource named pod.txt', { 'prod/pod.txt': pod(true), 'prod/kustomization.yaml': 'resources:\n  - pod.txt\n' }, ['prod/pod.txt']],
    ['a strategic-merge patch named privileged.patch', { 'overlay/privileged.patch': pod(true), 'overlay/kustomization.yaml': 'resources:\n  - ../base\npatches:\n  - path: privileged.patch\n' }, ['overlay/privileged.patch']],
    ['a patchesStrategicMerge file without an ending', { 'overlay/privileged': pod(true), 'overlay/kustomization.yaml': 'resources:\n  - ../base\npatchesStrategicMerge:\n  - privileged\n' }, ['overlay/privileged']],
    ['a JSON patch named add.json6902', { 'overlay/add.json6902': jsonAdd, 'overlay/kustomization.yaml': 'resources:\n  - ../base\npatchesJson6902:\n  - path: add.json6902\n    target: {version: v1, kind: Pod, name: web}\n' }, ['overlay/add.json6902']],
    ["an inline patch of an overlay whose file is named Kustomization", { 'overlay/Kustomization': inline }, ['base/pod.yaml']],
  ])('cannot hide a privileged container in %s, which kustomize builds and a walk does not find by its name', async (_name, files, where) => {
    write('base/kustomization.yaml', 'resources:\n  - pod.yaml\n');
    write('base/pod.yaml', pod(false));
    for (const [file, text] of Object.entries(files)) write(file, text);
    expect(await privileged()).toEqual([1, where]);
  });

  it('still makes its own patch files patches, checked only for what they state', async () => {
    write('overlay/patch.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: c\n      image: other\n');
    write('overlay/kustomization.yaml', 'resources:\n  - ../base\npatches:\n  - path: patch.yaml\n');
    write('base/kustomization.yaml', 'resources:\n  - pod.yaml\n');
    write('base/pod.yaml', pod(false));
    const r = await lint('json', false);
    // The patch file gives nothing of its own; the Pod its build makes runs the patched image, not pinned.
    expect([r.code, (JSON.parse(r.stdout) as { ruleId: string; file: string }[]).map((d) => `${d.ruleId} ${d.file}`)]).toEqual([1, ['image-digest base/pod.yaml']]);
  });
});

describe('a symbolic link the pull request adds', () => {
  it('to a manifest outside the linted directory is an error, as kubectl apply -f deploy/ applies what it leads to', async () => {
    mkdirSync(path.join(dir, 'deploy'));
    mkdirSync(path.join(dir, 'docs'));
    writeFileSync(path.join(dir, 'docs', 'pod.yaml'), pod(true));
    symlinkSync(path.join('..', 'docs', 'pod.yaml'), path.join(dir, 'deploy', 'pod.yaml'));
    const r = await runCli(['--no-config', '-f', 'json', 'deploy'], { cwd: dir, env: { XDG_CACHE_HOME: home } });
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { ruleId: string; file: string }[]).map((d) => [d.ruleId, d.file])).toEqual([['file-unreadable', 'deploy/pod.yaml']]);
    // Linted where it is, the link adds nothing.
    const both = await runCli(['--no-config', '-f', 'json', 'deploy', 'docs'], { cwd: dir, env: { XDG_CACHE_HOME: home } });
    expect((JSON.parse(both.stdout) as { ruleId: string; file: string }[]).map((d) => [d.ruleId, d.file])).toEqual([['privileged-container', 'docs/pod.yaml']]);
  });
});
