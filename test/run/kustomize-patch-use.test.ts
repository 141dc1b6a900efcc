/**
 * A file a kustomization lists as a patch or plugin configuration is left out of the lint only where
 * kustomize would use it as one (src/run/kustomize-patch-use.ts, src/model/kustomize-targets.ts). What
 * kustomize refuses or applies to nothing is what `kubectl apply -f` creates: linted, with one
 * `unused-kustomize-patch` warning on the document. Each verdict was checked against kubectl kustomize
 * v5.5.0 (kubectl 1.32): "no resource matches strategic merge patch", "external plugins disabled; unable
 * to load external plugin 'Pod'", "trouble configuring builtin PatchJson6902Transformer", and a target that
 * selects nothing builds without error and without the patch.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTree } from './tree.js';
import { lint } from '../../src/run/lint.js';

const work = mkdtempSync(path.join(tmpdir(), 'pci-lint-patch-use-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const pod = (name: string, privileged = true) =>
  ['apiVersion: v1', 'kind: Pod', 'metadata:', `  name: ${name}`, 'spec:', '  containers:', '  - name: c', '    image: x', '    securityContext:', `      privileged: ${privileged}`, ''].join('\n');
const deployment = (name: string) =>
  ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', `  name: ${name}`, 'spec:', '  selector: {matchLabels: {a: b}}', '  template:', '    metadata: {labels: {a: b}}', '    spec:', '      containers:', '      - name: c', '        image: x', ''].join('\n');

let trees = 0;
/**
 * What linting `files` reports in `file` of three rules, with positions and the warning's message:
 * unused-kustomize-patch; run-as-non-root, which reports what an object leaves out, so only on a document
 * linted as an object; privileged-container and secret-in-configmap, which report a value the document
 * states, so on a patch too.
 */
async function verdicts(files: Record<string, string>, file: string, inputs = ['.']): Promise<string[]> {
  const cwd = writeTree(path.join(work, `t${trees++}`), files);
  const result = await lint(inputs, { cwd, settings: { now: '2026-06-01' } });
  return result.diagnostics
    .filter((d) => d.file === file && ['privileged-container', 'run-as-non-root', 'secret-in-configmap', 'unused-kustomize-patch'].includes(d.ruleId))
    .map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}${d.ruleId === 'unused-kustomize-patch' ? ` ${d.severity} ${d.message}` : ''}`);
}

const CHECKED = 'It is checked as the object kubectl apply -f would create.';

describe('a file listed as a patch that kustomize would refuse or apply to nothing', () => {
  const cases: [string, Record<string, string>, string[]][] = [
    [
      'a strategic-merge patch that matches no object of the build',
      { 'kustomization.yaml': 'resources:\n- app.yaml\npatches:\n- path: pod.yaml\n', 'app.yaml': deployment('web'), 'pod.yaml': pod('evil') },
      [`pod.yaml:1:1 unused-kustomize-patch warning kustomization.yaml lists this file as a patch, but its build has no Pod "evil" to patch: kustomize refuses such a build ("no resource matches strategic merge patch"). ${CHECKED}`, 'pod.yaml:9:5 run-as-non-root', 'pod.yaml:10:7 privileged-container'],
    ],
    [
      'a patchesStrategicMerge entry over an empty base',
      { 'overlay/kustomization.yaml': 'resources:\n- ../base\npatchesStrategicMerge:\n- pod.yaml\n', 'overlay/pod.yaml': pod('evil'), 'base/kustomization.yaml': 'resources: []\n' },
      [`overlay/pod.yaml:1:1 unused-kustomize-patch warning overlay/kustomization.yaml lists this file as a patch, but its build has no Pod "evil" to patch: kustomize refuses such a build ("no resource matches strategic merge patch"). ${CHECKED}`, 'overlay/pod.yaml:9:5 run-as-non-root', 'overlay/pod.yaml:10:7 privileged-container'],
    ],
    [
      'a patch whose target selects nothing',
      { 'kustomization.yaml': 'resources:\n- app.yaml\npatches:\n- path: pod.yaml\n  target: {kind: Deployment, name: api}\n', 'app.yaml': deployment('web'), 'pod.yaml': pod('evil') },
      [`pod.yaml:1:1 unused-kustomize-patch warning kustomization.yaml lists this file as a patch for the target {kind: "Deployment", name: "api"}, which selects no object of its build, so kustomize applies nothing from it. ${CHECKED}`, 'pod.yaml:9:5 run-as-non-root', 'pod.yaml:10:7 privileged-container'],
    ],
    [
      'an object under patchesJson6902',
      { 'kustomization.yaml': 'resources:\n- app.yaml\npatchesJson6902:\n- path: pod.yaml\n  target: {group: apps, version: v1, kind: Deployment, name: web}\n', 'app.yaml': deployment('web'), 'pod.yaml': pod('evil') },
      [`pod.yaml:1:1 unused-kustomize-patch warning kustomization.yaml lists this file under patchesJson6902, which holds JSON patch operations, but it holds an object (Pod "evil"): kustomize refuses such a build. ${CHECKED}`, 'pod.yaml:9:5 run-as-non-root', 'pod.yaml:10:7 privileged-container'],
    ],
    [
      'a Pod under transformers',
      { 'kustomization.yaml': 'resources:\n- app.yaml\ntransformers:\n- pod.yaml\n', 'app.yaml': deployment('web'), 'pod.yaml': pod('evil') },
      [`pod.yaml:1:1 unused-kustomize-patch warning kustomization.yaml lists this file under transformers, but Pod "evil" is no kustomize plugin configuration: kustomize refuses such a build. ${CHECKED}`, 'pod.yaml:9:5 run-as-non-root', 'pod.yaml:10:7 privileged-container'],
    ],
    [
      'the second document of a patch file, the first of which patches the build',
      { 'kustomization.yaml': 'resources:\n- app.yaml\npatches:\n- path: patch.yaml\n', 'app.yaml': deployment('web'), 'patch.yaml': `${deployment('web')}---\n${pod('evil')}` },
      [`patch.yaml:14:1 unused-kustomize-patch warning kustomization.yaml lists this file as a patch, but its build has no Pod "evil" to patch: kustomize refuses such a build ("no resource matches strategic merge patch"). ${CHECKED}`, 'patch.yaml:22:5 run-as-non-root', 'patch.yaml:23:7 privileged-container'],
    ],
  ];
  it.each(cases)('%s: is linted, with a warning', async (_name, files, expected) => {
    const file = expected[0]?.split(':')[0] ?? '';
    expect(await verdicts(files, file)).toEqual(expected);
  });
});

describe('a file kustomize uses as a patch or plugin configuration', () => {
  // [case, files, the patch file, what is reported in it]: a patch is checked only for the values it states.
  const P = (file: string) => [`${file}:10:7 privileged-container`];
  const cases: [string, Record<string, string>, string, string[]][] = [
    ['a patch of an object of the build', { 'kustomization.yaml': 'resources:\n- app.yaml\npatches:\n- path: pod.yaml\n', 'app.yaml': pod('web', false), 'pod.yaml': pod('web') }, 'pod.yaml', P('pod.yaml')],
    [
      'a patch naming an object of a base by its name before the base adds its prefix',
      { 'overlay/kustomization.yaml': 'resources:\n- ../base\npatches:\n- path: pod.yaml\n', 'overlay/pod.yaml': pod('web'), 'base/kustomization.yaml': 'namePrefix: shop-\nresources:\n- pod.yaml\n', 'base/pod.yaml': pod('web', false) },
      'overlay/pod.yaml',
      P('overlay/pod.yaml'),
    ],
    [
      'a patch naming it with the prefix',
      { 'overlay/kustomization.yaml': 'resources:\n- ../base\npatches:\n- path: pod.yaml\n', 'overlay/pod.yaml': pod('shop-web'), 'base/kustomization.yaml': 'namePrefix: shop-\nresources:\n- pod.yaml\n', 'base/pod.yaml': pod('web', false) },
      'overlay/pod.yaml',
      P('overlay/pod.yaml'),
    ],
    ['a patch whose target selects an object', { 'kustomization.yaml': 'resources:\n- app.yaml\npatches:\n- path: pod.yaml\n  target: {kind: Deployment, name: web}\n', 'app.yaml': deployment('web'), 'pod.yaml': pod('evil') }, 'pod.yaml', P('pod.yaml')],
    [
      'a target named by a regular expression (not evaluated: taken to select)',
      { 'kustomization.yaml': 'resources:\n- app.yaml\npatches:\n- path: pod.yaml\n  target: {kind: Deployment, name: "api-(a+)+$"}\n', 'app.yaml': deployment('web'), 'pod.yaml': pod('evil') },
      'pod.yaml',
      P('pod.yaml'),
    ],
    [
      'a patch naming a Namespace of a base by the namespace the base gives it',
      {
        'overlay/kustomization.yaml': 'resources:\n- ../base\npatchesStrategicMerge:\n- delete-namespace.yaml\n',
        'overlay/delete-namespace.yaml': '$patch: delete\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop-system\n',
        'base/kustomization.yaml': 'namespace: shop-system\nnamePrefix: shop-\nresources:\n- namespace.yaml\n',
        'base/namespace.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: system\n',
      },
      'overlay/delete-namespace.yaml',
      [],
    ],
    [
      'a patch of a generated ConfigMap',
      { 'kustomization.yaml': 'configMapGenerator:\n- name: settings\n  literals: [a=b]\npatches:\n- path: cm.yaml\n', 'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  password: hunter2hunter2\n' },
      'cm.yaml',
      ['cm.yaml:6:3 secret-in-configmap'],
    ],
    ['a build with a remote base (what it holds cannot be known offline)', { 'kustomization.yaml': 'resources:\n- https://github.com/example/app//config?ref=v1\npatches:\n- path: pod.yaml\n', 'pod.yaml': pod('evil') }, 'pod.yaml', P('pod.yaml')],
    ['a build with a Helm chart', { 'kustomization.yaml': 'helmCharts:\n- name: app\n  repo: https://example.com/charts\npatches:\n- path: pod.yaml\n', 'pod.yaml': pod('evil') }, 'pod.yaml', P('pod.yaml')],
    ['a component (its patches apply to what includes it)', { 'kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\npatches:\n- path: pod.yaml\n', 'pod.yaml': pod('evil') }, 'pod.yaml', P('pod.yaml')],
    [
      'a file listed by two kustomizations, one of which patches its build with it',
      { 'a/kustomization.yaml': 'resources:\n- pod.yaml\npatches:\n- path: patches/pod.yaml\n', 'a/pod.yaml': pod('web', false), 'a/patches/pod.yaml': pod('web'), 'a/patches/kustomization.yaml': 'patches:\n- path: pod.yaml\n' },
      'a/patches/pod.yaml',
      P('a/patches/pod.yaml'),
    ],
    [
      'a KRM function configured by a ConfigMap',
      { 'kustomization.yaml': 'resources:\n- app.yaml\ntransformers:\n- fn.yaml\n', 'app.yaml': deployment('web'), 'fn.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: fn\n  annotations:\n    config.kubernetes.io/function: |\n      container:\n        image: example/fn\n' },
      'fn.yaml',
      [],
    ],
    [
      'JSON patch operations under patchesJson6902',
      { 'kustomization.yaml': 'resources:\n- app.yaml\npatchesJson6902:\n- path: ops.yaml\n  target: {group: apps, version: v1, kind: Deployment, name: web}\n', 'app.yaml': deployment('web'), 'ops.yaml': '- op: replace\n  path: /spec/replicas\n  value: 2\n' },
      'ops.yaml',
      [],
    ],
    [
      'a patch that states no risky value',
      { 'kustomization.yaml': 'resources:\n- app.yaml\npatches:\n- path: patch.yaml\n', 'app.yaml': deployment('web'), 'patch.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n      - name: c\n        image: y\n' },
      'patch.yaml',
      [],
    ],
  ];
  it.each(cases)('%s: is checked only for the values it states', async (_name, files, file, expected) => {
    expect(await verdicts(files, file)).toEqual(expected);
  });

  it("a base that is not among the inputs leaves the overlay's patches patches (its objects cannot be seen)", async () => {
    const files = { 'overlay/kustomization.yaml': 'resources:\n- ../base\npatches:\n- path: pod.yaml\n', 'overlay/pod.yaml': pod('evil'), 'base/kustomization.yaml': 'resources: []\n' };
    expect(await verdicts(files, 'overlay/pod.yaml', ['overlay'])).toEqual(P('overlay/pod.yaml'));
  });
});

describe('JSON patch operations', () => {
  const k = (target: string) => `resources:\n- app.yaml\npatchesJson6902:\n- path: ops.yaml\n  target: ${target}\n`;
  const cases: [string, Record<string, string>, string[]][] = [
    [
      'a value set at a field of a container',
      { 'kustomization.yaml': k('{group: apps, version: v1, kind: Deployment, name: web}'), 'app.yaml': deployment('web'), 'ops.yaml': '- op: replace\n  path: /spec/replicas\n  value: 2\n- op: add\n  path: /spec/template/spec/containers/0/securityContext/privileged\n  value: true\n' },
      ['ops.yaml:6:3 privileged-container'],
    ],
    [
      'a container added whole (under patches, the target without group or version)',
      {
        'kustomization.yaml': 'resources:\n- app.yaml\npatches:\n- path: ops.yaml\n  target: {kind: Deployment, name: web}\n',
        'app.yaml': deployment('web'),
        'ops.yaml': '- op: add\n  path: /spec/template/spec/containers/-\n  value:\n    name: debug\n    image: busybox\n    securityContext:\n      privileged: true\n',
      },
      ['ops.yaml:7:7 privileged-container'],
    ],
    [
      'a pod-level value, its pointer escaped',
      { 'kustomization.yaml': k('{kind: Deployment, name: web}'), 'app.yaml': deployment('web'), 'ops.yaml': '- op: add\n  path: /spec/template/spec/hostNetwork\n  value: true\n- op: add\n  path: /metadata/annotations/a~1b\n  value: c\n' },
      ['ops.yaml:3:3 pss-host-namespaces'],
    ],
    ['operations that state nothing risky, or remove', { 'kustomization.yaml': k('{kind: Deployment, name: web}'), 'app.yaml': deployment('web'), 'ops.yaml': '- op: remove\n  path: /spec/template/spec/containers/0/securityContext\n- op: replace\n  path: /spec/replicas\n  value: 3\n' }, []],
    ['a target whose kind is a regular expression (not known: not checked)', { 'kustomization.yaml': k('{kind: "Deploy.*", name: web}'), 'app.yaml': deployment('web'), 'ops.yaml': '- op: add\n  path: /spec/template/spec/hostNetwork\n  value: true\n' }, []],
  ];
  it.each(cases)('%s: is checked for the values it sets, at the operation', async (_name, files, expected) => {
    const cwd = writeTree(path.join(work, `t${trees++}`), files);
    const result = await lint(['.'], { cwd, settings: { now: '2026-06-01' } });
    expect(result.diagnostics.filter((d) => d.file === 'ops.yaml').map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`)).toEqual(expected);
  });
});
