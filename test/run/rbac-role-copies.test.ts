/**
 * Copies of one role in one project (src/model/rbac/resolver.ts `resolveRole`): a binding is read with the
 * copy nearest to it, but when another copy that is applied with it (no kustomize build, or a build root in
 * common: duplicate-object's collision) grants otherwise, the cluster keeps whichever is applied last
 * (`kubectl apply -f deploy/` applies deploy/rbac/ before deploy/roles/), so that copy is judged too. A
 * harmless copy placed beside the binding must not hide the powerful one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTree } from './tree.js';
import { lint } from '../../src/run/lint.js';

const work = mkdtempSync(path.join(tmpdir(), 'pci-lint-rbac-copies-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const tree = (name: string, files: Record<string, string>): string => writeTree(path.join(work, name), files);

const bindingYaml = [
  'apiVersion: rbac.authorization.k8s.io/v1',
  'kind: ClusterRoleBinding',
  'metadata:',
  '  name: app',
  'subjects:',
  '- kind: ServiceAccount',
  '  name: app',
  '  namespace: apps',
  'roleRef:',
  '  apiGroup: rbac.authorization.k8s.io',
  '  kind: ClusterRole',
  '  name: app',
  '',
].join('\n');
const roleYaml = (resource: string) =>
  ['apiVersion: rbac.authorization.k8s.io/v1', 'kind: ClusterRole', 'metadata:', '  name: app', 'rules:', '- apiGroups: [""]', `  resources: ["${resource}"]`, '  verbs: ["get", "list"]', ''].join('\n');

async function findings(cwd: string, inputs = ['.']): Promise<string[]> {
  const result = await lint(inputs, { cwd, settings: { now: '2026-06-01' } });
  return result.diagnostics.filter((d) => d.ruleId === 'service-account-privileges').map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`);
}

const secretsFinding = (file: string) =>
  `deploy/rbac/binding.yaml:7:3 ServiceAccount "apps/app" can read Secrets in every namespace through ClusterRoleBinding "app" → ClusterRole "app", rule 1 at ${file}:8:11.`;

describe('copies of a role a binding names', () => {
  it('a harmless copy nearer the binding does not hide a powerful copy applied with it', async () => {
    const cwd = tree('nearer', { 'deploy/rbac/binding.yaml': bindingYaml, 'deploy/rbac/app-role.yaml': roleYaml('configmaps'), 'deploy/roles/role.yaml': roleYaml('secrets') });
    expect(await findings(cwd)).toEqual([secretsFinding('deploy/roles/role.yaml')]);
  });

  it('nor one in the binding\'s own file', async () => {
    const cwd = tree('same-file', { 'deploy/rbac/binding.yaml': `${roleYaml('configmaps')}---\n${bindingYaml}`, 'deploy/roles/role.yaml': roleYaml('secrets') });
    expect(await findings(cwd)).toEqual([secretsFinding('deploy/roles/role.yaml').replace('binding.yaml:7:3', 'binding.yaml:16:3')]);
  });

  it('identical copies are one finding, with the nearest copy', async () => {
    const cwd = tree('identical', { 'deploy/rbac/binding.yaml': bindingYaml, 'deploy/rbac/app-role.yaml': roleYaml('secrets'), 'deploy/roles/role.yaml': roleYaml('secrets') });
    expect(await findings(cwd)).toEqual([secretsFinding('deploy/rbac/app-role.yaml')]);
  });

  it('a copy of another kustomize build root is never applied with the binding', async () => {
    const cwd = tree('roots', {
      'a/kustomization.yaml': 'resources:\n- binding.yaml\n- role.yaml\n',
      'a/binding.yaml': bindingYaml,
      'a/role.yaml': roleYaml('configmaps'),
      'b/kustomization.yaml': 'resources:\n- role.yaml\n',
      'b/role.yaml': roleYaml('secrets'),
      'kustomization.yaml': 'resources:\n- a\n- b\n',
    });
    // One root (.) builds both: the copies collide.
    expect(await findings(cwd)).toEqual([secretsFinding('b/role.yaml').replace('deploy/rbac/binding.yaml', 'a/binding.yaml')]);
    rmSync(path.join(cwd, 'kustomization.yaml'));
    // a and b are alternatives: a's binding is read with a's role only.
    expect(await findings(cwd)).toEqual([]);
  });

  it('a copy in a build root the binding shares is judged, whichever is nearer', async () => {
    const cwd = tree('shared-root', {
      'base/kustomization.yaml': 'resources:\n- binding.yaml\n',
      'base/binding.yaml': bindingYaml,
      'base/role.yaml': roleYaml('configmaps'),
      'prod/kustomization.yaml': 'resources:\n- ../base\n- role.yaml\n',
      'prod/role.yaml': roleYaml('secrets'),
    });
    expect(await findings(cwd)).toEqual([secretsFinding('prod/role.yaml').replace('deploy/rbac/binding.yaml', 'base/binding.yaml')]);
  });
});
