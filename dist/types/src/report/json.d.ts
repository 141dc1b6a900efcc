import type { Severity } from '../engine/diagnostic.js';
import { type ChunkFormatter, type ReportInput } from './types.js';
/** A JSON array of diagnostics in the stable order. */
export declare const jsonChunks: ChunkFormatter;
export declare const json: import("./types.js").Formatter;
type Counts = Record<Severity | 'total', number>;
/** The summary object of json-summary: what a dashboard or a CI gate reads without walking the findings. */
export interface JsonSummary {
    readonly tool: {
        readonly name: 'pci-lint';
        readonly version: string;
    };
    /** The Kubernetes version checked against, `major.minor`. */
    readonly target: string;
    /** Findings reported, by severity (after any baseline and --quiet). */
    readonly findings: Counts;
    /** Files (and standard input) checked, and how many of them have findings. */
    readonly files: {
        readonly checked: number;
        readonly withFindings: number;
    };
    /** Findings by rule id (ids in order), by severity. */
    readonly rules: Readonly<Record<string, Counts>>;
    /** Findings not reported: hidden by a suppression comment or annotation, or by the baseline. */
    readonly suppressed: {
        readonly inSource: number;
        readonly baseline: number;
    };
    /** Enabled rules that checked nothing because they need configuration. */
    readonly unconfigured: readonly string[];
}
/** The summary of a run's findings: one pass over them (and over the suppressed ones). */
export declare function jsonSummary(input: ReportInput): JsonSummary;
/**
 * `json-summary`: an object with the run's summary and, under `diagnostics`, exactly the array `json`
 * prints. Two passes over the findings: the summary first, then the findings as they are written.
 */
export declare const jsonSummaryChunks: ChunkFormatter;
export declare const jsonSummaryReport: import("./types.js").Formatter;
export {};
