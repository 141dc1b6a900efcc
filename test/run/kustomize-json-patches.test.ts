/**
 * JSON 6902 patches of the kustomizations (and components) on a build's way are applied to the copies of
 * the objects they target (jsonPatched in src/model/kustomization.ts): a base whose overlay adds its
 * securityContext is judged with it, where the finding stays at the base file's line:col.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTree } from './tree.js';
import { lint } from '../../src/run/lint.js';

const work = mkdtempSync(path.join(tmpdir(), 'pci-lint-kustomize-json-patches-'));
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
  '',
].join('\n');

const RULES = ['pss-privilege-escalation', 'pss-capabilities-restricted', 'read-only-root-filesystem', 'run-as-non-root'];

async function findings(files: Record<string, string>): Promise<string[]> {
  const cwd = writeTree(path.join(work, String(Math.random()).slice(2)), { 'base/deployment.yaml': deployment, 'base/kustomization.yaml': 'resources:\n- deployment.yaml\n', ...files });
  const result = await lint(['.'], { cwd, settings: { now: '2026-06-01' } });
  return result.diagnostics
    .filter((d) => RULES.includes(d.ruleId))
    .map((d) => `${d.ruleId} ${d.file}:${d.line}:${d.column} ${d.message}`)
    .sort();
}

const securityContext = [
  '- op: add',
  '  path: /spec/template/spec/containers/0/securityContext',
  '  value:',
  '    allowPrivilegeEscalation: false',
  '    capabilities:',
  '      drop: ["ALL"]',
  '    readOnlyRootFilesystem: true',
  '    runAsNonRoot: true',
  '',
].join('\n');

const all = [
  'pss-capabilities-restricted base/deployment.yaml:14:9 Container "web" does not drop all capabilities, so it keeps the runtime\'s default set.',
  'pss-privilege-escalation base/deployment.yaml:14:9 Container "web" does not set securityContext.allowPrivilegeEscalation: false, so its processes can gain privileges through set-user-ID binaries.',
  'read-only-root-filesystem base/deployment.yaml:14:9 Container "web" does not set securityContext.readOnlyRootFilesystem: true, so its root filesystem is writable and a compromised process can change the container\'s files unnoticed.',
  'run-as-non-root base/deployment.yaml:14:9 Nothing keeps container "web" from running as root: neither runAsNonRoot: true nor a non-zero runAsUser is set on the container or the pod, so the image\'s USER decides, which cannot be known from the manifest and is often root.',
];

const component = (target: string) => ({
  'components/common/kustomization.yaml': `apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\npatches:\n- path: securitycontext.yaml\n  target:\n${target}`,
  'components/common/securitycontext.yaml': securityContext,
  'overlay/kustomization.yaml': 'resources:\n- ../base\ncomponents:\n- ../components/common\n',
});

describe('JSON patches on the way of a build', () => {
  it('without a patch the base is judged as written', async () => {
    expect(await findings({})).toEqual(all);
  });

  it("a component's patch, targeted by label selector and name regex, adds the securityContext", async () => {
    expect(await findings(component('    labelSelector: app=web\n    name: w.*\n'))).toEqual([]);
  });

  it("an overlay's inline patch and a patchesJson6902 file add it", async () => {
    const inline = `resources:\n- ../base\npatches:\n- target:\n    kind: Deployment\n    name: web\n  patch: |-\n${securityContext.replace(/^/gm, '    ')}`;
    expect(await findings({ 'overlay/kustomization.yaml': inline })).toEqual([]);
    expect(
      await findings({
        'overlay/kustomization.yaml': 'resources:\n- ../base\npatchesJson6902:\n- path: sc.yaml\n  target:\n    group: apps\n    version: v1\n    kind: Deployment\n    name: web\n',
        'overlay/sc.yaml': securityContext,
      }),
    ).toEqual([]);
  });

  it('a target that does not select the object leaves it as written', async () => {
    expect(await findings(component('    labelSelector: app=nfd\n    name: w.*\n'))).toEqual(all);
    expect(await findings(component('    labelSelector: app=web\n    name: we\n'))).toEqual(all);
    expect(await findings(component('    labelSelector: app in (web, db)\n    kind: StatefulSet\n'))).toEqual(all);
    // A name pattern with a nested quantifier is not evaluated: the patch is not applied.
    expect(await findings(component('    name: (w|we|web)+\n'))).toEqual(all);
  });

  it("an outer kustomization's patch selects the object by the name the inner one gave it", async () => {
    const files = {
      'mid/kustomization.yaml': 'namePrefix: team-\nresources:\n- ../base\n',
      'overlay/kustomization.yaml': 'resources:\n- ../mid\npatchesJson6902:\n- path: sc.yaml\n  target:\n    kind: Deployment\n    name: team-web\n',
      'overlay/sc.yaml': securityContext,
    };
    expect(await findings(files)).toEqual([]);
  });

  it("in one kustomization, patchesJson6902 runs after its namePrefix and targeted patches before it", async () => {
    const files = (field: string) => ({
      'overlay/kustomization.yaml': `namePrefix: team-\nresources:\n- ../base\n${field}:\n- path: sc.yaml\n  target:\n    kind: Deployment\n    name: team-web\n`,
      'overlay/sc.yaml': securityContext,
    });
    expect(await findings(files('patchesJson6902'))).toEqual([]);
    expect(await findings(files('patches'))).toEqual(all);
  });

  it('a namespace pattern matches the namespace the inner build gives, or default', async () => {
    const files = (namespace: string) => ({
      'mid/kustomization.yaml': 'namespace: shop\nresources:\n- ../base\n',
      'overlay/kustomization.yaml': `resources:\n- ../mid\npatches:\n- path: sc.yaml\n  target:\n    namespace: ${namespace}\n`,
      'overlay/sc.yaml': securityContext,
    });
    expect(await findings(files('sh.p'))).toEqual([]);
    expect(await findings(files('default'))).toEqual([]);
    expect(await findings(files('prod'))).toEqual(all);
  });

  it('a patch with a failing operation fails the build: the object stays as written', async () => {
    const failing = `${securityContext}- op: remove\n  path: /spec/nothing\n`;
    expect(await findings({ ...component('    name: web\n'), 'components/common/securitycontext.yaml': failing })).toEqual(all);
  });

  it('a remove op that drops the securityContext brings the finding back', async () => {
    const secured = deployment.replace('        image: nginx:1.25\n', '        image: nginx:1.25\n        securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}, readOnlyRootFilesystem: true, runAsNonRoot: true}\n');
    expect(await findings({ 'base/deployment.yaml': secured })).toEqual([]);
    const remove = '- op: remove\n  path: /spec/template/spec/containers/0/securityContext/readOnlyRootFilesystem\n';
    expect(
      await findings({
        'base/deployment.yaml': secured,
        'overlay/kustomization.yaml': 'resources:\n- ../base\npatches:\n- path: rm.yaml\n  target:\n    kind: Deployment\n',
        'overlay/rm.yaml': remove,
      }),
    ).toEqual([all[2]?.replace('14:9', '16:9')]);
  });

  it('a container inserted before the base one: the base container keeps its line, the new one is located at the list', async () => {
    const secured = deployment.replace('        image: nginx:1.25\n', '        image: nginx:1.25\n        securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}, readOnlyRootFilesystem: true}\n');
    const insert = '- op: add\n  path: /spec/template/spec/containers/0\n  value: {name: sidecar, image: "busybox:1.36", securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}, readOnlyRootFilesystem: true, runAsNonRoot: true}}\n';
    expect(
      await findings({
        'base/deployment.yaml': secured,
        'overlay/kustomization.yaml': 'resources:\n- ../base\npatches:\n- path: insert.yaml\n  target:\n    kind: Deployment\n',
        'overlay/insert.yaml': insert,
      }),
    ).toEqual([all[3]?.replace('14:9', '16:9')]);
  });
});

describe('a value a JSON patch sets, for the rules that check patches', () => {
  const privileged = ['- op: add', '  path: /spec/template/spec/containers/0/securityContext', '  value: {privileged: true}', ''].join('\n');
  async function privilegedFindings(files: Record<string, string>): Promise<string[]> {
    const cwd = writeTree(path.join(work, String(Math.random()).slice(2)), { 'base/deployment.yaml': deployment, ...files });
    const result = await lint(['.'], { cwd, settings: { now: '2026-06-01' } });
    return result.diagnostics.filter((d) => d.ruleId === 'privileged-container').map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`);
  }

  it('from a patch file is reported once, where the patch file sets it', async () => {
    expect(
      await privilegedFindings({
        'base/kustomization.yaml': 'resources:\n- deployment.yaml\npatches:\n- path: privileged.yaml\n  target: {kind: Deployment, name: web}\n',
        'base/privileged.yaml': privileged,
      }),
    ).toEqual(['base/privileged.yaml:3:11 Container "#0" runs privileged, with full access to the node.']);
  });

  it('from an inline patch, which no file states, is reported at the base object it patches', async () => {
    const inline = `resources:\n- deployment.yaml\npatches:\n- target: {kind: Deployment, name: web}\n  patch: |-\n${privileged.split('\n').map((line) => `    ${line}`).join('\n')}\n`;
    expect(await privilegedFindings({ 'base/kustomization.yaml': inline })).toEqual(['base/deployment.yaml:14:9 Container "web" runs privileged, with full access to the node.']);
  });

  it('from a patch file whose target names no kind (label selector and name pattern) is reported at the base object, as no check of the file can know its kind', async () => {
    expect(
      await privilegedFindings({
        'base/kustomization.yaml': 'resources:\n- deployment.yaml\ncomponents:\n- ../common\n',
        'common/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\npatches:\n- path: privileged.yaml\n  target:\n    labelSelector: app=web\n    name: we.*\n',
        'common/privileged.yaml': privileged,
      }),
    ).toEqual(['base/deployment.yaml:14:9 Container "web" runs privileged, with full access to the node.']);
  });
});
