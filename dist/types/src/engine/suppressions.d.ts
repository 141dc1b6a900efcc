import type { ResourceRef } from '../model/resource.js';
import type { Diagnostic, Location } from './diagnostic.js';
/** The annotation that turns rules off for one object, and the one that says why. */
export declare const IGNORE_ANNOTATION = "pci-lint.io/ignore";
export declare const IGNORE_REASON_ANNOTATION = "pci-lint.io/ignore-reason";
/**
 * One suppression found in the input: a `# pci-lint-disable-next-line` comment (it covers the next line
 * that is neither blank nor a comment) or a `pci-lint.io/ignore` annotation (it covers the object).
 */
export interface Suppression {
    readonly kind: 'comment' | 'annotation';
    readonly ruleIds: readonly string[];
    readonly reason?: string;
    /** Where the directive is written, for findings about the directive itself. */
    readonly at: Location;
    /** For comments: the line it covers. */
    readonly line?: number;
    /** For annotations: the object it covers. */
    readonly resource?: ResourceRef;
    /**
     * For annotations: where that object is written (its document, or its item of a List). Only findings
     * inside it are covered: another object of the same kind and name elsewhere is not.
     */
    readonly scope?: Scope;
}
/** A stretch of one file: from line:column up to (not including) endLine:endColumn. */
export interface Scope {
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
}
/**
 * Finds `# pci-lint-disable-next-line rule-a, rule-b -- reason` comments in a file's text. With
 * `commentLines` (ParsedFile.commentLines), a directive counts only on a line where a YAML comment starts:
 * the same words inside a block or quoted scalar are content, not a comment.
 */
export declare function commentSuppressions(file: string, text: string, commentLines?: ReadonlySet<number>): Suppression[];
/** The suppression an object declares through its `pci-lint.io/ignore` annotation, if any. */
export declare function annotationSuppression(annotations: Readonly<Record<string, string>>, resource: ResourceRef, at: Location, scope: Scope): Suppression | undefined;
export interface SuppressionOutcome {
    readonly kept: Diagnostic[];
    /** Each finding a suppression hid, with that suppression (the first that covers it). */
    readonly waived: {
        readonly diagnostic: Diagnostic;
        readonly suppression: Suppression;
    }[];
    /** Findings about the suppressions themselves: missing reasons, unknown rules, unused directives. */
    readonly problems: {
        readonly id: 'suppression-missing-reason' | 'unused-suppression';
        readonly message: string;
        readonly at: Location;
    }[];
}
/**
 * Drops the rule findings that a suppression covers and reports suppressions that lack a reason, name an
 * unknown rule or cover nothing. Engine diagnostics (`parse-error`, …) are never suppressed. A rule that
 * exists but did not run (turned off, not for this Kubernetes version) does not make a suppression unused.
 */
export declare function applySuppressions(diagnostics: readonly Diagnostic[], suppressions: readonly Suppression[], isSuppressible: (ruleId: string) => boolean, ruleState: (ruleId: string) => 'active' | 'inactive' | 'unknown'): SuppressionOutcome;
