import type { K8sVersion } from '../k8s/versions.js';
import { type Resource } from './resource.js';
/**
 * A field the API server of `target` requires that the object lacks (`spec.selector` of a Deployment,
 * `spec` of a CustomResourceDefinition, `name` of a container), the one nearest the root, as a path text;
 * undefined when it has them all, or when pci-lint has no schema of its kind (custom resources, unserved
 * versions). Such an object is no manifest kubectl could create: the API server refuses it.
 */
export declare function missingRequiredField(resource: Resource, target: K8sVersion): string | undefined;
