import { defineRuleWithFacts, type Location } from '../../src/engine/rule.js';
import { atSentenceStart, namespaceBucket, namespaceFact, workloadFact, workloadNamespaces, type NamespaceFact } from '../../src/model/namespaces.js';

type Fact = NamespaceFact<Location> | { readonly type: 'limits'; readonly namespace?: string };

export default defineRuleWithFacts<Fact>()({
  meta: {
    id: 'namespace-resource-quota',
    pci: ['11.1'],
    requirements: ['2.2.6'],
    inputs: ['workload'],
    severity: 'warning',
    docs: {
      summary: 'Every namespace with workloads needs a ResourceQuota or a LimitRange.',
      rationale:
        'Without a ResourceQuota or LimitRange, one namespace can take all the CPU, memory and object counts of the cluster, and pods without limits can starve the workloads of the cardholder-data environment. ' +
        'PCI DSS container guidance 11.1 asks for resource limits that keep one workload from exhausting shared resources. ' +
        'Objects without metadata.namespace are counted in the defaultNamespace setting (or in one unspecified namespace when it is unset).',
      fix: 'Add a ResourceQuota (total requests/limits and object counts) and a LimitRange (default and maximum per-container requests and limits) to each namespace that runs workloads.',
      references: ['https://kubernetes.io/docs/concepts/policy/resource-quotas/', 'https://kubernetes.io/docs/concepts/policy/limit-range/'],
    },
    messages: {
      missing:
        '{{namespace}} runs workloads but has neither a ResourceQuota nor a LimitRange, so its pods can use all of the cluster\'s CPU and memory.',
    },
    fixes: {
      missing: 'Add a ResourceQuota and a LimitRange with default and maximum limits to it.',
    },
  },
  visit: {
    PodSpec(ctx, spec) {
      ctx.record(workloadFact<Location>(spec.resource, (at) => ctx.locate(at)));
    },
    Namespace(ctx, namespace) {
      const fact = namespaceFact<Location>(namespace, (at) => ctx.locate(at));
      if (fact) ctx.record(fact);
    },
    ResourceQuota(ctx, quota) {
      ctx.record({ type: 'limits', ...(quota.namespace !== undefined && { namespace: quota.namespace }) });
    },
    LimitRange(ctx, range) {
      ctx.record({ type: 'limits', ...(range.namespace !== undefined && { namespace: range.namespace }) });
    },
  },
  finish(ctx, project) {
    const fallback = ctx.settings.defaultNamespace;
    const limited = new Set<string>();
    for (const fact of project.facts) if (fact.type === 'limits') limited.add(namespaceBucket(fact.namespace, fallback).key);
    for (const { key, at, description } of workloadNamespaces<Location>(project.facts, fallback)) {
      if (!limited.has(key)) ctx.report({ at, messageId: 'missing', data: { namespace: atSentenceStart(description) } });
    }
  },
});
