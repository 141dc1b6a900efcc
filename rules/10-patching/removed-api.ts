import { defineRule } from '../../src/engine/rule.js';
import { apiLifecycleOf, isRemovedAt, replacementAt } from '../../src/k8s/api-versions.js';
import { formatVersion } from '../../src/k8s/versions.js';

export default defineRule({
  meta: {
    id: 'removed-api',
    pci: ['10.1'],
    requirements: ['6.3.3', '12.3.4'],
    inputs: ['any-object'],
    severity: 'error',
    docs: {
      summary: 'Objects must not use an API version the target Kubernetes release no longer serves.',
      rationale:
        'The API server rejects an object whose apiVersion it no longer serves, so whatever control the object carries (a NetworkPolicy, an RBAC role, a pod security policy, a disruption budget) is silently missing from the cluster, ' +
        'and the manifests cannot follow the cluster through the upgrades that bring security patches. PCI DSS container guidance 14 asks for managed, current versions of the orchestration configuration.',
      fix: 'Change apiVersion (and the group, where the kind moved) to the replacement the message names, and make the field changes it lists. The table of removals is src/k8s/api-versions.ts.',
      references: ['https://kubernetes.io/docs/reference/using-api/deprecation-guide/', 'https://kubernetes.io/docs/reference/using-api/deprecation-policy/'],
    },
    messages: {
      removed:
        '{{apiVersion}} {{kind}} is no longer served since Kubernetes {{removed}}: the API server of {{target}} rejects this object, so nothing it configures takes effect.',
      removedNoReplacement:
        '{{apiVersion}} {{kind}} is no longer served since Kubernetes {{removed}}: the API server of {{target}} rejects this object, so nothing it configures takes effect.',
    },
    fixes: {
      removedNoReplacement: '{{change}}',
      removed: 'Use {{replacement}} (served since {{since}}). {{change}}',
    },
  },
  visit: {
    Resource(ctx, resource) {
      const row = apiLifecycleOf(resource.apiVersion, resource.kind);
      if (!row || !isRemovedAt(row, ctx.target)) return;
      const at = resource.pathTo('apiVersion');
      const base = { apiVersion: row.apiVersion, kind: row.kind, removed: row.removed ?? '', target: formatVersion(ctx.target) };
      const replacement = replacementAt(row, ctx.target);
      if (!replacement) {
        ctx.report({ at, part: 'value', messageId: 'removedNoReplacement', about: [resource], data: { ...base, change: row.migration ?? 'No served API replaces it; remove the object.' } });
        return;
      }
      ctx.report({
        at,
        part: 'value',
        messageId: 'removed',
        about: [resource],
        data: {
          ...base,
          replacement: `${replacement.apiVersion} ${replacement.kind}`,
          since: replacement.since,
          change: row.migration ?? 'Only the apiVersion line needs to change.',
        },
      });
    },
  },
});
