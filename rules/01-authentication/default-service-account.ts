import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'default-service-account',
    pci: ['1.5'],
    requirements: ['7.2.5'],
    inputs: ['workload'],
    severity: 'warning',
    docs: {
      summary: 'Pods must run as a ServiceAccount of their own, not the namespace\'s `default` one.',
      rationale:
        'Every pod that names no ServiceAccount runs as `default`, so all of them share one identity: RBAC granted to `default` for one workload is granted to all, and audit logs cannot tell them apart. ' +
        'PCI DSS container guidance 1.5 asks for a distinct identity per workload so that its permissions can be limited and attributed. ' +
        '`serviceAccountName` is read first; the deprecated `serviceAccount` field is used when `serviceAccountName` is empty, as the API server does.',
      fix: 'Create a ServiceAccount for the workload (with `automountServiceAccountToken: false` unless it calls the Kubernetes API) and set `serviceAccountName` to it in the pod spec.',
      references: ['https://kubernetes.io/docs/concepts/security/service-accounts/#default-service-accounts'],
    },
    messages: {
      unset:
        '{{owner}} sets no serviceAccountName, so it runs as the namespace\'s "default" ServiceAccount, an identity every other such pod shares.',
      explicitDefault:
        '{{owner}} runs as the "default" ServiceAccount, an identity every pod without its own ServiceAccount shares.',
    },
    // The API server writes serviceAccountName: default into the Pods it makes from a template that names none.
    defaultedInCopies: { explicitDefault: 'unset' },
    fixes: {
      unset: 'Create a ServiceAccount for this workload and set serviceAccountName.',
      explicitDefault: 'Create a ServiceAccount for this workload and name it here.',
    },
  },
  visit: {
    PodSpec(ctx, spec) {
      const owner = spec.owner;
      for (const field of ['serviceAccountName', 'serviceAccount'] as const) {
        const value: unknown = (spec.value as unknown as Record<string, unknown>)[field];
        if (typeof value !== 'string' || value === '') continue;
        if (value === 'default') ctx.report({ at: spec.pathTo(field), part: 'value', messageId: 'explicitDefault', data: { owner } });
        return;
      }
      ctx.report({ at: spec, part: 'key', messageId: 'unset', data: { owner } });
    },
  },
});
