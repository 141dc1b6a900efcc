import type { Document, Node, Pair, YAMLMap } from 'yaml';
import { yamlPackage, type LinePositions } from './yaml-package.js';
import type { Span } from './positions.js';

/** A warning on a place where go-yaml and `yaml` read a merge differently (parse.ts's ParseProblem). */
export interface MergeOrderNote {
  readonly span: Span;
  readonly code: 'MERGE_ORDER';
  readonly message: string;
}

/**
 * Merge keys (`<<`) as Kubernetes applies them. kubectl decodes manifests with sigs.k8s.io/yaml over go-yaml
 * v2, whose decoder (decode.go, `d.mapping` and `d.merge`) walks a mapping's pairs in the order written and
 * lets each one set its keys over what is there: a `<<` written after an explicit key replaces that key's
 * value, and of two `<<` in one mapping the later one wins. Within one merge sequence (`<<: [*a, *b]`) it
 * steps backwards, so the first map wins. The `yaml` package (and the merge-key specification, js-yaml,
 * PyYAML) instead never lets a merge replace a key the mapping sets itself, and lets the first merge win.
 *
 * {@link applyGoYamlMergeOrder} rewrites a parsed document in place so that both its plain value (`toJS`)
 * and every located path (positions.ts `findPair`) are what go-yaml reads: an explicit key that a later
 * merge replaces is dropped, and the merge keys of a mapping are put in reverse order. Each place where the
 * two readings differ gives one warning. (Source: kubernetes/kubernetes at
 * 04791b4906602ffda5ccf9bc4c84d3329f1d7080, vendor/gopkg.in/yaml.v2/decode.go.)
 */

/** Bounds the recursion through merges of merges (an alias cycle cannot recurse: `yaml` rejects those). */
const MAX_DEPTH = 32;

type AnyNode = Node | null | undefined;

function isMergeKey(key: unknown): boolean {
  const { isScalar } = yamlPackage();
  if (!isScalar(key)) return false;
  const value = key.value;
  // With `merge: true` the `yaml` composer resolves a plain `<<` to a symbol; a quoted one stays a string.
  return typeof value === 'symbol' && value.description === '<<';
}

function deref(doc: Document, node: AnyNode): AnyNode {
  let current = node;
  for (let hops = 0; current && yamlPackage().isAlias(current) && hops < MAX_DEPTH; hops++) current = current.resolve(doc);
  return current;
}

/** The keys a merge value supplies (a map, an alias of one, or a sequence of those), memoised per map. */
class MergedKeys {
  private readonly memo = new Map<Node, ReadonlySet<unknown>>();
  constructor(private readonly doc: Document) {}

  ofValue(value: AnyNode, depth = 0): ReadonlySet<unknown> {
    const { isSeq } = yamlPackage();
    const source = deref(this.doc, value);
    if (!isSeq(source)) return this.ofMap(source, depth);
    const keys = new Set<unknown>();
    for (const item of source.items) for (const key of this.ofMap(deref(this.doc, item as AnyNode), depth)) keys.add(key);
    return keys;
  }

  ofMap(node: AnyNode, depth: number): ReadonlySet<unknown> {
    const { isMap, isScalar } = yamlPackage();
    if (!node || !isMap(node) || depth > MAX_DEPTH) return new Set();
    const known = this.memo.get(node);
    if (known) return known;
    const keys = new Set<unknown>();
    this.memo.set(node, keys);
    for (const pair of node.items as Pair<AnyNode, AnyNode>[]) {
      if (isMergeKey(pair.key)) for (const key of this.ofValue(pair.value, depth + 1)) keys.add(key);
      else if (isScalar(pair.key)) keys.add(pair.key.value);
    }
    return keys;
  }
}

function keyText(value: unknown): string {
  const text = String(value);
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
}

function spanOf(node: AnyNode): Span {
  const [start = 0, end = start] = node?.range ?? [];
  return { start, end: Math.max(start + 1, end) };
}

/**
 * Rewrites every mapping of `doc` whose merge keys go-yaml applies otherwise than `yaml` (see above), and
 * returns a warning for each difference: on an explicit key a later merge replaces, and on a merge key whose
 * keys a later merge in the same mapping replaces.
 */
export function applyGoYamlMergeOrder(doc: Document.Parsed, lineCounter: LinePositions): MergeOrderNote[] {
  const { visit, isScalar } = yamlPackage();
  const maps: YAMLMap<AnyNode, AnyNode>[] = [];
  visit(doc, {
    Map(_key, map) {
      if ((map.items as Pair<AnyNode, AnyNode>[]).some((pair) => isMergeKey(pair.key))) maps.push(map as YAMLMap<AnyNode, AnyNode>);
    },
  });
  if (maps.length === 0) return [];
  const merged = new MergedKeys(doc);
  const notes: MergeOrderNote[] = [];
  const where = (node: AnyNode): string => {
    const { line, col } = lineCounter.linePos(spanOf(node).start);
    return `line ${line}:${col}`;
  };
  for (const map of maps) {
    const items = map.items;
    const mergeAt = items.flatMap((pair, index) => (isMergeKey(pair.key) ? [index] : []));
    const supplies = new Map(mergeAt.map((index) => [index, merged.ofValue((items[index] as Pair<AnyNode, AnyNode>).value)]));
    const dropped = new Set<number>();
    // One sweep from the end, keeping for each key the nearest later merge key that sets it: each pair, and
    // each key a merge supplies, is looked at once (a search of the later merges for every pair was
    // quadratic: 20 000 merge keys in one mapping took 74 s).
    const nearest = new Map<unknown, number>();
    /** For each merge key (by index in items), the nearest later one that sets a key it sets too. */
    const overridden = new Map<number, number>();
    for (let index = items.length - 1; index >= 0; index--) {
      const pair = items[index] as Pair<AnyNode, AnyNode>;
      if (isMergeKey(pair.key)) {
        const own = supplies.get(index) ?? new Set();
        let laterAt: number | undefined;
        for (const key of own) {
          const at = nearest.get(key);
          if (at !== undefined && (laterAt === undefined || at < laterAt)) laterAt = at;
        }
        if (laterAt !== undefined) overridden.set(index, laterAt);
        for (const key of own) nearest.set(key, index);
        continue;
      }
      if (!isScalar(pair.key)) continue;
      const key: unknown = pair.key.value;
      const later = nearest.get(key);
      if (later === undefined) continue;
      dropped.add(index);
      notes.push({
        span: spanOf(pair.key),
        code: 'MERGE_ORDER',
        message: `The key ${keyText(key)} is set again by the merge key (<<) after it, at ${where(items[later]?.key)}. kubectl (go-yaml) applies merge keys in the order written, so the merged value replaces this one, and the document was checked with it; the YAML merge-key specification and most other YAML tools keep this value instead. Write the key after the << line so that every tool reads the same value.`,
      });
    }
    for (const at of mergeAt) {
      const laterAt = overridden.get(at);
      if (laterAt === undefined) continue;
      const own = supplies.get(at) ?? new Set();
      const later = supplies.get(laterAt);
      const shared = [...own].filter((key) => later?.has(key));
      notes.push({
        span: spanOf(items[at]?.key),
        code: 'MERGE_ORDER',
        message: `This merge key (<<) and a later one in the same mapping, at ${where(items[laterAt]?.key)}, both set ${shared.length === 1 ? `the key ${keyText(shared[0])}` : `${shared.length} keys (${keyText(shared[0])} and others)`}. kubectl (go-yaml) keeps the later one's values, and the document was checked with them; most other YAML tools keep this one's. Merge both in one sequence (<<: [*first, *second]), where every tool lets the first win.`,
      });
    }
    if (dropped.size === 0 && mergeAt.length < 2) continue;
    // Merge keys in reverse order: `yaml` (first merge wins) then reads what go-yaml does (last one wins).
    const kept = items.filter((_pair, index) => !dropped.has(index));
    const merges = kept.filter((pair) => isMergeKey(pair.key)).reverse();
    map.items = kept.map((pair) => (isMergeKey(pair.key) ? (merges.shift() as Pair<AnyNode, AnyNode>) : pair));
  }
  return notes;
}
