import { defineRuleWithFacts, type Location, type Path } from '../../src/engine/rule.js';
import { namespaceBucket } from '../../src/model/namespaces.js';
import { isPlainObject, own } from '../../src/model/resource.js';
import { labelSelectorProblems, workloadMatches } from '../../src/model/selector.js';

type Direction = 'ingress' | 'egress';

type Fact =
  | { readonly type: 'in-scope'; readonly namespace?: string }
  | {
      readonly type: 'open';
      readonly namespace?: string;
      readonly at: Location;
      readonly messageId: 'anyAddress' | 'allNamespaces';
      readonly data: Readonly<Record<string, string>>;
    };

const PEERS: Readonly<Record<Direction, 'from' | 'to'>> = { ingress: 'from', egress: 'to' };
const ANY_ADDRESS: ReadonlySet<string> = new Set(['0.0.0.0/0', '::/0']);

/** A label selector that selects everything: `{}`, or with empty matchLabels and matchExpressions. */
function selectsAll(selector: unknown): boolean {
  if (!isPlainObject(selector)) return false;
  const labels = own(selector, 'matchLabels');
  const expressions = own(selector, 'matchExpressions');
  const noLabels = labels === undefined || labels === null || (isPlainObject(labels) && Object.keys(labels).length === 0);
  const noExpressions = expressions === undefined || expressions === null || (Array.isArray(expressions) && expressions.length === 0);
  return noLabels && noExpressions;
}

/** The directions a policy governs: `policyTypes`, or as the API server defaults it (Ingress, plus Egress when it has egress rules). */
function governs(spec: Readonly<Record<string, unknown>>): Direction[] {
  const types = spec.policyTypes;
  if (Array.isArray(types)) return (['ingress', 'egress'] as const).filter((d) => types.includes(d === 'ingress' ? 'Ingress' : 'Egress'));
  return spec.egress === undefined || spec.egress === null ? ['ingress'] : ['ingress', 'egress'];
}

export default defineRuleWithFacts<Fact>()({
  meta: {
    id: 'network-policy-open-peers',
    pci: ['4.1'],
    requirements: ['1.3.1', '1.3.2'],
    inputs: ['network-policy'],
    severity: 'warning',
    docs: {
      summary: 'NetworkPolicy rules must not re-open traffic to every address (0.0.0.0/0, ::/0) or to every pod of every namespace.',
      rationale:
        'A default-deny policy only segments the namespace if the allow rules after it are narrow. A peer `ipBlock: { cidr: 0.0.0.0/0 }` (or `::/0`) admits every IPv4 (IPv6) address, `except` ranges notwithstanding the rest of the internet, ' +
        'and a peer `namespaceSelector: {}` without a podSelector (or with `podSelector: {}`) admits every pod of every namespace, out-of-scope workloads included. Either undoes, for the pods the policy selects and on the ports it names, the restriction PCI DSS 1.3.1 (inbound) and 1.3.2 (outbound) ask for. ' +
        'Only the directions the policy governs are checked (`policyTypes`, or as the API server defaults it). An empty rule (`- {}`) is reported by `network-default-deny`. ' +
        'With the shared setting `inScope` (a label selector), only policies in namespaces that run in-scope workloads are reported; without it, every policy is.',
      fix: 'Name the peers that need the traffic: the CIDRs of the external services (egress) or clients (ingress), or a namespaceSelector and podSelector with labels; if internet egress is really needed, route it through an egress gateway or proxy and allow only that.',
      references: [
        'https://kubernetes.io/docs/concepts/services-networking/network-policies/#behavior-of-to-and-from-selectors',
        'https://kubernetes.io/docs/reference/kubernetes-api/policy-resources/network-policy-v1/',
      ],
    },
    messages: {
      anyAddress:
        'NetworkPolicy "{{policy}}" allows {{direction}} {{preposition}} {{cidr}}, every address{{except}}, for the pods it selects, so segmentation stops at this rule.',
      allNamespaces:
        'NetworkPolicy "{{policy}}" allows {{direction}} {{preposition}} every pod of every namespace (namespaceSelector: {} {{pods}}), out-of-scope workloads included.',
    },
    fixes: {
      anyAddress: 'Allow only the CIDRs that need the traffic.',
      allNamespaces: 'Select the namespaces and pods that need the traffic by label.',
    },
  },
  visit: {
    PodSpec(ctx, spec) {
      const selector = ctx.settings.inScope;
      if (spec.value.hostNetwork === true) return;
      if (selector !== undefined && labelSelectorProblems(selector).length === 0 && !workloadMatches(selector, spec)) return;
      ctx.record({ type: 'in-scope', ...(spec.resource.namespace !== undefined && { namespace: spec.resource.namespace }) });
    },
    NetworkPolicy(ctx, policy) {
      const spec: unknown = policy.value.spec;
      if (!isPlainObject(spec)) return;
      const name = policy.name ?? '(unnamed)';
      for (const direction of governs(spec)) {
        const rules = own(spec, direction);
        if (!Array.isArray(rules)) continue;
        const peerKey = PEERS[direction];
        const preposition = direction === 'ingress' ? 'from' : 'to';
        rules.forEach((rule: unknown, i) => {
          const peers = isPlainObject(rule) ? own(rule, peerKey) : undefined;
          if (!Array.isArray(peers)) return;
          peers.forEach((peer: unknown, j) => {
            if (!isPlainObject(peer)) return;
            const base: Path = policy.pathTo('spec', direction, i, peerKey, j);
            const record = (at: Path, messageId: 'anyAddress' | 'allNamespaces', data: Record<string, string>): void => {
              ctx.record({ type: 'open', ...(policy.namespace !== undefined && { namespace: policy.namespace }), at: ctx.locate(at, 'key'), messageId, data: { policy: name, direction, preposition, ...data } });
            };
            const block = own(peer, 'ipBlock');
            const cidr = isPlainObject(block) ? own(block, 'cidr') : undefined;
            if (typeof cidr === 'string' && ANY_ADDRESS.has(cidr.trim())) {
              const except = isPlainObject(block) ? own(block, 'except') : undefined;
              const excepted = Array.isArray(except) && except.length > 0 ? ` but the ${String(except.length)} excepted range${except.length === 1 ? '' : 's'}` : '';
              record([...base, 'ipBlock', 'cidr'], 'anyAddress', { cidr: cidr.trim(), except: excepted });
            }
            const podSelector = own(peer, 'podSelector');
            if (selectsAll(own(peer, 'namespaceSelector')) && (podSelector === undefined || podSelector === null || selectsAll(podSelector))) {
              record([...base, 'namespaceSelector'], 'allNamespaces', { pods: podSelector === undefined || podSelector === null ? 'and no podSelector' : 'and podSelector: {}' });
            }
          });
        });
      }
    },
  },
  finish(ctx, project) {
    const fallback = ctx.settings.defaultNamespace;
    const selector = ctx.settings.inScope;
    const scoped = selector !== undefined && labelSelectorProblems(selector).length === 0;
    const inScope = new Set(project.facts.flatMap((f) => (f.type === 'in-scope' ? [namespaceBucket(f.namespace, fallback).key] : [])));
    for (const fact of project.facts) {
      if (fact.type !== 'open') continue;
      if (scoped && !inScope.has(namespaceBucket(fact.namespace, fallback).key)) continue;
      ctx.report({ at: fact.at, messageId: fact.messageId, data: fact.data });
    }
  },
});
