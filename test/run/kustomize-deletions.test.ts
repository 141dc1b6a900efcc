/**
 * An object a `$patch: delete` patch of its build removes is no object of that build (kubeflow's overlays
 * delete the Namespace of the kubebuilder bases they embed): it is not judged for what it leaves out, nor
 * joined with the build's objects, but what it states is still checked, as a kustomization that wraps a build
 * can delete what the build applied on its own keeps.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTree } from './tree.js';
import { lint } from '../../src/run/lint.js';

const work = mkdtempSync(path.join(tmpdir(), 'pci-lint-kustomize-deletions-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const namespace = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: system\n';
const pod = (privileged: boolean) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: c\n    image: x\n    securityContext:\n      privileged: ${privileged}\n`;
const deleteNamespace = '$patch: delete\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: app-system\n';

let trees = 0;
async function found(files: Record<string, string>, rules: readonly string[]): Promise<string[]> {
  const cwd = writeTree(path.join(work, `t${trees++}`), files);
  const result = await lint(['.'], { cwd, settings: { now: '2026-06-01' } });
  return result.diagnostics.filter((d) => rules.includes(d.ruleId)).map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`);
}

describe('an object a $patch: delete of its build removes', () => {
  const base = { 'base/kustomization.yaml': 'namespace: app-system\nnamePrefix: app-\nresources:\n- namespace.yaml\n- pod.yaml\n', 'base/namespace.yaml': namespace, 'base/pod.yaml': pod(false) };

  it('is not judged for what it leaves out in that build (a Namespace the overlay deletes, named as the base names it)', async () => {
    const overlay = { 'overlay/kustomization.yaml': 'namespace: shop\nresources:\n- ../base\npatchesStrategicMerge:\n- delete-namespace.yaml\n', 'overlay/delete-namespace.yaml': deleteNamespace };
    expect(await found({ ...base, ...overlay }, ['namespace-pod-security-label'])).toEqual([]);
    // Built on its own (no overlay), the base keeps its Namespace.
    expect(await found(base, ['namespace-pod-security-label'])).toEqual(['base/namespace.yaml:3:1 namespace-pod-security-label']);
  });

  it('is still checked for what it states (a wrapping kustomization deleting a privileged pod hides nothing)', async () => {
    const files = {
      'app/kustomization.yaml': 'resources:\n- pod.yaml\n',
      'app/pod.yaml': pod(true),
      'kustomization.yaml': 'resources:\n- app\npatches:\n- path: delete-pod.yaml\n',
      'delete-pod.yaml': '$patch: delete\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n',
    };
    expect(await found(files, ['privileged-container', 'run-as-non-root'])).toEqual(['app/pod.yaml:10:7 privileged-container']);
  });
});
