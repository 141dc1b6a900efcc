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
 * metadata.namespace)` when only objects without a namespace were put there, or the unspecified bucket.
 * `explicit` says whether some object in the bucket named the namespace itself.
 */
export function describeNamespace(bucket: NamespaceBucket, explicit: boolean): string {
  if (bucket.name === undefined) return 'the unspecified namespace (objects without metadata.namespace; set the defaultNamespace setting to name it)';
  if (explicit) return `namespace "${bucket.name}"`;
  return `namespace "${bucket.name}" (objects without metadata.namespace)`;
}
