import type { Document, Node, Pair } from 'yaml';
import { yamlPackage, type LinePositions } from './yaml-package.js';
import type { Path, PathSegment } from './path-text.js';

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

type AnyNode = Node | null | undefined;

function keyMatches(key: unknown, segment: PathSegment): boolean {
  if (yamlPackage().isScalar(key)) return String(key.value) === String(segment);
  return false;
}

function deref(doc: Document, node: AnyNode): AnyNode {
  // Aliases point at their anchor; a report through an alias lands on the anchored node.
  let current = node;
  for (let hops = 0; current && yamlPackage().isAlias(current) && hops < 32; hops++) current = current.resolve(doc);
  return current && yamlPackage().isAlias(current) ? undefined : current;
}

function findPair(doc: Document, map: Node, segment: PathSegment, depth = 0): Pair<Node, AnyNode> | undefined {
  if (!yamlPackage().isMap(map) || depth > 8) return undefined;
  const items = map.items as Pair<Node, AnyNode>[];
  // The last pair with the key: a repeated key (linted as kubectl reads it, see parse.ts) has the value of
  // its last occurrence.
  for (let i = items.length - 1; i >= 0; i--) {
    const pair = items[i] as Pair<Node, AnyNode>;
    if (keyMatches(pair.key, segment)) return pair;
  }
  // `<<: *anchor` merge keys: the field lives in the merged map.
  for (const pair of items) {
    if (yamlPackage().isScalar(pair.key) && (pair.key.value === '<<' || typeof pair.key.value === 'symbol')) {
      const sources = deref(doc, pair.value);
      const list = yamlPackage().isSeq(sources) ? sources.items.map((n) => deref(doc, n as AnyNode)) : [sources];
      for (const source of list) {
        const found = source ? findPair(doc, source, segment, depth + 1) : undefined;
        if (found) return found;
      }
    }
  }
  return undefined;
}

function rangeOf(node: Node | null | undefined): Span | undefined {
  const r = node?.range;
  return r ? { start: r[0], end: r[1] } : undefined;
}

function trimEnd(text: string, span: Span): Span {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start: span.start, end };
}

/** The first line of a node, for reports on a large collection that should not underline all of it. */
function headOf(text: string, doc: Document, node: AnyNode): Span | undefined {
  const target = deref(doc, node);
  if (yamlPackage().isMap(target)) {
    const first = target.items[0] as Pair<Node, AnyNode> | undefined;
    if (first) return rangeOf(first.key) ?? rangeOf(target);
  }
  if (yamlPackage().isSeq(target)) {
    const first = target.items[0] as AnyNode;
    if (first) return headOf(text, doc, first);
  }
  const span = rangeOf(target ?? undefined);
  if (!span) return undefined;
  const lineEnd = text.indexOf('\n', span.start);
  return trimEnd(text, { start: span.start, end: lineEnd === -1 || lineEnd > span.end ? span.end : lineEnd });
}

/**
 * Resolves a path in a parsed document to a span of the file's text. A path that does not exist in
 * full resolves to its nearest existing ancestor (its key when it has one), with `exact: false`.
 */
export function locatePath(text: string, doc: Document, path: Path, part: SpanPart = 'pair'): LocatedSpan | undefined {
  let node: AnyNode = doc.contents;
  let key: Node | undefined;
  let matched = 0;
  for (const segment of path) {
    const current = deref(doc, node);
    if (yamlPackage().isMap(current)) {
      const pair = findPair(doc, current, segment);
      if (!pair) break;
      key = pair.key;
      node = pair.value;
    } else if (yamlPackage().isSeq(current) && typeof segment === 'number') {
      const item = current.items[segment] as AnyNode;
      if (item === undefined || yamlPackage().isPair(item)) break;
      key = undefined;
      node = item;
    } else {
      break;
    }
    matched++;
  }
  const exact = matched === path.length;

  if (!exact || path.length === 0) {
    const span = (key && rangeOf(key)) ?? headOf(text, doc, node);
    return span ? { span, exact } : undefined;
  }
  const keySpan = key ? rangeOf(key) : undefined;
  const valueSpan = rangeOf(node);
  let span: Span | undefined;
  if (part === 'key') span = keySpan ?? valueSpan;
  else if (part === 'value') span = valueSpan ?? keySpan;
  else if (keySpan && valueSpan) span = { start: keySpan.start, end: valueSpan.end };
  else span = keySpan ?? valueSpan;
  return span ? { span: trimEnd(text, span), exact } : undefined;
}

/** Turns offsets into 1-based line:column using the file's LineCounter (CRLF-safe: it counts `\n`). */
export function toPosition(lineCounter: LinePositions, span: Span): Position {
  const start = lineCounter.linePos(span.start);
  const end = lineCounter.linePos(Math.max(span.start, span.end));
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}
