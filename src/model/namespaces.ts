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

export function namespaceBucket(namespace: string | undefined, defaultNamespace: string | undefined): NamespaceBucket {
  if (namespace !== undefined && namespace !== '') return { key: namespace, name: namespace, implicit: false };
  if (defaultNamespace !== undefined && defaultNamespace !== '') return { key: defaultNamespace, name: defaultNamespace, implicit: true };
  return { key: '', implicit: true };
}

/**
 * The namespace as messages name it: `namespace "payments"`, `namespace "default" (objects without
 * metadata.namespace)` when only objects without a namespace were put there, `namespace "shop" (set by
 * overlays/prod/kustomization.yaml)` when kustomize's namespace transformer put them there, or the
 * unspecified bucket. `explicit` says whether some object in the bucket named the namespace itself.
 */
export function describeNamespace(bucket: NamespaceBucket, explicit: boolean, setBy?: string): string {
  if (bucket.name === undefined) return 'the unspecified namespace (objects without metadata.namespace; set the defaultNamespace setting to name it)';
  if (explicit) return `namespace "${bucket.name}"`;
  if (setBy !== undefined) return `namespace "${bucket.name}" (set by ${setBy})`;
  return `namespace "${bucket.name}" (objects without metadata.namespace)`;
}

/**
 * What rules that check every namespace running workloads record (network-default-deny,
 * namespace-resource-quota): each workload's namespace, and each Namespace object in the input.
 */
export type NamespaceFact<L> =
  | { readonly type: 'workload'; readonly namespace?: string; readonly setBy?: string; readonly at: L }
  | { readonly type: 'namespace'; readonly name: string; readonly at: L };

/**
 * The fact for a workload (from a PodSpec visitor), located at its metadata.namespace, or its kind without
 * one or when kustomize's namespace transformer set it (the file does not say it).
 */
export function workloadFact<L>(resource: Resource<object>, locate: (at: Path) => L): NamespaceFact<L> {
  const { namespace, namespaceSetBy } = resource;
  return {
    type: 'workload',
    ...(namespace !== undefined && { namespace }),
    ...(namespaceSetBy !== undefined && { setBy: namespaceSetBy }),
    at: locate(namespace !== undefined && namespaceSetBy === undefined ? resource.pathTo('metadata', 'namespace') : resource.pathTo('kind')),
  };
}

/** The fact for a Namespace object, located at its name; none for a Namespace without one. */
export function namespaceFact<L>(namespace: Resource<object>, locate: (at: Path) => L): NamespaceFact<L> | undefined {
  return namespace.name === undefined ? undefined : { type: 'namespace', name: namespace.name, at: locate(namespace.pathTo('metadata', 'name')) };
}

export interface WorkloadNamespace<L> {
  /** The bucket's grouping key (see NamespaceBucket). */
  readonly key: string;
  /** Where to report: the Namespace object's name when it is in the input, else the bucket's first workload. */
  readonly at: L;
  /** How messages name it (describeNamespace). */
  readonly description: string;
}

/** Every namespace that runs workloads, from the recorded facts (others are skipped), in the order of its first workload. */
export function workloadNamespaces<L>(facts: readonly { readonly type: string }[], defaultNamespace: string | undefined): WorkloadNamespace<L>[] {
  const namespaces = new Map<string, L>();
  const workloads = new Map<string, { at: L; explicit: boolean; bucket: NamespaceBucket; setBy: string | undefined }>();
  for (const recorded of facts) {
    if (recorded.type === 'namespace') {
      const fact = recorded as Extract<NamespaceFact<L>, { type: 'namespace' }>;
      if (!namespaces.has(fact.name)) namespaces.set(fact.name, fact.at);
    } else if (recorded.type === 'workload') {
      const fact = recorded as Extract<NamespaceFact<L>, { type: 'workload' }>;
      const bucket = namespaceBucket(fact.namespace, defaultNamespace);
      // A namespace kustomize set is not one the object states.
      const stated = !bucket.implicit && fact.setBy === undefined;
      const seen = workloads.get(bucket.key);
      if (seen) {
        seen.explicit ||= stated;
        seen.setBy ??= fact.setBy;
      } else workloads.set(bucket.key, { at: fact.at, explicit: stated, bucket, setBy: fact.setBy });
    }
  }
  return [...workloads].map(([key, { at, explicit, bucket, setBy }]) => {
    const namespaceObject = bucket.name !== undefined ? namespaces.get(bucket.name) : undefined;
    return { key, at: namespaceObject ?? at, description: describeNamespace(bucket, explicit || namespaceObject !== undefined, setBy) };
  });
}

/** A description as the first words of a message: `Namespace "payments" runs …`. */
export function atSentenceStart(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
