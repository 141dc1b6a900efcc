import { defineRule } from '../../src/engine/rule.js';
import { apiLifecycleOf, isDeprecatedAt, replacementAt } from '../../src/k8s/api-versions.js';
import { formatVersion } from '../../src/k8s/versions.js';

export default defineRule({
  meta: {
    id: 'deprecated-api',
    pci: ['10.1'],
    requirements: ['12.3.4'],
    inputs: ['any-object'],
    severity: 'warning',
    docs: {
      summary: 'Objects should not use an API version that is deprecated in the target Kubernetes release.',
      rationale:
        'A deprecated API version still works but is scheduled for removal: the upgrade that brings the next security patches will reject the object and drop the control it carries. ' +
        'Moving while both versions are served keeps the cluster patchable (PCI DSS container guidance 14, version management, and 10, patching).',
      fix: 'Change apiVersion (and the group, where the kind moved) to the replacement the message names, and make the field changes it lists. The table of deprecations is src/k8s/api-versions.ts.',
      references: ['https://kubernetes.io/docs/reference/using-api/deprecation-guide/', 'https://kubernetes.io/docs/reference/using-api/deprecation-policy/'],
    },
    messages: {
      deprecated:
        '{{apiVersion}} {{kind}} is deprecated since Kubernetes {{deprecated}} and {{removal}}.',
      deprecatedNoReplacement: '{{apiVersion}} {{kind}} is deprecated since Kubernetes {{deprecated}} and {{removal}}.',
    },
    fixes: {
      deprecatedNoReplacement: '{{change}}',
      deprecated: 'Move to {{replacement}} (served since {{since}}) while both are served. {{change}}',
    },
  },
  visit: {
    Resource(ctx, resource) {
      const row = apiLifecycleOf(resource.apiVersion, resource.kind);
      if (!row || !isDeprecatedAt(row, ctx.target)) return;
      const at = resource.pathTo('apiVersion');
      const base = {
        apiVersion: row.apiVersion,
        kind: row.kind,
        deprecated: row.deprecated,
        removal: row.removed === undefined ? 'has no removal release scheduled yet' : `will not be served from ${row.removed} on`,
      };
      const replacement = replacementAt(row, ctx.target);
      if (!replacement) {
        ctx.report({ at, part: 'value', messageId: 'deprecatedNoReplacement', data: { ...base, change: row.migration ?? `No API replaces it in Kubernetes ${formatVersion(ctx.target)}; plan to stop using it.` } });
        return;
      }
      ctx.report({
        at,
        part: 'value',
        messageId: 'deprecated',
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
