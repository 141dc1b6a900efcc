export type { KindTypes, KnownKind } from './kinds.js';
export { Resource, resourcesIn, isPlainObject, type Located, type PlainObject, type ResourceRef } from './resource.js';
export { ContainerNode, PodSpecNode, podSpecsOf, containersOf, POD_BEARING_KINDS, CONTAINER_GROUPS, type ContainerGroup } from './workloads.js';
export { resourcesOfDocument, type DocumentResources } from './document.js';
export { parseImageReference, isSha256Digest, isRegisteredDigest, type ImageReference } from './image.js';
export {
  ControlPlaneNode,
  controlPlaneComponentsOf,
  kubeletExtraArgs,
  lastFlag,
  listValue,
  parseGoDuration,
  type ControlPlaneComponentName,
  type ControlPlaneFlag,
  type ControlPlaneSource,
} from './control-plane.js';
export type * from './config-kinds.js';
export { isCatchAllAuditRule } from './config-kinds.js';
export { rbacInputOf, recordRbacObject, summarizeBinding, summarizeRole, type RbacFact, type RbacInput } from './rbac/summary.js';
export { resolveGrants, resolveRole, ruleAllows, selectorMatches, type Grant } from './rbac/resolver.js';
export {
  describeLabelSelector,
  labelSelectorProblems,
  matchesGlob,
  matchesLabelSelector,
  podMetadataOf,
  workloadLabelSets,
  workloadMatches,
  type LabelSelector,
  type LabelSelectorOperator,
  type LabelSelectorRequirement,
  type PodMetadata,
} from './selector.js';
export { windowsMarkerOf, type WindowsMarker } from './windows.js';
export { runtimeClassHandlerOf } from './runtime-class.js';
