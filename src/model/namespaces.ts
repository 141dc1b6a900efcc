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
  | { readonly type: 'workload'; readonly namespace?: string; readonly setBy?: string; readonly roots?: readonly string[]; readonly at: L }
  | { readonly type: 'namespace'; readonly name: string; readonly at: L };

/**
 * The kustomize build roots of an object as facts carry them (Resource.buildRoots), nothing outside kustomize
 * builds. Roots are alternatives: each is applied on its own, so two objects meet only in a root they share.
 */
export function buildRootsOf(resource: Resource<object>): { readonly roots?: readonly string[] } {
  return resource.buildRoots.length > 0 ? { roots: resource.buildRoots } : {};
}

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
    ...buildRootsOf(resource),
    at: locate(namespace !== undefined && namespaceSetBy === undefined ? resource.pathTo('metadata', 'namespace') : resource.pathTo('kind')),
  };
}

/** The fact for a Namespace object, located at its name; none for a Namespace without one. */
export function namespaceFact<L>(namespace: Resource<object>, locate: (at: Path) => L): NamespaceFact<L> | undefined {
  return namespace.name === undefined ? undefined : { type: 'namespace', name: namespace.name, at: locate(namespace.pathTo('metadata', 'name')) };
}

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
export function workloadNamespaces<L>(facts: readonly { readonly type: string }[], defaultNamespace: string | undefined): WorkloadNamespace<L>[] {
  const namespaces = new Map<string, L>();
  const workloads = new Map<string, { at: L; explicit: boolean; bucket: NamespaceBucket; setBy: string | undefined; members: Map<string | undefined, BuildMember<L>> }>();
  for (const recorded of facts) {
    if (recorded.type === 'namespace') {
      const fact = recorded as Extract<NamespaceFact<L>, { type: 'namespace' }>;
      if (!namespaces.has(fact.name)) namespaces.set(fact.name, fact.at);
    } else if (recorded.type === 'workload') {
      const fact = recorded as Extract<NamespaceFact<L>, { type: 'workload' }>;
      const bucket = namespaceBucket(fact.namespace, defaultNamespace);
      // A namespace kustomize set is not one the object states.
      const stated = !bucket.implicit && fact.setBy === undefined;
      let seen = workloads.get(bucket.key);
      if (seen) {
        seen.explicit ||= stated;
        seen.setBy ??= fact.setBy;
      } else workloads.set(bucket.key, (seen = { at: fact.at, explicit: stated, bucket, setBy: fact.setBy, members: new Map() }));
      for (const root of fact.roots ?? [undefined]) if (!seen.members.has(root)) seen.members.set(root, { root, at: fact.at });
    }
  }
  return [...workloads].map(([key, { at, explicit, bucket, setBy, members }]) => {
    const namespaceObject = bucket.name !== undefined ? namespaces.get(bucket.name) : undefined;
    const stated = explicit || namespaceObject !== undefined;
    return {
      key,
      at: namespaceObject ?? at,
      description: describeNamespace(bucket, stated, setBy),
      members: [...members.values()],
      describeBuilds: (roots) => `${describeNamespace(bucket, true)} in the ${roots.length === 1 ? 'build' : 'builds'} of ${wordList(roots)}`,
    };
  });
}

/**
 * Where a namespace lacks what `covers` provide (the build roots of each covering object, undefined for one
 * outside kustomize builds): undefined when every build root's workloads meet one. An object outside
 * kustomize builds meets everything; one in builds meets the workloads of its own roots and those outside
 * builds. When some roots are covered, the description names the others and `at` is the first of their workloads.
 */
export function uncoveredBuilds<L>(namespace: WorkloadNamespace<L>, covers: readonly (readonly string[] | undefined)[]): { at: L; description: string } | undefined {
  const open = namespace.members.filter(({ root }) => !covers.some((roots) => root === undefined || roots === undefined || roots.includes(root)));
  const first = open[0];
  if (first === undefined) return undefined;
  if (open.length === namespace.members.length) return { at: namespace.at, description: namespace.description };
  const roots = open.map(({ root }) => root ?? '');
  return { at: first.at, description: namespace.describeBuilds(roots) };
}

/** `a`, `a and b`, `a, b and c`; past three, `a, b, c and 4 more`. */
function wordList(words: readonly string[]): string {
  if (words.length > 3) return `${words.slice(0, 3).join(', ')} and ${String(words.length - 3)} more`;
  return words.length <= 2 ? words.join(' and ') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

/** A description as the first words of a message: `Namespace "payments" runs …`. */
export function atSentenceStart(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
