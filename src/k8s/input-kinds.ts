/**
 * The kinds of input a rule can need, as one fixed vocabulary. A rule's meta names the kinds it checks
 * (`inputs`); a run notes which kinds its input held (src/engine/inventory.ts), so the coverage report can
 * tell "checked and found nothing" (pass) from "nothing of that kind was given" (not-assessed), and name
 * what to supply. Object kinds map to input kinds by kind and API group; the control-plane components are
 * recognised by the model (static pod command or kubeadm ClusterConfiguration).
 */
import { apiGroupOf } from './api-versions.js';
import { isPodBearing } from './pod-templates.js';

export const INPUT_KINDS = {
  workload: { label: 'workloads (Pods and pod templates of Deployments, DaemonSets, StatefulSets, Jobs…)', supply: 'the rendered workload manifests (helm template / kustomize build output)' },
  namespace: { label: 'Namespace objects', supply: 'the Namespace manifests of the cluster' },
  service: { label: 'Service objects', supply: 'the Service manifests' },
  'network-policy': { label: 'NetworkPolicy objects', supply: 'the NetworkPolicy manifests (kubectl get networkpolicies -A -o yaml)' },
  ingress: { label: 'Ingress and Gateway API routes', supply: 'the Ingress / HTTPRoute manifests' },
  'rbac-role': { label: 'RBAC Roles and ClusterRoles', supply: 'the Role and ClusterRole manifests (kubectl get roles,clusterroles -A -o yaml)' },
  'rbac-binding': { label: 'RBAC RoleBindings and ClusterRoleBindings', supply: 'the RoleBinding and ClusterRoleBinding manifests (kubectl get rolebindings,clusterrolebindings -A -o yaml)' },
  'service-account': { label: 'ServiceAccount objects', supply: 'the ServiceAccount manifests' },
  secret: { label: 'Secret objects', supply: 'the Secret manifests (with values redacted if need be)' },
  configmap: { label: 'ConfigMap objects', supply: 'the ConfigMap manifests' },
  csr: { label: 'CertificateSigningRequest objects', supply: 'the CertificateSigningRequest manifests' },
  'kube-apiserver': { label: 'the kube-apiserver configuration', supply: 'the kube-apiserver static pod manifest (/etc/kubernetes/manifests/kube-apiserver.yaml) or the kubeadm ClusterConfiguration' },
  'kube-controller-manager': { label: 'the kube-controller-manager configuration', supply: 'the kube-controller-manager static pod manifest or the kubeadm ClusterConfiguration' },
  'kube-scheduler': { label: 'the kube-scheduler configuration', supply: 'the kube-scheduler static pod manifest or the kubeadm ClusterConfiguration, and the KubeSchedulerConfiguration its --config names' },
  etcd: { label: 'the etcd configuration', supply: 'the etcd static pod manifest (/etc/kubernetes/manifests/etcd.yaml) or the kubeadm ClusterConfiguration' },
  'kubelet-config': { label: 'kubelet configuration (KubeletConfiguration, kubeadm Init/JoinConfiguration, a kubelet run by a container)', supply: 'the KubeletConfiguration of each node pool (/var/lib/kubelet/config.yaml)' },
  'audit-policy': { label: 'the audit Policy (audit.k8s.io)', supply: 'the file --audit-policy-file names' },
  'admission-config': {
    label: 'the admission configuration (AdmissionConfiguration, PodSecurityConfiguration)',
    supply: 'the file --admission-control-config-file names, and the plugin configuration files it points to',
  },
  'encryption-config': { label: 'the EncryptionConfiguration (apiserver.config.k8s.io)', supply: 'the file --encryption-provider-config names' },
  'image-policy': {
    label: 'image signature policies (Kyverno verifyImages and ImageValidatingPolicy, Sigstore ClusterImagePolicy, Ratify Verifier and its RatifyVerification constraint)',
    supply: 'the admission policies of the cluster (kubectl get clusterpolicies,policies,clusterimagepolicies -A -o yaml)',
  },
  kubeconfig: { label: 'kubeconfig files (apiVersion: v1, kind: Config)', supply: 'the kubeconfig files kept in the repository (admin.conf, CI kubeconfigs)' },
  'any-object': { label: 'Kubernetes objects of any kind', supply: 'the manifests deployed to the cluster' },
  'cluster-version': {
    label: "the cluster's Kubernetes version",
    supply: '--k8s-version (or `k8sVersion:` in .pci-lint.yaml), or a kubeadm ClusterConfiguration / control-plane manifest that states it',
  },
} as const satisfies Record<string, { readonly label: string; readonly supply: string }>;

export type InputKind = keyof typeof INPUT_KINDS;

export const INPUT_KIND_NAMES = Object.keys(INPUT_KINDS) as InputKind[];

export function isInputKind(value: string): value is InputKind {
  return Object.hasOwn(INPUT_KINDS, value);
}

/** The control-plane components, as input kinds. */
export const CONTROL_PLANE_INPUTS = ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'etcd'] as const satisfies readonly InputKind[];

const GATEWAY_ROUTES = new Set(['HTTPRoute', 'GRPCRoute', 'TLSRoute', 'TCPRoute', 'UDPRoute', 'Gateway']);

/** Kinds that can carry image signature verification (Kyverno policies, Sigstore policy-controller, Ratify). */
function isImagePolicy(group: string, kind: string): boolean {
  return (
    (group === 'kyverno.io' && (kind === 'ClusterPolicy' || kind === 'Policy')) ||
    (group === 'policies.kyverno.io' && (kind === 'ImageValidatingPolicy' || kind === 'NamespacedImageValidatingPolicy')) ||
    (group === 'policy.sigstore.dev' && kind === 'ClusterImagePolicy') ||
    (group === 'config.ratify.deislabs.io' && (kind === 'Verifier' || kind === 'NamespacedVerifier')) ||
    // Ratify's Gatekeeper constraint (ratify-project/ratify library/default/template.yaml).
    (group === 'constraints.gatekeeper.sh' && kind === 'RatifyVerification')
  );
}


/**
 * The input kinds one object is, from its apiVersion and kind alone (control-plane components are added by
 * the caller, which knows the model). `any-object` is every object.
 */
export function inputKindsOfObject(apiVersion: string, kind: string): InputKind[] {
  const group = apiGroupOf(apiVersion);
  const out: InputKind[] = ['any-object'];
  const core = group === '';
  // A workload is any kind that carries pod specs (pod-templates.ts), custom resources included.
  if (isPodBearing(kind, group)) out.push('workload');
  else if (core && kind === 'Namespace') out.push('namespace');
  else if (core && kind === 'Service') out.push('service');
  else if (core && kind === 'ServiceAccount') out.push('service-account');
  else if (core && kind === 'Secret') out.push('secret');
  else if (core && kind === 'ConfigMap') out.push('configmap');
  else if (core && kind === 'Config') out.push('kubeconfig');
  else if (isImagePolicy(group, kind)) out.push('image-policy');
  else if (kind === 'NetworkPolicy' && (group === 'networking.k8s.io' || group === 'extensions')) out.push('network-policy');
  else if ((kind === 'Ingress' && (group === 'networking.k8s.io' || group === 'extensions')) || (GATEWAY_ROUTES.has(kind) && group === 'gateway.networking.k8s.io')) out.push('ingress');
  else if (group === 'rbac.authorization.k8s.io' && (kind === 'Role' || kind === 'ClusterRole')) out.push('rbac-role');
  else if (group === 'rbac.authorization.k8s.io' && (kind === 'RoleBinding' || kind === 'ClusterRoleBinding')) out.push('rbac-binding');
  else if (group === 'certificates.k8s.io' && kind === 'CertificateSigningRequest') out.push('csr');
  else if (group === 'kubelet.config.k8s.io' && kind === 'KubeletConfiguration') out.push('kubelet-config');
  else if (group === 'kubeadm.k8s.io' && (kind === 'InitConfiguration' || kind === 'JoinConfiguration')) out.push('kubelet-config');
  else if (group === 'kubescheduler.config.k8s.io' && kind === 'KubeSchedulerConfiguration') out.push('kube-scheduler');
  else if (group === 'audit.k8s.io' && kind === 'Policy') out.push('audit-policy');
  else if (group === 'apiserver.config.k8s.io' && kind === 'EncryptionConfiguration') out.push('encryption-config');
  else if ((group === 'apiserver.config.k8s.io' || group === 'apiserver.k8s.io') && kind === 'AdmissionConfiguration') out.push('admission-config');
  else if (group === 'pod-security.admission.config.k8s.io' && kind === 'PodSecurityConfiguration') out.push('admission-config');
  return out;
}
