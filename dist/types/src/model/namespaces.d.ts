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
    readonly roots?: readonly string[];
    readonly at: L;
} | {
    readonly type: 'namespace';
    readonly name: string;
    readonly at: L;
};
/**
 * The kustomize build roots of an object as facts carry them (Resource.buildRoots), nothing outside kustomize
 * builds. Roots are alternatives: each is applied on its own, so two objects meet only in a root they share.
 */
export declare function buildRootsOf(resource: Resource<object>): {
    readonly roots?: readonly string[];
};
/**
 * The fact for a workload (from a PodSpec visitor), located at its metadata.namespace, or its kind without
 * one or when kustomize's namespace transformer set it (the file does not say it).
 */
export declare function workloadFact<L>(resource: Resource<object>, locate: (at: Path) => L): NamespaceFact<L>;
/** The fact for a Namespace object, located at its name; none for a Namespace without one. */
export declare function namespaceFact<L>(namespace: Resource<object>, locate: (at: Path) => L): NamespaceFact<L> | undefined;
/** The workloads of a namespace as one kustomize build root applies them (root undefined: outside kustomize builds). */
interface BuildMember<L> {
    readonly root: string | undefined;
    /** The first workload of that root. */
    readonly at: L;
}
export interface WorkloadNamespace<L> {
    /** The bucket's grouping key (see NamespaceBucket). */
    readonly key: string;
    /** Where to report: the Namespace object's name when it is in the input, else the bucket's first workload. */
    readonly at: L;
    /** How messages name it (describeNamespace). */
    readonly description: string;
    /** Its workloads by build root, in the order of their first workload. */
    readonly members: readonly BuildMember<L>[];
    /** How messages name it when only the workloads of some build roots are meant: `namespace "shop" in the build of overlays/dev`. */
    readonly describeBuilds: (roots: readonly string[]) => string;
}
/** Every namespace that runs workloads, from the recorded facts (others are skipped), in the order of its first workload. */
export declare function workloadNamespaces<L>(facts: readonly {
    readonly type: string;
}[], defaultNamespace: string | undefined): WorkloadNamespace<L>[];
/**
 * Where a namespace lacks what `covers` provide (the build roots of each covering object, undefined for one
 * outside kustomize builds): undefined when every build root's workloads meet one. An object outside
 * kustomize builds meets everything; one in builds meets the workloads of its own roots and those outside
 * builds. When some roots are covered, the description names the others and `at` is the first of their workloads.
 */
export declare function uncoveredBuilds<L>(namespace: WorkloadNamespace<L>, covers: readonly (readonly string[] | undefined)[]): {
    at: L;
    description: string;
} | undefined;
/** A description as the first words of a message: `Namespace "payments" runs …`. */
export declare function atSentenceStart(text: string): string;
export {};
