/**
 * The flags kubeadm writes into the control-plane static pods before it applies a ClusterConfiguration's
 * `extraArgs` (an extraArg with the same name replaces the default). Only flags that pci-lint's rules read
 * are listed. Source for every row unless noted: kubernetes/kubernetes cmd/kubeadm/app/phases/controlplane/manifests.go
 * (getAPIServerCommand, getControllerManagerCommand, getSchedulerCommand) and cmd/kubeadm/app/phases/etcd/local.go.
 */
import type { ControlPlaneComponentName } from './flags.js';

export interface KubeadmDefaultFlag {
  readonly component: ControlPlaneComponentName;
  readonly flag: string;
  readonly value: string;
  /** First Kubernetes minor whose kubeadm writes the flag; absent = every supported release. */
  readonly since?: string;
  /** First minor whose kubeadm no longer writes it. */
  readonly until?: string;
  /**
   * Written only for kubeadm's local (stacked) etcd; with `etcd.external` kubeadm takes the value from that
   * field of the external configuration instead, and writes nothing when it is empty.
   */
  readonly localEtcd?: { readonly externalField: string };
  readonly source: string;
}

const MANIFESTS = 'kubernetes/kubernetes cmd/kubeadm/app/phases/controlplane/manifests.go';
const ETCD = 'kubernetes/kubernetes cmd/kubeadm/app/phases/etcd/local.go (getEtcdCommand)';

export const KUBEADM_DEFAULT_FLAGS: readonly KubeadmDefaultFlag[] = [
  { component: 'etcd', flag: 'cert-file', value: '/etc/kubernetes/pki/etcd/server.crt', source: ETCD },
  { component: 'etcd', flag: 'client-cert-auth', value: 'true', source: ETCD },
  { component: 'etcd', flag: 'key-file', value: '/etc/kubernetes/pki/etcd/server.key', source: ETCD },
  { component: 'etcd', flag: 'peer-cert-file', value: '/etc/kubernetes/pki/etcd/peer.crt', source: ETCD },
  { component: 'etcd', flag: 'peer-client-cert-auth', value: 'true', source: ETCD },
  { component: 'etcd', flag: 'peer-key-file', value: '/etc/kubernetes/pki/etcd/peer.key', source: ETCD },
  { component: 'etcd', flag: 'peer-trusted-ca-file', value: '/etc/kubernetes/pki/etcd/ca.crt', source: ETCD },
  { component: 'etcd', flag: 'trusted-ca-file', value: '/etc/kubernetes/pki/etcd/ca.crt', source: ETCD },
  { component: 'kube-apiserver', flag: 'authorization-mode', value: 'Node,RBAC', source: `${MANIFESTS} (getAuthzModes)` },
  { component: 'kube-apiserver', flag: 'client-ca-file', value: '/etc/kubernetes/pki/ca.crt', source: MANIFESTS },
  { component: 'kube-apiserver', flag: 'enable-admission-plugins', value: 'NodeRestriction', source: MANIFESTS },
  { component: 'kube-apiserver', flag: 'etcd-cafile', value: '/etc/kubernetes/pki/etcd/ca.crt', localEtcd: { externalField: 'caFile' }, source: `${MANIFESTS} (getAPIServerCommand)` },
  { component: 'kube-apiserver', flag: 'etcd-certfile', value: '/etc/kubernetes/pki/apiserver-etcd-client.crt', localEtcd: { externalField: 'certFile' }, source: `${MANIFESTS} (getAPIServerCommand: external certFile only together with keyFile)` },
  { component: 'kube-apiserver', flag: 'etcd-keyfile', value: '/etc/kubernetes/pki/apiserver-etcd-client.key', localEtcd: { externalField: 'keyFile' }, source: `${MANIFESTS} (getAPIServerCommand: external keyFile only together with certFile)` },
  { component: 'kube-apiserver', flag: 'insecure-port', value: '0', until: '1.22', source: 'kubernetes/kubernetes PR #102121 (kubeadm stops writing --insecure-port=0 in 1.22)' },
  { component: 'kube-apiserver', flag: 'kubelet-client-certificate', value: '/etc/kubernetes/pki/apiserver-kubelet-client.crt', source: MANIFESTS },
  { component: 'kube-apiserver', flag: 'kubelet-client-key', value: '/etc/kubernetes/pki/apiserver-kubelet-client.key', source: MANIFESTS },
  { component: 'kube-apiserver', flag: 'service-account-issuer', value: 'https://kubernetes.default.svc.cluster.local', source: MANIFESTS },
  { component: 'kube-apiserver', flag: 'service-account-key-file', value: '/etc/kubernetes/pki/sa.pub', source: MANIFESTS },
  { component: 'kube-apiserver', flag: 'service-account-signing-key-file', value: '/etc/kubernetes/pki/sa.key', source: MANIFESTS },
  { component: 'kube-apiserver', flag: 'tls-cert-file', value: '/etc/kubernetes/pki/apiserver.crt', source: MANIFESTS },
  { component: 'kube-apiserver', flag: 'tls-private-key-file', value: '/etc/kubernetes/pki/apiserver.key', source: MANIFESTS },
  { component: 'kube-controller-manager', flag: 'bind-address', value: '127.0.0.1', source: MANIFESTS },
  { component: 'kube-controller-manager', flag: 'port', value: '0', since: '1.19', until: '1.23', source: 'kubernetes/kubernetes PR #92720 (added in 1.19), PR #104157 (dropped in 1.23)' },
  { component: 'kube-controller-manager', flag: 'root-ca-file', value: '/etc/kubernetes/pki/ca.crt', source: `${MANIFESTS} (getControllerManagerCommand)` },
  { component: 'kube-controller-manager', flag: 'service-account-private-key-file', value: '/etc/kubernetes/pki/sa.key', source: `${MANIFESTS} (getControllerManagerCommand)` },
  { component: 'kube-controller-manager', flag: 'use-service-account-credentials', value: 'true', source: MANIFESTS },
  { component: 'kube-scheduler', flag: 'bind-address', value: '127.0.0.1', source: MANIFESTS },
  { component: 'kube-scheduler', flag: 'port', value: '0', since: '1.19', until: '1.23', source: 'kubernetes/kubernetes PR #92720 (added in 1.19); kubernetes/kubeadm#2207 (dropped with the insecure port)' },
];
