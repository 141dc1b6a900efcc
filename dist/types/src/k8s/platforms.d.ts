/**
 * Kubernetes platforms (distributions) as the coverage report needs them: which inputs the platform
 * manages so that the customer cannot supply them (a managed control plane), where a self-managed
 * distribution keeps what pci-lint would read, the defaults a provider publishes, and what evidence to ask
 * the provider for. A sub-item whose only missing inputs are the provider's is reported `provider`, never
 * `pass`: the provider's attestation is the evidence (PCI DSS 12.8.5, 12.9.2), not the absence of files.
 */
import type { InputKind } from './input-kinds.js';
export declare const PLATFORM_NAMES: readonly ["self-managed", "eks", "aks", "gke", "openshift", "k3s", "rke2"];
export type PlatformName = (typeof PLATFORM_NAMES)[number];
/** What `--platform` accepts: a platform, or `auto` (self-managed when control-plane files are in the input). */
export declare const PLATFORM_CHOICES: readonly ["self-managed", "eks", "aks", "gke", "openshift", "k3s", "rke2", "auto"];
export type PlatformChoice = (typeof PLATFORM_CHOICES)[number];
export declare function isPlatformChoice(value: string): value is PlatformChoice;
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
export declare const PLATFORMS: Readonly<Record<PlatformName, Platform>>;
