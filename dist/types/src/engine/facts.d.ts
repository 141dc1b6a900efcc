/**
 * One finding per fact. A finding may name the subjects of the fact it reports (`about`); a rule may declare
 * that its findings replace those of other rules (`supersedes`). Over the whole run, a finding of a replaced
 * rule is dropped when each of its subjects is also the subject of a finding of a rule that replaces it; the
 * finding kept carries the dropped ones' PCI sub-items, requirements and rule ids, and the most serious
 * severity among them, so dropping never hides a section from the coverage report nor lowers an exit code.
 */
import { type Diagnostic, type Location, type Severity } from './diagnostic.js';
/**
 * The key of a located subject: the node in its file and object, by its path and its place (objects of one
 * name in several documents of a file are several subjects; two nodes a build adds at one place of the base
 * differ by path).
 */
export declare function locationSubjectKey(l: Location): string;
/** The key of a subject named by text. */
export declare function textSubjectKey(text: string): string;
/** True for the key of a subject named by text (see {@link textSubjectKey}). */
export declare function isTextSubjectKey(key: string): boolean;
/** What the deduplication needs of one finding that names subjects. */
export interface FactFinding {
    readonly ruleId: string;
    readonly about: readonly string[];
    readonly pci: readonly string[];
    readonly requirements: readonly string[];
    readonly severity: Severity;
}
/** What becomes of the findings passed in, by their index. */
export interface FactOutcome {
    readonly dropped: ReadonlySet<number>;
    /** Findings kept that absorbed others: what they carry now. */
    readonly merged: ReadonlyMap<number, MergedTags>;
}
/**
 * Decides which findings of `findings` stand for their fact. `supersedesOf` gives, for a rule id, the rule
 * ids it replaces (an active rule's `meta.supersedes`).
 */
export declare function oneFindingPerFact(findings: readonly FactFinding[], supersedesOf: (ruleId: string) => readonly string[] | undefined): FactOutcome;
/** What a kept finding carries after absorbing others. */
export interface MergedTags {
    readonly pci: readonly string[];
    readonly requirements: readonly string[];
    readonly severity: Severity;
    readonly alsoRules: readonly string[];
}
/** A kept finding with what it absorbed. */
export declare function withMerged(d: Diagnostic, m: MergedTags): Diagnostic;
/** A finding without the subjects of its fact: they are for the run's finish phase only, never printed or cached. */
export declare function withoutSubjects(d: Diagnostic): Diagnostic;
