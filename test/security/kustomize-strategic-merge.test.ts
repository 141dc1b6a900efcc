/**
 * Strategic-merge patches a pull request writes into a kustomization, against the build copies pci-lint
 * judges (applyStrategicMerge in src/model/strategic-merge-apply.ts). Each verdict was checked with
 * `kubectl kustomize` (kubectl v1.32.4, kustomize v5.5.0): a privileged container that build writes must be
 * found. A list this does not merge as kyaml does was taken as a patch kustomize refuses, the object judged
 * as written, so what an inline patch set there (which no file states) was checked nowhere; a key written as
 * a number or a boolean (`01`, `1.0`, `yes`) named a container kyaml keeps, and its `$patch: delete` hid it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lint } from '../../src/run/lint.js';
import { writeTree } from '../run/tree.js';

const work = mkdtempSync(path.join(tmpdir(), 'pci-lint-hostile-strategic-merge-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const deployment = (containers: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n${containers}`;
const registry = builtinRules.filter((r) => r.meta.id === 'privileged-container');
const indent = (text: string, by: string) => text.split('\n').map((line) => (line === '' ? line : `${by}${line}`)).join('\n');

/** The privileged-container findings with the base's containers and an inline patch of the Deployment's containers. */
async function privileged(base: string, patchContainers: string): Promise<string[]> {
  const patch = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n${patchContainers}`;
  const cwd = writeTree(path.join(work, String(Math.random()).slice(2)), {
    'base/deploy.yaml': deployment(base),
    'base/kustomization.yaml': 'resources: [deploy.yaml]\n',
    'ov/kustomization.yaml': `resources: [../base]\npatches:\n- patch: |-\n${indent(patch, '    ')}\n`,
  });
  const result = await lint(['.'], { cwd, registry });
  return result.diagnostics.map((d) => `${d.ruleId} ${d.file}:${String(d.line)}:${String(d.column)} ${d.message}`);
}

const WEB = '      - name: web\n        image: nginx\n';
const PRIV = '        securityContext: {privileged: true}\n';
const found = (line: string, name = 'web') => [`privileged-container base/deploy.yaml:${line} Container "${name}" runs privileged, with full access to the node.`];
const env = (n: number) => `        env:\n${Array.from({ length: n }, (_, i) => `        - {name: E${String(i)}, value: x}`).join('\n')}\n`;
const deep = (n: number) => Array.from({ length: n }, () => '{a: ').join('') + '{}' + '}'.repeat(n);

describe('an inline patch kustomize merges makes the container privileged: it is found', () => {
  it.each([
    // kustomize keeps the patch's keyed elements; each was taken as a refused patch.
    ['an element without its merge key beside the one it patches', `      - image: other\n      - name: web\n${PRIV}`, '12:7'],
    ['two elements of one name, the first privileged (kyaml keeps the first)', `      - name: web\n${PRIV}      - name: web\n        image: other\n`, '12:7'],
    ['a list below the patched container over 10 000 elements', `      - name: web\n${PRIV}${env(10_001)}`, '13:9'],
    ['an env entry whose name is a map', `      - name: web\n${PRIV}        env: [{name: {a: 1}, value: x}]\n`, '13:9'],
    ['nesting past 64 levels in a field beside securityContext', `      - name: web\n${PRIV}        x: ${deep(70)}\n`, '13:9'],
    ['70 ports of one number (more than 64 share a first key)', `      - name: web\n${PRIV}        ports:\n${Array.from({ length: 70 }, (_, i) => `        - {containerPort: 80, name: p${String(i)}}`).join('\n')}\n`, '13:9'],
  ])('%s', async (_, patch, at) => {
    expect(await privileged(WEB, patch)).toEqual(found(at));
  });

  it('the base lists one env name twice and the patch merges that env into the privileged container', async () => {
    expect(await privileged(`${WEB}        env: [{name: A, value: x}, {name: A, value: y}]\n`, `      - name: web\n        env: [{name: A, value: z}]\n${PRIV}`)).toEqual(found('13:9'));
  });
});

describe('a $patch: delete whose key kyaml does not match leaves the privileged container in the build', () => {
  it.each([
    ['01 (a number) for the container "1"', '01', '"1"'],
    ['1.0 for the container "1"', '1.0', '"1"'],
    ['yes (a YAML 1.1 boolean) for the container "true"', 'yes', '"true"'],
  ])('%s', async (_, patchName, baseName) => {
    expect(await privileged(`      - name: ${baseName}\n        image: nginx\n${PRIV}`, `      - name: ${patchName}\n        $patch: delete\n`)).toEqual(found('15:27', JSON.parse(baseName) as string));
  });
});
