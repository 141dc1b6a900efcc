export type { KindTypes, KnownKind } from './kinds.js';
export { Resource, resourcesIn, isPlainObject, type Located, type PlainObject, type ResourceRef } from './resource.js';
export { ContainerNode, PodSpecNode, podSpecOf, containersOf, POD_BEARING_KINDS, CONTAINER_GROUPS, type ContainerGroup } from './workloads.js';
export { resourcesOfDocument, type DocumentResources } from './document.js';
export { parseImageReference, isSha256Digest, type ImageReference } from './image.js';
