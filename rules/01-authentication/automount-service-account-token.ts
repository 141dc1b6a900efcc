import { defineRuleWithFacts, type Location } from '../../src/engine/rule.js';

type Fact =
  | { readonly type: 'pod'; readonly namespace?: string; readonly serviceAccount: string; readonly owner: string; readonly at: Location }
  | { readonly type: 'serviceAccount'; readonly namespace?: string; readonly name: string; readonly disablesAutomount: boolean };

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
        'PCI DSS container guidance 1.5 asks that workload identities only carry credentials they need; most applications never talk to the API server.',
      fix: 'Set `automountServiceAccountToken: false` on the pod spec, or on the ServiceAccount the pods use. Pods that do call the API can mount a projected, short-lived token explicitly.',
      references: ['https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting'],
    },
    messages: {
      tokenMounted:
        '{{owner}} mounts the token of ServiceAccount "{{serviceAccount}}" automatically. Set automountServiceAccountToken: false on the pod spec (or on the ServiceAccount) unless the pods call the Kubernetes API.',
      explicitlyEnabled:
        '{{owner}} sets automountServiceAccountToken: true, so every container gets an API token. Set it to false unless the pods call the Kubernetes API.',
    },
  },
  visit: {
    PodSpec(ctx, spec) {
      const setting = spec.value.automountServiceAccountToken;
      if (setting === false) return;
      const owner = `${spec.resource.kind} "${spec.resource.name ?? '(unnamed)'}"`;
      if (setting === true) {
        ctx.report({ at: spec.pathTo('automountServiceAccountToken'), messageId: 'explicitlyEnabled', data: { owner } });
        return;
      }
      // Unset on the pod: the ServiceAccount's own setting decides, and it may be in another file.
      ctx.record({
        type: 'pod',
        ...(spec.resource.namespace !== undefined && { namespace: spec.resource.namespace }),
        serviceAccount: spec.serviceAccountName,
        owner,
        at: ctx.locate(spec, 'key'),
      });
    },
    ServiceAccount(ctx, account) {
      if (account.name === undefined) return;
      ctx.record({
        type: 'serviceAccount',
        ...(account.namespace !== undefined && { namespace: account.namespace }),
        name: account.name,
        disablesAutomount: account.value.automountServiceAccountToken === false,
      });
    },
  },
  finish(ctx, project) {
    const optedOut = new Set<string>();
    for (const fact of project.facts) {
      if (fact.type === 'serviceAccount' && fact.disablesAutomount) optedOut.add(`${fact.namespace ?? ''}/${fact.name}`);
    }
    for (const fact of project.facts) {
      if (fact.type !== 'pod' || optedOut.has(`${fact.namespace ?? ''}/${fact.serviceAccount}`)) continue;
      ctx.report({ at: fact.at, messageId: 'tokenMounted', data: { owner: fact.owner, serviceAccount: fact.serviceAccount } });
    }
  },
});
