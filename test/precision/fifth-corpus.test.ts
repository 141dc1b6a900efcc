/**
 * Patterns the fifth corpus of real manifests turned up (docs/precision.md, "fifth corpus"), in fixtures
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

const brief = (d: Diagnostic) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`;

describe('an umbrella chart with its subcharts', () => {
  it('is one project: its unrendered templates and those of the subcharts under charts/ (nested too) get one parse-error', async () => {
    const found = await findings('helm-umbrella');
    expect(found.map(brief)).toEqual([
      'helm-umbrella/charts/standalone/templates/configmap.yaml:4:9 parse-error',
      'helm-umbrella/payments/charts/gateway/templates/service.yaml:4:9 parse-error',
    ]);
    expect(found[1]?.message).toBe(
      'This file and 3 more of this project (helm-umbrella/payments/charts/ledger/charts/audit/templates/cronjob.yaml, helm-umbrella/payments/charts/ledger/templates/statefulset.yaml and helm-umbrella/payments/templates/namespace.yaml) look like unrendered Helm templates ({{ ... }}); they are not YAML yet. Render the chart first (helm template ...) and lint the output.',
    );
  });

  it('a subchart linted on its own is its own project', async () => {
    const found = await findings('helm-umbrella/payments/charts/ledger');
    expect(found.map(brief)).toEqual(['helm-umbrella/payments/charts/ledger/charts/audit/templates/cronjob.yaml:1:1 parse-error']);
    expect(found[0]?.message).toMatch(/^This file and 1 more of this project \(helm-umbrella\/payments\/charts\/ledger\/templates\/statefulset\.yaml\)/);
  });
});

describe('Argo Rollouts', () => {
  it('a Rollout is a workload: its pod template is judged as a Deployment\'s would be', async () => {
    const found = (await findings('argo-rollout')).filter((d) => !['namespace-resource-quota', 'network-default-deny', 'log-shipping-present', 'runtime-monitoring-present', 'image-signature-policy'].includes(d.ruleId));
    expect(found.map((d) => `${brief(d)} ${d.message}`)).toEqual([
      'argo-rollout/rollout.yaml:43:11 pss-volume-types Volume "node-logs" of Rollout "payments" is a hostPath volume, which the restricted Pod Security Standard forbids.',
    ]);
  });
});

describe('the system: prefix', () => {
  it('a role and binding that borrow it without the bootstrap label are judged; Kubernetes\' own, labelled, are not', async () => {
    const found = await findings('system-prefix');
    expect(found.map((d) => `${brief(d)} ${d.message}`)).toEqual([
      'system-prefix/rbac.yaml:25:5 service-account-privileges ServiceAccount "kube-system/rightsizer-admission" can write admission webhook configurations through ClusterRoleBinding "system:rightsizer-admission" → ClusterRole "system:rightsizer-admission", rule 2 at system-prefix/rbac.yaml:13:13.',
    ]);
  });
});
