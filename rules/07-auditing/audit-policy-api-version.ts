import { defineRule } from '../../src/engine/rule.js';
import { AUDIT_POLICY_API_VERSIONS } from '../../src/k8s/config-files.js';
import { formatVersion, inRange } from '../../src/k8s/versions.js';

export default defineRule({
  meta: {
    id: 'audit-policy-api-version',
    pci: ['7.1'],
    requirements: ['10.2.1'],
    inputs: ['audit-policy'],
    severity: 'error',
    docs: {
      summary: 'An audit Policy must use an apiVersion the target kube-apiserver still loads (audit.k8s.io/v1).',
      rationale:
        '`audit.k8s.io/v1alpha1` and `v1beta1` were deprecated in 1.21 and removed in 1.24: from then on the apiserver refuses to start with such a policy, ' +
        'so an upgrade either fails or ends with auditing switched off to get the cluster back. PCI DSS container guidance 7.1 needs auditing that survives upgrades.',
      fix: 'Change `apiVersion` to `audit.k8s.io/v1`; the Policy fields are the same.',
      references: ['kubernetes/kubernetes PR #98858, PR #108092'],
    },
    messages: {
      removed: 'Policy apiVersion {{apiVersion}} was removed in Kubernetes {{removed}}: the kube-apiserver will refuse to start with it on {{target}}.',
      deprecated: 'Policy apiVersion {{apiVersion}} is deprecated since Kubernetes {{deprecated}} and removed in {{removed}}.',
    },
    fixes: {
      removed: 'Use audit.k8s.io/v1.',
      deprecated: 'Use audit.k8s.io/v1.',
    },
  },
  visit: {
    Policy(ctx, policy) {
      const row = AUDIT_POLICY_API_VERSIONS.find((r) => r.apiVersion === policy.apiVersion);
      if (!row) return;
      const data = { apiVersion: row.apiVersion, deprecated: row.deprecated, removed: row.removed, target: formatVersion(ctx.target) };
      if (inRange(ctx.target, { since: row.removed })) ctx.report({ at: policy.pathTo('apiVersion'), part: 'value', messageId: 'removed', data });
      else if (inRange(ctx.target, { since: row.deprecated })) ctx.report({ at: policy.pathTo('apiVersion'), part: 'value', messageId: 'deprecated', data, severity: 'warning' });
    },
  },
});
