import { defineRuleWithFacts, type Location } from '../../src/engine/rule.js';
import { describeNamespace, namespaceBucket, type NamespaceBucket } from '../../src/model/namespaces.js';

type Fact =
  | { readonly type: 'workload'; readonly namespace?: string; readonly at: Location }
  | { readonly type: 'namespace'; readonly name: string; readonly at: Location }
  | { readonly type: 'limits'; readonly namespace?: string };

export default defineRuleWithFacts<Fact>()({
  meta: {
    id: 'namespace-resource-quota',
    pci: ['11.1'],
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
        '{{namespace}} runs workloads but has neither a ResourceQuota nor a LimitRange, so its pods can use all of the cluster\'s CPU and memory. Add a ResourceQuota and a LimitRange with default and maximum limits to it.',
    },
  },
  visit: {
    PodSpec(ctx, spec) {
      const resource = spec.resource;
      ctx.record({
        type: 'workload',
        ...(resource.namespace !== undefined && { namespace: resource.namespace }),
        at: resource.namespace !== undefined ? ctx.locate(resource.pathTo('metadata', 'namespace')) : ctx.locate(resource),
      });
    },
    Namespace(ctx, namespace) {
      if (namespace.name === undefined) return;
      ctx.record({ type: 'namespace', name: namespace.name, at: ctx.locate(namespace.pathTo('metadata', 'name')) });
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
    const namespaces = new Map<string, Location>();
    const limited = new Set<string>();
    const workloads = new Map<string, { at: Location; explicit: boolean; bucket: NamespaceBucket }>();
    for (const fact of project.facts) {
      if (fact.type === 'namespace') {
        if (!namespaces.has(fact.name)) namespaces.set(fact.name, fact.at);
      } else if (fact.type === 'limits') {
        limited.add(namespaceBucket(fact.namespace, fallback).key);
      } else {
        const bucket = namespaceBucket(fact.namespace, fallback);
        const seen = workloads.get(bucket.key);
        if (seen) seen.explicit ||= !bucket.implicit;
        else workloads.set(bucket.key, { at: fact.at, explicit: !bucket.implicit, bucket });
      }
    }
    for (const [key, { at, explicit, bucket }] of workloads) {
      if (limited.has(key)) continue;
      const namespaceObject = bucket.name !== undefined ? namespaces.get(bucket.name) : undefined;
      ctx.report({ at: namespaceObject ?? at, messageId: 'missing', data: { namespace: describeNamespace(bucket, explicit || namespaceObject !== undefined) } });
    }
  },
});
