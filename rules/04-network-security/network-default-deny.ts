import { defineRuleWithFacts, type Location } from '../../src/engine/rule.js';
import { describeNamespace, namespaceBucket } from '../../src/model/namespaces.js';
import { isPlainObject } from '../../src/model/resource.js';

type Direction = 'Ingress' | 'Egress';

type Fact =
  | { readonly type: 'workload'; readonly namespace?: string; readonly at: Location }
  | { readonly type: 'namespace'; readonly name: string; readonly at: Location }
  | { readonly type: 'policy'; readonly namespace?: string; readonly denies: readonly Direction[] };

const RULE_LISTS: Readonly<Record<Direction, 'ingress' | 'egress'>> = { Ingress: 'ingress', Egress: 'egress' };
const PEERS: Readonly<Record<Direction, 'from' | 'to'>> = { Ingress: 'from', Egress: 'to' };

function isEmptyList(value: unknown): boolean {
  return value === undefined || value === null || (Array.isArray(value) && value.length === 0);
}

/** An ingress/egress rule with no peers and no ports matches every peer on every port: `- {}`. */
function allowsAll(rule: unknown, direction: Direction): boolean {
  return isPlainObject(rule) && isEmptyList(rule[PEERS[direction]]) && isEmptyList(rule.ports);
}

/** `podSelector: {}` (or with empty matchLabels/matchExpressions): the policy selects every pod. */
function selectsAllPods(selector: unknown): boolean {
  if (!isPlainObject(selector)) return false;
  const { matchLabels, matchExpressions } = selector;
  const noLabels = matchLabels === undefined || matchLabels === null || (isPlainObject(matchLabels) && Object.keys(matchLabels).length === 0);
  return noLabels && isEmptyList(matchExpressions);
}

/** The directions a policy governs: `policyTypes`, or as the API server defaults it (Ingress, plus Egress when it has egress rules). */
function policyDirections(spec: Readonly<Record<string, unknown>>): Direction[] {
  const types = spec.policyTypes;
  if (Array.isArray(types)) return (['Ingress', 'Egress'] as const).filter((d) => types.includes(d));
  return spec.egress === undefined || spec.egress === null ? ['Ingress'] : ['Ingress', 'Egress'];
}

export default defineRuleWithFacts<Fact>()({
  meta: {
    id: 'network-default-deny',
    pci: ['4.1'],
    severity: 'error',
    docs: {
      summary: 'Every namespace with workloads needs a default-deny NetworkPolicy for ingress and egress.',
      rationale:
        'Without a NetworkPolicy that selects every pod, Kubernetes lets any pod talk to any other pod and to any address. ' +
        'PCI DSS container guidance 4.1 asks for deny-by-default network access between workloads, so that a compromised container cannot reach the cardholder-data environment, and an allow-all rule (`- {}`) silently undoes that. ' +
        'Objects without metadata.namespace are counted in the defaultNamespace setting (or in one unspecified namespace when it is unset); pods with hostNetwork are not counted because NetworkPolicies do not apply to them.',
      fix:
        'Add to each namespace a NetworkPolicy with `podSelector: {}`, `policyTypes: [Ingress, Egress]` and no ingress/egress rules, then add policies that allow only the flows each workload needs. Replace `- {}` rules with rules naming their peers and ports.',
      references: [
        'https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-policies',
        'https://kubernetes.io/docs/concepts/services-networking/network-policies/#networkpolicy-resource',
      ],
    },
    messages: {
      missing:
        '{{namespace}} runs workloads but no NetworkPolicy with podSelector: {} denies {{direction}} traffic by default, so its pods {{effect}} unless another policy selects them. Add a default-deny NetworkPolicy (podSelector: {}, policyTypes: [{{policyTypes}}], no rules) and allow only the flows each workload needs.',
      allowAll:
        'NetworkPolicy "{{policy}}" has an {{direction}} rule that matches every peer and port (an empty rule), so all {{direction}} traffic is allowed for the pods it selects and no default deny applies to them. Replace it with rules that name the allowed peers (podSelector, namespaceSelector or ipBlock) and ports.',
    },
  },
  visit: {
    PodSpec(ctx, spec) {
      // NetworkPolicies do not govern pods in the node's network namespace.
      if (spec.value.hostNetwork === true) return;
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
    NetworkPolicy(ctx, policy) {
      const spec = policy.value.spec as unknown;
      if (!isPlainObject(spec)) return;
      const directions = policyDirections(spec);
      const denies: Direction[] = [];
      for (const direction of directions) {
        const rules = spec[RULE_LISTS[direction]];
        const list: unknown[] = Array.isArray(rules) ? rules : [];
        const open = list.flatMap((rule, i) => (allowsAll(rule, direction) ? [i] : []));
        for (const i of open) {
          ctx.report({
            at: policy.pathTo('spec', RULE_LISTS[direction], i),
            messageId: 'allowAll',
            data: { policy: policy.name ?? '(unnamed)', direction: RULE_LISTS[direction] },
          });
        }
        if (open.length === 0) denies.push(direction);
      }
      if (!selectsAllPods(spec.podSelector)) return;
      ctx.record({ type: 'policy', ...(policy.namespace !== undefined && { namespace: policy.namespace }), denies });
    },
  },
  finish(ctx, project) {
    const fallback = ctx.settings.defaultNamespace;
    const namespaces = new Map<string, Location>();
    const denied = new Map<string, Set<Direction>>();
    const workloads = new Map<string, { at: Location; explicit: boolean; bucket: ReturnType<typeof namespaceBucket> }>();
    for (const fact of project.facts) {
      if (fact.type === 'namespace') {
        if (!namespaces.has(fact.name)) namespaces.set(fact.name, fact.at);
      } else if (fact.type === 'policy') {
        const key = namespaceBucket(fact.namespace, fallback).key;
        const set = denied.get(key) ?? new Set<Direction>();
        for (const d of fact.denies) set.add(d);
        denied.set(key, set);
      } else {
        const bucket = namespaceBucket(fact.namespace, fallback);
        const seen = workloads.get(bucket.key);
        if (seen) {
          if (!bucket.implicit) seen.explicit = true;
          continue;
        }
        workloads.set(bucket.key, { at: fact.at, explicit: !bucket.implicit, bucket });
      }
    }
    for (const [key, { at, explicit, bucket }] of workloads) {
      const covered = denied.get(key) ?? new Set<Direction>();
      const missing = (['Ingress', 'Egress'] as const).filter((d) => !covered.has(d));
      if (missing.length === 0) continue;
      const namespaceObject = bucket.name !== undefined ? namespaces.get(bucket.name) : undefined;
      ctx.report({
        at: namespaceObject ?? at,
        messageId: 'missing',
        data: {
          namespace: describeNamespace(bucket, explicit || namespaceObject !== undefined),
          direction: missing.map((d) => d.toLowerCase()).join(' and '),
          effect: missing.length === 2 ? 'accept connections from anywhere and can connect anywhere' : missing[0] === 'Ingress' ? 'accept connections from anywhere' : 'can connect anywhere',
          policyTypes: missing.join(', '),
        },
      });
    }
  },
});
