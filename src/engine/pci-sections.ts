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
