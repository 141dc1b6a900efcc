/**
 * The 16 sections of the PCI SSC guidance for containers and container orchestration, as used by
 * pci-lint (../shared/pci-k8s.md). A rule's first PCI section decides the folder it lives in.
 */
export const PCI_SECTIONS = [
  { id: '1', title: 'Authentication' },
  { id: '2', title: 'Authorization' },
  { id: '3', title: 'Workload security' },
  { id: '4', title: 'Network security' },
  { id: '5', title: 'PKI' },
  { id: '6', title: 'Secrets management' },
  { id: '7', title: 'Auditing' },
  { id: '8', title: 'Container monitoring' },
  { id: '9', title: 'Container runtime security' },
  { id: '10', title: 'Patching' },
  { id: '11', title: 'Resource management' },
  { id: '12', title: 'Container image building' },
  { id: '13', title: 'Registry' },
  { id: '14', title: 'Version management' },
  { id: '15', title: 'Configuration management' },
  { id: '16', title: 'Segmentation' },
] as const;

/** `01-authentication` for section 1: the rules/ folder of a section. */
export function sectionFolder(sectionId: string): string | undefined {
  const top = sectionId.split('.')[0];
  const section = PCI_SECTIONS.find((s) => s.id === top);
  if (!section) return undefined;
  return `${section.id.padStart(2, '0')}-${section.title.toLowerCase().replace(/\s+/g, '-')}`;
}

export function sectionTitle(sectionId: string): string | undefined {
  const top = sectionId.split('.')[0];
  return PCI_SECTIONS.find((s) => s.id === top)?.title;
}

/** How much of a PCI item a linter can decide from files. */
export type Coverage = 'automated' | 'partial' | 'evidence';

export interface PciItem {
  readonly id: string;
  readonly title: string;
  readonly coverage: Coverage;
  /** What an auditor should ask for where files cannot settle the item. */
  readonly evidence?: string;
  /** The PCI DSS v4.0.1 requirements that evidence bears on (docs/pci-requirements.md). */
  readonly evidenceRequirements?: readonly string[];
}

/**
 * The sub-items pci-lint reports coverage for, from ../shared/pci-k8s.md (A = automated, E = evidence
 * only). Items marked partial are checked where the manifests say something and need evidence beyond.
 */
export const PCI_ITEMS: readonly PciItem[] = [
  { id: '1.1', title: 'No anonymous access to the API server, kubelet, etcd and their RBAC', coverage: 'automated' },
  { id: '1.2', title: 'No generic or shared administrator identities', coverage: 'automated' },
  { id: '1.3', title: 'Credentials can be revoked (no long-lived tokens, no client certificates for people)', coverage: 'automated' },
  { id: '1.4', title: 'No static token or password files', coverage: 'automated' },
  { id: '1.5', title: 'Workload identities carry only the credentials they need', coverage: 'automated' },
  { id: '1.6', title: 'Administrators authenticate through an identity provider with MFA', coverage: 'partial', evidence: 'The identity provider configuration and its MFA policy for cluster administrators.', evidenceRequirements: ['8.4.1', '8.4.2'] },
  { id: '2.1', title: 'Least-privilege RBAC', coverage: 'automated' },
  { id: '2.2', title: 'No authorization bypass (system:masters, AlwaysAllow)', coverage: 'automated' },
  { id: '3.1', title: 'Pod Security Standards enforced', coverage: 'automated' },
  { id: '3.2', title: 'Only verified, immutable images run', coverage: 'automated' },
  { id: '3.3', title: 'Images come from approved registries', coverage: 'automated' },
  { id: '4.1', title: 'Default-deny network policies', coverage: 'automated' },
  { id: '4.2', title: 'Administrative interfaces are not exposed', coverage: 'automated' },
  { id: '5.1', title: 'PKI: client certificates are controlled', coverage: 'partial', evidence: 'How client certificates are issued, to whom, and how they are revoked; the CA key custody.', evidenceRequirements: ['8.2.4', '3.6.1'] },
  { id: '6.1', title: 'Secrets are managed and encrypted at rest', coverage: 'partial', evidence: 'The external secrets manager in use and its access policy; KMS key rotation records.', evidenceRequirements: ['3.6.1'] },
  { id: '7.1', title: 'API server auditing is on and centralised', coverage: 'partial', evidence: 'Where audit logs are shipped, retention settings of that store (12 months, 3 online) and who reviews them.', evidenceRequirements: ['10.3.3', '10.5.1', '10.4.1.1'] },
  { id: '8.1', title: 'Container logs are collected centrally', coverage: 'partial', evidence: 'The log pipeline configuration and retention.', evidenceRequirements: ['10.3.3', '10.5.1'] },
  { id: '8.2', title: 'Runtime threats are detected', coverage: 'partial', evidence: 'The runtime security tool, its rules and alert routing.', evidenceRequirements: ['11.5.1'] },
  { id: '9.1', title: 'High-risk workloads run in sandboxed runtimes', coverage: 'automated' },
  { id: '9.2', title: 'Windows containers use process isolation without host access', coverage: 'automated' },
  { id: '10.1', title: 'The Kubernetes version is supported', coverage: 'automated' },
  { id: '10.2', title: 'Nodes and runtimes are patched', coverage: 'evidence', evidence: 'Node OS and container runtime patch records and the patching SLA.', evidenceRequirements: ['6.3.3'] },
  { id: '10.3', title: 'Images are rebuilt for vulnerabilities', coverage: 'evidence', evidence: 'Image rebuild cadence and vulnerability remediation records.', evidenceRequirements: ['6.3.1', '6.3.3'] },
  { id: '11.1', title: 'Resource limits and quotas', coverage: 'automated' },
  { id: '12.1', title: 'Images come from the organisation\'s build pipeline', coverage: 'partial', evidence: 'The image build pipeline and the registry it publishes to.', evidenceRequirements: ['6.3.2'] },
  { id: '12.2', title: 'Minimal, hardened base images', coverage: 'partial', evidence: 'The approved base images and how they are hardened.', evidenceRequirements: ['2.2.1', '2.2.4'] },
  { id: '12.3', title: 'Containers do not run as root', coverage: 'automated' },
  { id: '13.1', title: 'Registry access control', coverage: 'evidence', evidence: 'Registry access policies and who can push.', evidenceRequirements: ['7.2.1'] },
  { id: '13.2', title: 'Registry transport security', coverage: 'evidence', evidence: 'TLS configuration of the registry.', evidenceRequirements: ['2.2.7'] },
  { id: '13.3', title: 'Images are scanned in the registry', coverage: 'evidence', evidence: 'Scanner configuration and recent scan reports.', evidenceRequirements: ['6.3.1'] },
  { id: '14.1', title: 'Orchestration configuration is version-controlled', coverage: 'evidence', evidence: 'The repository holding the manifests and its change history.', evidenceRequirements: ['6.5.1'] },
  { id: '15.1', title: 'Configuration is reviewed and checked before deployment', coverage: 'partial', evidence: 'This report, the CI job that produces it, and the review rules of the repository.', evidenceRequirements: ['6.5.1', '2.2.1'] },
  { id: '16.1', title: 'Cardholder-data workloads are segmented by cluster', coverage: 'evidence', evidence: 'The cluster inventory and which clusters host in-scope workloads.', evidenceRequirements: ['11.4.5'] },
  { id: '16.2', title: 'In-scope workloads run on dedicated nodes', coverage: 'automated' },
];

const ITEMS_BY_ID = new Map(PCI_ITEMS.map((item) => [item.id, item]));

/** The sub-item with this id (`3.1`), or undefined: a whole section (`3`) is not a sub-item. */
export function pciItem(id: string): PciItem | undefined {
  return ITEMS_BY_ID.get(id);
}
