/** Parsing a source and handing it to the engine; the whole of a run for sources already in memory. */
import type { Diagnostic } from '../engine/diagnostic.js';
import { lintParsedFile } from '../engine/dispatch.js';
import { coreDiagnostic, type FileResult } from '../engine/result.js';
import type { LintSession } from '../engine/session.js';
import { parseSource } from '../load/parse.js';
import type { SourceText } from '../load/source.js';
import { ProjectStore, type StreamedRows } from './store.js';

/**
 * Parses and lints one file's text; a failure outside the rules' own guard is reported on the file, not
 * thrown. With `streamed`, each document's diagnostics are packed as soon as it has been walked (see
 * lintParsedFile), and the result holds only the file's own.
 */
export function lintSource(session: LintSession, source: SourceText, streamed?: StreamedRows): FileResult {
  try {
    // The parsed file is this call's alone: each document's parse data goes once it has been walked.
    return lintParsedFile(session, parseSource(source), streamed?.add, true);
  } catch (error) {
    streamed?.clear();
    const message = `pci-lint failed while reading this file (${error instanceof Error ? error.message : String(error)}), so it was not checked. Please report this.`;
    return { file: source.file, diagnostics: [coreDiagnostic('internal-error', message, { file: source.file, line: 1, column: 1, endLine: 1, endColumn: 1 })], resources: [], facts: {}, suppressions: [], evidence: { kinds: [], versions: [] } };
  }
}

/**
 * Runs every rule's `finish` phase over the whole input and returns all diagnostics, de-duplicated and
 * in their stable order.
 */
export function finishProject(session: LintSession, results: readonly FileResult[]): Diagnostic[] {
  // Every result is in memory already: packing would only cost time.
  const store = new ProjectStore({ packed: false });
  for (const result of results) store.add(result);
  return [...store.finish(session)];
}

/** Lints a set of in-memory sources as one project. Pure: no I/O. */
export function lintSources(session: LintSession, sources: readonly SourceText[]): Diagnostic[] {
  return finishProject(
    session,
    sources.map((s) => lintSource(session, s)),
  );
}
