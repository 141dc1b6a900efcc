import { LineCounter, parseAllDocuments, type Document } from 'yaml';
import { firstTemplateAction, helmSourceIn, type HelmSource } from './helm.js';
import type { Span } from './positions.js';
import type { SourceText } from './source.js';

/** Bounds alias expansion (billion-laughs inputs) when a document is turned into plain values. */
export const MAX_ALIAS_COUNT = 100;

export interface ParseProblem {
  readonly span: Span;
  readonly message: string;
  /** The parser's error code (e.g. `BAD_INDENT`), or `HELM_TEMPLATE` for unrendered templates. */
  readonly code: string;
}

export interface ParsedDocument {
  /** 0-based position of the document in its file's stream. */
  readonly index: number;
  readonly doc: Document.Parsed;
  readonly helm?: HelmSource;
  /** The document's first syntax error. A document with one is reported, never linted. */
  readonly problem?: ParseProblem;
}

export interface ParsedFile {
  readonly file: string;
  readonly text: string;
  readonly lineCounter: LineCounter;
  readonly documents: readonly ParsedDocument[];
  /** Problems that concern the whole file (an unrendered Helm template); its documents are then empty. */
  readonly fileProblems: readonly ParseProblem[];
}

function contentStart(doc: Document.Parsed): number {
  const contents = doc.contents as { range?: [number, number, number] } | null;
  return contents?.range?.[0] ?? doc.range[1];
}

/**
 * Parses a file's text into its YAML documents, keeping the node ranges every diagnostic is built from.
 * Never throws: syntax errors are carried on the documents they belong to.
 */
export function parseSource(source: SourceText): ParsedFile {
  const { file } = source;
  // A BOM is not content: dropping it keeps line 1's columns right.
  const text = source.text.startsWith('\uFEFF') ? source.text.slice(1) : source.text;
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, merge: true, uniqueKeys: true, strict: true });
  const list = Array.isArray(docs) ? docs : [];

  const documents: ParsedDocument[] = [];
  let previousEnd = 0;
  list.forEach((doc, index) => {
    const header = text.slice(previousEnd, contentStart(doc));
    previousEnd = doc.range[2];
    const helm = helmSourceIn(header);
    const error = doc.errors[0];
    const problem: ParseProblem | undefined = error
      ? { span: { start: error.pos[0], end: Math.max(error.pos[1], error.pos[0]) }, message: firstSentence(error.message), code: error.code }
      : undefined;
    documents.push({ index, doc, ...(helm && { helm }), ...(problem && { problem }) });
  });

  if (documents.some((d) => d.problem)) {
    const at = firstTemplateAction(text);
    if (at >= 0) {
      const close = text.indexOf('}}', at);
      const span = { start: at, end: close === -1 ? at + 2 : close + 2 };
      return {
        file,
        text,
        lineCounter,
        documents: [],
        fileProblems: [
          {
            span,
            code: 'HELM_TEMPLATE',
            message: 'This looks like an unrendered Helm template ({{ ... }}); it is not YAML yet. Render it first (helm template ...) and lint the output.',
          },
        ],
      };
    }
  }
  return { file, text, lineCounter, documents, fileProblems: [] };
}

function firstSentence(message: string): string {
  // yaml appends a code excerpt after a blank line even with prettyErrors off in some paths.
  return message.split('\n\n')[0]?.trim() ?? message;
}
