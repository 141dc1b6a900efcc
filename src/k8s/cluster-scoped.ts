/**
 * Kinds that are cluster-scoped, as kustomize knows them: an object of another kind (a custom resource
 * included) is namespaced for kustomize's namespace transformer, which sets metadata.namespace on it.
 * Source: kubernetes-sigs/kustomize 12f9e6391464b3ad9dd3fe8182049dc1b1772990 kyaml/openapi/openapi.go
 * (`precomputedIsNamespaceScoped`, the entries that are false; `IsCertainlyClusterScoped` treats a kind it
 * does not know as namespaced). Keyed by API group and kind (every version listed there of a group's kind is
 * cluster-scoped, and a later version of the same kind is too).
 */
const CLUSTER_SCOPED: ReadonlySet<string> = new Set([
  '/ComponentStatus',
  '/Namespace',
  '/Node',
  '/NodeProxyOptions',
  '/PersistentVolume',
  'admissionregistration.k8s.io/MutatingWebhookConfiguration',
  'admissionregistration.k8s.io/ValidatingAdmissionPolicy',
  'admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding',
  'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
  'apiextensions.k8s.io/CustomResourceDefinition',
  'apiregistration.k8s.io/APIService',
  'certificates.k8s.io/CertificateSigningRequest',
  'flowcontrol.apiserver.k8s.io/FlowSchema',
  'flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration',
  'networking.k8s.io/IngressClass',
  'node.k8s.io/RuntimeClass',
  'policy/PodSecurityPolicy',
  'rbac.authorization.k8s.io/ClusterRole',
  'rbac.authorization.k8s.io/ClusterRoleBinding',
  'scheduling.k8s.io/PriorityClass',
  'storage.k8s.io/CSIDriver',
  'storage.k8s.io/CSINode',
  'storage.k8s.io/StorageClass',
  'storage.k8s.io/VolumeAttachment',
]);

/** True when objects of this API group (`''` for the core group) and kind are cluster-scoped. */
export function isClusterScopedKind(group: string, kind: string): boolean {
  return CLUSTER_SCOPED.has(`${group}/${kind}`);
}
