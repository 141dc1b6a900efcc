import { defineRule } from '../../src/engine/rule.js';
import { apiLifecycleOf, isDeprecatedAt, isRemovedAt } from '../../src/k8s/api-versions.js';
import { formatVersion } from '../../src/k8s/versions.js';

export default defineRule({
  meta: {
    id: 'pod-security-policy-removed',
    // On a PodSecurityPolicy, "no longer served" is this rule's fact with a narrower fix.
    supersedes: ['removed-api'],
    pci: ['3.1'],
    requirements: ['2.2.1'],
    inputs: ['any-object'],
    severity: 'error',
    docs: {
      summary: 'PodSecurityPolicy objects protect nothing from Kubernetes 1.25 on; enforce the Pod Security Standards with Pod Security Admission instead.',
      rationale:
        'PodSecurityPolicy (policy/v1beta1) was deprecated in 1.21 and removed in 1.25 together with its admission plugin (extensions/v1beta1 PodSecurityPolicy was already removed in 1.16). ' +
        'A repository that still relies on PodSecurityPolicy objects for workload hardening has no enforcement at all on current clusters, which PCI DSS container guidance 3.1 treats as a missing control. ' +
        'On 1.21–1.24 the object still works and is reported as information, so the migration can be planned. The `removed-api` rule reports the same objects as API versions the cluster no longer serves; this rule is about the lost pod security enforcement.',
      fix: 'Delete the PodSecurityPolicy and its RBAC bindings; label each namespace with `pod-security.kubernetes.io/enforce: restricted` (or baseline) and, where needed, add a policy engine such as a ValidatingAdmissionPolicy.',
      references: [
        'https://kubernetes.io/docs/concepts/security/pod-security-policy/',
        'https://kubernetes.io/docs/tasks/configure-pod-container/migrate-from-psp/',
      ],
    },
    messages: {
      removed:
        'PodSecurityPolicy "{{name}}" ({{apiVersion}}) is not served from Kubernetes {{removed}}, so on {{target}} it enforces nothing.',
      deprecated:
        'PodSecurityPolicy "{{name}}" ({{apiVersion}}) is deprecated since Kubernetes {{deprecated}} and stops working in {{removed}}, when the API and its admission plugin are removed.',
    },
    fixes: {
      removed: 'Enforce the Pod Security Standards with the pod-security.kubernetes.io/enforce namespace label instead.',
      deprecated: 'Plan the move to Pod Security Admission (pod-security.kubernetes.io/enforce namespace labels).',
    },
  },
  visit: {
    Resource(ctx, resource) {
      if (resource.kind !== 'PodSecurityPolicy') return;
      const row = apiLifecycleOf(resource.apiVersion, resource.kind);
      if (row?.removed === undefined) return;
      const data = { name: resource.name ?? '(unnamed)', apiVersion: resource.apiVersion, removed: row.removed };
      if (isRemovedAt(row, ctx.target)) {
        ctx.report({ at: resource.pathTo('kind'), messageId: 'removed', data: { ...data, target: formatVersion(ctx.target) }, about: [resource] });
      } else if (isDeprecatedAt(row, ctx.target)) {
        ctx.report({ at: resource.pathTo('kind'), messageId: 'deprecated', severity: 'info', data: { ...data, deprecated: row.deprecated } });
      }
    },
  },
});
