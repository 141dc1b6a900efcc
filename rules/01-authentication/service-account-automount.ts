import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'service-account-automount',
    pci: ['1.5'],
    requirements: ['7.2.5'],
    inputs: ['service-account'],
    severity: 'warning',
    docs: {
      summary: 'ServiceAccount objects must set `automountServiceAccountToken: false`.',
      rationale:
        'A ServiceAccount that does not opt out hands an API token to every pod that uses it and does not opt out itself, including pods added later by someone who never thought about it. ' +
        'PCI DSS container guidance 1.5 asks that workload identities only carry the credentials they need. ' +
        'This rule checks the ServiceAccount objects themselves; `automount-service-account-token` checks the pods (a pod\'s own setting wins over its ServiceAccount\'s). ' +
        'Turning automounting off on the ServiceAccount makes "no token" the default for every pod, and pods that need the API can still set `automountServiceAccountToken: true` or mount a projected token.',
      fix: 'Add `automountServiceAccountToken: false` at the top level of the ServiceAccount (beside `metadata`).',
      references: ['https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting'],
    },
    messages: {
      unset:
        'ServiceAccount "{{name}}" does not set automountServiceAccountToken: false, so every pod using it gets an API token unless the pod opts out. Add automountServiceAccountToken: false to the ServiceAccount.',
      enabled:
        'ServiceAccount "{{name}}" sets automountServiceAccountToken: true, so every pod using it gets an API token unless the pod opts out. Set it to false; pods that call the API can opt in themselves.',
      notBoolean:
        'ServiceAccount "{{name}}" sets automountServiceAccountToken to {{value}}, which is not the boolean false (the API server rejects a string here). Write automountServiceAccountToken: false without quotes.',
    },
  },
  visit: {
    ServiceAccount(ctx, account) {
      const setting: unknown = account.value.automountServiceAccountToken;
      if (setting === false) return;
      const data = { name: account.name ?? '(unnamed)' };
      const at = account.pathTo('automountServiceAccountToken');
      if (setting === undefined || setting === null) ctx.report({ at: account, messageId: 'unset', data });
      else if (setting === true) ctx.report({ at, messageId: 'enabled', data });
      else ctx.report({ at, part: 'value', messageId: 'notBoolean', data: { ...data, value: JSON.stringify(setting) } });
    },
  },
});
