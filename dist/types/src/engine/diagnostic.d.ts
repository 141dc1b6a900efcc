import type { RenderedSource } from '../load/source.js';
import type { ResourceRef } from '../model/resource.js';
export type Severity = 'error' | 'warning' | 'info';
export declare const SEVERITIES: readonly Severity[];
/** True when `severity` is at least as serious as `threshold`. */
export declare function atLeast(severity: Severity, threshold: Severity): boolean;
/** A place in a file, resolved from a YAML node. Plain data: it can cross worker boundaries. */
export interface Location {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly resource?: ResourceRef;
    /**
     * For rendered output (`helm template`, or `kustomize build` with origin annotations): the file of the
     * user's sources the object was rendered from.
     */
    readonly source?: RenderedSource;
    /**
     * The YAML path reported on, as text (`spec.containers[0].image`). With the rule, file and resource it
     * identifies a finding independently of line numbers (baselines, SARIF fingerprints).
     */
    readonly path?: string;
}
/** One finding. Lines and columns are 1-based; `endColumn` is exclusive. */
export interface Diagnostic extends Location {
    readonly ruleId: string;
    readonly messageId?: string;
    /** The PCI container guidance sub-items of the rule (empty for pci-lint's own diagnostics). */
    readonly pci: readonly string[];
    /** The PCI DSS v4.0.1 requirement numbers of the rule (empty for pci-lint's own diagnostics). */
    readonly requirements: readonly string[];
    readonly severity: Severity;
    readonly message: string;
    readonly fix?: string;
    /** Keys of the subjects of the fact the finding reports, until the finish phase has kept one finding per fact. */
    readonly about?: readonly string[];
    /** Rules whose findings of the same fact this one replaced (their PCI sub-items and requirements are in `pci` and `requirements`). */
    readonly alsoRules?: readonly string[];
}
/** The one order diagnostics are printed in: file, line, column, rule, then message. */
export declare function compareDiagnostics(a: Diagnostic, b: Diagnostic): number;
export interface SeverityCounts {
    readonly error: number;
    readonly warning: number;
    readonly info: number;
}
export declare function countBySeverity(diagnostics: readonly Diagnostic[]): SeverityCounts;
