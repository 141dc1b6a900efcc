/**
 * Read-only views of the pod fields the Pod Security Standards checks look at, each with its path, so a
 * rule can point at the exact field. Values are plain data as written; `null` counts as unset, as it does
 * for the API server.
 */
import type { Path } from '../load/positions.js';
import { type PlainObject } from './resource.js';
import type { ContainerNode, PodSpecNode } from './workloads.js';
/** `Deployment "web"`: how messages name the workload a pod spec belongs to. */
export declare function workloadName(spec: PodSpecNode): string;
/** The pod's (or pod template's) metadata.annotations with their path. */
export declare function podAnnotations(spec: PodSpecNode): {
    readonly value: PlainObject;
    readonly path: Path;
};
/** The pod-level securityContext (an empty object when unset). */
export declare function podSecurityContext(spec: PodSpecNode): PlainObject;
/** A container's securityContext (an empty object when unset). */
export declare function containerSecurityContext(container: ContainerNode): PlainObject;
/** A field of a plain object, as an object when it is one (undefined for unset, null or a scalar). */
export declare function objectField(value: unknown, key: string): PlainObject | undefined;
/** True when a field is present with a value other than null (Go: a non-nil pointer). */
export declare function isSet(value: unknown, key: string): boolean;
/** A field as a list (empty when unset or not a list). */
export declare function listField(value: unknown, key: string): unknown[];
/** A field as a string (`''` when unset, null or not a string), as Go reads an optional string. */
export declare function stringField(value: unknown, key: string): string;
/** `spec.os.name: windows` (Pod OS, GA 1.25). */
export declare function isWindowsPod(spec: PodSpecNode): boolean;
/** `spec.hostUsers: false`: the pod runs in its own user namespace. */
export declare function usesUserNamespace(spec: PodSpecNode): boolean;
/**
 * A label or annotation value as text: strings as written, null as `''` (Go reads a null map value as the
 * empty string), other scalars in their YAML spelling, anything else as JSON.
 */
export declare function scalarText(value: unknown): string;
