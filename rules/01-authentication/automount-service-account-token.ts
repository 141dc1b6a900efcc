import { defineRuleWithFacts, objectSubject, type Location } from '../../src/engine/rule.js';
import { identityOf, isControlledCopy, type ObjectIdentity } from '../../src/model/controller.js';
import { rbacInputOf, recordRbacObject, type RbacFact } from '../../src/model/rbac/summary.js';
import { isBoundServiceAccount } from '../../src/model/rbac/resolver.js';

type Fact =
  | RbacFact<Location>
  | ({ readonly type: 'pod'; readonly namespace?: string; readonly serviceAccount: string; readonly owner: string; readonly at: Location } & ObjectIdentity)
  | { readonly type: 'serviceAccount'; readonly namespace?: string; readonly name: string; readonly decides: boolean };

export default defineRuleWithFacts<Fact>()({
  meta: {
    id: 'automount-service-account-token',
    pci: ['1.5'],
    requirements: ['7.2.5'],
    inputs: ['workload'],
    severity: 'warning',
    docs: {
      summary: 'Pods must not mount a ServiceAccount token they do not need.',
      rationale:
        'A mounted token lets anyone who compromises the container call the Kubernetes API as that ServiceAccount. ' +
        'PCI DSS container guidance 1.5 asks that workload identities only carry credentials they need; most applications never talk to the API server. ' +
        'Pods that call the API on purpose are not reported: those that set `automountServiceAccountToken: true` themselves, and those whose ServiceAccount is named by a RoleBinding or ClusterRoleBinding in the input ' +
        '(service-account-privileges judges what that binding grants). When the ServiceAccount is in the input and does not opt out, service-account-automount reports it once instead of every pod that uses it.',
      fix: 'Set `automountServiceAccountToken: false` on the pod spec, or on the ServiceAccount the pods use. Pods that do call the API can mount a projected, short-lived token explicitly.',
      references: ['https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting'],
    },
    messages: {
      tokenMounted:
        '{{owner}} mounts the token of ServiceAccount "{{serviceAccount}}" automatically.',
    },
    fixes: {
      tokenMounted: 'Set automountServiceAccountToken: false on the pod spec (or on the ServiceAccount) unless the pods call the Kubernetes API.',
    },
  },
  visit: {
    PodSpec(ctx, spec) {
      // false: no token; true: the pod asks for the token, so it calls the API on purpose.
      if (spec.value.automountServiceAccountToken !== undefined) return;
      const owner = spec.owner;
      // Unset on the pod: the ServiceAccount's own setting decides, and it may be in another file.
      ctx.record({
        type: 'pod',
        ...((spec.resource.namespace ?? ctx.settings.defaultNamespace) !== undefined && { namespace: spec.resource.namespace ?? ctx.settings.defaultNamespace }),
        serviceAccount: spec.serviceAccountName,
        owner,
        at: ctx.locate(spec, 'key'),
        ...identityOf(spec.resource),
      });
    },
    RoleBinding: recordRbacObject,
    ClusterRoleBinding: recordRbacObject,
    ServiceAccount(ctx, account) {
      if (account.name === undefined) return;
      ctx.record({
        type: 'serviceAccount',
        ...((account.namespace ?? ctx.settings.defaultNamespace) !== undefined && { namespace: account.namespace ?? ctx.settings.defaultNamespace }),
        name: account.name,
        decides: typeof account.value.automountServiceAccountToken === 'boolean',
      });
    },
  },
  finish(ctx, project) {
    // An account that sets automountServiceAccountToken either way has decided for its pods.
    const optedOut = new Set<string>();
    for (const fact of project.facts) {
      if (fact.type === 'serviceAccount' && fact.decides) optedOut.add(`${fact.namespace ?? ''}/${fact.name}`);
    }
    const { bindings } = rbacInputOf<Location>(project.facts);
    // A pod a controller in the input made has its controller's template: the controller's finding says it.
    const pods = project.facts.filter((fact) => fact.type === 'pod');
    const copy = isControlledCopy(pods, (pod) => pod.serviceAccount);
    for (const fact of pods) {
      if (copy(fact) || optedOut.has(`${fact.namespace ?? ''}/${fact.serviceAccount}`)) continue;
      if (isBoundServiceAccount(bindings, fact.namespace, fact.serviceAccount)) continue;
      ctx.report({
        at: fact.at,
        messageId: 'tokenMounted',
        data: { owner: fact.owner, serviceAccount: fact.serviceAccount },
        about: [objectSubject('ServiceAccount', fact.namespace, fact.serviceAccount)],
      });
    }
  },
});
