import { defineRuleWithFacts, objectSubject, type Location } from '../../src/engine/rule.js';
import { rbacInputOf, recordRbacObject, type RbacFact } from '../../src/model/rbac/summary.js';
import { isBoundServiceAccount } from '../../src/model/rbac/resolver.js';

type Fact = RbacFact<Location> | { readonly type: 'account'; readonly namespace?: string; readonly name: string; readonly at: Location; readonly messageId: 'unset' | 'notBoolean'; readonly value?: string };

export default defineRuleWithFacts<Fact>()({
  meta: {
    id: 'service-account-automount',
    pci: ['1.5'],
    requirements: ['7.2.5'],
    inputs: ['service-account'],
    severity: 'warning',
    // One finding on the ServiceAccount stands for the pods that mount its token (one fix for all of them).
    supersedes: ['automount-service-account-token'],
    docs: {
      summary: 'ServiceAccount objects must set `automountServiceAccountToken: false`.',
      rationale:
        'A ServiceAccount that does not opt out hands an API token to every pod that uses it and does not opt out itself, including pods added later by someone who never thought about it. ' +
        'PCI DSS container guidance 1.5 asks that workload identities only carry the credentials they need. ' +
        'This rule checks the ServiceAccount objects themselves; `automount-service-account-token` checks the pods (a pod\'s own setting wins over its ServiceAccount\'s). ' +
        'Turning automounting off on the ServiceAccount makes "no token" the default for every pod, and pods that need the API can still set `automountServiceAccountToken: true` or mount a projected token. ' +
        'A ServiceAccount that sets `automountServiceAccountToken: true`, or that a RoleBinding or ClusterRoleBinding in the input names, is used to call the API on purpose and is not reported (service-account-privileges judges what it is granted). ' +
        'Its finding stands for the pods that mount its token: automount-service-account-token does not report them again.',
      fix: 'Add `automountServiceAccountToken: false` at the top level of the ServiceAccount (beside `metadata`).',
      references: ['https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting'],
    },
    messages: {
      unset:
        'ServiceAccount "{{name}}" does not set automountServiceAccountToken: false, so every pod using it gets an API token unless the pod opts out.',
      notBoolean:
        'ServiceAccount "{{name}}" sets automountServiceAccountToken to {{value}}, which is not the boolean false (the API server rejects a string here).',
    },
    fixes: {
      unset: 'Add automountServiceAccountToken: false to the ServiceAccount.',
      notBoolean: 'Write automountServiceAccountToken: false without quotes.',
    },
  },
  visit: {
    RoleBinding: recordRbacObject,
    ClusterRoleBinding: recordRbacObject,
    ServiceAccount(ctx, account) {
      const setting: unknown = account.value.automountServiceAccountToken;
      // false: no token; true: the account is meant to call the API.
      if (setting === false || setting === true) return;
      const namespace = account.namespace ?? ctx.settings.defaultNamespace;
      const base = { ...(namespace !== undefined && { namespace }), name: account.name ?? '(unnamed)' };
      if (setting === undefined || setting === null) ctx.record({ type: 'account', ...base, at: ctx.locate(account), messageId: 'unset' });
      else ctx.record({ type: 'account', ...base, at: ctx.locate(account.pathTo('automountServiceAccountToken'), 'value'), messageId: 'notBoolean', value: JSON.stringify(setting) });
    },
  },
  finish(ctx, project) {
    const { bindings } = rbacInputOf<Location>(project.facts);
    for (const fact of project.facts) {
      if (fact.type !== 'account') continue;
      const about = [objectSubject('ServiceAccount', fact.namespace, fact.name)];
      if (fact.messageId === 'notBoolean') {
        ctx.report({ at: fact.at, messageId: 'notBoolean', data: { name: fact.name, value: fact.value ?? '' }, about });
        continue;
      }
      if (isBoundServiceAccount(bindings, fact.namespace, fact.name)) continue;
      ctx.report({ at: fact.at, messageId: 'unset', data: { name: fact.name }, about });
    }
  },
});
