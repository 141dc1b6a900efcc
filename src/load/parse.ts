import type { Document, LineCounter, Scalar, ScalarTag } from 'yaml';
import { LineStarts, yamlPackage, type LinePositions } from './yaml-package.js';
import { fastParse, fastParseLenient, type DuplicateKey, type FastDocument } from './fast-parse.js';
import { helmSourceIn, templateActions, type HelmSource, type TemplateAction } from './helm.js';
import { locatePath, type LocatedSpan, type Path, type Span, type SpanPart } from './positions.js';
import { own } from './own.js';
import type { KustomizeBuild, KustomizePatch, SourceText } from './source.js';
import { YAML11_BOOLEAN, YAML11_INT, YAML11_UNDERSCORED_FLOAT, yaml11BinaryText, yaml11BooleanValue, yaml11ExplicitFloat, yaml11FloatValue, yaml11IntValue } from './yaml11.js';
import { applyGoYamlMergeOrder } from './merge-order.js';
import { jsonKeyCollisions } from './json-keys.js';
import { droppedSeparatorsBlanked, ignoredAfterDocumentEnd, jsonStream, readerFailure, refusedCharacters, type JsonStreamError, type JsonStreamValue, type ReaderDocument, type ReaderFailure, type RefusedCharacter } from './kubectl-reader.js';

const STACK_EXHAUSTED = /Maximum call stack size exceeded/;

/** The YAML 1.1 booleans Kubernetes resolves (see yaml11.ts), as a tag of the `yaml` path. */
const yaml11Booleans: ScalarTag = {
  identify: (value) => typeof value === 'boolean',
  default: true,
  tag: 'tag:yaml.org,2002:bool',
  test: YAML11_BOOLEAN,
  resolve: yaml11BooleanValue,
};

/** The integers go-yaml v2 reads (see yaml11.ts); ahead of the core schema's, which reads `0644` as 644. */
const yaml11Integers: ScalarTag = {
  identify: (value) => typeof value === 'number' && Number.isInteger(value),
  default: true,
  tag: 'tag:yaml.org,2002:int',
  test: YAML11_INT,
  resolve: yaml11IntValue,
};

/** The floats with underscores go-yaml v2 reads (see yaml11.ts), which YAML 1.2 keeps as strings. */
const yaml11Floats: ScalarTag = {
  identify: () => false,
  default: true,
  tag: 'tag:yaml.org,2002:float',
  test: YAML11_UNDERSCORED_FLOAT,
  resolve: yaml11FloatValue,
};

/** A tag written explicitly, read as `read` reads its text; text `read` refuses (undefined) is an error. */
function explicitTag(tag: string, read: (text: string) => unknown, refused: string): ScalarTag {
  return {
    identify: () => false,
    default: false,
    tag,
    resolve: (text, onError) => {
      const value = read(text);
      if (value === undefined) onError(refused);
      return value ?? text;
    },
  };
}

/** An explicit `!!float`, as go-yaml v2 reads it: `!!float 0` is the number 0 (runAsUser 0), not the string "0". */
const yaml11ExplicitFloats = explicitTag('tag:yaml.org,2002:float', yaml11ExplicitFloat, 'The !!float value is not a number: kubectl (go-yaml) rejects it.');

/**
 * An explicit `!!binary`, as go-yaml v2 and sigs.k8s.io/yaml hand it to Kubernetes: the decoded text (an
 * image, a host path, a password written in base64 is applied as that string), not bytes.
 */
const yaml11Binary = explicitTag('tag:yaml.org,2002:binary', yaml11BinaryText, 'The !!binary value is not base64: kubectl (go-yaml) rejects it.');

/** Bounds alias expansion (billion-laughs inputs) when a document is turned into plain values. */
export const MAX_ALIAS_COUNT = 100;

export interface ParseProblem {
  readonly span: Span;
  readonly message: string;
  /** The parser's error code (e.g. `BAD_INDENT`), or `HELM_TEMPLATE` for unrendered templates. */
  readonly code: string;
}

/**
 * One YAML document of a file. Rules never see it: the engine asks it for the document's plain value and
 * for the span of a path, so another parser can stand behind this interface without rules changing.
 */
export interface ParsedDocument {
  /** 0-based position of the document in its file's stream. */
  readonly index: number;
  readonly helm?: HelmSource;
  /**
   * The document's first syntax error other than a repeated key (a document whose only errors are repeated
   * keys is linted as kubectl reads it, see parseWithYaml). A document with one is reported, never linted.
   */
  readonly problem?: ParseProblem;
  /** Offset of the document's content (or of the document when it has none). */
  readonly start: number;
  /** The document as plain data. Throws when alias expansion exceeds {@link MAX_ALIAS_COUNT}. */
  toValue(): unknown;
  /** The span of a path in this document; a missing path resolves to its nearest existing ancestor. */
  locate(path: Path, part?: SpanPart): LocatedSpan | undefined;
  /**
   * Lets go of the document's value and the node data it is located with (where they can be let go of
   * apart from the file's other documents): `toValue` and `locate` then give nothing. For the one owner of
   * a parsed file, once the document has been walked.
   */
  release?(): void;
}

export interface ParsedFile {
  readonly file: string;
  readonly text: string;
  readonly lineCounter: LinePositions;
  readonly documents: readonly ParsedDocument[];
  /** Problems that concern the whole file (an unrendered Helm template); its documents are then empty. */
  readonly fileProblems: readonly ParseProblem[];
  /** Listed as a patch or plugin configuration by a kustomization in the input (SourceText.kustomizePatch). */
  readonly kustomizePatch?: KustomizePatch;
  /** What the kustomizations of the input that build the file do to its objects, view by view (SourceText.kustomizeBuilds). */
  readonly kustomizeBuilds?: readonly KustomizeBuild[];
  /** In a kustomization's tree, listed by none of the input's kustomizations (SourceText.unlistedIn). */
  readonly unlistedIn?: string;
  /**
   * For a text holding `pci-lint-disable-next-line`: the lines (1-based) where a YAML comment starts at the
   * line's first non-blank character. Such text inside a block or quoted scalar is content (a script's
   * comment, a note), not a comment, and is no suppression. Undefined when the text holds no directive.
   */
  readonly commentLines?: ReadonlySet<number>;
  /**
   * Constructs `yaml` rejects and Kubernetes' decoder accepts, read leniently (see fastParseLenient; a
   * repeated key on either path): the documents were linted, and each of these becomes one warning.
   */
  readonly lenient?: readonly ParseProblem[];
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
  const unmarked = source.text.startsWith('\uFEFF') ? source.text.slice(1) : source.text;
  // A lone CR ends a line for YAML 1.2 and for Kubernetes' own parser, not for the yaml package: make it
  // a LF. One character for one, so every offset, line and column stays that of the file.
  const crless = unmarked.includes('\r') ? unmarked.replace(/\r(?!\n)/g, '\n') : unmarked;
  // NEL, LS and PS end a line for go-yaml v2 (yamlh.go `is_break`), so for kubectl, and not for YAML 1.2: a
  // comment ending in one is followed by a key kubectl applies and `yaml` would read as part of the comment.
  // Read them as kubectl does, one character for one again, and say so once for the file.
  const firstBreak = crless.search(YAML11_LINE_BREAK);
  const broken = firstBreak === -1 ? crless : crless.replace(YAML11_LINE_BREAKS, '\n');
  // A byte-order mark that starts a line is skipped by kubectl, not by YAML 1.2 tools (see lineStartMarks).
  const marks = broken.includes('\n\uFEFF') ? lineStartMarks(broken) : undefined;
  // The separator lines kubectl drops, with the blanks only Go trims made spaces (droppedSeparatorsBlanked).
  const text = droppedSeparatorsBlanked(marks?.text ?? broken);
  const fast = fastParse(text);
  const yamlRead: ParsedFile = fast ? { file, text, lineCounter: linesOf(text), documents: fastDocuments(text, fast), fileProblems: [] } : lenientWhereKubectlAccepts(parseWithYaml(file, text));
  // JSON values one after another are no YAML; kubectl reads each (jsonStream). Looked for only where the
  // YAML read failed, which it always does for two values or more, so other files pay nothing for it.
  const stream = !fast && unmarked === source.text && (yamlRead.fileProblems.length > 0 || yamlRead.documents.some((d) => d.problem)) ? jsonStream(crless) : undefined;
  if (stream) return withSourceFacts(source, withCommentLines(jsonStreamFile(file, crless, stream.values, stream.error)));
  const failure = READER_FAILURE_HINT.test(text) ? readerFailure(text) : undefined;
  const failed = failure ? withReaderFailures(yamlRead, [readerFailureProblem(text, failure)]) : yamlRead;
  const ignored = fast ? [] : ignoredAfterDocumentEnd(text);
  const read = ignored.length === 0 ? failed : { ...failed, lenient: byPosition([...(failed.lenient ?? []), ...ignored.map(documentEndNote)]) };
  const lineBroken = firstBreak === -1 ? read : withYaml11LineBreakNote(read, firstBreak, crless.match(YAML11_LINE_BREAKS)?.length ?? 1);
  const noted = marks ? withLineStartMarkNote(lineBroken, marks.first, marks.count) : lineBroken;
  const refused = refusedCharacters(unmarked);
  const checked = refused.length === 0 ? noted : withRefusedCharacters(noted, refused);
  return withSourceFacts(source, withCommentLines(checked));
}

function withCommentLines(parsed: ParsedFile): ParsedFile {
  return parsed.text.includes(DIRECTIVE_WORD) ? { ...parsed, commentLines: commentLinesOf(parsed.text, parsed.lineCounter) } : parsed;
}

function withSourceFacts(source: SourceText, parsed: ParsedFile): ParsedFile {
  return source.kustomizePatch || source.kustomizeBuilds || source.unlistedIn !== undefined
    ? {
        ...parsed,
        ...(source.kustomizePatch && { kustomizePatch: source.kustomizePatch }),
        ...(source.kustomizeBuilds && { kustomizeBuilds: source.kustomizeBuilds }),
        ...(source.unlistedIn !== undefined && { unlistedIn: source.unlistedIn }),
      }
    : parsed;
}

const shiftedSpan = (span: Span, by: number): Span => ({ start: span.start + by, end: span.end + by });
const shiftedProblem = (problem: ParseProblem, by: number): ParseProblem => ({ ...problem, span: shiftedSpan(problem.span, by) });

/**
 * A stream of JSON values as kubectl reads it (jsonStream in kubectl-reader.ts): each value one document,
 * read by the fast path or `yaml` as the file it would be alone (a JSON value is YAML) and moved to its
 * place in the file, so every position is the file's; where encoding/json stops, a parse-error. One
 * warning, at the second value: YAML tools and kustomize (kyaml) reject such a file.
 */
function jsonStreamFile(file: string, text: string, values: readonly JsonStreamValue[], error: JsonStreamError | undefined): ParsedFile {
  const documents: ParsedDocument[] = [];
  const lenient: ParseProblem[] = [];
  for (const value of values) {
    const slice = text.slice(value.start, value.end);
    const fast = fastParse(slice);
    const read = fast ? { documents: fastDocuments(slice, fast), lenient: undefined } : lenientWhereKubectlAccepts(parseWithYaml(file, slice));
    for (const d of read.documents) {
      const by = value.start;
      documents.push({
        index: documents.length,
        start: d.start + by,
        ...(d.problem && { problem: shiftedProblem(d.problem, by) }),
        toValue: () => d.toValue(),
        locate: (path, part) => {
          const found = d.locate(path, part);
          return found && { ...found, span: shiftedSpan(found.span, by) };
        },
      });
    }
    for (const note of read.lenient ?? []) lenient.push(shiftedProblem(note, value.start));
  }
  const second = values[1] as JsonStreamValue;
  lenient.push({
    span: { start: second.start, end: second.start + 1 },
    code: 'JSON_STREAM',
    message: `This file holds ${String(values.length)} JSON values one after another${error ? ' before a syntax error' : ''}. kubectl reads such a stream with encoding/json (k8s.io/apimachinery YAMLOrJSONDecoder) and applies each object, and each was checked; it is no YAML, so YAML tools and kustomize reject the file: write one object per file, a List, or YAML documents separated by ---.`,
  });
  if (error) {
    documents.push({
      index: documents.length,
      start: error.at,
      problem: {
        span: { start: error.at, end: Math.min(error.at + 1, Math.max(text.length, error.at)) },
        code: 'JSON_STREAM_SYNTAX',
        message: `kubectl reads this file as a stream of JSON values (encoding/json) and stops here, at ${error.reason}: nothing from here on is applied, and nothing in it was checked. The values before it were checked.`,
      },
      toValue: () => null,
      locate: () => undefined,
    });
  }
  return { file, text, lineCounter: linesOf(text), documents, fileProblems: [], lenient: byPosition(lenient) };
}

/** The warning on a `...` marker kubectl ignores the rest of its document after (ignoredAfterDocumentEnd). */
function documentEndNote(at: number): ParseProblem {
  return {
    span: { start: at, end: at + 3 },
    code: 'DOCUMENT_END_CONTENT',
    message: 'kubectl ignores everything after this ... marker up to the next --- line, with no error (its reader splits documents only at ---, and go-yaml reads one document of what it is handed), so it does not apply what follows; kustomize and YAML tools read it as a document, and it was checked as written. Start the next document with a --- line.',
  };
}

/** The problem of a line kubectl's reader fails at (readerFailure), for the documents it loses. */
function readerFailureProblem(text: string, failure: ReaderFailure): { readonly problem: ParseProblem; readonly document: ReaderDocument } {
  const span = { start: failure.at, end: failure.code === 'DIRECTIVE' ? failure.end : failure.at + 3 };
  const message =
    failure.code === 'DIRECTIVE'
      ? `kubectl rejects a YAML directive (${text.startsWith('%YAML', failure.at) ? '%YAML' : text.startsWith('%TAG', failure.at) ? '%TAG' : 'a % line'}): its reader (k8s.io/apimachinery YAMLReader) cuts the stream at the --- line after it and hands go-yaml the directive without its document ("did not find expected <document start>"), so nothing from here on is applied, and the document was not checked. Remove the directive: Kubernetes reads YAML 1.1 without it.`
      : 'kubectl rejects this line: a line that starts with --- may hold only blanks or a comment after it (k8s.io/apimachinery YAMLReader: "invalid Yaml document separator"), so it applies neither the document this line ends nor anything after it, and neither was checked. Put the content on the next line.';
  return { problem: { span, code: failure.code, message }, document: failure.document };
}

/**
 * The documents kubectl rejects for a character go-yaml refuses (refusedCharacters in kubectl-reader.ts),
 * each made a problem at that character, whatever the YAML parsers here made of it: `yaml` and js-yaml read
 * a vertical tab or a DEL as part of a key or a value (`privileged: true\v` is then no boolean), so the
 * object would be linted as nobody applies it. The problem goes to every document that starts in kubectl's
 * document holding the character; when none does (the character is in a comment between two documents),
 * to the next document, which kubectl never reaches (it stops reading the file at the error), or to a
 * document of its own at the end of the file. It replaces a syntax error `yaml` found in the document:
 * go-yaml's reader refuses the character before its scanner reads what comes before it (readerc.go decodes
 * the input ahead of the scanner), and the character is what to fix.
 */
function withRefusedCharacters(parsed: ParsedFile, refused: readonly RefusedCharacter[]): ParsedFile {
  return withReaderFailures(
    parsed,
    refused.map((character) => ({
      problem: { span: { start: character.at, end: character.at + (character.codePoint > 0xffff ? 2 : 1) }, code: 'CONTROL_CHARACTER', message: refusedMessage(character.codePoint) },
      document: character.document,
    })),
  );
}

/** Each problem on the documents that start in kubectl's reader document it names (see withRefusedCharacters). */
function withReaderFailures(parsed: ParsedFile, failures: readonly { readonly problem: ParseProblem; readonly document: ReaderDocument }[]): ParsedFile {
  if (parsed.fileProblems.length > 0) return parsed;
  const documents = [...parsed.documents];
  for (const { problem, document } of failures) {
    const at = problem.span.start;
    const mark = (i: number): void => {
      const d = documents[i] as ParsedDocument;
      if (d.problem?.code !== 'CONTROL_CHARACTER') documents[i] = { ...d, problem };
    };
    const inside = documents.flatMap((d, i) => (d.start >= document.start && d.start < document.end ? [i] : []));
    for (const i of inside) mark(i);
    if (inside.length > 0) continue;
    const next = documents.findIndex((d) => d.start >= document.end);
    if (next !== -1) mark(next);
    else documents.push({ index: documents.length, start: at, problem, toValue: () => null, locate: () => undefined });
  }
  return { ...parsed, documents };
}

function refusedMessage(codePoint: number): string {
  const name = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const what = codePoint >= 0xd800 && codePoint <= 0xdfff ? 'a lone surrogate' : codePoint >= 0xfffe ? 'a noncharacter' : 'a control character';
  return `The character ${name} (${what}) is not allowed in YAML: kubectl (go-yaml) rejects this document ("control characters are not allowed"), so nothing in it was checked. Remove it, or write it as an escape in a double-quoted string.`;
}

/** A line readerFailure may fail at: a `---` line with more than blanks on it, or a `%` line (one regular-expression scan). */
const READER_FAILURE_HINT = /^(?:---[^\n]*[^\s#]|%)/m;

/** What every suppression comment holds (src/engine/suppressions.ts). */
const DIRECTIVE_WORD = 'pci-lint-disable-next-line';

/**
 * The lines where a comment token of `yaml`'s concrete syntax tree starts a line (after blanks). The tree is
 * built even for text `yaml` rejects, and knows block and quoted scalars, whose lines are content however
 * they look; one pass over the tree, with a stack rather than recursion.
 */
function commentLinesOf(text: string, lineCounter: LinePositions): ReadonlySet<number> {
  const lines = new Set<number>();
  const stack: unknown[] = [...new (yamlPackage().Parser)().parse(text)];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    const token = node as { type?: unknown; offset?: unknown };
    if (token.type === 'comment' && typeof token.offset === 'number') {
      const { line, col } = lineCounter.linePos(token.offset);
      const start = token.offset - col + 1;
      if (text.slice(start, token.offset).trim() === '') lines.add(line);
      continue;
    }
    for (const value of Object.values(node)) if (typeof value === 'object' && value !== null) stack.push(value);
  }
  return lines;
}

const YAML11_LINE_BREAK = /[\u0085\u2028\u2029]/;
const YAML11_LINE_BREAKS = /[\u0085\u2028\u2029]/g;

function withYaml11LineBreakNote(parsed: ParsedFile, at: number, count: number): ParsedFile {
  const note: ParseProblem = {
    span: { start: at, end: at + 1 },
    code: 'YAML11_LINE_BREAK',
    message: `This file has ${count} line break${count === 1 ? '' : 's'} that only YAML 1.1 reads as one (NEL, LS or PS: U+0085, U+2028, U+2029), the first here. kubectl (go-yaml) starts a new line at each and the file was checked that way; YAML 1.2 tools (yamllint, editors, Helm) read them as ordinary characters and may show something else: use LF line breaks.`,
  };
  return { ...parsed, lenient: byPosition([note, ...(parsed.lenient ?? [])]) };
}

/**
 * The byte-order marks (U+FEFF) that start a line after the first, read as kubectl reads them, one
 * character for one so that every offset stays the file's. kubectl splits a stream into documents at each
 * `---` line (k8s.io/apimachinery util/yaml YAMLReader: a line starting with `---` followed by blanks or a
 * comment ends a document that has a line, and is itself the first line of the next one otherwise) and
 * hands each to go-yaml, which drops a byte-order mark at the start of its input (readerc.go
 * yaml_parser_determine_encoding) and skips one at the start of any other line as one column
 * (scannerc.go yaml_parser_scan_to_next_token, `parser.mark.column == 0 && is_bom`). YAML 1.2 tools read
 * both as the first character of a key: `\uFEFFkind: Pod` would be no object at all, while kubectl applies
 * the Pod. So a mark that starts kubectl's document trades places with the line break before it (which
 * becomes a blank at the end of the `---` line), and any other one becomes a blank: the column it is to go-yaml.
 */
function lineStartMarks(text: string): { readonly text: string; readonly first: number; readonly count: number } | undefined {
  let out = '';
  let copied = 0;
  let first = -1;
  let count = 0;
  // Whether kubectl's current document has a line yet (the first document starts at the file's start).
  let documentHasLine = false;
  let separatorEndedDocument = false;
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf('\n', start);
    const lineEnd = end === -1 ? text.length : end;
    if (text.charCodeAt(start) === 0xfeff && start > 0) {
      count++;
      // Where the line's first character is once the mark has moved or become a blank.
      if (first === -1) first = separatorEndedDocument ? start + 1 : start;
      if (separatorEndedDocument) {
        // The line break before the mark moves one place on; a blank takes its first character's place.
        const breakStart = text.charAt(start - 2) === '\r' ? start - 2 : start - 1;
        out += text.slice(copied, breakStart) + ' ' + text.slice(breakStart, start);
      } else {
        out += text.slice(copied, start) + ' ';
      }
      copied = start + 1;
    }
    const line = text.slice(start, lineEnd);
    const separator = line.startsWith('---') && /^[ \t\r]*(?:#|$)/.test(line.slice(3));
    separatorEndedDocument = separator && documentHasLine;
    documentHasLine = separator ? !documentHasLine : true;
    if (end === -1) break;
    start = end + 1;
  }
  return count === 0 ? undefined : { text: out + text.slice(copied), first, count };
}

function withLineStartMarkNote(parsed: ParsedFile, at: number, count: number): ParsedFile {
  const note: ParseProblem = {
    span: { start: at, end: at + 1 },
    code: 'LINE_START_BOM',
    message: `This file has ${count} byte-order mark${count === 1 ? '' : 's'} (U+FEFF) at the start of a line, the first here. kubectl (go-yaml) skips each and the file was checked that way; YAML 1.2 tools (yamllint, editors, Helm) read one as the first character of a key and may show something else: remove them.`,
  };
  return { ...parsed, lenient: byPosition([note, ...(parsed.lenient ?? [])]) };
}

const FLOW_NODE_NAMES: Readonly<Record<string, string>> = { '"': 'double-quoted scalar', "'": 'single-quoted scalar', '[': 'flow sequence', '{': 'flow mapping' };

/**
 * A file `yaml` rejects is read again the way Kubernetes' decoder reads it, where that is known to differ
 * (fastParseLenient): what kubectl accepts is linted, with one warning per construct the YAML specification
 * does not allow (some YAML tools may reject it; PyYAML 6.0.3, and so yamllint, accepts an under-indented flow value).
 */
function lenientWhereKubectlAccepts(parsed: ParsedFile): ParsedFile {
  if (parsed.fileProblems.length > 0 || !parsed.documents.some((d) => d.problem)) return parsed;
  const lenient = fastParseLenient(parsed.text);
  // Repeated keys alone the `yaml` path reads itself: a document it still rejects has something else.
  if (!lenient || lenient.relaxed.length === 0) return parsed;
  const lineCounter = linesOf(parsed.text);
  const relaxed = lenient.relaxed.map((start) => ({
    span: { start, end: start + 1 },
    code: 'UNDER_INDENTED_FLOW',
    message: `This ${own(FLOW_NODE_NAMES, parsed.text.charAt(start)) ?? 'flow value'} continues on a line indented no deeper than the entry holding it. Kubernetes' decoder (sigs.k8s.io/yaml over go-yaml, which kubectl uses) accepts it and the document was checked as that decoder reads it; the YAML specification requires deeper indentation, so some YAML tools may reject it: indent its continuation lines past the entry.`,
  }));
  return {
    file: parsed.file,
    text: parsed.text,
    lineCounter,
    documents: fastDocuments(parsed.text, lenient.documents),
    fileProblems: [],
    lenient: byPosition([...relaxed, ...lenient.duplicates.map((d) => duplicateKeyNote(lineCounter, d))]),
  };
}

function byPosition(notes: ParseProblem[]): ParseProblem[] {
  return notes.sort((a, b) => a.span.start - b.span.start);
}

/** Keys are named, never values; a long key is cut (the warning's position shows it whole). */
function keyName(key: string): string {
  return JSON.stringify(key.length > 80 ? `${key.slice(0, 77)}...` : key);
}

/**
 * The warning on an earlier occurrence of a repeated key. kubectl decodes manifests with sigs.k8s.io/yaml's
 * non-strict `YAMLToJSON` (go-yaml v2 `yaml.Unmarshal`), which keeps the last value of a repeated key whole
 * (see fastParseLenient): what a reader sees first is not what the cluster gets.
 */
export function duplicateKeyNote(lineCounter: LinePositions, duplicate: DuplicateKey): ParseProblem {
  const { line, col } = lineCounter.linePos(duplicate.effective.start);
  return {
    span: duplicate.at,
    code: 'DUPLICATE_KEY',
    message: `The key ${keyName(duplicate.key)} is repeated in this mapping: kubectl (sigs.k8s.io/yaml over go-yaml) keeps the last value, at line ${line}:${col}, and ignores this one, so the document was checked with that value. The YAML specification and stricter YAML tools (yamllint, editors, strict parsers) reject repeated keys: keep only the one you mean.`,
  };
}

/**
 * The repeated keys of a document `yaml` read: in every mapping, keys equal as `yaml`'s `uniqueKeys: true`
 * compares them (the resolved scalar values: `1` and `"1"` differ, as they do for go-yaml), merge keys (`<<`)
 * apart, which may repeat. One lookup per key, where that option (left off when parsing) scans the mapping.
 */
function duplicateKeysOf(text: string, doc: Document.Parsed): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  const { isScalar, visit } = yamlPackage();
  visit(doc, {
    Map(_key, map) {
      const groups = new Map<unknown, Scalar[]>();
      for (const pair of map.items) {
        const key = pair.key;
        // A plain `<<` is a merge key; a quoted one is an ordinary key, for go-yaml v2 too (decode.go
        // `isMerge`: a `<<` scalar that is implicit, i.e. plain, or tagged !!merge).
        // NaN is no repeat of NaN (yaml's uniqueKeys compares with ===), though a Map would group them.
        if (!isScalar(key) || !key.range || (key.value === '<<' && key.type === 'PLAIN') || typeof key.value === 'symbol' || Number.isNaN(key.value)) continue;
        const group = groups.get(key.value);
        if (group) group.push(key);
        else groups.set(key.value, [key]);
      }
      for (const [value, keys] of groups) {
        if (keys.length < 2) continue;
        const effective = keySpan(text, keys[keys.length - 1] as Scalar);
        // A key that is not a string (`yes` and `true`, both true) is named as it is written.
        for (const key of keys.slice(0, -1)) out.push({ key: typeof value === 'string' ? value : (key.source ?? String(value)), at: keySpan(text, key), effective });
      }
    },
  });
  return out;
}

function keySpan(text: string, key: Scalar): Span {
  const [start = 0, valueEnd = start] = key.range ?? [];
  let end = valueEnd;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { start, end };
}

/** The line starts `yaml`'s parser records: 0 and the offset after every LF. */
function linesOf(text: string): LineStarts {
  const lineCounter = new LineStarts();
  lineCounter.addNewLine(0);
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineCounter.addNewLine(at + 1);
  return lineCounter;
}

function fastDocuments(text: string, fast: readonly FastDocument[]): ParsedDocument[] {
  return fast.map((doc, index) => {
    const helm = helmSourceIn(text.slice(doc.headerStart, doc.start));
    let held: FastDocument | undefined = doc;
    return {
      index,
      start: doc.start,
      ...(helm && { helm }),
      toValue: () => (held ? held.value : null),
      locate: (path, part) => held?.locate(path, part),
      release: () => {
        held = undefined;
      },
    };
  });
}

/** The parse-error of a file that is an unrendered Helm template (a run reports one per project: src/run/store.ts). */
export const UNRENDERED_HELM_MESSAGE = 'This looks like an unrendered Helm template ({{ ... }}); it is not YAML yet. Render it first (helm template ...) and lint the output.';

/** How every unrendered-template parse-error starts (Helm's, other placeholders', a placeholder in a name: src/model/document.ts). */
export const UNRENDERED_TEMPLATE_PREFIX = 'This looks like an unrendered ';

/**
 * The `yaml` path, for text already BOM-free with lone CRs made LF: whatever the fast path does not surely
 * read the same way, and every syntax error.
 */
export function parseWithYaml(file: string, text: string, lineCounter: LineCounter = new (yamlPackage().LineCounter)()): ParsedFile {
  // logLevel 'error': yaml's warnings (e.g. collection keys in `{{ .Values.x }}`) must not reach stderr.
  // yaml's errors are Error objects; nothing reads their stacks, and capturing one per error made them 6 %
  // of a run over real manifests (unrendered templates give thousands).
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let docs;
  try {
    // uniqueKeys off: yaml compares each key with every earlier key of its mapping (quadratic: 40 000 keys
    // took half a minute); duplicateKeysOf finds the same repeats with one lookup per key.
    docs = yamlPackage().parseAllDocuments(text, { lineCounter, prettyErrors: false, merge: true, uniqueKeys: false, strict: true, logLevel: 'error', customTags: (tags) => [yaml11Integers, yaml11Floats, yaml11ExplicitFloats, yaml11Binary, ...tags, yaml11Booleans] });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  const list = Array.isArray(docs) ? docs : [];

  const documents: ParsedDocument[] = [];
  const duplicates: DuplicateKey[] = [];
  /** Whether each document has a syntax error or a repeated key (an unrendered template's if/else branches often repeat one). */
  const flawed: boolean[] = [];
  let previousEnd = 0;
  list.forEach((doc, index) => {
    const header = text.slice(previousEnd, contentStart(doc));
    previousEnd = doc.range[2];
    const helm = helmSourceIn(header);
    // A document whose only flaws are repeated keys is what kubectl reads (it keeps each key's last value,
    // as toJS and locatePath do here): linted, with a warning on each occurrence before the last.
    const repeats = duplicateKeysOf(text, doc);
    flawed.push(doc.errors.length > 0 || repeats.length > 0);
    if (doc.errors.length === 0) for (const duplicate of repeats) duplicates.push(duplicate);
    // Else the error reported is what kubectl rejects too: the first syntax error.
    const error = doc.errors[0];
    const problem: ParseProblem | undefined = !error
      ? undefined
      : STACK_EXHAUSTED.test(error.message)
        ? // Where the stack ran out depends on the machine; the report must not.
          { span: { start: doc.range[0], end: doc.range[0] }, code: 'NESTING_LIMIT', message: 'The document nests too deeply to be parsed (the parser ran out of stack); nothing in it was checked.' }
        : { span: { start: error.pos[0], end: Math.max(error.pos[1], error.pos[0]) }, message: firstSentence(error.message), code: error.code };
    documents.push({
      index,
      start: contentStart(doc),
      ...(helm && { helm }),
      ...(problem && { problem }),
      toValue: (): unknown => {
        try {
          return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        } catch (error) {
          // An unresolved alias names the alias, which may be a value written with a leading `*`.
          throw error instanceof Error ? new Error(withoutQuotedText(error.message)) : error;
        }
      },
      locate: (path, part) => locatePath(text, doc, path, part),
    });
  });

  // Any error counts, repeated keys too: an unrendered template's if/else branches often repeat a key.
  if (text.includes('{{') && (flawed.includes(true) || list.some(hasCollectionKey))) {
    const action = unrenderedTemplateAction(text, list);
    if (action && !kubectlReadsActionsAsValues(text)) {
      const { at } = action;
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
            message: action.helm
              ? UNRENDERED_HELM_MESSAGE
              : 'This looks like an unrendered template (a {{ name }} placeholder); it is not the manifest yet. Render it with the tool that fills the placeholders in and lint the output.',
          },
        ],
      };
    }
  }
  // The positions the warnings name need the line starts, which parsing has recorded by now.
  const notes: ParseProblem[] = duplicates.map((d) => duplicateKeyNote(lineCounter, d));
  // Looked for once: once per document was a scan of the whole text for each (quadratic in a file of
  // many empty documents).
  const merges = text.includes('<<');
  list.forEach((doc, index) => {
    if (documents[index]?.problem) return;
    // Rewrites the document (its value and its located paths) the way go-yaml applies merge keys.
    if (merges) for (const note of applyGoYamlMergeOrder(doc, lineCounter)) notes.push(note);
    for (const note of jsonKeyCollisions(text, doc, lineCounter)) notes.push(note);
  });
  if (notes.length === 0) return { file, text, lineCounter, documents, fileProblems: [] };
  return { file, text, lineCounter, documents, fileProblems: [], lenient: byPosition(notes) };
}

/**
 * The first template action or placeholder that is not inside a YAML scalar. A `{{ $labels.x }}` in a
 * string (Prometheus rules, Alertmanager templates) is content, so a syntax error elsewhere in such a file
 * is reported as what it is.
 */
function unrenderedTemplateAction(text: string, docs: readonly Document.Parsed[]): TemplateAction | undefined {
  const scalars: (readonly [number, number])[] = [];
  const { visit } = yamlPackage();
  for (const doc of docs) {
    visit(doc, {
      Scalar(_key, node) {
        if (node.range) scalars.push([node.range[0], node.range[1]]);
      },
    });
  }
  // Scalars do not overlap: the one that may hold an action is the last starting at or before it (a binary
  // search; a scan of every scalar for every action was quadratic in a file of templated strings).
  scalars.sort((a, b) => a[0] - b[0]);
  const inScalar = (at: number): boolean => {
    let lo = 0;
    let hi = scalars.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((scalars[mid] as readonly [number, number])[0] <= at) lo = mid + 1;
      else hi = mid;
    }
    const scalar = scalars[lo - 1];
    return scalar !== undefined && at < scalar[1];
  };
  for (const action of templateActions(text)) {
    if (!inScalar(action.at)) return action;
  }
  return undefined;
}

/**
 * True for a file `yaml` rejects only for what Kubernetes' decoder accepts (fastParseLenient: a flow value
 * continued under-indented), every template action of which lies inside a string value as that decoder reads
 * it. `yaml` recovers from such an error by misreading what follows, so the scalars unrenderedTemplateAction
 * looks in are not the file's; read as kubectl reads it, the placeholders are values for the tool that runs the
 * object (Argo Workflows' `image: "{{inputs.parameters.os-image}}"`), as they are in a file `yaml` accepts.
 */
function kubectlReadsActionsAsValues(text: string): boolean {
  const lenient = fastParseLenient(text);
  if (!lenient || lenient.relaxed.length === 0) return false;
  const spans: Span[] = [];
  const collect = (doc: FastDocument, value: unknown, path: Path): void => {
    if (typeof value === 'string') {
      const located = doc.locate(path, 'value');
      if (located?.exact) spans.push(located.span);
    } else if (Array.isArray(value)) {
      value.forEach((item: unknown, i) => { collect(doc, item, [...path, i]); });
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) collect(doc, item, [...path, key]);
    }
  };
  for (const doc of lenient.documents) collect(doc, doc.value, []);
  // Values do not overlap: the one that may hold an action is the last starting at or before it.
  spans.sort((a, b) => a.start - b.start);
  for (const action of templateActions(text)) {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((spans[mid] as Span).start <= action.at) lo = mid + 1;
      else hi = mid;
    }
    const span = spans[lo - 1];
    if (span === undefined || action.at >= span.end) return false;
  }
  return true;
}

/**
 * `replicas: {{ .Values.n }}` is valid YAML: a flow map used as a key. No manifest has collection keys, so
 * one means an unrendered template that happened to parse.
 */
function hasCollectionKey(doc: Document.Parsed): boolean {
  const { isCollection, visit } = yamlPackage();
  let found = false;
  visit(doc, {
    Pair(_key, pair) {
      if (isCollection(pair.key)) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function firstSentence(message: string): string {
  // yaml appends a code excerpt after a blank line even with prettyErrors off in some paths.
  return withoutQuotedText(message.split('\n\n')[0]?.trim() ?? message);
}

/**
 * yaml's messages that quote the text they are about, each with what it says without it. That text is part
 * of a value more often than not (a password with a backslash in double quotes, or one that starts with
 * `*`, `!` or `|`), and no report, log or cache may hold a secret value or a piece of one: the error's
 * position shows where it is.
 */
const QUOTING_MESSAGES: readonly { readonly prefix: string; readonly suffix?: string; readonly message: string }[] = [
  { prefix: 'Invalid escape sequence ', message: 'Invalid escape sequence in a double-quoted scalar' },
  { prefix: 'Unresolved alias (the anchor must be set before the alias)', message: 'Unresolved alias (the anchor must be set before the alias)' },
  { prefix: 'Block scalar header includes extra characters', message: 'Block scalar header includes extra characters' },
  { prefix: 'Unresolved tag', message: 'Unresolved tag' },
  { prefix: 'Could not resolve tag', message: 'Could not resolve tag' },
  { prefix: 'Not a valid tag', message: 'Not a valid tag' },
  { prefix: 'The ', suffix: ' tag has no suffix', message: 'A tag has no suffix' },
  { prefix: "Verbatim tags aren't resolved", message: "Verbatim tags aren't resolved" },
  { prefix: 'Unknown directive', message: 'Unknown directive' },
  { prefix: 'Unsupported YAML version', message: 'Unsupported YAML version' },
  { prefix: 'Not a YAML token', message: 'Not a YAML token' },
  { prefix: 'Plain value cannot start with', message: 'Plain value cannot start with this character' },
  { prefix: 'Ordered maps must not include duplicate keys', message: 'Ordered maps must not include duplicate keys' },
];

/** A `yaml` error message without the input text it quotes (see QUOTING_MESSAGES); other messages as they are. */
export function withoutQuotedText(message: string): string {
  const known = QUOTING_MESSAGES.find((m) => message.startsWith(m.prefix) && (m.suffix === undefined || message.endsWith(m.suffix)));
  return known ? known.message : message;
}
