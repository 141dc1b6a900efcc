/** What linting produces before the finish phase: one file's plain result, and how findings become diagnostics. */
import { type CoreDiagnosticId } from './core-ids.js';
import { type Diagnostic, type Location } from './diagnostic.js';
import { type FactSubject, type Report, type ResourceSummary } from './rule.js';
import type { ActiveRule } from './settings.js';
import type { FileEvidence } from './evidence.js';
import type { Suppression } from './suppressions.js';
import { type Located } from '../model/resource.js';
/** What linting one file produced. Plain data, so it can come back from a worker thread. */
export interface FileResult {
    readonly file: string;
    readonly diagnostics: Diagnostic[];
    readonly resources: ResourceSummary[];
    /** Facts recorded by rules for their `finish` phase, by rule id. */
    readonly facts: Record<string, unknown[]>;
    /** Suppression comments and annotations found in the file. */
    readonly suppressions: Suppression[];
    /** The kinds of input the file holds and the Kubernetes versions it states (for the coverage report). */
    readonly evidence: FileEvidence;
}
export declare function coreDiagnostic(id: CoreDiagnosticId, message: string, location: Location): Diagnostic;
/** Sorts diagnostics into the output order and drops exact repeats (two rules' shared checks, re-reports). */
export declare function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[];
/** Turns a report into a diagnostic; `subjectKey` resolves each subject the report is `about` to its key. */
export declare function toDiagnostic(entry: ActiveRule, report: Report<string>, location: Location, subjectKey?: (subject: FactSubject) => string): Diagnostic;
/** A subject's key while visiting: nodes are located in the current document. */
export declare function visitSubjectKey(locate: (node: Located<unknown>) => Location): (subject: FactSubject) => string;
export declare function isLocation(target: Report<string>['at'] | FactSubject): target is Location;
export declare function describeError(error: unknown): string;
