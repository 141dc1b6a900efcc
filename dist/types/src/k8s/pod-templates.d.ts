/**
 * Where each pod-bearing kind keeps its pod specs: the kind, the API groups that define it, and one path
 * pattern per pod spec it embeds (a Pod's `spec`, a controller's `spec.template.spec`, a custom resource's
 * several templates). A segment of a pattern is a field name, `EACH` (every element of a list: RayCluster's
 * worker groups, JobSet's replicated jobs) or `EVERY` (every value of a map: Kubeflow's replica specs keyed
 * by replica type). Each row of a custom resource names its source: repository, commit, the types file and
 * the Go field that is a corev1.PodTemplateSpec (or the PodSpec itself).
 */
/** A pattern segment that stands for every element of a list. */
export declare const EACH = "[*]";
/** A pattern segment that stands for every value of a map. */
export declare const EVERY = "{*}";
export type PodSpecPattern = readonly string[];
export interface PodTemplateKind {
    readonly kind: string;
    readonly groups: readonly string[];
    /** Where its pod specs sit, in the order they are read (the document order of a conventional manifest). */
    readonly patterns: readonly PodSpecPattern[];
}
export declare const POD_TEMPLATE_KINDS: readonly PodTemplateKind[];
/** The row of a kind in an API group, if it carries pod specs. */
export declare function podTemplateKind(kind: string, group: string): PodTemplateKind | undefined;
/** True for a kind (in its API group) that carries pod specs: a workload. */
export declare function isPodBearing(kind: string, group: string): boolean;
