/**
 * The PCI DSS v4.0.1 requirements pci-lint's rules and report refer to, by number, with a short title in
 * pci-lint's own words. Numbers and what each requirement asks were checked against the standard's text
 * ("PCI DSS v4.0.1 Requirements and Testing Procedures", PCI SSC, June 2024) as reproduced by
 * requirement-by-requirement references (withpci.com/requirements/…, ce.prod.cloudaware.com/frameworks/
 * pci-dss-v4.0.1/…, myctrl.tools/frameworks/pci-dss-v4/…). Why each rule maps to the numbers it names:
 * docs/pci-requirements.md. A rule may name only numbers listed here (checked when the rule loads).
 */

export interface PciRequirement {
  readonly id: string;
  /** What the requirement asks, shortened. */
  readonly title: string;
}

export const PCI_DSS_VERSION = '4.0.1';

export const PCI_REQUIREMENTS: readonly PciRequirement[] = [
  { id: '1.3.1', title: 'Inbound traffic to the CDE is restricted to what is necessary; all other traffic is denied' },
  { id: '1.3.2', title: 'Outbound traffic from the CDE is restricted to what is necessary; all other traffic is denied' },
  { id: '1.4.2', title: 'Inbound traffic from untrusted to trusted networks is restricted' },
  { id: '2.2.1', title: 'Configuration standards are developed, implemented and maintained for all system components' },
  { id: '2.2.3', title: 'Primary functions with different security levels are isolated or secured to the highest level' },
  { id: '2.2.4', title: 'Only necessary services, protocols, daemons and functions are enabled' },
  { id: '2.2.6', title: 'System security parameters are configured to prevent misuse' },
  { id: '2.2.7', title: 'All non-console administrative access is encrypted with strong cryptography' },
  { id: '3.6.1', title: 'Cryptographic keys used to protect stored account data are protected against disclosure and misuse' },
  { id: '4.2.1', title: 'Strong cryptography and secure protocols protect PAN during transmission over open, public networks' },
  { id: '6.3.1', title: 'Security vulnerabilities are identified and risk-ranked' },
  { id: '6.3.2', title: 'An inventory of bespoke, custom and third-party software components is maintained' },
  { id: '6.3.3', title: 'System components are protected from known vulnerabilities by installing security patches' },
  { id: '6.5.1', title: 'Changes to production system components follow established change procedures' },
  { id: '7.2.1', title: 'An access control model grants access by job function with least privileges' },
  { id: '7.2.2', title: 'Access is assigned to users, including privileged users, by job function with least privileges' },
  { id: '7.2.4', title: 'User accounts and their privileges are reviewed at least every six months' },
  { id: '7.2.5', title: 'Application and system accounts get only the least privileges they need' },
  { id: '7.3.1', title: 'An access control system restricts access by need to know and covers all system components' },
  { id: '7.3.3', title: 'The access control system is set to "deny all" by default' },
  { id: '8.2.1', title: 'Every user is assigned a unique ID before access is allowed' },
  { id: '8.2.2', title: 'Group, shared or generic accounts are used only by exception and are managed' },
  { id: '8.2.4', title: 'Adding, deleting and modifying user IDs and authentication factors is authorised and managed' },
  { id: '8.2.5', title: 'Access for terminated users is revoked immediately' },
  { id: '8.2.8', title: 'A session idle for more than 15 minutes requires the user to re-authenticate' },
  { id: '8.3.1', title: 'All user and administrator access is authenticated with at least one factor' },
  { id: '8.3.2', title: 'Authentication factors are unreadable in transmission and storage (strong cryptography)' },
  { id: '8.4.1', title: 'MFA for all non-console administrative access into the CDE' },
  { id: '8.4.2', title: 'MFA for all access into the CDE' },
  { id: '8.6.2', title: 'Passwords of application and system accounts are not hard-coded in scripts, configuration files or code' },
  { id: '8.6.3', title: 'Authentication factors of application and system accounts are protected against misuse (changed periodically)' },
  { id: '10.2.1', title: 'Audit logs are enabled and active for all system components' },
  { id: '10.2.2', title: 'Audit logs record the required details of each event' },
  { id: '10.3.3', title: 'Audit logs are promptly backed up to a secure, central log server' },
  { id: '10.4.1.1', title: 'Automated mechanisms perform audit log reviews' },
  { id: '10.5.1', title: 'Audit log history is kept at least 12 months, the latest three immediately available' },
  { id: '11.4.5', title: 'Segmentation controls are tested by penetration testing' },
  { id: '11.5.1', title: 'Intrusion detection and/or prevention techniques detect intrusions' },
  { id: '11.5.2', title: 'A change-detection mechanism alerts on unauthorised modification of critical files' },
  { id: '12.3.4', title: 'Hardware and software technologies are reviewed at least every 12 months (vendor support, end of life)' },
  { id: '12.8.5', title: 'Which requirements each third-party service provider manages, and which are shared, is recorded' },
  { id: '12.9.2', title: 'Third-party service providers give customers their PCI DSS status and responsibility information' },
];

const BY_ID = new Map(PCI_REQUIREMENTS.map((r) => [r.id, r]));

export function pciRequirement(id: string): PciRequirement | undefined {
  return BY_ID.get(id);
}

/** Requirement numbers in the standard's order (1.3.1 < 1.4.2 < 10.2.1 < 10.4.1.1). */
export function compareRequirementIds(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}
