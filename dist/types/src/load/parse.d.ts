import type { LineCounter } from 'yaml';
import { type LinePositions } from './yaml-package.js';
import { type DuplicateKey } from './fast-parse.js';
import { type HelmSource } from './helm.js';
import { type LocatedSpan, type Path, type Span, type SpanPart } from './positions.js';
import type { KustomizeBuild, KustomizePatch, SourceText } from './source.js';
/** Bounds alias expansion (billion-laughs inputs) when a document is turned into plain values. */
export declare const MAX_ALIAS_COUNT = 100;
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
/**
 * Parses a file's text into its YAML documents, keeping the node ranges every diagnostic is built from.
 * Never throws: syntax errors are carried on the documents they belong to.
 */
export declare function parseSource(source: SourceText): ParsedFile;
/**
 * The warning on an earlier occurrence of a repeated key. kubectl decodes manifests with sigs.k8s.io/yaml's
 * non-strict `YAMLToJSON` (go-yaml v2 `yaml.Unmarshal`), which keeps the last value of a repeated key whole
 * (see fastParseLenient): what a reader sees first is not what the cluster gets.
 */
export declare function duplicateKeyNote(lineCounter: LinePositions, duplicate: DuplicateKey): ParseProblem;
/** The parse-error of a file that is an unrendered Helm template (a run reports one per project: src/run/store.ts). */
export declare const UNRENDERED_HELM_MESSAGE = "This looks like an unrendered Helm template ({{ ... }}); it is not YAML yet. Render it first (helm template ...) and lint the output.";
/** How every unrendered-template parse-error starts (Helm's, other placeholders', a placeholder in a name: src/model/document.ts). */
export declare const UNRENDERED_TEMPLATE_PREFIX = "This looks like an unrendered ";
/**
 * The `yaml` path, for text already BOM-free with lone CRs made LF: whatever the fast path does not surely
 * read the same way, and every syntax error.
 */
export declare function parseWithYaml(file: string, text: string, lineCounter?: LineCounter): ParsedFile;
/** A `yaml` error message without the input text it quotes (see QUOTING_MESSAGES); other messages as they are. */
export declare function withoutQuotedText(message: string): string;
