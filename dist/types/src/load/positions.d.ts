import type { Document } from 'yaml';
import { type LinePositions } from './yaml-package.js';
import type { Path } from './path-text.js';
/** A half-open range of character offsets into a file's text. */
export interface Span {
    readonly start: number;
    readonly end: number;
}
/** 1-based line and column of a span; the end is exclusive, as in ESLint and SARIF. */
export interface Position {
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
}
export type { Path, PathSegment } from './path-text.js';
export { formatPath } from './path-text.js';
/**
 * Which part of a `key: value` pair a report should cover. `pair` runs from the key to the end of the
 * value, `key` covers the key alone, `value` the value alone. Sequence items have no key: all three
 * mean the item.
 */
export type SpanPart = 'pair' | 'key' | 'value';
export interface LocatedSpan {
    readonly span: Span;
    /** False when the path does not exist and the span is that of its nearest existing ancestor. */
    readonly exact: boolean;
}
/**
 * Resolves a path in a parsed document to a span of the file's text. A path that does not exist in
 * full resolves to its nearest existing ancestor (its key when it has one), with `exact: false`.
 */
export declare function locatePath(text: string, doc: Document, path: Path, part?: SpanPart): LocatedSpan | undefined;
/** Turns offsets into 1-based line:column using the file's LineCounter (CRLF-safe: it counts `\n`). */
export declare function toPosition(lineCounter: LinePositions, span: Span): Position;
