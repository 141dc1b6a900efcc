/**
 * A file in a kustomization's tree that no kustomization of the input lists (kubebuilder names its optional
 * patches only in comments until they are enabled) is never built by kustomize. Its objects that lack a
 * field the API server requires could not be applied either: they are patches not in use, checked only for
 * the values they state, with one `unlisted-kustomize-patch` note (src/run/kustomize-unlisted.ts,
 * unlistedPatches in src/model/document.ts). An object that has every required field is linted as the
 * object `kubectl apply -f` would create.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTree } from './tree.js';
import { lint } from '../../src/run/lint.js';

const work = mkdtempSync(path.join(tmpdir(), 'pci-lint-unlisted-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const lines = (...text: string[]) => `${text.join('\n')}\n`;

const deployment = lines(
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: controller-manager',
  'spec:',
  '  selector: {matchLabels: {a: b}}',
  '  template:',
  '    metadata: {labels: {a: b}}',
  '    spec:',
  '      containers:',
  '      - name: manager',
  '        image: x@sha256:0000000000000000000000000000000000000000000000000000000000000000',
);
// kubebuilder's manager_auth_proxy_patch.yaml shape: no selector, a sidecar without a securityContext.
const sidecarPatch = lines(
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: controller-manager',
  'spec:',
  '  template:',
  '    spec:',
  '      containers:',
  '      - name: kube-rbac-proxy',
  '        image: proxy:v0.5.0',
  '        securityContext:',
  '          privileged: true',
);
const crdPatch = lines(
  'apiVersion: apiextensions.k8s.io/v1',
  'kind: CustomResourceDefinition',
  'metadata:',
  '  annotations:',
  '    cert-manager.io/inject-ca-from: $(CERTIFICATE_NAMESPACE)/$(CERTIFICATE_NAME)',
  '  name: widgets.example.com',
);
const crd = lines(
  'apiVersion: apiextensions.k8s.io/v1',
  'kind: CustomResourceDefinition',
  'metadata:',
  '  name: widgets.example.com',
  'spec:',
  '  group: example.com',
  '  names: {kind: Widget, plural: widgets}',
  '  scope: Namespaced',
  '  versions: [{name: v1, served: true, storage: true, schema: {openAPIV3Schema: {type: object}}}]',
);
const tree = {
  'config/default/kustomization.yaml': lines('resources:', '- ../crd', '- manager.yaml', 'patches:', '# - path: manager_auth_proxy_patch.yaml', '- path: listed_patch.yaml'),
  'config/default/manager.yaml': deployment,
  'config/default/listed_patch.yaml': sidecarPatch.replace('kube-rbac-proxy', 'listed'),
  'config/default/manager_auth_proxy_patch.yaml': sidecarPatch,
  'config/crd/kustomization.yaml': lines('resources:', '- bases/widgets.yaml', 'patches:', '#- path: patches/cainjection_in_widgets.yaml'),
  'config/crd/bases/widgets.yaml': crd,
  'config/crd/patches/cainjection_in_widgets.yaml': crdPatch,
};

let trees = 0;
/** The findings of `rules` (and every note) in `file`, with position; the note with its severity and message. */
async function findings(files: Record<string, string>, file: string, inputs = ['.'], rules = ['privileged-container', 'run-as-non-root', 'duplicate-object', 'schema']): Promise<string[]> {
  const cwd = writeTree(path.join(work, `t${trees++}`), files);
  const result = await lint(inputs, { cwd, settings: { now: '2026-06-01' } });
  return result.diagnostics
    .filter((d) => d.file === file && [...rules, 'unlisted-kustomize-patch'].includes(d.ruleId))
    .map((d) => `${d.line}:${d.column} ${d.ruleId}${d.ruleId === 'unlisted-kustomize-patch' ? ` ${d.severity} ${d.message}` : ''}`);
}

const note = (what: string, missing: string, kustomization: string) =>
  `unlisted-kustomize-patch info ${what} lacks ${missing}, which the API server requires, and no kustomization lists this file (it is in the tree of ${kustomization}): it is read as a kustomize patch not in use and checked only for the values it states. List it under patches: to check it with the object it patches.`;

describe('files of a kustomization tree that no kustomization lists', () => {
  const cases: [string, Record<string, string>, string, string[], string[]?][] = [
    [
      'a Deployment patch named only in a comment: a note, and the privileged value it states, nothing it leaves out',
      tree,
      'config/default/manager_auth_proxy_patch.yaml',
      [`2:1 ${note('Deployment "controller-manager"', 'spec.selector', 'config/default/kustomization.yaml')}`, '12:11 privileged-container'],
    ],
    [
      'a CRD patch below the kustomization directory: no duplicate of the CRD it patches',
      tree,
      'config/crd/patches/cainjection_in_widgets.yaml',
      [`2:1 ${note('CustomResourceDefinition "widgets.example.com"', 'spec', 'config/crd/kustomization.yaml')}`],
    ],
    [
      'the listed patch is read as a patch, with no note',
      tree,
      'config/default/listed_patch.yaml',
      ['12:11 privileged-container'],
    ],
    [
      'a complete object no kustomization lists is linted as the object kubectl apply -f creates',
      { ...tree, 'config/default/stale.yaml': deployment.replace('controller-manager', 'stale') },
      'config/default/stale.yaml',
      ['11:9 run-as-non-root'],
    ],
    [
      'named on its own, the file is judged by the kustomization beside it',
      tree,
      'config/default/manager_auth_proxy_patch.yaml',
      [`2:1 ${note('Deployment "controller-manager"', 'spec.selector', 'config/default/kustomization.yaml')}`, '12:11 privileged-container'],
      ['config/default/manager_auth_proxy_patch.yaml'],
    ],
    [
      'outside every kustomization tree an incomplete object is what it is: schema errors and all',
      { 'deploy/manager_auth_proxy_patch.yaml': sidecarPatch },
      'deploy/manager_auth_proxy_patch.yaml',
      ['5:1 schema', '11:9 run-as-non-root', '12:11 privileged-container'],
    ],
    [
      'a file a generator names is listed',
      { 'k/kustomization.yaml': lines('resources:', '- manager.yaml', 'configMapGenerator:', '- name: c', '  files:', '  - patch=manager_auth_proxy_patch.yaml'), 'k/manager.yaml': deployment, 'k/manager_auth_proxy_patch.yaml': sidecarPatch },
      'k/manager_auth_proxy_patch.yaml',
      ['4:9 duplicate-object', '5:1 schema', '11:9 run-as-non-root', '12:11 privileged-container'],
    ],
    [
      'what Helm rendered is sent as it is, wherever it lies',
      { 'k/kustomization.yaml': lines('resources:', '- manager.yaml'), 'k/manager.yaml': deployment, 'k/rendered.yaml': `---\n# Source: chart/templates/patch.yaml\n${sidecarPatch}` },
      'k/rendered.yaml',
      ['7:1 schema', '13:9 run-as-non-root', '14:11 privileged-container'],
    ],
  ];
  it.each(cases)('%s', async (_name, files, file, expected, inputs) => {
    expect(await findings(files, file, inputs)).toEqual(expected);
  });
});

describe('with the cache', () => {
  it('a file named on its own is judged again when the kustomization beside it (no input itself) changes', async () => {
    const cwd = writeTree(path.join(work, `t${trees++}`), {
      'k/kustomization.yaml': lines('resources:', '- manager.yaml'),
      'k/manager.yaml': deployment,
      'k/manager_auth_proxy_patch.yaml': sidecarPatch,
    });
    const options = { cwd, settings: { now: '2026-06-01' }, cache: true, cacheLocation: '.cache', cacheKeyFile: path.join(work, 'cache-key') };
    const noted = async () => (await lint(['k/manager_auth_proxy_patch.yaml'], options)).diagnostics.filter((d) => d.ruleId === 'unlisted-kustomize-patch').length;
    expect(await noted()).toBe(1);
    expect(await noted()).toBe(1);
    writeFileSync(path.join(cwd, 'k/kustomization.yaml'), lines('resources:', '- manager.yaml', 'patches:', '- path: manager_auth_proxy_patch.yaml'));
    expect(await noted()).toBe(0);
  });
});
