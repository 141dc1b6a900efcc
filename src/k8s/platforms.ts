/**
 * Kubernetes platforms (distributions) as the coverage report needs them: which inputs the platform
 * manages so that the customer cannot supply them (a managed control plane), where a self-managed
 * distribution keeps what pci-lint would read, the defaults a provider publishes, and what evidence to ask
 * the provider for. A sub-item whose only missing inputs are the provider's is reported `provider`, never
 * `pass`: the provider's attestation is the evidence (PCI DSS 12.8.5, 12.9.2), not the absence of files.
 */
import type { InputKind } from './input-kinds.js';

export const PLATFORM_NAMES = ['self-managed', 'eks', 'aks', 'gke', 'openshift', 'k3s', 'rke2'] as const;
export type PlatformName = (typeof PLATFORM_NAMES)[number];

/** What `--platform` accepts: a platform, or `auto` (self-managed when control-plane files are in the input). */
export const PLATFORM_CHOICES = [...PLATFORM_NAMES, 'auto'] as const;
export type PlatformChoice = (typeof PLATFORM_CHOICES)[number];

export function isPlatformChoice(value: string): value is PlatformChoice {
  return (PLATFORM_CHOICES as readonly string[]).includes(value);
}

/** A default the provider documents, shown next to the sub-items it bears on. */
export interface PublishedDefault {
  readonly input: InputKind;
  readonly text: string;
  readonly source: string;
}

export interface Platform {
  readonly name: PlatformName;
  readonly title: string;
  /** Inputs the provider runs and the customer cannot read from files. */
  readonly providerManaged: readonly InputKind[];
  /** What to ask the provider for, for a sub-item whose inputs it manages. */
  readonly providerEvidence?: string;
  /** Where the customer finds what pci-lint reads, when it is not where kubeadm puts it. */
  readonly whereToFind?: Partial<Record<InputKind, string>>;
  readonly defaults?: readonly PublishedDefault[];
  /** Where the facts above come from. */
  readonly sources: readonly string[];
}

const CONTROL_PLANE: readonly InputKind[] = ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'etcd', 'audit-policy', 'encryption-config', 'admission-config'];

export const PLATFORMS: Readonly<Record<PlatformName, Platform>> = {
  'self-managed': {
    name: 'self-managed',
    title: 'Self-managed (kubeadm or similar)',
    providerManaged: [],
    sources: ['https://kubernetes.io/docs/setup/production-environment/tools/kubeadm/implementation-details/'],
  },
  eks: {
    name: 'eks',
    title: 'Amazon EKS',
    providerManaged: CONTROL_PLANE,
    providerEvidence:
      "AWS's PCI DSS Attestation of Compliance and responsibility summary (AWS Artifact) listing Amazon EKS; for auditing, the cluster's control-plane log settings (aws eks describe-cluster: logging.clusterLogging with type audit enabled) and the CloudWatch Logs retention of the audit log group; for encryption at rest, the cluster's encryptionConfig / KMS key.",
    defaults: [
      { input: 'audit-policy', text: 'Control-plane logs (audit included) are not exported to CloudWatch Logs unless enabled per cluster.', source: 'https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html' },
      { input: 'encryption-config', text: 'Clusters on Kubernetes 1.28 or later get envelope encryption of all Kubernetes API data with KMS v2 and an AWS-owned key by default; a customer-managed key is optional.', source: 'https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html' },
    ],
    whereToFind: { 'kubelet-config': 'the node group launch template or AMI bootstrap configuration (/etc/kubernetes/kubelet/config.json on Amazon Linux nodes); nodes are the customer\'s except on Fargate' },
    sources: ['https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html', 'https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html', 'https://aws.amazon.com/compliance/shared-responsibility-model/'],
  },
  aks: {
    name: 'aks',
    title: 'Azure Kubernetes Service',
    providerManaged: CONTROL_PLANE,
    providerEvidence:
      "Microsoft's PCI DSS Attestation of Compliance (Service Trust Portal) covering AKS and its responsibility matrix; for auditing, the cluster's diagnostic settings sending kube-audit (or kube-audit-admin) logs to a workspace and that workspace's retention; for encryption at rest, whether KMS etcd encryption is enabled.",
    defaults: [
      { input: 'audit-policy', text: 'Control-plane resource logs, kube-audit included, are collected only once a diagnostic setting sends them to a destination.', source: 'https://learn.microsoft.com/azure/aks/monitor-aks' },
    ],
    sources: ['https://learn.microsoft.com/azure/aks/monitor-aks', 'https://learn.microsoft.com/azure/aks/use-kms-etcd-encryption', 'https://learn.microsoft.com/azure/compliance/offerings/offering-pci-dss'],
  },
  gke: {
    name: 'gke',
    title: 'Google Kubernetes Engine',
    providerManaged: CONTROL_PLANE,
    providerEvidence:
      "Google Cloud's PCI DSS Attestation of Compliance and shared responsibility matrix (Compliance Reports Manager) covering GKE; for auditing, the Cloud Audit Logs for the cluster (Admin Activity always on; Data Access only if enabled) and the retention of their log bucket; for encryption at rest, whether application-layer secrets encryption with Cloud KMS is enabled.",
    defaults: [
      { input: 'audit-policy', text: 'Kubernetes Admin Activity audit logs are always written to Cloud Audit Logs; Data Access audit logs are off unless enabled.', source: 'https://cloud.google.com/kubernetes-engine/docs/how-to/audit-logging' },
      { input: 'encryption-config', text: 'Data is encrypted at rest by Google by default; application-layer encryption of Secrets with a Cloud KMS key is optional.', source: 'https://cloud.google.com/kubernetes-engine/docs/how-to/encrypting-secrets' },
    ],
    whereToFind: { 'kubelet-config': 'the node pool\'s node system configuration; on Autopilot the nodes are Google\'s as well' },
    sources: ['https://cloud.google.com/kubernetes-engine/docs/how-to/audit-logging', 'https://cloud.google.com/kubernetes-engine/docs/how-to/encrypting-secrets', 'https://cloud.google.com/security/compliance/pci-dss'],
  },
  openshift: {
    name: 'openshift',
    title: 'Red Hat OpenShift',
    // Self-managed OpenShift: the customer is responsible, but operators own the control plane; ROSA and
    // ARO customers should choose the cloud's platform where it is the provider that runs it.
    providerManaged: [],
    whereToFind: {
      'kube-apiserver': 'the APIServer (config.openshift.io/v1) and KubeAPIServer (operator.openshift.io/v1) resources the cluster operators render the static pods from; assess with the CIS Red Hat OpenShift Container Platform Benchmark',
      'audit-policy': 'the APIServer resource\'s spec.audit.profile (OpenShift generates the audit policy from the profile)',
      'encryption-config': 'the APIServer resource\'s spec.encryption.type',
      etcd: 'the Etcd (operator.openshift.io/v1) resource; etcd is managed by the cluster etcd operator',
    },
    sources: ['https://docs.openshift.com/container-platform/latest/security/audit-log-policy-config.html', 'https://docs.openshift.com/container-platform/latest/security/encrypting-etcd.html'],
  },
  k3s: {
    name: 'k3s',
    title: 'K3s',
    providerManaged: [],
    whereToFind: {
      'kube-apiserver': 'k3s runs the API server in its own process: its flags are kube-apiserver-arg entries in /etc/rancher/k3s/config.yaml (or the k3s server command line), not a static pod manifest',
      'kube-controller-manager': 'kube-controller-manager-arg entries in /etc/rancher/k3s/config.yaml',
      'kube-scheduler': 'kube-scheduler-arg entries in /etc/rancher/k3s/config.yaml',
      etcd: 'the datastore settings of /etc/rancher/k3s/config.yaml (embedded etcd with cluster-init, or SQLite / an external datastore)',
      'kubelet-config': 'kubelet-arg entries in /etc/rancher/k3s/config.yaml',
    },
    sources: ['https://docs.k3s.io/installation/configuration', 'https://docs.k3s.io/security/hardening-guide'],
  },
  rke2: {
    name: 'rke2',
    title: 'RKE2',
    providerManaged: [],
    whereToFind: {
      'kube-apiserver': 'the static pod manifests under /var/lib/rancher/rke2/agent/pod-manifests/ (generated from kube-apiserver-arg in /etc/rancher/rke2/config.yaml)',
      'kube-controller-manager': '/var/lib/rancher/rke2/agent/pod-manifests/kube-controller-manager.yaml',
      'kube-scheduler': '/var/lib/rancher/rke2/agent/pod-manifests/kube-scheduler.yaml',
      etcd: '/var/lib/rancher/rke2/agent/pod-manifests/etcd.yaml',
      'kubelet-config': 'kubelet-arg entries in /etc/rancher/rke2/config.yaml',
    },
    sources: ['https://docs.rke2.io/install/configuration', 'https://docs.rke2.io/security/hardening_guide'],
  },
};
