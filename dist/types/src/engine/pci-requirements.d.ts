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
export declare const PCI_DSS_VERSION = "4.0.1";
export declare const PCI_REQUIREMENTS: readonly PciRequirement[];
export declare function pciRequirement(id: string): PciRequirement | undefined;
/** Requirement numbers in the standard's order (1.3.1 < 1.4.2 < 10.2.1 < 10.4.1.1). */
export declare function compareRequirementIds(a: string, b: string): number;
