/**
 * Read-only views of the pod fields the Pod Security Standards checks look at, each with its path, so a
 * rule can point at the exact field. Values are plain data as written; `null` counts as unset, as it does
 * for the API server.
 */
import type { Path } from '../load/positions.js';
import { isPlainObject, own, type PlainObject } from './resource.js';
import type { ContainerNode, PodSpecNode } from './workloads.js';

/** `Deployment "web"`: how messages name the workload a pod spec belongs to. */
export function workloadName(spec: PodSpecNode): string {
  return `${spec.resource.kind} "${spec.resource.name ?? '(unnamed)'}"`;
}

/** The pod's (or pod template's) metadata.annotations with their path. */
export function podAnnotations(spec: PodSpecNode): { readonly value: PlainObject; readonly path: Path } {
  const metadataPath = [...spec.path.slice(0, -1), 'metadata'];
  let current: unknown = spec.resource.value;
  for (const key of metadataPath) current = isPlainObject(current) ? own(current, String(key)) : undefined;
  const annotations = isPlainObject(current) ? current.annotations : undefined;
  return { value: isPlainObject(annotations) ? annotations : {}, path: [...metadataPath, 'annotations'] };
}

/** The pod-level securityContext (an empty object when unset). */
export function podSecurityContext(spec: PodSpecNode): PlainObject {
  const sc = (spec.value as unknown as PlainObject).securityContext;
  return isPlainObject(sc) ? sc : {};
}

/** A container's securityContext (an empty object when unset). */
export function containerSecurityContext(container: ContainerNode): PlainObject {
  const sc = (container.value as unknown as PlainObject).securityContext;
  return isPlainObject(sc) ? sc : {};
}

/** A field of a plain object, as an object when it is one (undefined for unset, null or a scalar). */
export function objectField(value: unknown, key: string): PlainObject | undefined {
  if (!isPlainObject(value)) return undefined;
  const field = own(value, key);
  return isPlainObject(field) ? field : undefined;
}

/** True when a field is present with a value other than null (Go: a non-nil pointer). */
export function isSet(value: unknown, key: string): boolean {
  return isPlainObject(value) && own(value, key) !== undefined && own(value, key) !== null;
}

/** A field as a list (empty when unset or not a list). */
export function listField(value: unknown, key: string): unknown[] {
  if (!isPlainObject(value)) return [];
  const field = own(value, key);
  return Array.isArray(field) ? (field as unknown[]) : [];
}

/** A field as a string (`''` when unset, null or not a string), as Go reads an optional string. */
export function stringField(value: unknown, key: string): string {
  if (!isPlainObject(value)) return '';
  const field = own(value, key);
  return typeof field === 'string' ? field : '';
}

/** `spec.os.name: windows` (Pod OS, GA 1.25). */
export function isWindowsPod(spec: PodSpecNode): boolean {
  return stringField(objectField(spec.value, 'os'), 'name') === 'windows';
}

/** `spec.hostUsers: false`: the pod runs in its own user namespace. */
export function usesUserNamespace(spec: PodSpecNode): boolean {
  return (spec.value as unknown as PlainObject).hostUsers === false;
}

/**
 * A label or annotation value as text: strings as written, null as `''` (Go reads a null map value as the
 * empty string), other scalars in their YAML spelling, anything else as JSON.
 */
export function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}
