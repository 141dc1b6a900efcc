/**
 * JSON 6902 patches a pull request writes into a kustomization, against the build copies pci-lint judges
 * (jsonPatched in src/model/kustomization.ts): a patch kustomize applies must be applied (evanphx/json-patch
 * v5 at 009bc564fa613d3e711dcc8a0984c6e639729a54 reads pointers and indexes loosely), a patch that fails
 * kustomize's build must not leave what earlier patches removed, and no patch may exhaust memory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { applyJsonPatch } from '../../src/model/json-patch-apply.js';
import { lint } from '../../src/run/lint.js';
import { writeTree } from '../run/tree.js';

const work = mkdtempSync(path.join(tmpdir(), 'pci-lint-hostile-json-patches-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const deployment = (privileged: boolean) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: nginx\n          securityContext:\n            privileged: ${String(privileged)}\n`;
const registry = builtinRules.filter((r) => r.meta.id === 'privileged-container');

async function privileged(privilegedBase: boolean, overlay: string, files: Record<string, string> = {}): Promise<string[]> {
  const cwd = writeTree(path.join(work, String(Math.random()).slice(2)), {
    'base/deploy.yaml': deployment(privilegedBase),
    'base/kustomization.yaml': 'resources: [deploy.yaml]\n',
    'ov/kustomization.yaml': `resources: [../base]\npatches:\n${overlay}`,
    ...files,
  });
  const result = await lint(['.'], { cwd, registry });
  return result.diagnostics.map((d) => `${d.ruleId} ${d.file}:${String(d.line)}:${String(d.column)}`);
}

const inline = (...ops: string[]) => `  - target: {kind: Deployment, name: web}\n    patch: |\n${ops.map((op) => `      ${op}\n`).join('')}`;
const PRIVILEGE = (pointer: string) => `- {op: replace, path: ${pointer}, value: true}`;
const BASE = 'privileged-container base/deploy.yaml:16:13';

describe('a patch kustomize applies makes the container privileged: it is found', () => {
  it.each([
    // Each was taken as a failing patch: the object was judged as written, unprivileged.
    ['a pointer without its leading / (findObject drops what is before the first /)', inline(PRIVILEGE('x/spec/template/spec/containers/0/securityContext/privileged'))],
    ['an index with a leading zero (strconv.Atoi)', inline(PRIVILEGE('/spec/template/spec/containers/00/securityContext/privileged'))],
    ['an index with a plus sign', inline(PRIVILEGE('/spec/template/spec/containers/+0/securityContext/privileged'))],
    ['a negative index, counted from the end', inline(PRIVILEGE('/spec/template/spec/containers/-1/securityContext/privileged'))],
    ['a test for null on a missing key (passes in evanphx)', inline('- {op: test, path: /metadata/annotations, value: null}', PRIVILEGE('/spec/template/spec/containers/0/securityContext/privileged'))],
    ['a test without a value on a missing key', inline('- {op: test, path: /metadata/annotations}', PRIVILEGE('/spec/template/spec/containers/0/securityContext/privileged'))],
    ['a test of a map in another key order', inline('- {op: test, path: /spec/template/spec/containers/0, value: {securityContext: {privileged: false}, image: nginx, name: web}}', PRIVILEGE('/spec/template/spec/containers/0/securityContext/privileged'))],
    ['an add of the whole document', inline(`- {op: add, path: "", value: ${JSON.stringify({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { template: { spec: { containers: [{ name: 'web', image: 'nginx', securityContext: { privileged: true } }] } } } })}}`)],
  ])('%s', async (_, overlay) => {
    // What the whole document's replacement holds is located at the object it replaced.
    expect(await privileged(false, overlay)).toEqual([overlay.includes('path: ""') ? 'privileged-container base/deploy.yaml:1:1' : 'privileged-container base/deploy.yaml:16:13']);
  });

  it('a negative index in a patch file: found where the file sets it', async () => {
    const overlay = '  - target: {kind: Deployment, name: web}\n    path: p.yaml\n';
    expect(await privileged(false, overlay, { 'ov/p.yaml': '- op: add\n  path: /spec/template/spec/containers/-1/securityContext\n  value: {privileged: true}\n' })).toEqual(['privileged-container ov/p.yaml:3:11']);
  });
});

describe('a patch kustomize fails on hides nothing that earlier patches removed', () => {
  const remove = inline('- {op: remove, path: /spec/template/spec/containers/0/securityContext/privileged}');
  it.each([
    ['a later patch whose test fails', `${remove}${inline('- {op: test, path: /metadata/name, value: nope}')}`],
    ['a later patch removing what is not there', `${remove}${inline('- {op: remove, path: /spec/nothing}')}`],
    ['a test after the remove in the same patch', inline('- {op: remove, path: /spec/template/spec/containers/0/securityContext/privileged}', '- {op: test, path: /metadata/name, value: nope}')],
    ['a test for null on a value that is not null', `${remove}${inline('- {op: test, path: /metadata/name, value: null}')}`],
  ])('%s: the object is judged as written', async (_, overlay) => {
    expect(await privileged(true, overlay)).toEqual([BASE]);
  });

  it('while the remove alone is applied, as kustomize applies it', async () => {
    expect(await privileged(true, remove)).toEqual([]);
  });
});

describe('patches that grow without bound', () => {
  it('forty copies of a map into itself (2^40 nodes): the run ends at once, the object judged as written', async () => {
    const ops = ['- {op: add, path: /spec/x, value: {a: [1, 2, 3, 4, 5, 6, 7, 8]}}', ...Array.from({ length: 40 }, (_, i) => `- {op: copy, from: /spec, path: /spec/x${String(i)}}`)];
    const start = Date.now();
    expect(await privileged(true, inline(...ops))).toEqual([BASE]);
    expect(Date.now() - start).toBeLessThan(10_000);
  });

  it('the same over many patches of a few copies each', async () => {
    const patches = Array.from({ length: 20 }, (_, i) => inline(`- {op: copy, from: /spec, path: /spec/a${String(i)}}`, `- {op: copy, from: /spec, path: /spec/b${String(i)}}`)).join('');
    expect(await privileged(true, patches)).toEqual([BASE]);
  });
});

describe('prototype names in pointers', () => {
  it.each([['/metadata/__proto__'], ['/constructor'], ['/metadata/constructor/prototype']])('%s is an own key, never the prototype', (pointer) => {
    const patched = applyJsonPatch({ metadata: { name: 'web' } }, [{ op: 'add', path: pointer, value: { polluted: true } }]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    if (pointer === '/metadata/constructor/prototype') expect(patched).toBeUndefined();
    else expect(Object.hasOwn(pointer === '/constructor' ? (patched ?? {}) : ((patched?.['metadata'] ?? {})), pointer.split('/').pop() ?? '')).toBe(true);
  });
});
