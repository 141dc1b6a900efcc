/**
 * Kubernetes label selectors (`metav1.LabelSelector`) and simple `*` globs, for rules whose scope or
 * allowlists users configure. Matching follows apimachinery's `labels.Requirement.Matches` (read in
 * kubernetes/kubernetes staging/src/k8s.io/apimachinery/pkg/labels/selector.go): `In` needs the key with
 * one of the values, `NotIn` matches when the key is absent or has another value, `Exists` and
 * `DoesNotExist` look at the key only; all requirements must hold; an empty selector (`{}`) selects
 * everything (`LabelSelectorAsSelector` returns `labels.Everything()`).
 */
import type { Path } from '../load/positions.js';
import { isPlainObject, own, stringMap } from './resource.js';
import type { PodSpecNode } from './workloads.js';

export type LabelSelectorOperator = 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';

export interface LabelSelectorRequirement {
  readonly key: string;
  readonly operator: LabelSelectorOperator;
  readonly values?: readonly string[];
}

export interface LabelSelector {
  readonly matchLabels?: Readonly<Record<string, string>>;
  readonly matchExpressions?: readonly LabelSelectorRequirement[];
}

const OPERATORS: readonly string[] = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

export function isLabelSelectorOperator(operator: string): operator is LabelSelectorOperator {
  return OPERATORS.includes(operator);
}

/**
 * What is wrong with a selector given in configuration, the way the API server's validation would put it
 * (`In`/`NotIn` need values, `Exists`/`DoesNotExist` must have none); empty when it is valid.
 */
export function labelSelectorProblems(selector: unknown): string[] {
  if (!isPlainObject(selector)) return ['the selector must be an object with matchLabels and/or matchExpressions'];
  const problems: string[] = [];
  for (const key of Object.keys(selector)) {
    if (key !== 'matchLabels' && key !== 'matchExpressions') problems.push(`unknown key "${key}" (use matchLabels or matchExpressions)`);
  }
  const { matchLabels, matchExpressions } = selector;
  if (matchLabels !== undefined) {
    if (!isPlainObject(matchLabels)) problems.push('matchLabels must map label keys to string values');
    else for (const [k, v] of Object.entries(matchLabels)) if (typeof v !== 'string') problems.push(`matchLabels.${k} must be a string`);
  }
  if (matchExpressions !== undefined) {
    if (!Array.isArray(matchExpressions)) problems.push('matchExpressions must be a list');
    else
      matchExpressions.forEach((e: unknown, i) => {
        const where = `matchExpressions[${i}]`;
        if (!isPlainObject(e)) {
          problems.push(`${where} must be an object with key, operator and values`);
          return;
        }
        if (typeof e.key !== 'string' || e.key === '') problems.push(`${where}.key must be a non-empty string`);
        if (typeof e.operator !== 'string' || !OPERATORS.includes(e.operator)) {
          problems.push(`${where}.operator must be one of ${OPERATORS.join(', ')}`);
          return;
        }
        const values = e.values;
        if (values !== undefined && (!Array.isArray(values) || values.some((v) => typeof v !== 'string'))) problems.push(`${where}.values must be a list of strings`);
        const count = Array.isArray(values) ? values.length : 0;
        if ((e.operator === 'In' || e.operator === 'NotIn') && count === 0) problems.push(`${where}.values must be non-empty for ${e.operator}`);
        if ((e.operator === 'Exists' || e.operator === 'DoesNotExist') && count > 0) problems.push(`${where}.values must be empty for ${e.operator}`);
      });
  }
  return problems;
}

function requirementMatches(req: LabelSelectorRequirement, labels: Readonly<Record<string, string>>): boolean {
  const has = Object.hasOwn(labels, req.key);
  const values = req.values ?? [];
  switch (req.operator) {
    case 'In':
      return has && values.includes(own(labels, req.key) ?? '');
    case 'NotIn':
      return !has || !values.includes(own(labels, req.key) ?? '');
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
  }
}

/** True when every matchLabels entry and every matchExpressions requirement holds for `labels`. */
export function matchesLabelSelector(selector: LabelSelector, labels: Readonly<Record<string, string>>): boolean {
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    if (own(labels, key) !== value) return false;
  }
  return (selector.matchExpressions ?? []).every((req) => requirementMatches(req, labels));
}

/** Describes a selector compactly for messages: `pci=in-scope, tier In (a,b), !legacy`. */
export function describeLabelSelector(selector: LabelSelector): string {
  const parts = Object.entries(selector.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const req of selector.matchExpressions ?? []) {
    if (req.operator === 'Exists') parts.push(req.key);
    else if (req.operator === 'DoesNotExist') parts.push(`!${req.key}`);
    else parts.push(`${req.key} ${req.operator} (${(req.values ?? []).join(',')})`);
  }
  return parts.length === 0 ? '(everything)' : parts.join(', ');
}


/** The metadata the pods of a workload carry, and where it is written. */
export interface PodMetadata {
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, string>>;
  /** Path of the `metadata` map: the object's for a Pod, the pod template's for a controller. */
  readonly path: Path;
}

/** The pod metadata of a pod spec: the Pod's own, or the pod template's (the parent of the spec). */
export function podMetadataOf(spec: PodSpecNode): PodMetadata {
  if (spec.resource.kind === 'Pod') {
    return { labels: spec.resource.labels, annotations: spec.resource.annotations, path: spec.resource.pathTo('metadata') };
  }
  const templatePath = spec.path.slice(0, -1);
  let template: unknown = spec.resource.value;
  for (const segment of templatePath.slice(spec.resource.path.length)) template = isPlainObject(template) ? own(template, String(segment)) : undefined;
  const metadata = isPlainObject(template) ? template.metadata : undefined;
  return {
    labels: stringMap(isPlainObject(metadata) ? metadata.labels : undefined),
    annotations: stringMap(isPlainObject(metadata) ? metadata.annotations : undefined),
    path: [...templatePath, 'metadata'],
  };
}

/**
 * The label sets a workload is known by: its own `metadata.labels`, and for controllers also the pod
 * template's `metadata.labels` (what the pods it creates carry). For a Pod both are the same set.
 */
export function workloadLabelSets(spec: PodSpecNode): Readonly<Record<string, string>>[] {
  if (spec.resource.kind === 'Pod') return [spec.resource.labels];
  return [spec.resource.labels, podMetadataOf(spec).labels];
}

/** True when the selector matches the object's labels or its pod template's labels. */
export function workloadMatches(selector: LabelSelector, spec: PodSpecNode): boolean {
  return workloadLabelSets(spec).some((labels) => matchesLabelSelector(selector, labels));
}

/**
 * The pods of a workload that a valid in-scope selector matches, as the cross-file rules keep them (their
 * namespace and pod labels, for matching Services), or undefined when there is no such selector or no match.
 */
export function inScopePods(selector: LabelSelector | undefined, spec: PodSpecNode): { readonly namespace?: string; readonly labels: Readonly<Record<string, string>> } | undefined {
  if (selector === undefined || labelSelectorProblems(selector).length > 0 || !workloadMatches(selector, spec)) return undefined;
  return { ...(spec.resource.namespace !== undefined && { namespace: spec.resource.namespace }), labels: podMetadataOf(spec).labels };
}

/** Matches `text` against a glob where `*` stands for any run of characters (no other metacharacters). */
export function matchesGlob(glob: string, text: string): boolean {
  // Greedy matching that returns to the last `*` on a mismatch: O(glob × text) at worst, where a regular
  // expression of `.*` parts backtracks polynomially in the text (`*a*a*a*b` over `aaaa…`).
  let g = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    if (g < glob.length && glob[g] === '*') {
      star = g++;
      resume = t;
    } else if (g < glob.length && glob[g] === text[t]) {
      g++;
      t++;
    } else if (star !== -1) {
      g = star + 1;
      t = ++resume;
    } else {
      return false;
    }
  }
  while (g < glob.length && glob[g] === '*') g++;
  return g === glob.length;
}
