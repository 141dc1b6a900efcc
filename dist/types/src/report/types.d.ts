import type { CoverageContext } from './coverage/model.js';
import type { Diagnostic } from '../engine/diagnostic.js';
import type { AnyRule } from '../engine/rule.js';
import type { K8sVersion } from '../k8s/versions.js';
export interface ReportInput {
    /**
     * The diagnostics in the order lint returns them (by file, then position). Any iterable that can be
     * iterated more than once: an array, or a run's results rebuilt file by file for a large input.
     */
    readonly diagnostics: Iterable<Diagnostic>;
    readonly fileCount: number;
    readonly target: K8sVersion;
    /** Every file checked (display paths), for formats that list passing files too (junit). */
    readonly files?: readonly string[];
    /** The rule registry, for formats that describe rules (sarif, markdown). */
    readonly rules?: readonly AnyRule[];
    /** Ids of rules that checked nothing because they need configuration. */
    readonly unconfigured?: readonly string[];
    /** For the coverage report formats (html, markdown, coverage-json): the run's scope and evidence. */
    readonly coverage?: CoverageContext;
    /**
     * Findings a suppression comment or annotation (`inSource`) or a baseline (`external`) hid. Only SARIF
     * prints them (as results with `suppressions`); json-summary counts them; every other format ignores them.
     */
    readonly suppressed?: Iterable<SuppressedDiagnostic>;
    /** The absolute directory that display paths are relative to (SARIF's `%SRCROOT%`). */
    readonly root?: string;
    /**
     * The absolute directory of the repository, when it is known and differs from `root` (GitLab's
     * `CI_PROJECT_DIR`): GitLab Code Quality links a finding only by a path relative to the repository.
     */
    readonly repositoryRoot?: string;
}
/** A finding that was not reported, and why. */
export interface SuppressedDiagnostic {
    readonly diagnostic: Diagnostic;
    /** SARIF's suppression kinds: a directive in the input, or a baseline file. */
    readonly kind: 'inSource' | 'external';
    /** The reason written with the suppression, or which baseline recorded the finding. */
    readonly justification?: string;
}
export interface FormatOptions {
    /** ANSI colours; the CLI enables them only on a TTY without NO_COLOR. */
    readonly color: boolean;
}
/** Turns a run's diagnostics into the text of one output format. Pure. */
export type Formatter = (input: ReportInput, options: FormatOptions) => string;
/**
 * The same output as a sequence of pieces, produced as they are consumed, so the CLI can write a large
 * report without holding all of it (or all diagnostics as objects) in memory. Pure.
 */
export type ChunkFormatter = (input: ReportInput, options: FormatOptions) => Iterable<string>;
/** The whole-text formatter of a chunked one. */
export declare function joined(chunks: ChunkFormatter): Formatter;
