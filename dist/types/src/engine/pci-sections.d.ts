/**
 * The 16 sections of the PCI SSC guidance for containers and container orchestration, as used by
 * pci-lint (../shared/pci-k8s.md). A rule's first PCI section decides the folder it lives in.
 */
export declare const PCI_SECTIONS: readonly [{
    readonly id: "1";
    readonly title: "Authentication";
}, {
    readonly id: "2";
    readonly title: "Authorization";
}, {
    readonly id: "3";
    readonly title: "Workload security";
}, {
    readonly id: "4";
    readonly title: "Network security";
}, {
    readonly id: "5";
    readonly title: "PKI";
}, {
    readonly id: "6";
    readonly title: "Secrets management";
}, {
    readonly id: "7";
    readonly title: "Auditing";
}, {
    readonly id: "8";
    readonly title: "Container monitoring";
}, {
    readonly id: "9";
    readonly title: "Container runtime security";
}, {
    readonly id: "10";
    readonly title: "Patching";
}, {
    readonly id: "11";
    readonly title: "Resource management";
}, {
    readonly id: "12";
    readonly title: "Container image building";
}, {
    readonly id: "13";
    readonly title: "Registry";
}, {
    readonly id: "14";
    readonly title: "Version management";
}, {
    readonly id: "15";
    readonly title: "Configuration management";
}, {
    readonly id: "16";
    readonly title: "Segmentation";
}];
/** `01-authentication` for section 1: the rules/ folder of a section. */
export declare function sectionFolder(sectionId: string): string | undefined;
export declare function sectionTitle(sectionId: string): string | undefined;
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
export declare const PCI_ITEMS: readonly PciItem[];
/** The sub-item with this id (`3.1`), or undefined: a whole section (`3`) is not a sub-item. */
export declare function pciItem(id: string): PciItem | undefined;
