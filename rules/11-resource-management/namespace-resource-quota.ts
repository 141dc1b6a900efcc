import { defineRuleWithFacts, type Location } from '../../src/engine/rule.js';
import { atSentenceStart, buildRootsOf, namespaceBucket, namespaceFact, uncoveredBuilds, workloadFact, workloadNamespaces, type NamespaceFact } from '../../src/model/namespaces.js';

type Fact = NamespaceFact<Location> | { readonly type: 'limits'; readonly namespace?: string; readonly roots?: readonly string[] };

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
        'Objects without metadata.namespace are counted in the defaultNamespace setting (or in one unspecified namespace when it is unset). ' +
        'kustomize roots are applied one at a time: a quota built by one root limits the pods of that root only, and one that no kustomization lists limits them all.',
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
      ctx.record({ type: 'limits', ...(quota.namespace !== undefined && { namespace: quota.namespace }), ...buildRootsOf(quota) });
    },
    LimitRange(ctx, range) {
      ctx.record({ type: 'limits', ...(range.namespace !== undefined && { namespace: range.namespace }), ...buildRootsOf(range) });
    },
  },
  finish(ctx, project) {
    const fallback = ctx.settings.defaultNamespace;
    // The build roots of each ResourceQuota and LimitRange, by namespace key.
    const limited = new Map<string, (readonly string[] | undefined)[]>();
    for (const fact of project.facts) {
      if (fact.type !== 'limits') continue;
      const key = namespaceBucket(fact.namespace, fallback).key;
      const covers = limited.get(key);
      if (covers) covers.push(fact.roots);
      else limited.set(key, [fact.roots]);
    }
    for (const namespace of workloadNamespaces<Location>(project.facts, fallback)) {
      const gap = uncoveredBuilds(namespace, limited.get(namespace.key) ?? []);
      if (gap) ctx.report({ at: gap.at, messageId: 'missing', data: { namespace: atSentenceStart(gap.description) } });
    }
  },
});
