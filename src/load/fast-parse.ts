import jsyaml from 'js-yaml';
import type { LocatedSpan, Path, Span, SpanPart } from './positions.js';
import { own } from './own.js';
import { YAML11_BOOLEAN, YAML11_INT, YAML11_UNDERSCORED_FLOAT, yaml11BooleanValue, yaml11FloatValue, yaml11IntValue } from './yaml11.js';

/**
 * A faster load path for manifests: js-yaml's loader (about ten times the throughput of `yaml`'s parse +
 * toJS here) with its `listener` hook, from whose open/close events an index of key and value spans is
 * built. It answers `locate` with exactly the semantics of `locatePath` (positions.ts) and gives the same
 * plain values as the `yaml` path, but only for text it surely reads the same way. What is outside that is
 * decided from the nodes the parser meets, not from characters anywhere in the text: anchors, aliases and
 * the tags that change nothing (`!!str`, `!!map`, `!!seq`) are indexed (an alias stands for its anchored
 * node, as `locatePath` derefs it); multi-line scalars and flow collections are read when `yaml` would
 * accept their indentation. Other tags, merge keys, aliases inside anchored nodes, properties on keys,
 * complex or non-string keys, comments where `yaml` stretches a node's range over them, comments glued to
 * a quote or a flow indicator, directives, `...` markers, tabs, CRs, empty sequence items and any js-yaml
 * error return `undefined`, and the caller parses the whole file with `yaml` (which also reports every
 * syntax error).
 */
export interface FastDocument {
  readonly value: unknown;
  /** Offset of the document's content, as `yaml` reports it. */
  readonly start: number;
  /** Offset where the text that precedes the content (the header, read for `# Source:`) begins. */
  readonly headerStart: number;
  locate(path: Path, part?: SpanPart): LocatedSpan | undefined;
}

// Line-level structure the index does not model: directives, `...` markers and `---` glued to text. Tabs
// and CRs (CRLF line ends) are left to `yaml`.
const DOC_MARKER = /^---(?=[ \n]|$)/gm;

function hasUnsupportedSyntax(text: string): boolean {
  if (text.includes('\t') || text.includes('\r')) return true;
  if (text.startsWith('%') || text.includes('\n%') || /^\.\.\.(?:\s|$)/.test(text)) return true;
  for (let at = text.indexOf('\n...'); at !== -1; at = text.indexOf('\n...', at + 1)) if (at + 4 === text.length || isWhitespace(text.charCodeAt(at + 4))) return true;
  for (let at = text.startsWith('---') ? 0 : text.indexOf('\n---'); at !== -1; at = text.indexOf('\n---', at + 1)) {
    const after = text.charCodeAt(at === 0 && text.startsWith('---') ? 3 : at + 4);
    if (!Number.isNaN(after) && after !== SPACE && after !== LF) return true;
  }
  return false;
}

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

// js-yaml tries every implicit type on every plain scalar, keys included; most are words that no type's
// pattern can match, so each resolver first looks at the first character (by code) its pattern needs.
const isDigitOrSign = (c: number): boolean => (c >= 48 && c <= 57) || c === 43 || c === 45;
const mayBeNull = (s: string): boolean => s === '' || s[0] === '~' || s[0] === 'n' || s[0] === 'N';
const mayBeBool = (c: number): boolean => c === 116 || c === 84 || c === 102 || c === 70; // t T f F
const mayBeFloat = (c: number): boolean => isDigitOrSign(c) || c === 46; // .
const mayBeBool11 = (c: number): boolean => c === 121 || c === 89 || c === 110 || c === 78 || c === 111 || c === 79; // y Y n N o O

const schema = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    new jsyaml.Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: (s: string) => mayBeNull(s) && NULL.test(s), construct: () => null }),
    new jsyaml.Type('tag:yaml.org,2002:bool', {
      kind: 'scalar',
      resolve: (s: string) => mayBeBool(s.charCodeAt(0)) && BOOL.test(s),
      construct: (s: string) => s[0] === 't' || s[0] === 'T',
    }),
    // go-yaml's integers first (yaml11.ts), as on the `yaml` path; a past-64-bit hex stays a string there too.
    new jsyaml.Type('tag:yaml.org,2002:int', {
      kind: 'scalar',
      resolve: (s: string) => isDigitOrSign(s.charCodeAt(0)) && (YAML11_INT.test(s) || INT_OCT.test(s) || INT_DEC.test(s) || INT_HEX.test(s)),
      construct: (s: string) =>
        YAML11_INT.test(s) ? yaml11IntValue(s) : INT_OCT.test(s) ? parseInt(s.substring(2), 8) : INT_DEC.test(s) ? parseInt(s, 10) : parseInt(s.substring(2), 16),
    }),
    new jsyaml.Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (s: string) => mayBeFloat(s.charCodeAt(0)) && (FLOAT_NAN.test(s) || FLOAT_EXP.test(s) || FLOAT.test(s)),
      construct: (s: string) =>
        FLOAT_NAN.test(s) ? (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY) : parseFloat(s),
    }),
    // go-yaml's floats with underscores (yaml11.ts), as on the `yaml` path; a distinct tag, as for bool11.
    new jsyaml.Type('tag:pci-lint,2026:float11', {
      kind: 'scalar',
      resolve: (s: string) => isDigitOrSign(s.charCodeAt(0)) && YAML11_UNDERSCORED_FLOAT.test(s) && typeof yaml11FloatValue(s) === 'number',
      construct: yaml11FloatValue,
    }),
    // A distinct tag so js-yaml keeps both boolean types; only the value reaches the document.
    new jsyaml.Type('tag:pci-lint,2026:bool11', { kind: 'scalar', resolve: (s: string) => mayBeBool11(s.charCodeAt(0)) && YAML11_BOOLEAN.test(s), construct: yaml11BooleanValue }),
  ],
});

interface ListenerState {
  position: number;
  kind: string | null;
  result: unknown;
  anchor: string | null;
  tag: string | null;
}

const LF = 10;
const HASH = 35;
const SPACE = 32;
const PIPE = 124;
const COLON = 58;
const COMMA = 44;
const GREATER = 62;
const OPEN_BRACKET = 91;
const OPEN_BRACE = 123;

/** `\s` of a regular expression, by character code. */
function isWhitespace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    (code > 127 &&
      (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff))
  );
}

function trimmedEnd(text: string, start: number, end: number): number {
  // js-yaml reads the text with a LF appended when it lacks one: positions can run one past its end.
  let e = Math.min(end, text.length);
  while (e > start && isWhitespace(text.charCodeAt(e - 1))) e--;
  return e;
}

/** Skips whitespace and comments forward. */
function skipToContent(text: string, from: number): number {
  let at = from;
  for (;;) {
    for (let c = text.charCodeAt(at); c === SPACE || c === LF || c === 9 || c === 13; c = text.charCodeAt(at)) at++;
    if (text.charCodeAt(at) !== HASH) return at;
    while (at < text.length && text.charCodeAt(at) !== LF) at++;
  }
}

/** True when a LF occurs in `text` from `from` up to (not including) `to`. */
function lineBreakIn(text: string, from: number, to: number): boolean {
  // Within the range only: on a one-line file (`jq -c` output) the next LF is the end of the text, and a
  // search for it from every key would make the index quadratic in the file's length.
  return occursIn(text, LF, from, to);
}

/** True when the character `code` occurs in `text` from `from` up to (not including) `to`. */
function occursIn(text: string, code: number, from: number, to: number): boolean {
  // A loop, not indexOf: the range is short, and a search past it could run to the end of the text.
  for (let at = from; at < to; at++) if (text.charCodeAt(at) === code) return true;
  return false;
}

// Node kinds of the index.
const EMPTY = 0;
const SCALAR = 1;
const SEQUENCE = 2;
const MAPPING = 3;
/** Its `firsts` entry is the anchored node it stands for. */
const ALIAS = 4;

const AMPERSAND = 38;
const BANG = 33;
const STAR = 42;

/** The explicit tag of each kind that changes nothing about the node. */
const CORE_TAG: Record<string, string | undefined> = { scalar: '!!str', mapping: '!!map', sequence: '!!seq' };

/** Where an anchor, alias or tag token ends: whitespace or a flow indicator. */
function endsProperty(code: number): boolean {
  return code === SPACE || code === LF || code === 9 || code === 13 || code === 44 || code === 91 || code === 93 || code === 123 || code === 125;
}

interface Properties {
  readonly anchor: string | null;
  readonly tag: string | undefined;
  /** Where the node's content begins (`yaml` starts the node's range there). */
  readonly contentStart: number;
}

/** Reads the anchor and tag in front of a node; undefined for a repeated one. */
function readProperties(text: string, from: number): Properties | undefined {
  let anchor: string | null = null;
  let tag: string | undefined;
  let at = from;
  for (let code = text.charCodeAt(at); code === AMPERSAND || code === BANG; code = text.charCodeAt(at)) {
    let end = at + 1;
    while (end < text.length && !endsProperty(text.charCodeAt(end))) end++;
    // `yaml` wants a space between a property and the content (js-yaml reads `&a{}`).
    if (end < text.length && text.charCodeAt(end) !== SPACE && text.charCodeAt(end) !== LF) return undefined;
    if (code === AMPERSAND) {
      if (anchor !== null) return undefined;
      anchor = text.slice(at + 1, end);
    } else {
      if (tag !== undefined) return undefined;
      tag = text.slice(at, end);
    }
    at = skipToContent(text, end);
  }
  return { anchor, tag, contentStart: at };
}

/**
 * The span index of one file. A node is a number; its fields live in typed arrays, so building the index
 * makes almost no objects. Ends are trimmed of trailing whitespace (every use of a value's end trims it). The
 * children of a collection are a run of `pool`: the items of a sequence, or the (key, value) node pairs of a
 * mapping, with each key's name in `names` at the key's place.
 */
class SpanIndex {
  size = 0;
  starts: Int32Array;
  ends: Int32Array;
  kinds: Uint8Array;
  /** Where a collection's children begin in `pool`. */
  firsts: Int32Array;
  /** Items of a sequence, pairs of a mapping. */
  counts: Int32Array;
  poolSize = 0;
  pool: Int32Array;
  /** Aligned with `pool`: the key's name at a key's place, else undefined. */
  readonly names: (string | undefined)[] = [];

  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.kinds = new Uint8Array(capacity);
    this.firsts = new Int32Array(capacity);
    this.counts = new Int32Array(capacity);
    this.pool = new Int32Array(capacity);
  }

  add(kind: number, start: number, end: number, first = 0, count = 0): number {
    if (this.size === this.starts.length) {
      const capacity = this.size * 2;
      this.starts = grown(this.starts, capacity);
      this.ends = grown(this.ends, capacity);
      this.kinds = grown(this.kinds, capacity);
      this.firsts = grown(this.firsts, capacity);
      this.counts = grown(this.counts, capacity);
    }
    const node = this.size++;
    this.starts[node] = start;
    this.ends[node] = end;
    this.kinds[node] = kind;
    this.firsts[node] = first;
    this.counts[node] = count;
    return node;
  }

  /** Appends a child to the pool; a collection's children are appended together, after its `first`. */
  addChild(node: number, name?: string): void {
    if (this.poolSize === this.pool.length) this.pool = grown(this.pool, this.poolSize * 2);
    this.pool[this.poolSize++] = node;
    this.names.push(name);
  }

  span(node: number): Span {
    return { start: this.starts[node] as number, end: this.ends[node] as number };
  }
}

function grown<T extends Int32Array | Uint8Array>(array: T, capacity: number): T {
  const copy = new (array.constructor as new (length: number) => T)(capacity);
  copy.set(array);
  return copy;
}

/**
 * Builds the index from the listener's events, one node as each js-yaml node closes, checking that it is a
 * shape the index reproduces exactly. Nodes whose parent is still open wait on a stack of pending entries
 * (parallel arrays, never shortened: `size` is their length); when everything has closed, the pending
 * entries are the documents' roots.
 */
class IndexBuilder {
  readonly index: SpanIndex;
  private readonly opens: number[] = [];
  private readonly bases: number[] = [];
  private depth = 0;
  /** How many pending entries there are. */
  size = 0;
  // Pending entries: the closed node's kind, result and index node. A node of kind null (an empty value,
  // or the failed read that ends a block mapping) gets its index node only where it is used (node -1).
  readonly kinds: (string | null)[] = [];
  readonly results: unknown[] = [];
  private readonly nodes: number[] = [];
  private readonly entryOpens: number[] = [];
  private readonly emptyHasContent: boolean[] = [];
  private readonly hasProperties: boolean[] = [];
  /** True for an alias and for a collection with one inside. */
  private readonly aliasInside: boolean[] = [];
  /** Each anchor's node as the events meet it: a later `&name` replaces an earlier one, as in YAML. */
  private readonly anchors = new Map<string, number>();

  constructor(private readonly text: string) {
    // About one node for every ten characters of a manifest; the index grows when there are more.
    this.index = new SpanIndex(Math.max(64, text.length >> 3));
  }

  /** True when every node that opened has closed. */
  get closed(): boolean {
    return this.depth === 0;
  }

  readonly listener = (event: 'open' | 'close', state: ListenerState): void => {
    if (event === 'open') {
      this.opens[this.depth] = state.position;
      this.bases[this.depth] = this.size;
      this.depth++;
      return;
    }
    if (this.depth === 0) throw new Unsupported('unbalanced events');
    this.depth--;
    const open = this.opens[this.depth] as number;
    const base = this.bases[this.depth] as number;
    const { kind, result } = state;
    let count = this.size - base;
    const { text } = this;
    let start = skipToContent(text, open);
    const first = text.charCodeAt(start);
    let anchor: string | null = null;
    if (first === AMPERSAND || first === BANG || first === STAR) {
      if (first === STAR && kind === null && state.position > start) {
        this.closeAlias(open, start, base, result);
        return;
      }
      const properties = readProperties(text, start);
      if (properties === undefined || kind === null) throw new Unsupported('node properties');
      // Only the tags that change nothing: `!!str` on a scalar, `!!map` and `!!seq` on their own kinds.
      if (properties.tag !== undefined && (properties.tag !== own(CORE_TAG, kind) || state.tag !== `tag:yaml.org,2002:${kind === 'scalar' ? 'str' : kind === 'mapping' ? 'map' : 'seq'}`)) {
        throw new Unsupported('tag');
      }
      // A scalar on the line after its properties: js-yaml may read the properties apart from it.
      if (kind === 'scalar' && lineBreakIn(text, start, properties.contentStart)) throw new Unsupported('properties on a line of their own');
      if (properties.anchor !== state.anchor) throw new Unsupported('anchor');
      anchor = properties.anchor;
      start = properties.contentStart;
      // js-yaml first tries a scalar after properties as the key of a block mapping (`&a key: value`); when
      // that fails it rolls back and reads the scalar, and the nodes of the failed read are left over.
      if (kind === 'scalar' && count > 0) {
        this.size = base;
        count = 0;
      }
    } else if (state.anchor !== null) {
      throw new Unsupported('anchor not at the node');
    } else if (kind === 'scalar' && count > 0 && (first === PIPE || first === GREATER) && this.onlyFailedReads(base, count)) {
      // A block scalar as a sequence entry (`- |`): js-yaml first tries the entry as a compact block mapping,
      // and the would-be key it reads at the indicator is an empty failed read, left over inside the scalar.
      this.size = base;
      count = 0;
    }
    // A block-context node is read through a nested flow-context read (a would-be key) that yields the same
    // result; the inner node has the exact span, and stays pending in this node's place.
    if (count === 1 && this.kinds[base] === kind && Object.is(this.results[base], result)) {
      if (anchor !== null) throw new Unsupported('anchor on a nested read');
      return;
    }
    const node = kind === null ? -1 : this.build(start, state.position, kind, result, base, count);
    let aliasInside = false;
    for (let i = base; i < base + count && !aliasInside; i++) aliasInside = this.aliasInside[i] as boolean;
    if (anchor !== null) {
      // `yaml` bounds the expansion of aliases inside anchored nodes (MAX_ALIAS_COUNT, parse.ts): leave them to it.
      if (aliasInside) throw new Unsupported('alias inside an anchored node');
      this.anchors.set(anchor, node);
    }
    this.aliasInside[base] = aliasInside;
    this.nodes[base] = node;
    this.kinds[base] = kind;
    this.results[base] = result;
    this.entryOpens[base] = open;
    this.hasProperties[base] = anchor !== null || first === BANG;
    this.emptyHasContent[base] = kind === null && (result !== null || count > 0);
    this.size = base + 1;
  };

  /** True when the `count` pending entries from `base` are all empty reads that found nothing. */
  private onlyFailedReads(base: number, count: number): boolean {
    for (let i = base; i < base + count; i++) if (this.kinds[i] !== null || this.results[i] !== null || this.emptyHasContent[i]) return false;
    return true;
  }

  /** An alias (`*name`): a node of its own span that stands for the anchored node. */
  private closeAlias(open: number, start: number, base: number, result: unknown): void {
    const { text } = this;
    let end = start + 1;
    while (end < text.length && !endsProperty(text.charCodeAt(end))) end++;
    // The alias read again inside a nested read of the same node (see the listener) is already pending.
    if (this.size === base + 1 && this.kinds[base] === 'alias' && Object.is(this.results[base], result)) return;
    const target = this.anchors.get(text.slice(start + 1, end));
    if (target === undefined || this.size !== base) throw new Unsupported('alias');
    this.nodes[base] = this.index.add(ALIAS, start, end, target);
    this.kinds[base] = 'alias';
    this.results[base] = result;
    this.entryOpens[base] = open;
    this.hasProperties[base] = false;
    this.aliasInside[base] = true;
    this.emptyHasContent[base] = false;
    this.size = base + 1;
  }

  /** The index node of pending entry `i`. */
  nodeAt(i: number, flowKeyEnd = -1): number {
    const node = this.nodes[i] as number;
    if (node >= 0) return node;
    if (this.emptyHasContent[i]) throw new Unsupported('alias');
    // `yaml` puts an empty value after the spaces that follow its `:` (before a comment or the line end).
    // js-yaml opens a flow mapping's value past the line breaks and comments after the `:`: start at the key.
    const { text } = this;
    let at = Math.min(this.entryOpens[i] as number, text.length);
    if (flowKeyEnd >= 0) {
      at = flowKeyEnd;
      while (text.charCodeAt(at) === SPACE) at++;
      if (text.charCodeAt(at) !== COLON) throw new Unsupported('empty flow value');
      at++;
      if (occursIn(text, HASH, at, skipToContent(text, at))) throw new Unsupported('empty flow value before a comment');
    }
    while (text.charCodeAt(at) === SPACE) at++;
    if (text.charCodeAt(at) === HASH) throw new Unsupported('empty value before a comment');
    return this.index.add(EMPTY, at, at);
  }

  private build(start: number, close: number, kind: string, result: unknown, base: number, count: number): number {
    const { text, index } = this;
    if (kind === 'scalar') {
      if (count > 0) throw new Unsupported('scalar with children');
      const first = text[start];
      const end = trimmedEnd(text, start, close);
      // A comment glued to a closing quote is an error for `yaml`, not for js-yaml.
      if ((first === '"' || first === "'") && text.charCodeAt(end) === HASH) throw new Unsupported('comment glued to a quote');
      return index.add(SCALAR, start, end);
    }
    const first = text[start];
    const flow = first === '[' || first === '{';
    if (flow && text.charCodeAt(trimmedEnd(text, start, close)) === HASH) throw new Unsupported('comment glued to a bracket');
    if (kind === 'sequence') {
      if (!Array.isArray(result) || result.length !== count) throw new Unsupported('sequence shape');
      // Children go to the pool as one unbroken run: nodeAt adds nodes, never children.
      const first = index.poolSize;
      for (let i = base; i < base + count; i++) {
        const child = this.nodeAt(i);
        if (index.kinds[child] === EMPTY) throw new Unsupported('empty sequence item');
        if (!flow) checkFlowNode(text, index, child, start);
        index.addChild(child);
      }
      const last = count > 0 ? (index.pool[first + count - 1] as number) : -1;
      if (!flow && last >= 0) commentsAfter(text, index, last, start, close);
      return index.add(SEQUENCE, start, flow || last < 0 ? trimmedEnd(text, start, close) : (index.ends[last] as number), first, count);
    }
    if (kind === 'mapping') {
      let entries = count;
      // A block mapping's loop ends on a failed key read (e.g. at the next `---`): an empty, contentless node.
      if (entries % 2 === 1 && this.kinds[base + entries - 1] === null) entries--;
      if (entries % 2 === 1) throw new Unsupported('mapping shape');
      const pairs = entries / 2;
      const first = index.poolSize;
      let last = -1;
      for (let i = base; i < base + entries; i += 2) {
        const name = this.results[i];
        const key = this.nodes[i] as number;
        if (this.kinds[i] !== 'scalar' || typeof name !== 'string' || name === '__proto__' || key < 0 || this.hasProperties[i]) throw new Unsupported('key');
        // `yaml` merges `<<` (merge: true); this schema keeps it as a key.
        if (name === '<<') throw new Unsupported('merge key');
        if ((index.ends[key] as number) - (index.starts[key] as number) > 1000) throw new Unsupported('long key');
        if (lineBreakIn(text, index.starts[key] as number, index.ends[key] as number)) throw new Unsupported('multi-line key');
        last = this.nodeAt(i + 1, flow ? (index.ends[key]) : -1);
        if (!flow) checkFlowNode(text, index, last, start);
        index.addChild(key, name);
        index.addChild(last);
      }
      const distinct = ownKeyCount(result as object);
      if (distinct !== pairs) repeatedKeys(index, first, pairs, distinct);
      if (!flow && last >= 0) commentsAfter(text, index, last, start, close);
      return index.add(MAPPING, start, flow || last < 0 ? trimmedEnd(text, start, close) : (index.ends[last] as number), first, pairs);
    }
    throw new Unsupported(`kind ${kind}`);
  }
}

/**
 * Checks an outermost flow node (a quoted or plain scalar, a flow collection) against what `yaml` rejects
 * and js-yaml reads. `yaml` wants every line of it after the first indented deeper than the block
 * collection that holds it (`parentStart`; -1 at a document's root), except the line that closes the
 * outermost flow collection, which may sit at the collection's own indentation; and it reads a `#` glued to
 * a `[`, `{` or `,` as content, where js-yaml starts a comment. Leave such nodes to `yaml`, which reports
 * them.
 */
function checkFlowNode(text: string, index: SpanIndex, node: number, parentStart: number): void {
  checkFlowIndent(text, index, node, parentStart, relaxedFlowNodes);
}

/**
 * Where the lenient read (fastParseLenient) keeps the flow nodes it accepted with lines indented as `yaml`
 * refuses; undefined otherwise. Set only for the duration of one synchronous fastParseLenient call.
 */
let relaxedFlowNodes: number[] | undefined;

/** A key repeated in one mapping: Kubernetes' decoder keeps the value of its last occurrence. */
export interface DuplicateKey {
  /** The key, as a string (the fast path reads only string keys). */
  readonly key: string;
  /** The span of an earlier occurrence of the key, whose value is ignored. */
  readonly at: Span;
  /** The span of the key's last occurrence, whose value is the one kept. */
  readonly effective: Span;
}

/** Where the lenient read keeps the repeated keys it accepted; undefined otherwise (as relaxedFlowNodes). */
let duplicateKeys: DuplicateKey[] | undefined;

/**
 * A mapping whose value has fewer keys than it has pairs: js-yaml (read with `json: true` in the lenient
 * mode, which keeps the last value of a repeated key) met a key twice. Outside the lenient mode, or when
 * the repeated names do not account for the difference, the mapping is left to `yaml`.
 */
function repeatedKeys(index: SpanIndex, first: number, pairs: number, distinct: number): void {
  if (!duplicateKeys) throw new Unsupported('mapping size');
  const occurrences = new Map<string, number[]>();
  for (let at = first; at < first + 2 * pairs; at += 2) {
    const name = index.names[at] as string;
    const list = occurrences.get(name);
    if (list) list.push(index.pool[at] as number);
    else occurrences.set(name, [index.pool[at] as number]);
  }
  if (occurrences.size !== distinct) throw new Unsupported('mapping size');
  for (const [key, nodes] of occurrences) {
    const effective = index.span(nodes[nodes.length - 1] as number);
    for (const node of nodes.slice(0, -1)) duplicateKeys.push({ key, at: index.span(node), effective });
  }
}

/** The last search of nextHash: the first `#` at or after `from` in `text` is at `found` (-1: none). */
let lastHash: { text: string; from: number; found: number } | undefined;

/**
 * `text.indexOf('#', from)`, remembering the answer: every flow node looked for a `#` from its start, and
 * with none before the end of the file each search read the rest of it (a file of 2 million `--- {}` lines
 * was quadratic). An answer holds for every later start up to the `#` it found.
 */
function nextHash(text: string, from: number): number {
  const last = lastHash;
  if (last && last.text === text && last.from <= from && (last.found === -1 || from <= last.found)) return last.found;
  const found = text.indexOf('#', from);
  lastHash = { text, from, found };
  return found;
}

function checkFlowIndent(text: string, index: SpanIndex, node: number, parentStart: number, relaxed: number[] | undefined): void {
  const start = index.starts[node] as number;
  const end = index.ends[node] as number;
  const kind = index.kinds[node];
  const first = text.charCodeAt(start);
  if (kind === EMPTY || kind === ALIAS || first === PIPE || first === GREATER) return;
  if (kind !== SCALAR && first !== OPEN_BRACKET && first !== OPEN_BRACE) return;
  if (kind !== SCALAR) {
    for (let at = nextHash(text, start); at !== -1 && at < end; at = nextHash(text, at + 1)) {
      const before = text.charCodeAt(at - 1);
      if (before === OPEN_BRACKET || before === OPEN_BRACE || before === COMMA) throw new Unsupported('comment glued to a flow indicator');
    }
  }
  if (parentStart < 0) return;
  let lineBreak = text.indexOf('\n', start);
  if (lineBreak === -1 || lineBreak >= end) return;
  const column = parentStart - (text.lastIndexOf('\n', parentStart - 1) + 1);
  while (lineBreak !== -1 && lineBreak < end) {
    let at = lineBreak + 1;
    while (text.charCodeAt(at) === SPACE) at++;
    if (text.charCodeAt(at) !== LF && at < end) {
      const indent = at - lineBreak - 1;
      const closesCollection = kind !== SCALAR && at === end - 1;
      if (indent < column || (indent === column && !closesCollection)) {
        if (!relaxed) throw new Unsupported('flow lines not indented');
        relaxed.push(start);
        return;
      }
    }
    lineBreak = text.indexOf('\n', at);
  }
}

/** `Object.keys(object).length`, without making the array. */
function ownKeyCount(object: object): number {
  let count = 0;
  for (const key in object) if (Object.hasOwn(object, key)) count++;
  return count;
}

/**
 * The comment lines between a block collection's last entry and js-yaml's close of it. `yaml` ends the
 * collection's range at its last entry when every such comment is on a line of its own, indented no deeper
 * than the collection (it keeps them as comments of the collection's end, or of its parent). A comment on
 * the last entry's line, one indented deeper, or any after an empty last value stretches the range in ways
 * that are left to `yaml`.
 */
function commentsAfter(text: string, index: SpanIndex, last: number, start: number, to: number): void {
  const from = index.ends[last] as number;
  if (!occursIn(text, HASH, from, to)) return;
  if (index.kinds[last] === EMPTY) throw new Unsupported('comments after an empty last value');
  const column = start - (text.lastIndexOf('\n', start - 1) + 1);
  let lineBreak = text.indexOf('\n', from);
  if (lineBreak === -1 || occursIn(text, HASH, from, lineBreak)) throw new Unsupported('comment on the last entry line');
  while (lineBreak !== -1 && lineBreak < to) {
    let at = lineBreak + 1;
    while (text.charCodeAt(at) === SPACE) at++;
    if (text.charCodeAt(at) === HASH && at - lineBreak - 1 > column) throw new Unsupported('comment indented into a block collection');
    lineBreak = text.indexOf('\n', at);
  }
}

/** The node an alias stands for; any other node itself. */
function deref(index: SpanIndex, node: number): number {
  return index.kinds[node] === ALIAS ? (index.firsts[node] as number) : node;
}

function headOf(text: string, index: SpanIndex, aliasOrNode: number): Span {
  const node = deref(index, aliasOrNode);
  const kind = index.kinds[node];
  const first = index.firsts[node] as number;
  const hasChildren = (index.counts[node] as number) > 0;
  if (kind === MAPPING && hasChildren) return index.span(index.pool[first] as number);
  if (kind === SEQUENCE && hasChildren) return headOf(text, index, index.pool[first] as number);
  const start = index.starts[node] as number;
  const end = index.ends[node] as number;
  const lineEnd = text.indexOf('\n', start);
  return { start, end: trimmedEnd(text, start, lineEnd === -1 || lineEnd > end ? end : lineEnd) };
}

/**
 * The pool place of the key `name` in a mapping node, or -1. The last pair with that key: a repeated key
 * (read in the lenient mode) has the value of its last occurrence, as in Kubernetes' decoder.
 */
function keyPlace(index: SpanIndex, node: number, name: string): number {
  const first = index.firsts[node] as number;
  for (let at = first + 2 * (index.counts[node] as number) - 2; at >= first; at -= 2) if (index.names[at] === name) return at;
  return -1;
}

function locateIn(text: string, index: SpanIndex, root: number, path: Path, part: SpanPart = 'pair'): LocatedSpan {
  let node = root;
  let key = -1;
  let matched = 0;
  for (const segment of path) {
    const current = deref(index, node);
    const kind = index.kinds[current];
    if (kind === MAPPING) {
      const at = keyPlace(index, current, String(segment));
      if (at === -1) break;
      key = index.pool[at] as number;
      node = index.pool[at + 1] as number;
    } else if (kind === SEQUENCE && typeof segment === 'number') {
      if (!Number.isInteger(segment) || segment < 0 || segment >= (index.counts[current] as number)) break;
      key = -1;
      node = index.pool[(index.firsts[current] as number) + segment] as number;
    } else {
      break;
    }
    matched++;
  }
  const exact = matched === path.length;
  if (!exact || path.length === 0) return { span: key >= 0 ? index.span(key) : headOf(text, index, node), exact };
  let start = index.starts[node] as number;
  const end = index.ends[node] as number;
  // `key` covers the key, `value` the value, `pair` (and anything else) both; an item has no key.
  if (part !== 'value' && key >= 0) start = index.starts[key] as number;
  const spanEnd = part === 'key' && key >= 0 ? (index.ends[key] as number) : end;
  return { span: { start, end: trimmedEnd(text, start, spanEnd) }, exact };
}

/**
 * Parses `text` (already BOM-free and with lone CRs normalised) with js-yaml, or returns `undefined` when
 * the text is outside what this path reproduces exactly; the caller then uses `yaml`.
 */
export function fastParse(text: string): FastDocument[] | undefined {
  if (hasUnsupportedSyntax(text)) return undefined;
  const values: unknown[] = [];
  const builder = new IndexBuilder(text);
  try {
    // `json: true` (the lenient mode only) keeps the last value of a repeated key instead of failing.
    jsyaml.loadAll(text, (doc) => values.push(doc), { schema, listener: builder.listener as never, json: duplicateKeys !== undefined });
    if (!builder.closed || builder.size !== values.length) return undefined;
    return documentsOf(text, builder, values);
  } catch {
    return undefined;
  }
}

/**
 * The js-yaml read of a text `yaml` rejects, where Kubernetes' own decoder (sigs.k8s.io/yaml over go-yaml)
 * accepts it: a quoted scalar or flow collection whose continuation lines are indented no deeper than the
 * block node holding it. go-yaml's scanner (scannerc.go, `yaml_parser_scan_flow_scalar`, a port of libyaml)
 * checks such lines only for a document marker at column 0 and for the end of the stream, and checks no
 * indentation inside flow collections; js-yaml does the same. `relaxed` holds the offset of each such node.
 *
 * And a key repeated in a mapping: sigs.k8s.io/yaml's `YAMLToJSON` (what kubectl decodes manifests with,
 * through k8s.io/apimachinery's util/yaml) calls go-yaml v2's non-strict `yaml.Unmarshal`, which keeps the
 * last value of a repeated key, the whole of it, with no merge of the earlier one (kubernetes-sigs/yaml at
 * aadfabb7d36952151672ec164d4220a6f0e31f63: yaml.go `YAMLToJSON`; yaml_test.go, `TestYAMLToJSONStrictFails`
 * "duplicate struct value" and "decode duplicate into nested string map"; only `YAMLToJSONStrict` fails).
 * js-yaml's `json` option does the same, and locate resolves a path to the last occurrence. `duplicates`
 * holds every earlier occurrence. Keys are compared as the strings they resolve to; the fast path reads only
 * keys that resolve to strings, as go-yaml compares two string keys.
 *
 * Undefined when the text needs anything else the fast path leaves to `yaml`.
 */
export function fastParseLenient(text: string): { readonly documents: FastDocument[]; readonly relaxed: readonly number[]; readonly duplicates: readonly DuplicateKey[] } | undefined {
  const relaxed: number[] = [];
  const duplicates: DuplicateKey[] = [];
  relaxedFlowNodes = relaxed;
  duplicateKeys = duplicates;
  try {
    const documents = fastParse(text);
    return documents && { documents, relaxed, duplicates };
  } finally {
    relaxedFlowNodes = undefined;
    duplicateKeys = undefined;
  }
}

function documentsOf(text: string, builder: IndexBuilder, values: readonly unknown[]): FastDocument[] {
  const markers = [...text.matchAll(DOC_MARKER)].map((m) => m.index);
  const firstMarker = markers[0] ?? text.length;
  // Text before the first `---` is a document when it has content other than blank lines and comments.
  const leading = skipToContent(text, 0) < firstMarker;
  const starts = leading ? [0, ...markers] : markers;
  if (starts.length !== builder.size) throw new Unsupported('document count');
  const { index } = builder;
  return values.map((value, i) => {
    const marker = starts[i] as number;
    const headerStart = i === 0 ? 0 : marker;
    if (builder.kinds[i] === null) {
      // An empty document: `yaml` puts its content right after a bare `---` line.
      if (value !== null || builder.results[i] !== null || (i === 0 && leading)) throw new Unsupported('empty document');
      if (!/^---(?:\n|$)/.test(text.slice(marker, marker + 4))) throw new Unsupported('empty document marker line');
      const at = marker + 3;
      const empty = index.add(EMPTY, at, at);
      return { value, start: at, headerStart, locate: locator(text, index, empty) };
    }
    const root = builder.nodeAt(i);
    checkFlowNode(text, index, root, -1);
    const rootStart = index.starts[root] as number;
    // The content must lie in its own segment of the stream.
    const next = starts[i + 1] ?? text.length + 1;
    if (rootStart < marker || rootStart >= next) throw new Unsupported('document segment');
    return { value, start: rootStart, headerStart, locate: locator(text, index, root) };
  });
}

/**
 * `locate` of the document whose root is `root`, made apart from documentsOf: a closure made there would
 * hold its scope, and with it the builder's results, every document's value, for as long as any document
 * is kept.
 */
function locator(text: string, index: SpanIndex, root: number): FastDocument['locate'] {
  return (path, part) => locateIn(text, index, root, path, part);
}
