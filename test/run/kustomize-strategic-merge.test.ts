/**
 * Strategic-merge patches of the kustomizations (and components) on a build's way are merged into the
 * copies of the objects they name or target (applyStrategicMerge in src/model/strategic-merge-apply.ts,
 * jsonPatched in src/model/kustomization.ts): a base whose overlay adds its securityContext by a
 * strategic-merge patch is judged with it, where the finding stays at the base file's line:col.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTree } from './tree.js';
import { lint } from '../../src/run/lint.js';

const work = mkdtempSync(path.join(tmpdir(), 'pci-lint-kustomize-strategic-merge-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const deployment = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: web',
  '  labels: {app: web}',
  'spec:',
  '  selector:',
  '    matchLabels: {app: web}',
  '  template:',
  '    metadata:',
  '      labels: {app: web}',
  '    spec:',
  '      containers:',
  '      - name: web',
  '        image: nginx:1.25',
  '        volumeMounts:',
  '        - {name: host, mountPath: /host}',
  '      volumes:',
  '      - name: host',
  '        hostPath: {path: /var/log}',
  '',
].join('\n');

const RULES = ['pss-privilege-escalation', 'pss-capabilities-restricted', 'read-only-root-filesystem', 'run-as-non-root', 'pss-volume-types', 'privileged-container', 'image-digest'];

async function findings(files: Record<string, string>): Promise<string[]> {
  const cwd = writeTree(path.join(work, String(Math.random()).slice(2)), { 'base/deployment.yaml': deployment, 'base/kustomization.yaml': 'resources:\n- deployment.yaml\n', ...files });
  const result = await lint(['.'], { cwd, settings: { now: '2026-06-01' } });
  return result.diagnostics
    .filter((d) => RULES.includes(d.ruleId))
    .map((d) => `${d.ruleId} ${d.file}:${d.line}:${d.column} ${d.message}`)
    .sort();
}

const head = ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web', 'spec:', '  template:', '    spec:'];
const securing = [
  ...head,
  '      containers:',
  '      - name: web',
  '        image: nginx@sha256:4c0fdaa8b6341bfdeca5f18f7837462c80cff90527ee35ef185571e1c327beac',
  '        securityContext:',
  '          allowPrivilegeEscalation: false',
  '          capabilities:',
  '            drop: ["ALL"]',
  '          readOnlyRootFilesystem: true',
  '          runAsNonRoot: true',
  '      volumes:',
  '      - name: host',
  '        $patch: delete',
  '',
].join('\n');

const container = [
  'pss-capabilities-restricted base/deployment.yaml:14:9 Container "web" does not drop all capabilities, so it keeps the runtime\'s default set.',
  'pss-privilege-escalation base/deployment.yaml:14:9 Container "web" does not set securityContext.allowPrivilegeEscalation: false, so its processes can gain privileges through set-user-ID binaries.',
  'read-only-root-filesystem base/deployment.yaml:14:9 Container "web" does not set securityContext.readOnlyRootFilesystem: true, so its root filesystem is writable and a compromised process can change the container\'s files unnoticed.',
  'run-as-non-root base/deployment.yaml:14:9 Nothing keeps container "web" from running as root: neither runAsNonRoot: true nor a non-zero runAsUser is set on the container or the pod, so the image\'s USER decides, which cannot be known from the manifest and is often root.',
];
const digest = 'image-digest base/deployment.yaml:15:16 Container "web" uses image "nginx:1.25" pinned only by tag; tags are mutable.';
const hostPath = 'pss-volume-types base/deployment.yaml:20:9 Volume "host" of Deployment "web" is a hostPath volume, which the restricted Pod Security Standard forbids.';
const all = [...container, digest, hostPath].sort();

const indent = (text: string, by: string) => text.split('\n').map((line) => (line === '' ? line : `${by}${line}`)).join('\n');

describe('strategic-merge patches on the way of a build', () => {
  it('without a patch the base is judged as written', async () => {
    expect(await findings({})).toEqual(all);
  });

  it('a patchesStrategicMerge file, a patches entry without a target, and an inline patch with one merge the securityContext, digest and volume deletion in', async () => {
    expect(await findings({ 'overlay/kustomization.yaml': 'resources:\n- ../base\npatchesStrategicMerge:\n- secure.yaml\n', 'overlay/secure.yaml': securing })).toEqual([]);
    expect(await findings({ 'overlay/kustomization.yaml': 'resources:\n- ../base\npatches:\n- path: secure.yaml\n', 'overlay/secure.yaml': securing })).toEqual([]);
    const inline = `resources:\n- ../base\npatches:\n- target:\n    kind: Deployment\n  patch: |-\n${indent(securing.replace('name: web\nspec', 'name: not-used\nspec'), '    ')}`;
    expect(await findings({ 'overlay/kustomization.yaml': inline })).toEqual([]);
    const inlineMerge = `resources:\n- ../base\npatchesStrategicMerge:\n- |-\n${indent(securing, '  ')}`;
    expect(await findings({ 'overlay/kustomization.yaml': inlineMerge })).toEqual([]);
  });

  it("a component's patch merges over what the kustomization that lists it builds", async () => {
    const files = {
      'components/secure/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\npatches:\n- path: secure.yaml\n',
      'components/secure/secure.yaml': securing,
      'overlay/kustomization.yaml': 'resources:\n- ../base\ncomponents:\n- ../components/secure\n',
    };
    expect(await findings(files)).toEqual([]);
  });

  it('a patch that names another object, kind or namespace leaves the base as written', async () => {
    const overlay = (patch: string) => ({ 'overlay/kustomization.yaml': 'resources:\n- ../base\npatches:\n- path: secure.yaml\n', 'overlay/secure.yaml': patch });
    expect(await findings(overlay(securing.replace('name: web\nspec', 'name: api\nspec')))).toEqual(all);
    expect(await findings(overlay(securing.replace('kind: Deployment', 'kind: StatefulSet')))).toEqual(all);
    expect(await findings(overlay(securing.replace('name: web\nspec', 'name: web\n  namespace: prod\nspec')))).toEqual(all);
    expect(await findings(overlay(securing.replace('name: web\nspec', 'name: web\n  namespace: default\nspec')))).toEqual([]);
  });

  it("an outer kustomization's patch names the object as the inner one renamed it", async () => {
    const files = {
      'mid/kustomization.yaml': 'namePrefix: team-\nnamespace: shop\nresources:\n- ../base\n',
      'overlay/kustomization.yaml': 'resources:\n- ../mid\npatches:\n- path: secure.yaml\n',
      'overlay/secure.yaml': securing.replace('name: web\nspec', 'name: team-web\n  namespace: shop\nspec'),
    };
    expect(await findings(files)).toEqual([]);
  });

  it('runs before the patchesJson6902 of its kustomization: a JSON remove after it brings one finding back, at the base', async () => {
    const files = {
      'overlay/kustomization.yaml': 'resources:\n- ../base\npatchesStrategicMerge:\n- secure.yaml\npatchesJson6902:\n- path: rm.yaml\n  target: {group: apps, version: v1, kind: Deployment, name: web}\n',
      'overlay/secure.yaml': securing,
      'overlay/rm.yaml': '- op: remove\n  path: /spec/template/spec/containers/0/securityContext/readOnlyRootFilesystem\n',
    };
    expect(await findings(files)).toEqual([container[2]]);
  });

  it('a patch kustomize refuses (a list patched with a map) leaves the object as written', async () => {
    const refused = [...head, '      containers: {$patch: delete}', ''].join('\n');
    expect(await findings({ 'overlay/kustomization.yaml': 'resources:\n- ../base\npatchesStrategicMerge:\n- bad.yaml\n', 'overlay/bad.yaml': refused })).toEqual(all);
  });

  it('a sidecar the patch puts first: the base container keeps its line, the sidecar is located at the list', async () => {
    const sidecar = [...head, '      containers:', '      - name: proxy', '        image: envoy:1.30', ''].join('\n');
    const inline = `resources:\n- ../base\npatches:\n- patch: |-\n${indent(sidecar, '    ')}`;
    const proxy = container.map((finding) => finding.replace(':14:9 ', ':13:7 ').replace(/"web"/g, '"proxy"'));
    expect(await findings({ 'overlay/kustomization.yaml': inline })).toEqual(
      [...all, ...proxy, 'image-digest base/deployment.yaml:14:7 Container "proxy" uses image "envoy:1.30" pinned only by tag; tags are mutable.'].sort(),
    );
  });
});

describe('a value a strategic-merge patch sets, for the rules that check patches', () => {
  const privileged = [...head, '      containers:', '      - name: web', '        securityContext: {privileged: true}', ''].join('\n');
  it('from a patch file is reported once, where the patch file sets it', async () => {
    const got = await findings({ 'overlay/kustomization.yaml': 'resources:\n- ../base\npatchesStrategicMerge:\n- privileged.yaml\n', 'overlay/privileged.yaml': privileged });
    expect(got.filter((f) => f.startsWith('privileged-container'))).toEqual(['privileged-container overlay/privileged.yaml:10:27 Container "web" runs privileged, with full access to the node.']);
  });

  it('from an inline patch, which no file states, is reported at the base object it patches', async () => {
    const got = await findings({ 'overlay/kustomization.yaml': `resources:\n- ../base\npatches:\n- patch: |-\n${indent(privileged, '    ')}` });
    expect(got.filter((f) => f.startsWith('privileged-container'))).toEqual(['privileged-container base/deployment.yaml:14:9 Container "web" runs privileged, with full access to the node.']);
  });
});
