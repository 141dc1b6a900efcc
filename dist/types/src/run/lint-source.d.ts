/** Parsing a source and handing it to the engine; the whole of a run for sources already in memory. */
import type { Diagnostic } from '../engine/diagnostic.js';
import { type FileResult } from '../engine/result.js';
import type { LintSession } from '../engine/session.js';
import type { SourceText } from '../load/source.js';
import { type StreamedRows } from './store.js';
/**
 * Parses and lints one file's text; a failure outside the rules' own guard is reported on the file, not
 * thrown. With `streamed`, each document's diagnostics are packed as soon as it has been walked (see
 * lintParsedFile), and the result holds only the file's own.
 */
export declare function lintSource(session: LintSession, source: SourceText, streamed?: StreamedRows): FileResult;
/**
 * Runs every rule's `finish` phase over the whole input and returns all diagnostics, de-duplicated and
 * in their stable order.
 */
export declare function finishProject(session: LintSession, results: readonly FileResult[]): Diagnostic[];
/** Lints a set of in-memory sources as one project. Pure: no I/O. */
export declare function lintSources(session: LintSession, sources: readonly SourceText[]): Diagnostic[];
