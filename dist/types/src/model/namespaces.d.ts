import type { Path } from '../load/positions.js';
import type { Resource } from './resource.js';
/**
 * Which namespace an object belongs to for rules that group objects by namespace. Objects without
 * `metadata.namespace` land in the configured default namespace (what `kubectl apply -n` would use) or,
 * when none is configured, in one "unspecified namespace" bucket of their own.
 */
export interface NamespaceBucket {
    /** Grouping key: the namespace name, or the empty string for the unspecified bucket. */
    readonly key: string;
    /** The namespace name, undefined for the unspecified bucket. */
    readonly name?: string;
    /** True when the object named no namespace and the bucket was chosen for it. */
    readonly implicit: boolean;
}
export declare function namespaceBucket(namespace: string | undefined, defaultNamespace: string | undefined): NamespaceBucket;
/**
 * The namespace as messages name it: `namespace "payments"`, `namespace "default" (objects without
 * metadata.namespace)` when only objects without a namespace were put there, `namespace "shop" (set by
 * overlays/prod/kustomization.yaml)` when kustomize's namespace transformer put them there, or the
 * unspecified bucket. `explicit` says whether some object in the bucket named the namespace itself.
 */
export declare function describeNamespace(bucket: NamespaceBucket, explicit: boolean, setBy?: string): string;
/**
 * What rules that check every namespace running workloads record (network-default-deny,
 * namespace-resource-quota): each workload's namespace, and each Namespace object in the input.
 */
export type NamespaceFact<L> = {
    readonly type: 'workload';
    readonly namespace?: string;
    readonly setBy?: string;
    readonly at: L;
} | {
    readonly type: 'namespace';
    readonly name: string;
    readonly at: L;
};
/**
 * The fact for a workload (from a PodSpec visitor), located at its metadata.namespace, or its kind without
 * one or when kustomize's namespace transformer set it (the file does not say it).
 */
export declare function workloadFact<L>(resource: Resource<object>, locate: (at: Path) => L): NamespaceFact<L>;
/** The fact for a Namespace object, located at its name; none for a Namespace without one. */
export declare function namespaceFact<L>(namespace: Resource<object>, locate: (at: Path) => L): NamespaceFact<L> | undefined;
export interface WorkloadNamespace<L> {
    /** The bucket's grouping key (see NamespaceBucket). */
    readonly key: string;
    /** Where to report: the Namespace object's name when it is in the input, else the bucket's first workload. */
    readonly at: L;
    /** How messages name it (describeNamespace). */
    readonly description: string;
}
/** Every namespace that runs workloads, from the recorded facts (others are skipped), in the order of its first workload. */
export declare function workloadNamespaces<L>(facts: readonly {
    readonly type: string;
}[], defaultNamespace: string | undefined): WorkloadNamespace<L>[];
/** A description as the first words of a message: `Namespace "payments" runs …`. */
export declare function atSentenceStart(text: string): string;
