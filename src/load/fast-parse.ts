import jsyaml from 'js-yaml';
import type { LocatedSpan, Path, Span, SpanPart } from './positions.js';
import { YAML11_BOOLEAN, yaml11BooleanValue } from './yaml11.js';

/**
 * A faster load path for plain manifests: js-yaml's loader (about ten times the throughput of `yaml`'s
 * parse + toJS here) with its `listener` hook, from whose open/close events an index of key and value
 * spans is built. It answers `locate` with exactly the semantics of `locatePath` (positions.ts) and gives
 * the same plain values as the `yaml` path, but only for text it surely reads the same way: anything
 * unusual (anchors, aliases, tags, merge keys, complex or non-string keys, directives, `...` markers, tabs,
 * CR, Go templates, multi-line flow collections or flow scalars, empty sequence items, any js-yaml error)
 * returns `undefined` and the caller parses the whole file with `yaml`.
 */

/** A node of the index. Ends are trimmed of trailing whitespace (every use of a value's end trims it). */
interface FastNode {
  readonly start: number;
  readonly end: number;
  /** True for an empty value (`key:` with nothing after it): a null at one point. */
  readonly empty: boolean;
  readonly keys?: readonly FastKey[];
  /** The values of a mapping (aligned with `keys`) or the items of a sequence. */
  readonly children?: readonly FastNode[];
}

interface FastKey {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

export interface FastDocument {
  readonly value: unknown;
  /** Offset of the document's content, as `yaml` reports it. */
  readonly start: number;
  /** Offset where the text that precedes the content (the header, read for `# Source:`) begins. */
  readonly headerStart: number;
  locate(path: Path, part?: SpanPart): LocatedSpan | undefined;
}

// Textual pre-checks: node properties (`&a`, `*a`, `!t`) where a node may start, merge keys, explicit `?`
// keys, directives, tabs, CR, template actions, `...` markers, `---` glued to text and comments glued to a
// closing quote or bracket (an error for `yaml`, not for js-yaml) send the file to `yaml`.
const UNSUPPORTED = /[\]}"']#|(?:^|[\s[\]{},])[&*!]|<<|(?:^|[\s[{,])\?(?:\s|$)|^%|\t|\r|\{\{|^\.\.\.(?:\s|$)|^---[^ \n]/m;
const DOC_MARKER = /^---(?=[ \n]|$)/gm;

class Unsupported extends Error {}

// YAML 1.2 core schema exactly as `yaml` resolves it (yaml dist/schema/core: null, bool, int, float) plus
// the YAML 1.1 booleans of parse.ts, with the same conversions.
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT_DEC = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

const schema = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    new jsyaml.Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: (s: string) => NULL.test(s), construct: () => null }),
    new jsyaml.Type('tag:yaml.org,2002:bool', {
      kind: 'scalar',
      resolve: (s: string) => BOOL.test(s),
      construct: (s: string) => s[0] === 't' || s[0] === 'T',
    }),
    new jsyaml.Type('tag:yaml.org,2002:int', {
      kind: 'scalar',
      resolve: (s: string) => INT_OCT.test(s) || INT_DEC.test(s) || INT_HEX.test(s),
      construct: (s: string) => (INT_OCT.test(s) ? parseInt(s.substring(2), 8) : INT_DEC.test(s) ? parseInt(s, 10) : parseInt(s.substring(2), 16)),
    }),
    new jsyaml.Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (s: string) => FLOAT_NAN.test(s) || FLOAT_EXP.test(s) || FLOAT.test(s),
      construct: (s: string) =>
        FLOAT_NAN.test(s) ? (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY) : parseFloat(s),
    }),
    // A distinct tag so js-yaml keeps both boolean types; only the value reaches the document.
    new jsyaml.Type('tag:pci-lint,2026:bool11', { kind: 'scalar', resolve: (s: string) => YAML11_BOOLEAN.test(s), construct: yaml11BooleanValue }),
  ],
});

interface Frame {
  readonly open: number;
  end: number;
  kind: string | null;
  result: unknown;
  readonly children: Frame[];
}

interface ListenerState {
  position: number;
  kind: string | null;
  result: unknown;
  anchor: string | null;
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r';
}

function trimmedEnd(text: string, start: number, end: number): number {
  // js-yaml reads the text with a LF appended when it lacks one: positions can run one past its end.
  let e = Math.min(end, text.length);
  while (e > start && /\s/.test(text[e - 1] ?? '')) e--;
  return e;
}

/** Skips whitespace and comments forward. */
function skipToContent(text: string, from: number): number {
  let at = from;
  for (;;) {
    while (isSpace(text[at])) at++;
    if (text[at] !== '#') return at;
    while (at < text.length && text[at] !== '\n') at++;
  }
}

/** Turns a closed frame into an index node, checking that it is a shape the index reproduces exactly. */
function toNode(text: string, frame: Frame): FastNode {
  if (frame.kind === null) {
    if (frame.result !== null || frame.children.length > 0) throw new Unsupported('alias');
    // `yaml` puts an empty value after the spaces that follow its `:` (before a comment or the line end).
    let at = Math.min(frame.open, text.length);
    while (text[at] === ' ') at++;
    if (text[at] === '#') throw new Unsupported('empty value before a comment');
    return { start: at, end: at, empty: true };
  }
  const start = skipToContent(text, frame.open);
  if (frame.kind === 'scalar') {
    if (frame.children.length > 0) throw new Unsupported('scalar with children');
    const first = text[start];
    const end = trimmedEnd(text, start, frame.end);
    // Multi-line plain and quoted scalars fold lines; leave their corner cases to `yaml`.
    if (first !== '|' && first !== '>' && text.slice(start, end).includes('\n')) throw new Unsupported('multi-line flow scalar');
    return { start, end, empty: false };
  }
  const flow = text[start] === '[' || text[start] === '{';
  if (flow && text.slice(start, frame.end).includes('\n')) throw new Unsupported('multi-line flow collection');
  if (frame.kind === 'sequence') {
    const items = frame.result as unknown[];
    if (!Array.isArray(items) || items.length !== frame.children.length) throw new Unsupported('sequence shape');
    const children = frame.children.map((c) => toNode(text, c));
    if (children.some((c) => c.empty)) throw new Unsupported('empty sequence item');
    const last = children[children.length - 1];
    if (!flow && last) commentsAfter(text, last.end, frame.end);
    return { start, end: flow || !last ? trimmedEnd(text, start, frame.end) : last.end, empty: false, children };
  }
  if (frame.kind === 'mapping') {
    const frames = frame.children.slice();
    // A block mapping's loop ends on a failed key read (e.g. at the next `---`): an empty, contentless frame.
    if (frames.length % 2 === 1 && frames[frames.length - 1]?.kind === null) frames.pop();
    if (frames.length % 2 === 1) throw new Unsupported('mapping shape');
    const keys: FastKey[] = [];
    const children: FastNode[] = [];
    for (let i = 0; i < frames.length; i += 2) {
      const k = frames[i] as Frame;
      const v = frames[i + 1] as Frame;
      if (k.kind !== 'scalar' || typeof k.result !== 'string' || k.result === '__proto__' || k.children.length > 0) throw new Unsupported('key');
      const keyNode = toNode(text, k);
      if (keyNode.end - keyNode.start > 1000) throw new Unsupported('long key');
      keys.push({ name: k.result, start: keyNode.start, end: keyNode.end });
      children.push(toNode(text, v));
    }
    if (Object.keys(frame.result as object).length !== keys.length) throw new Unsupported('mapping size');
    const last = children[children.length - 1];
    if (!flow && last) commentsAfter(text, last.end, frame.end);
    return { start, end: flow || !last ? trimmedEnd(text, start, frame.end) : last.end, empty: false, keys, children };
  }
  throw new Unsupported(`kind ${frame.kind}`);
}

/** `yaml` may stretch a block collection over the comment lines after its last entry: leave those to it. */
function commentsAfter(text: string, from: number, to: number): void {
  if (text.slice(from, to).includes('#')) throw new Unsupported('comments after a block collection');
}

function collapse(frame: Frame): Frame {
  // A block-context node is read through a nested flow-context read (a would-be key) that yields the same
  // result; the inner frame has the exact span.
  const only = frame.children[0];
  if (frame.children.length === 1 && only && only.kind === frame.kind && Object.is(only.result, frame.result)) return only;
  return frame;
}

function headOf(text: string, node: FastNode): Span {
  const firstKey = node.keys?.[0];
  if (firstKey) return { start: firstKey.start, end: firstKey.end };
  const firstItem = node.keys ? undefined : node.children?.[0];
  if (firstItem) return headOf(text, firstItem);
  const lineEnd = text.indexOf('\n', node.start);
  return { start: node.start, end: trimmedEnd(text, node.start, lineEnd === -1 || lineEnd > node.end ? node.end : lineEnd) };
}

function locateIn(text: string, root: FastNode, path: Path, part: SpanPart = 'pair'): LocatedSpan {
  let node = root;
  let key: FastKey | undefined;
  let matched = 0;
  for (const segment of path) {
    if (node.keys) {
      const name = String(segment);
      const i = node.keys.findIndex((k) => k.name === name);
      if (i === -1) break;
      key = node.keys[i];
      node = node.children?.[i] as FastNode;
    } else if (node.children && typeof segment === 'number') {
      const item = node.children[segment];
      if (item === undefined) break;
      key = undefined;
      node = item;
    } else {
      break;
    }
    matched++;
  }
  const exact = matched === path.length;
  if (!exact || path.length === 0) return { span: key ? { start: key.start, end: key.end } : headOf(text, node), exact };
  const valueSpan = { start: node.start, end: node.end };
  let span: Span;
  if (part === 'key') span = key ?? valueSpan;
  else if (part === 'value') span = valueSpan;
  else span = key ? { start: key.start, end: valueSpan.end } : valueSpan;
  return { span: { start: span.start, end: trimmedEnd(text, span.start, span.end) }, exact };
}

/**
 * Parses `text` (already BOM-free and with lone CRs normalised) with js-yaml, or returns `undefined` when
 * the text is outside what this path reproduces exactly; the caller then uses `yaml`.
 */
export function fastParse(text: string): FastDocument[] | undefined {
  if (UNSUPPORTED.test(text)) return undefined;
  const values: unknown[] = [];
  const roots: Frame[] = [];
  const stack: Frame[] = [];
  const listener = (event: 'open' | 'close', state: ListenerState): void => {
    if (event === 'open') {
      stack.push({ open: state.position, end: state.position, kind: null, result: null, children: [] });
      return;
    }
    const frame = stack.pop();
    if (!frame) throw new Unsupported('unbalanced events');
    if (state.anchor !== null) throw new Unsupported('anchor');
    frame.end = state.position;
    frame.kind = state.kind;
    frame.result = state.result;
    const node = collapse(frame);
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else roots.push(node);
  };
  let docs: FastDocument[];
  try {
    jsyaml.loadAll(text, (doc) => values.push(doc), { schema, listener: listener as never });
    if (roots.length !== values.length) return undefined;
    docs = documentsOf(text, roots, values);
  } catch {
    return undefined;
  }
  return docs;
}

function documentsOf(text: string, roots: readonly Frame[], values: readonly unknown[]): FastDocument[] {
  const markers = [...text.matchAll(DOC_MARKER)].map((m) => m.index);
  const firstMarker = markers[0] ?? text.length;
  // Text before the first `---` is a document when it has content other than blank lines and comments.
  const leading = skipToContent(text, 0) < firstMarker;
  const starts = leading ? [0, ...markers] : markers;
  if (starts.length !== roots.length) throw new Unsupported('document count');
  return roots.map((frame, i) => {
    const marker = starts[i] as number;
    const headerStart = i === 0 ? 0 : marker;
    const value = values[i];
    if (frame.kind === null) {
      // An empty document: `yaml` puts its content right after a bare `---` line.
      if (value !== null || frame.result !== null || (i === 0 && leading)) throw new Unsupported('empty document');
      if (!/^---(?:\n|$)/.test(text.slice(marker, marker + 4))) throw new Unsupported('empty document marker line');
      const at = marker + 3;
      const empty: FastNode = { start: at, end: at, empty: true };
      return { value, start: at, headerStart, locate: (path, part) => locateIn(text, empty, path, part) };
    }
    const root = toNode(text, frame);
    // The content must lie in its own segment of the stream.
    const next = starts[i + 1] ?? text.length + 1;
    if (root.start < marker || root.start >= next) throw new Unsupported('document segment');
    return { value, start: root.start, headerStart, locate: (path, part) => locateIn(text, root, path, part) };
  });
}
