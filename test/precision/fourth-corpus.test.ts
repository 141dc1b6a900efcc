/**
 * Patterns the fourth corpus of real manifests turned up (docs/precision.md, "fourth corpus"), in fixtures
 * written for this repository in the shapes those projects use.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/engine/diagnostic.js';
import { lint } from '../../src/run/lint.js';

const cwd = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

async function findings(...inputs: string[]): Promise<Diagnostic[]> {
  return (await lint(inputs, { cwd, settings: { now: '2026-06-01' } })).diagnostics;
}

const brief = (d: Diagnostic) => `${d.file}:${d.line}:${d.column} ${d.ruleId}${d.alsoRules ? ` (+${d.alsoRules.join(',')})` : ''}`;

describe('one finding per fact', () => {
  it('a ServiceAccount bound to a role allowing everything, with a further rule, is one finding, not also rbac-cluster-admin-binding', async () => {
    const found = await findings('all-powerful-agent');
    expect(found.map(brief)).toEqual([
      'all-powerful-agent/clusterrolebinding.yaml:11:5 service-account-privileges (+rbac-cluster-admin-binding,rbac-wildcard)',
    ]);
    expect(found[0]?.message).toBe(
      'ServiceAccount "fleet-system/fleet-agent" can do anything through ClusterRoleBinding "fleet-agent" → ClusterRole "fleet-agent", rule 1 at all-powerful-agent/clusterrole.yaml:8:13.',
    );
  });
});

describe('envsubst placeholders', () => {
  it('objects named by ${VAR} placeholders (clusterctl templates, deploy scripts) are unrendered templates: one parse-error, no duplicate-object or Secret findings', async () => {
    const found = await findings('envsubst-templates');
    expect(found.map(brief)).toEqual(['envsubst-templates/cluster-template-dual-stack.yaml:4:9 parse-error']);
    expect(found[0]?.message).toBe(
      'This file and 2 more of this project (envsubst-templates/cluster-template.yaml and envsubst-templates/component-kubeconfig.yaml) look like unrendered templates ({{ ... }} or ${...} placeholders); they are not the manifests yet. Render them with the tool that fills the placeholders in and lint the output.',
    );
  });

  it('one such file alone says where the placeholder is', async () => {
    const found = await findings('envsubst-templates/component-kubeconfig.yaml');
    expect(found.map(brief)).toEqual(['envsubst-templates/component-kubeconfig.yaml:4:9 parse-error']);
    expect(found[0]?.message).toBe(
      'This looks like an unrendered template (metadata.name holds a ${…} placeholder, which no Kubernetes name can); it is not the manifest yet. Render it with the tool that fills the placeholders in and lint the output.',
    );
  });
});

describe('alternatives side by side in one project', () => {
  it('a binding is read with the role of its own directory, and a workload is named on the binding beside it', async () => {
    const found = (await findings('side-by-side-examples')).filter((d) => d.ruleId === 'service-account-privileges');
    expect(found.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.message}`)).toEqual([
      'side-by-side-examples/per-node/cluster-role-binding.yaml:11:5 service-account-privileges ServiceAccount "monitoring/inventory-exporter" can read Secrets in every namespace through ClusterRoleBinding "inventory-exporter" → ClusterRole "inventory-exporter", rule 1 at side-by-side-examples/per-node/cluster-role.yaml:8:13; mounted by DaemonSet "inventory-exporter-node".',
      'side-by-side-examples/per-replica/cluster-role-binding.yaml:11:5 service-account-privileges ServiceAccount "monitoring/inventory-exporter" can read Secrets in every namespace through ClusterRoleBinding "inventory-exporter" → ClusterRole "inventory-exporter", rule 1 at side-by-side-examples/per-replica/cluster-role.yaml:8:13; mounted by Deployment "inventory-exporter-shard-0".',
    ]);
  });
});
