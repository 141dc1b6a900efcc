import { defineRuleWithFacts, type Location } from '../../src/engine/rule.js';
import { atSentenceStart, buildRootsOf, namespaceBucket, namespaceFact, uncoveredBuilds, workloadFact, workloadNamespaces, type NamespaceFact } from '../../src/model/namespaces.js';
import { isPlainObject, own } from '../../src/model/resource.js';

type Direction = 'Ingress' | 'Egress';

type Fact =
  | NamespaceFact<Location>
  | { readonly type: 'policy'; readonly namespace?: string; readonly denies: readonly Direction[]; readonly clusterWide?: true; readonly roots?: readonly string[] };

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

/**
 * Cilium's policies (cilium.io CiliumNetworkPolicy, and CiliumClusterwideNetworkPolicy for every namespace):
 * in Cilium's default enforcement mode an endpoint that any rule selects goes into default deny for a
 * direction when the rule has a section for it (`ingress`/`ingressDeny`, `egress`/`egressDeny`), unless the
 * rule sets `enableDefaultDeny: {<direction>: false}`; what the section lists is then all that is allowed
 * (docs.cilium.io, "Policy Enforcement Modes" and "Layer 3 examples"). A section that allows the entity
 * `all` opens that direction again. `specs` holds several rules.
 */
const CILIUM_KINDS: ReadonlySet<string> = new Set(['CiliumNetworkPolicy', 'CiliumClusterwideNetworkPolicy']);
const CILIUM_SECTIONS: Readonly<Record<Direction, { allow: string; deny: string; entities: string; flag: string }>> = {
  Ingress: { allow: 'ingress', deny: 'ingressDeny', entities: 'fromEntities', flag: 'ingress' },
  Egress: { allow: 'egress', deny: 'egressDeny', entities: 'toEntities', flag: 'egress' },
};

function ciliumDenies(rule: Readonly<Record<string, unknown>>): Direction[] {
  if (!selectsAllPods(rule.endpointSelector)) return [];
  const enable = isPlainObject(rule.enableDefaultDeny) ? rule.enableDefaultDeny : {};
  return (['Ingress', 'Egress'] as const).filter((direction) => {
    const names = CILIUM_SECTIONS[direction];
    if (own(enable, names.flag) === false) return false;
    const allow = own(rule, names.allow);
    const hasSection = Array.isArray(allow) || Array.isArray(own(rule, names.deny));
    const opensAll = Array.isArray(allow) && allow.some((r) => {
      const entities = isPlainObject(r) ? own(r, names.entities) : undefined;
      return Array.isArray(entities) && entities.includes('all');
    });
    return hasSection && !opensAll;
  });
}

export default defineRuleWithFacts<Fact>()({
  meta: {
    id: 'network-default-deny',
    pci: ['4.1'],
    requirements: ['1.3.1', '1.3.2'],
    inputs: ['workload'],
    severity: 'error',
    docs: {
      summary: 'Every namespace with workloads needs a default-deny NetworkPolicy for ingress and egress.',
      rationale:
        'Without a NetworkPolicy that selects every pod, Kubernetes lets any pod talk to any other pod and to any address. ' +
        'PCI DSS container guidance 4.1 asks for deny-by-default network access between workloads, so that a compromised container cannot reach the cardholder-data environment, and an allow-all rule (`- {}`) silently undoes that. ' +
        'A Cilium policy (CiliumNetworkPolicy, or CiliumClusterwideNetworkPolicy for every namespace) whose endpointSelector is empty and that has an ingress or egress section puts the selected pods into default deny for that direction, as Cilium enforces it. ' +
        'Objects without metadata.namespace are counted in the defaultNamespace setting (or in one unspecified namespace when it is unset); pods with hostNetwork are not counted because NetworkPolicies do not apply to them. ' +
        'kustomize roots are applied one at a time: a policy built by one root covers the pods of that root only, and one that no kustomization lists covers them all.',
      fix:
        'Add to each namespace a NetworkPolicy with `podSelector: {}`, `policyTypes: [Ingress, Egress]` and no ingress/egress rules, then add policies that allow only the flows each workload needs. Replace `- {}` rules with rules naming their peers and ports.',
      references: [
        'https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-policies',
        'https://kubernetes.io/docs/concepts/services-networking/network-policies/#networkpolicy-resource',
      ],
    },
    messages: {
      missing:
        '{{namespace}} runs workloads but no NetworkPolicy with podSelector: {} denies {{direction}} traffic by default, so its pods {{effect}} unless another policy selects them.',
      allowAll:
        'NetworkPolicy "{{policy}}" has an {{direction}} rule that matches every peer and port (an empty rule), so all {{direction}} traffic is allowed for the pods it selects and no default deny applies to them.',
    },
    fixes: {
      missing: 'Add a default-deny NetworkPolicy (podSelector: {}, policyTypes: [{{policyTypes}}], no rules) and allow only the flows each workload needs.',
      allowAll: 'Replace it with rules that name the allowed peers (podSelector, namespaceSelector or ipBlock) and ports.',
    },
  },
  visit: {
    PodSpec(ctx, spec) {
      // NetworkPolicies do not govern pods in the node's network namespace.
      if (spec.value.hostNetwork === true) return;
      ctx.record(workloadFact<Location>(spec.resource, (at) => ctx.locate(at)));
    },
    Namespace(ctx, namespace) {
      const fact = namespaceFact<Location>(namespace, (at) => ctx.locate(at));
      if (fact) ctx.record(fact);
    },
    Resource(ctx, resource) {
      if (resource.group !== 'cilium.io' || !CILIUM_KINDS.has(resource.kind)) return;
      const value = resource.value as Readonly<Record<string, unknown>>;
      const rules = [value.spec, ...(Array.isArray(value.specs) ? (value.specs as unknown[]) : [])].filter(isPlainObject);
      const denies = [...new Set(rules.flatMap((rule) => ciliumDenies(rule)))];
      if (denies.length === 0) return;
      if (resource.kind === 'CiliumClusterwideNetworkPolicy') ctx.record({ type: 'policy', denies, clusterWide: true, ...buildRootsOf(resource) });
      else ctx.record({ type: 'policy', ...(resource.namespace !== undefined && { namespace: resource.namespace }), denies, ...buildRootsOf(resource) });
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
      ctx.record({ type: 'policy', ...(policy.namespace !== undefined && { namespace: policy.namespace }), denies, ...buildRootsOf(policy) });
    },
  },
  finish(ctx, project) {
    const fallback = ctx.settings.defaultNamespace;
    // The build roots of each default-deny policy, by namespace key and direction ('' for cluster-wide ones).
    const denying = new Map<string, Record<Direction, (readonly string[] | undefined)[]>>();
    const coversOf = (key: string): Record<Direction, (readonly string[] | undefined)[]> => {
      let covers = denying.get(key);
      if (!covers) denying.set(key, (covers = { Ingress: [], Egress: [] }));
      return covers;
    };
    const everywhere = coversOf('\u0000cluster');
    for (const fact of project.facts) {
      if (fact.type !== 'policy') continue;
      const covers = fact.clusterWide ? everywhere : coversOf(namespaceBucket(fact.namespace, fallback).key);
      for (const d of fact.denies) covers[d].push(fact.roots);
    }
    for (const namespace of workloadNamespaces<Location>(project.facts, fallback)) {
      const covers = coversOf(namespace.key);
      const open = (['Ingress', 'Egress'] as const).flatMap((d) => {
        const gap = uncoveredBuilds(namespace, [...covers[d], ...everywhere[d]]);
        return gap ? [{ direction: d, gap }] : [];
      });
      // Directions missing from the same builds are one finding; a direction missing from other builds is another.
      const groups = new Map<string, { gap: (typeof open)[number]['gap']; missing: Direction[] }>();
      for (const { direction, gap } of open) {
        const group = groups.get(gap.description);
        if (group) group.missing.push(direction);
        else groups.set(gap.description, { gap, missing: [direction] });
      }
      for (const { gap, missing } of groups.values()) {
        ctx.report({
          at: gap.at,
          messageId: 'missing',
          data: {
            namespace: atSentenceStart(gap.description),
            direction: missing.map((d) => d.toLowerCase()).join(' and '),
            effect: missing.length === 2 ? 'accept connections from anywhere and can connect anywhere' : missing[0] === 'Ingress' ? 'accept connections from anywhere' : 'can connect anywhere',
            policyTypes: missing.join(', '),
          },
        });
      }
    }
  },
});
