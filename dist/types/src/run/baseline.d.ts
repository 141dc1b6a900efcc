import type { Diagnostic } from '../engine/diagnostic.js';
export interface BaselineEntry {
    readonly fingerprint: string;
    readonly ruleId: string;
    readonly file: string;
    /** `Kind/namespace/name`, for people reading the file. */
    readonly resource?: string;
    readonly path?: string;
}
/** Findings accepted as known debt: later runs report only findings that are not in it. */
export interface Baseline {
    readonly version: 1;
    readonly tool: 'pci-lint';
    readonly findings: readonly BaselineEntry[];
}
/**
 * Records the current findings by fingerprint (rule, message id, file, object, YAML path; no line
 * numbers). Engine diagnostics (parse errors, unreadable files) are never baselined: they mean input went
 * unchecked.
 */
export declare function createBaseline(diagnostics: Iterable<Diagnostic>): Baseline;
/** Reads a baseline file's JSON; anything else is a ConfigError naming the file. */
export declare function parseBaseline(text: string, file: string): Baseline;
/**
 * A filter that drops findings recorded in the baseline: true for a finding to keep. Each entry absorbs one
 * finding, so a second copy of a known problem is still reported. Stateful: one filter per pass.
 */
export declare function baselineFilter(baseline: Baseline): (d: Diagnostic) => boolean;
