import type { Path } from '../load/positions.js';
import { isPlainObject } from './resource.js';
import type { PodSpecNode } from './workloads.js';

/** Node labels that name the node's operating system (the beta one is deprecated but still set by kubelets). */
const OS_LABELS = ['kubernetes.io/os', 'beta.kubernetes.io/os'] as const;

/** Why a pod spec targets Windows nodes, and the field that says so. */
export interface WindowsMarker {
  readonly why: string;
  readonly at: Path;
}

/**
 * Whether a pod runs on Windows: `spec.os.name: windows` (the PodOS field, GA in 1.25), or a nodeSelector
 * on `kubernetes.io/os: windows` (or `beta.kubernetes.io/os`), or a required node affinity whose every term
 * demands that label `In [windows]` — the ways pods were pinned to Windows nodes before PodOS. Undefined
 * for every other pod.
 */
export function windowsMarkerOf(spec: PodSpecNode): WindowsMarker | undefined {
  const os: unknown = spec.value.os;
  if (isPlainObject(os) && os.name === 'windows') return { why: 'spec.os.name: windows', at: spec.pathTo('os', 'name') };
  const selector: unknown = spec.value.nodeSelector;
  if (isPlainObject(selector)) {
    for (const label of OS_LABELS) {
      if (selector[label] === 'windows') return { why: `nodeSelector ${label}: windows`, at: spec.pathTo('nodeSelector', label) };
    }
  }
  return requiredAffinityToWindows(spec);
}

/** Required node affinity whose every term (terms are ORed) admits only Windows nodes: `<os label> In [windows]`. */
function requiredAffinityToWindows(spec: PodSpecNode): WindowsMarker | undefined {
  const affinity: unknown = spec.value.affinity;
  const nodeAffinity = isPlainObject(affinity) ? affinity.nodeAffinity : undefined;
  const required = isPlainObject(nodeAffinity) ? nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution : undefined;
  const terms = isPlainObject(required) ? required.nodeSelectorTerms : undefined;
  if (!Array.isArray(terms) || terms.length === 0) return undefined;
  const windowsOnly = terms.every((term: unknown) => {
    const expressions = isPlainObject(term) ? term.matchExpressions : undefined;
    return (
      Array.isArray(expressions) &&
      expressions.some(
        (e: unknown) =>
          isPlainObject(e) &&
          (OS_LABELS as readonly unknown[]).includes(e.key) &&
          e.operator === 'In' &&
          Array.isArray(e.values) &&
          e.values.length > 0 &&
          e.values.every((v) => v === 'windows'),
      )
    );
  });
  if (!windowsOnly) return undefined;
  return { why: 'required node affinity to windows nodes', at: spec.pathTo('affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution') };
}
