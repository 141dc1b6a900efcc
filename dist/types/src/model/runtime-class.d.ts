/**
 * The CRI handler a RuntimeClass object selects: `handler` in node.k8s.io/v1 and v1beta1, or
 * `spec.runtimeHandler` in the first API version, node.k8s.io/v1alpha1 (k8s.io/api node/v1alpha1
 * `RuntimeClassSpec.RuntimeHandler`). Undefined when the object names none.
 */
export declare function runtimeClassHandlerOf(value: unknown): string | undefined;
