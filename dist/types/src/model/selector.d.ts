/**
 * Kubernetes label selectors (`metav1.LabelSelector`) and simple `*` globs, for rules whose scope or
 * allowlists users configure. Matching follows apimachinery's `labels.Requirement.Matches` (read in
 * kubernetes/kubernetes staging/src/k8s.io/apimachinery/pkg/labels/selector.go): `In` needs the key with
 * one of the values, `NotIn` matches when the key is absent or has another value, `Exists` and
 * `DoesNotExist` look at the key only; all requirements must hold; an empty selector (`{}`) selects
 * everything (`LabelSelectorAsSelector` returns `labels.Everything()`).
 */
import type { Path } from '../load/positions.js';
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
export declare function isLabelSelectorOperator(operator: string): operator is LabelSelectorOperator;
/**
 * What is wrong with a selector given in configuration, the way the API server's validation would put it
 * (`In`/`NotIn` need values, `Exists`/`DoesNotExist` must have none); empty when it is valid.
 */
export declare function labelSelectorProblems(selector: unknown): string[];
/** True when every matchLabels entry and every matchExpressions requirement holds for `labels`. */
export declare function matchesLabelSelector(selector: LabelSelector, labels: Readonly<Record<string, string>>): boolean;
/** Describes a selector compactly for messages: `pci=in-scope, tier In (a,b), !legacy`. */
export declare function describeLabelSelector(selector: LabelSelector): string;
/** The metadata the pods of a workload carry, and where it is written. */
export interface PodMetadata {
    readonly labels: Readonly<Record<string, string>>;
    readonly annotations: Readonly<Record<string, string>>;
    /** Path of the `metadata` map: the object's for a Pod, the pod template's for a controller. */
    readonly path: Path;
}
/** The pod metadata of a pod spec: the Pod's own, or the pod template's (the parent of the spec). */
export declare function podMetadataOf(spec: PodSpecNode): PodMetadata;
/**
 * The label sets a workload is known by: its own `metadata.labels`, and for controllers also the pod
 * template's `metadata.labels` (what the pods it creates carry). For a Pod both are the same set.
 */
export declare function workloadLabelSets(spec: PodSpecNode): Readonly<Record<string, string>>[];
/** True when the selector matches the object's labels or its pod template's labels. */
export declare function workloadMatches(selector: LabelSelector, spec: PodSpecNode): boolean;
/**
 * The pods of a workload that a valid in-scope selector matches, as the cross-file rules keep them (their
 * namespace and pod labels, for matching Services), or undefined when there is no such selector or no match.
 */
export declare function inScopePods(selector: LabelSelector | undefined, spec: PodSpecNode): {
    readonly namespace?: string;
    readonly labels: Readonly<Record<string, string>>;
} | undefined;
/** Matches `text` against a glob where `*` stands for any run of characters (no other metacharacters). */
export declare function matchesGlob(glob: string, text: string): boolean;
