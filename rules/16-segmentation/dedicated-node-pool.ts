import { defineRuleWithFacts, type Location } from '../../src/engine/rule.js';
import { GENERIC_NODE_LABELS, GENERIC_NODE_TAINTS } from '../../src/k8s/workload-defaults.js';
import { isPlainObject } from '../../src/model/resource.js';
import { labelSelectorProblems, workloadMatches } from '../../src/model/selector.js';
import type { PodSpecNode } from '../../src/model/workloads.js';

interface Options {
  /** The node label that marks the dedicated pool: `key` or `key=value`. Unset: any label but the generic ones. */
  readonly poolLabel?: string;
  /** The taint key the dedicated pool's nodes carry. Unset: any taint key but the ones Kubernetes sets itself. */
  readonly taintKey?: string;
}

/** Where the first pod spec is when the in-scope selector is invalid, for the one finding about it. */
interface Fact {
  readonly at: Location;
}

const PINNING_EFFECTS = new Set(['NoSchedule', 'NoExecute']);

function poolLabelOf(option: string | undefined): { key: string; value?: string } | undefined {
  if (option === undefined) return undefined;
  const eq = option.indexOf('=');
  return eq === -1 ? { key: option } : { key: option.slice(0, eq), value: option.slice(eq + 1) };
}

/** Does a nodeSelector entry or a node affinity requirement select the pool? */
function selectsPool(key: string, values: readonly string[] | undefined, pool: { key: string; value?: string } | undefined): boolean {
  if (pool === undefined) return !GENERIC_NODE_LABELS.includes(key);
  if (key !== pool.key) return false;
  return pool.value === undefined || (values !== undefined && values.length > 0 && values.every((v) => v === pool.value));
}

function pinnedByNodeSelector(spec: PodSpecNode, pool: { key: string; value?: string } | undefined): boolean {
  const selector: unknown = spec.value.nodeSelector;
  if (!isPlainObject(selector)) return false;
  return Object.entries(selector).some(([key, value]) => typeof value === 'string' && selectsPool(key, [value], pool));
}

/**
 * Required node affinity pins the pod when every term (terms are ORed) has a requirement on the pool label:
 * `In` with the pool's values, or `Exists` when no value is configured.
 */
function pinnedByAffinity(spec: PodSpecNode, pool: { key: string; value?: string } | undefined): boolean {
  const affinity: unknown = spec.value.affinity;
  const nodeAffinity = isPlainObject(affinity) ? affinity.nodeAffinity : undefined;
  const required = isPlainObject(nodeAffinity) ? nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution : undefined;
  const terms = isPlainObject(required) ? required.nodeSelectorTerms : undefined;
  if (!Array.isArray(terms) || terms.length === 0) return false;
  return terms.every((term: unknown) => {
    const expressions = isPlainObject(term) ? term.matchExpressions : undefined;
    if (!Array.isArray(expressions)) return false;
    return expressions.some((e: unknown) => {
      if (!isPlainObject(e) || typeof e.key !== 'string') return false;
      const values = Array.isArray(e.values) ? e.values.filter((v): v is string => typeof v === 'string') : undefined;
      if (e.operator === 'In') return selectsPool(e.key, values, pool);
      return e.operator === 'Exists' && (pool === undefined || pool.value === undefined) && selectsPool(e.key, undefined, pool);
    });
  });
}

/** A toleration of a taint that keeps other pods off the pool: keyed, effect NoSchedule/NoExecute or all effects. */
function toleratesPool(spec: PodSpecNode, taintKey: string | undefined): boolean {
  const tolerations: unknown = spec.value.tolerations;
  if (!Array.isArray(tolerations)) return false;
  return tolerations.some((t: unknown) => {
    if (!isPlainObject(t) || typeof t.key !== 'string' || t.key === '') return false;
    const effect = t.effect;
    if (effect !== undefined && effect !== '' && !(typeof effect === 'string' && PINNING_EFFECTS.has(effect))) return false;
    return taintKey === undefined ? !GENERIC_NODE_TAINTS.includes(t.key) : t.key === taintKey;
  });
}

const DEFAULTS: Options = {};

export default defineRuleWithFacts<Fact>()({
  meta: {
    id: 'dedicated-node-pool',
    pci: ['16.2'],
    requirements: ['2.2.3'],
    inputs: ['workload'],
    severity: 'error',
    docs: {
      summary: 'In-scope workloads must be pinned to a dedicated node pool and tolerate its taint.',
      rationale:
        'Pods that share a node share its kernel, its kubelet credentials and its network position, so an out-of-scope workload that is compromised can reach in-scope ones. ' +
        'PCI DSS container guidance 16.2 asks that, where a dedicated cluster is not possible, in-scope workloads run on dedicated nodes. That takes both halves: ' +
        'a node selector (or required node affinity) that keeps the workload on the pool, and a toleration of the taint that keeps everything else off it. ' +
        'Which workloads are in scope is the shared setting `inScope` (a Kubernetes label selector matched against the workload\'s own labels and its pod template\'s labels; either may match); ' +
        'without it the rule does not run (`--list-rules`, `--explain` and the coverage report say so). ' +
        'By default any `nodeSelector` label, or a required node affinity whose every term has an `In` or `Exists` requirement, counts as pinning, except labels every node has ' +
        '(`kubernetes.io/os`, `kubernetes.io/arch`, zone, region, instance type); and any toleration with a key and effect `NoSchedule`, `NoExecute` or all effects counts, except the taints Kubernetes sets itself ' +
        '(`node.kubernetes.io/not-ready` and the other node conditions, control-plane taints). Set the options `poolLabel` (`key` or `key=value`) and `taintKey` to require your pool\'s own label and taint.',
      fix:
        'Label and taint the dedicated nodes (`kubectl label node ... pool=cde`, `kubectl taint node ... pool=cde:NoSchedule`), then add `nodeSelector: { pool: cde }` and ' +
        '`tolerations: [{ key: pool, operator: Equal, value: cde, effect: NoSchedule }]` to the pod spec of every in-scope workload.',
      references: ['https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/#example-use-cases', 'https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/'],
    },
    messages: {
      notPinned:
        '{{owner}} is in PCI scope but is not pinned to a dedicated node pool{{pool}}, so it can be scheduled next to out-of-scope pods.',
      notTolerating:
        '{{owner}} is in PCI scope but tolerates no dedicated-pool taint{{taint}}, so the pool cannot be tainted to keep other pods off it.',
      invalidSelector: 'dedicated-node-pool checked no workload because settings.inScope is not a valid label selector: {{problems}}.',
    },
    fixes: {
      notPinned: 'Add a nodeSelector (or a required node affinity) for the pool\'s label.',
      notTolerating: 'Taint the pool\'s nodes and add the matching toleration.',
    },
    options: {
      schema: {
        type: 'object',
        properties: { poolLabel: { type: 'string', minLength: 1 }, taintKey: { type: 'string', minLength: 1 } },
        additionalProperties: false,
      },
      defaults: DEFAULTS,
    },
    requires: {
      description: 'which workloads are in PCI scope, as settings: { inScope: { matchLabels: { pci-scope: cde } } } (a label selector) in .pci-lint.yaml',
      isConfigured: (_options, settings) => settings.inScope !== undefined,
    },
  },
  visit: {
    PodSpec(ctx, spec) {
      const selector = ctx.settings.inScope;
      if (selector === undefined) return;
      if (labelSelectorProblems(selector).length > 0) {
        ctx.record({ at: ctx.locate(spec, 'key') });
        return;
      }
      if (!workloadMatches(selector, spec)) return;
      const owner = spec.owner;
      const pool = poolLabelOf(ctx.options.poolLabel);
      if (!pinnedByNodeSelector(spec, pool) && !pinnedByAffinity(spec, pool)) {
        const where = spec.value.nodeSelector !== undefined ? spec.pathTo('nodeSelector') : spec.value.affinity !== undefined ? spec.pathTo('affinity') : spec.path;
        ctx.report({ at: where, part: 'key', messageId: 'notPinned', data: { owner, pool: ctx.options.poolLabel === undefined ? '' : ` (${ctx.options.poolLabel})` } });
      }
      if (!toleratesPool(spec, ctx.options.taintKey)) {
        const where = spec.value.tolerations !== undefined ? spec.pathTo('tolerations') : spec.path;
        ctx.report({ at: where, part: 'key', messageId: 'notTolerating', data: { owner, taint: ctx.options.taintKey === undefined ? '' : ` (${ctx.options.taintKey})` } });
      }
    },
  },
  finish(ctx, project) {
    const first = project.facts[0];
    if (!first) return;
    const selector = ctx.settings.inScope;
    const problems = selector === undefined ? [] : labelSelectorProblems(selector);
    ctx.report({ at: first.at, messageId: 'invalidSelector', data: { problems: problems.join('; ') } });
  },
});
