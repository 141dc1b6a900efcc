/**
 * Lints one parsed file: a single walk over each document's objects, dispatching to the active rules by
 * the visitor keys they listen to. Parsing is the caller's (the run's) job.
 */
import type { ParsedFile } from '../load/parse.js';
import type { LoadProblem } from '../load/source.js';
import type { Diagnostic } from './diagnostic.js';
import { type FileResult } from './result.js';
import type { ResourceSummary } from './rule.js';
import type { LintSession } from './session.js';
/** Turns a file that could not be read into its diagnostic. */
export declare function loadProblemResult(problem: LoadProblem): FileResult;
/** What one document's walk gave (lintParsedFile's `onDocument`): each rule's facts in the order recorded. */
export interface DocumentPart {
    readonly diagnostics: Diagnostic[];
    readonly resources: ResourceSummary[];
    readonly facts: Readonly<Record<string, unknown[]>>;
}
/**
 * Lints one file's documents with every active rule, in a single walk per document. With `onDocument`, each
 * document's diagnostics (in the order they were reported), object summaries and facts are handed over as
 * soon as its walk is done, and the result's `diagnostics` holds only those of the file as a whole (syntax
 * errors outside any document, lenient-read notes), its `resources` and `facts` none: a file with very many
 * objects or findings is then never held as objects at once. With `release`, each document's parsed data is
 * let go (ParsedDocument.release) once it has been walked: for a caller that has no other use for `parsed`.
 */
export declare function lintParsedFile(session: LintSession, parsed: ParsedFile, onDocument?: (part: DocumentPart) => void, release?: boolean): FileResult;
