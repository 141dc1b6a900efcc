/**
 * JSON patch operations (RFC 6902) applied to a copy of an object, as kustomize applies a targeted
 * `patches:` entry or a `patchesJson6902` one to each object its target selects (kubernetes-sigs/kustomize
 * 12f9e6391464b3ad9dd3fe8182049dc1b1772990 api/filters/patchjson6902, on evanphx/json-patch), and the
 * target selectors as kustomize matches them (api/types/selector.go `SelectorRegex`, api/resmap/reswrangler.go
 * `Select`: the name and namespace match the object's original or current ones).
 */
import type { Path, PathSegment } from '../load/positions.js';
import type { KustomizeJsonPatch } from '../load/source.js';
import { setOwn } from '../load/own.js';
import { isPlainObject, own, type PlainObject } from './resource.js';

/**
 * The unescaped segments of a JSON pointer as evanphx/json-patch v5 reads one (patch.go `findObject`, at
 * 009bc564fa613d3e711dcc8a0984c6e639729a54, the library kustomize's patchjson6902 filter applies patches
 * with): split on `/`, what is before the first `/` dropped, so `x/spec` is `/spec`; undefined for a text
 * with no `/` at all (other than "", the whole document), which kustomize fails on.
 */
export function pointerSegments(pointer: unknown): string[] | undefined {
  if (typeof pointer !== 'string') return undefined;
  if (pointer === '') return [];
  if (!pointer.includes('/')) return undefined;
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Whether a segment is a list index as evanphx/json-patch reads one (Go's strconv.Atoi: a sign, leading zeros) or `-`, the end. */
export function isArrayIndex(segment: string): boolean {
  return segment === '-' || /^[+-]?[0-9]+$/.test(segment);
}

/**
 * The list index a segment names, as evanphx/json-patch resolves it (strconv.Atoi, and negative indexes
 * counted from the end: `SupportNegativeIndices` is on by default); `end` for an `add`, where `-` and the
 * length itself are the end. Undefined for an index out of range or no index at all.
 */
function indexOf(segment: string, length: number, end: boolean): number | undefined {
  if (end && segment === '-') return length;
  if (!/^[+-]?[0-9]+$/.test(segment)) return undefined;
  const size = end ? length + 1 : length;
  let index = Number(segment);
  if (index < 0) index += size;
  return Number.isSafeInteger(index) && index >= 0 && index < size ? index : undefined;
}

type Container = PlainObject | unknown[];

/** The container of the pointer's last segment, walking existing nodes only; undefined when one is missing. */
function parentOf(root: PlainObject, segments: readonly string[]): Container | undefined {
  let node: unknown = root;
  for (const segment of segments.slice(0, -1)) {
    if (Array.isArray(node)) {
      const index = indexOf(segment, node.length, false);
      if (index === undefined) return undefined;
      node = node[index];
    } else if (isPlainObject(node)) {
      if (!Object.hasOwn(node, segment)) return undefined;
      node = own(node, segment);
    } else return undefined;
  }
  return Array.isArray(node) || isPlainObject(node) ? node : undefined;
}

function valueAt(root: PlainObject, segments: readonly string[]): { found: true; value: unknown } | { found: false } {
  if (segments.length === 0) return { found: true, value: root };
  const parent = parentOf(root, segments);
  const last = segments[segments.length - 1] ?? '';
  if (Array.isArray(parent)) {
    const index = indexOf(last, parent.length, false);
    return index === undefined ? { found: false } : { found: true, value: parent[index] };
  }
  if (parent === undefined || !Object.hasOwn(parent, last)) return { found: false };
  return { found: true, value: own(parent, last) };
}

/**
 * What an operation did to the object's paths, for locating what the patched object holds in the file
 * (patchedPathInFile): a value set at a path (its nodes are no longer the file's), an element inserted into
 * or removed from a list (the later ones move by one).
 */
export type PatchEffect = (
  | { readonly set: Path }
  | { readonly inserted: Path; readonly index: number }
  | { readonly removed: Path; readonly index: number }
  /** A list a strategic-merge patch merged: the index each element had before, or undefined for one the patch added. */
  | { readonly reordered: Path; readonly from: readonly (number | undefined)[] }
) & {
  /** Made by a patch read from a file of the input, where what it sets is checked. */
  readonly fromFile?: true;
};

/** The pointer's segments as the object's path: list indexes as numbers (`-` as the list's length). */
function resolved(root: PlainObject, segments: readonly string[]): Path {
  const out: PathSegment[] = [];
  let node: unknown = root;
  for (const segment of segments) {
    if (Array.isArray(node)) {
      const index = indexOf(segment, node.length, false) ?? 0;
      out.push(index);
      node = node[index];
    } else {
      out.push(segment);
      node = isPlainObject(node) ? own(node, segment) : undefined;
    }
  }
  return out;
}

function add(root: PlainObject, segments: readonly string[], value: unknown, effects: PatchEffect[]): boolean {
  const parent = parentOf(root, segments);
  const last = segments[segments.length - 1] ?? '';
  if (Array.isArray(parent)) {
    const index = indexOf(last, parent.length, true);
    if (index === undefined) return false;
    effects.push({ inserted: resolved(root, segments.slice(0, -1)), index });
    parent.splice(index, 0, value);
    return true;
  }
  if (parent === undefined) return false;
  effects.push({ set: resolved(root, segments) });
  setOwn(parent, last, value);
  return true;
}

function remove(root: PlainObject, segments: readonly string[], effects: PatchEffect[]): boolean {
  const parent = parentOf(root, segments);
  const last = segments[segments.length - 1] ?? '';
  if (Array.isArray(parent)) {
    const index = indexOf(last, parent.length, false);
    if (index === undefined) return false;
    effects.push({ removed: resolved(root, segments.slice(0, -1)), index });
    parent.splice(index, 1);
    return true;
  }
  if (parent === undefined || !Object.hasOwn(parent, last)) return false;
  return Reflect.deleteProperty(parent, last);
}

function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}

/**
 * The path in the file of what a patched object holds at `path`, undoing `effects` (in the order they
 * were made) last to first: below a value a patch set, the path where it was set (a node of the file when
 * it replaced one; else the locator finds its nearest container); past an inserted or removed list
 * element, the index it had before.
 */
export function patchedPathInFile(path: Path, effects: readonly PatchEffect[]): Path {
  return patchedPlaceInFile(path, effects).path;
}

/** True when what a patched object holds at `path` is (inside) a value a patch read from a file set or inserted. */
export function isSetByPatch(path: Path, effects: readonly PatchEffect[]): boolean {
  return patchedPlaceInFile(path, effects).set;
}

function patchedPlaceInFile(path: Path, effects: readonly PatchEffect[]): { path: Path; set: boolean } {
  let current = [...path];
  let set = false;
  for (let i = effects.length - 1; i >= 0; i--) {
    const effect = effects[i];
    if (effect === undefined) continue;
    if ('set' in effect) {
      if (startsWith(current, effect.set)) {
        current = [...effect.set];
        set ||= effect.fromFile === true;
      }
      continue;
    }
    if ('reordered' in effect) {
      const list = effect.reordered;
      if (!startsWith(current, list) || current.length === list.length) continue;
      const index = current[list.length];
      if (typeof index !== 'number') continue;
      const before = effect.from[index];
      if (before === undefined) {
        current = [...list];
        set ||= effect.fromFile === true;
      } else current[list.length] = before;
      continue;
    }
    const list = 'inserted' in effect ? effect.inserted : effect.removed;
    if (!startsWith(current, list) || current.length === list.length) continue;
    const index = current[list.length];
    if (typeof index !== 'number') continue;
    if ('inserted' in effect) {
      if (index === effect.index) {
        current = [...list];
        set ||= effect.fromFile === true;
      } else if (index > effect.index) current[list.length] = index - 1;
    } else if (index >= effect.index) current[list.length] = index + 1;
  }
  return { path: current, set };
}

/** How many operations one patch may hold before it is left unapplied (only hostile input has more). */
const MAX_OPERATIONS = 10_000;

/**
 * How many nodes (values of maps and lists, and scalars) the patches of one object may add, by `add`,
 * `replace`, `copy` and `move`, before they are left unapplied: repeated copies of a map into itself double
 * it each time (forty operations made more than 2^40 nodes, and the run died out of memory). kustomize's
 * library has no such limit (`AccumulatedCopySizeLimit` 0), so such a build does not finish either; the
 * object is judged as written.
 */
export const MAX_ADDED_NODES = 100_000;

/** What the patches of one object may still add (MAX_ADDED_NODES), shared by every patch applied to it. */
export interface PatchBudget {
  nodes: number;
}

/** Takes the nodes of `value` from `budget`; false, with the budget spent, when it holds fewer. */
function spend(budget: PatchBudget, value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    if (--budget.nodes < 0) return false;
    const node = stack.pop();
    if (Array.isArray(node)) for (const item of node as unknown[]) stack.push(item);
    else if (isPlainObject(node)) for (const key of Object.keys(node)) stack.push(own(node, key));
  }
  return true;
}

/**
 * Whether two values are equal as evanphx/json-patch's `test` compares them (lazyNode.equal): maps by
 * their keys in any order, lists element by element, scalars by value.
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    const other: readonly unknown[] = b;
    return (a as unknown[]).every((item, i) => sameValue(item, other[i]));
  }
  if (isPlainObject(a) || isPlainObject(b)) {
    if (!isPlainObject(a) || !isPlainObject(b)) return false;
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameValue(own(a, key), own(b, key)));
  }
  return a === b;
}

/**
 * evanphx/json-patch's `test`: a value that is missing, or null, passes only a test for null (or one
 * without a value); a test for null fails on anything else; a missing parent or a bad index fails.
 */
function passes(root: PlainObject, segments: readonly string[], operation: PlainObject): boolean {
  const expected = Object.hasOwn(operation, 'value') ? own(operation, 'value') : null;
  let actual: unknown;
  if (segments.length === 0) actual = root;
  else {
    const parent = parentOf(root, segments);
    const last = segments[segments.length - 1] ?? '';
    if (parent === undefined) return false;
    if (Array.isArray(parent)) {
      const index = indexOf(last, parent.length, false);
      if (index === undefined) return false;
      actual = parent[index];
    } else actual = own(parent, last);
  }
  if (actual === undefined || actual === null) return expected === null;
  return expected !== null && sameValue(actual, expected);
}

/**
 * `value` with `operations` applied, in order, to a deep copy; undefined when the list is not one of
 * operations or an operation fails (a missing path, a failing `test`, an unknown `op`): kustomize fails
 * the build then, and the object stays as written.
 */
export function applyJsonPatch(value: PlainObject, operations: unknown, effects: PatchEffect[] = [], budget: PatchBudget = { nodes: MAX_ADDED_NODES }): PlainObject | undefined {
  const root = { value: structuredClone(value) };
  return applyJsonPatchInPlace(root, operations, effects, budget) ? root.value : undefined;
}

/**
 * `operations` applied, in order, to `root.value` itself (an `add` or `replace` of the whole document, "",
 * makes its value the object, when that is a map); false when one fails, leaving `root` part-patched.
 */
export function applyJsonPatchInPlace(root: { value: PlainObject }, operations: unknown, effects: PatchEffect[], budget: PatchBudget): boolean {
  if (!Array.isArray(operations) || operations.length > MAX_OPERATIONS) return false;
  for (const operation of operations) {
    if (!isPlainObject(operation)) return false;
    const op = own(operation, 'op');
    const segments = pointerSegments(own(operation, 'path'));
    if (segments === undefined) return false;
    if (segments.length === 0 && op !== 'add' && op !== 'replace' && op !== 'test') return false;
    const from = pointerSegments(own(operation, 'from'));
    switch (op) {
      case 'add':
      case 'replace': {
        if (!Object.hasOwn(operation, 'value')) return false;
        const added = own(operation, 'value');
        if (!spend(budget, added)) return false;
        if (segments.length === 0) {
          if (!isPlainObject(added)) return false;
          root.value = structuredClone(added);
          effects.push({ set: [] });
        } else if (op === 'add') {
          if (!add(root.value, segments, structuredClone(added), effects)) return false;
        } else {
          // The value at the path is replaced where it was: below it nothing is the file's, and no list moves.
          if (!valueAt(root.value, segments).found || !remove(root.value, segments, []) || !add(root.value, segments, structuredClone(added), [])) return false;
          effects.push({ set: resolved(root.value, segments) });
        }
        break;
      }
      case 'remove':
        if (!remove(root.value, segments, effects)) return false;
        break;
      case 'copy':
      case 'move': {
        if (from === undefined || from.length === 0) return false;
        const source = valueAt(root.value, from);
        if (!source.found || !spend(budget, source.value)) return false;
        if (op === 'move' && !remove(root.value, from, effects)) return false;
        if (!add(root.value, segments, structuredClone(source.value), effects)) return false;
        break;
      }
      case 'test':
        if (!passes(root.value, segments, operation)) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/**
 * Calls `visit` with each character of a pattern that is neither escaped nor inside a character class, and
 * its index; stops at the first call that returns true, and returns whether one did.
 */
function someOutsideClasses(pattern: string, visit: (c: string, i: number) => boolean): boolean {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? '';
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (visit(c, i)) return true;
  }
  return false;
}

/**
 * Whether a group holding a quantifier or an alternation is itself quantified (`(a+)+`, `(a|aa)*`), read
 * in one pass (escapes and character classes skipped).
 */
function nestsQuantifiers(pattern: string): boolean {
  const open: boolean[] = [];
  return someOutsideClasses(pattern, (c, i) => {
    if (c === '(') open.push(false);
    else if (c === ')') {
      const risky = open.pop() ?? false;
      const next = pattern[i + 1] ?? '';
      const quantified = next !== '' && '*+?{'.includes(next);
      if (risky && quantified) return true;
      // The enclosing group now holds a quantified or alternated part.
      if ((risky || quantified) && open.length > 0) open[open.length - 1] = true;
    } else if ('*+?{|'.includes(c) && open.length > 0) open[open.length - 1] = true;
    return false;
  });
}

/**
 * How many unbounded quantifiers (`*`, `+`, `{n,}`) a pattern holds outside character classes: `a*a*a*b`
 * backtracks in time polynomial in the name's length, of a degree their count.
 */
function unbounded(pattern: string): number {
  let count = 0;
  someOutsideClasses(pattern, (c, i) => {
    if (c === '*' || c === '+' || (c === '{' && /^\{[0-9]+,\}/.test(pattern.slice(i, i + 12)))) count++;
    return false;
  });
  return count;
}

/** At most this many unbounded quantifiers in a compiled pattern (names are at most MAX_PATTERN long: quadratic at worst). */
const MAX_UNBOUNDED = 2;

/** The longest selector pattern compiled; a longer one is taken to select nothing. */
const MAX_PATTERN = 256;

/**
 * A selector field as an anchored test (`^(?:pattern)$`, as kustomize anchors it); undefined when it is
 * unset (matches anything); `'never'` for a pattern not compiled: too long, not valid here, with a
 * quantified group holding a quantifier or an alternation, or with more than MAX_UNBOUNDED unbounded
 * quantifiers (catastrophic or polynomial backtracking in JavaScript, where Go's RE2 is linear). Such a patch is not applied: the object is judged as written.
 */
export function selectorPattern(pattern: unknown): ((value: string) => boolean) | undefined | 'never' {
  if (typeof pattern !== 'string' || pattern === '') return undefined;
  if (pattern.length > MAX_PATTERN || /\\[1-9k]|\(\?[<=!]/.test(pattern) || nestsQuantifiers(pattern) || unbounded(pattern) > MAX_UNBOUNDED) return 'never';
  let expression: RegExp;
  try {
    expression = new RegExp(`^(?:${pattern})$`, 'u');
  } catch {
    return 'never';
  }
  return (value) => value.length <= MAX_PATTERN && expression.test(value);
}

/**
 * Whether a label selector string (`k=v`, `k==v`, `k!=v`, `k in (a,b)`, `k notin (a,b)`, `k`, `!k`,
 * comma-separated; apimachinery labels.Parse) selects `labels`; undefined for one that does not parse
 * (kustomize fails the build).
 */
export function matchesSelectorString(selector: string, labels: Readonly<Record<string, string>>): boolean | undefined {
  const text = selector.trim();
  if (text === '') return true;
  const requirements: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      requirements.push(text.slice(start, i));
      start = i + 1;
    }
  }
  requirements.push(text.slice(start));
  const has = (key: string) => Object.hasOwn(labels, key);
  for (const raw of requirements) {
    const requirement = raw.trim();
    const set = /^([A-Za-z0-9._/-]+)\s+(in|notin)\s*\(([^()]*)\)$/.exec(requirement);
    if (set) {
      const key = set[1] ?? '';
      const values = (set[3] ?? '').split(',').map((v) => v.trim());
      const inSet = has(key) && values.includes(own(labels, key) ?? '');
      if (set[2] === 'in' ? !inSet : inSet) return false;
      continue;
    }
    const equality = /^([A-Za-z0-9._/-]+)\s*(==|=|!=)\s*([A-Za-z0-9._-]*)$/.exec(requirement);
    if (equality) {
      const key = equality[1] ?? '';
      const equal = has(key) && own(labels, key) === equality[3];
      if (equality[2] === '!=' ? equal : !equal) return false;
      continue;
    }
    const exists = /^(!?)\s*([A-Za-z0-9._/-]+)$/.exec(requirement);
    if (exists) {
      if (has(exists[2] ?? '') === (exists[1] === '!')) return false;
      continue;
    }
    return undefined;
  }
  return true;
}

/** An object as a patch's selector sees it. */
export interface SelectedObject {
  readonly group: string;
  readonly version: string;
  readonly kind: string;
  /** Its name as written and as the build has named it when the patch runs. */
  readonly names: readonly string[];
  /** Its namespace as written (`default` when unset) and as the build has set it when the patch runs. */
  readonly namespaces: readonly string[];
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, string>>;
}

/** Whether a patch's `target` selects `object`; false for a selector that cannot be evaluated (see selectorPattern). */
export function targetSelects(target: unknown, object: SelectedObject): boolean {
  if (!isPlainObject(target)) return false;
  const fields: [string, readonly string[]][] = [
    ['group', [object.group]],
    ['version', [object.version]],
    ['kind', [object.kind]],
    ['name', object.names],
    ['namespace', object.namespaces],
  ];
  for (const [field, values] of fields) {
    const test = selectorPattern(own(target, field));
    if (test === 'never') return false;
    if (test !== undefined && !values.some(test)) return false;
  }
  for (const [field, map] of [
    ['labelSelector', object.labels],
    ['annotationSelector', object.annotations],
  ] as const) {
    const selector = own(target, field);
    if (selector === undefined || selector === null || selector === '') continue;
    if (typeof selector !== 'string' || matchesSelectorString(selector, map) !== true) return false;
  }
  return true;
}

/** The names and namespace an object has when `patch` runs: `written` with the affixes and namespace of the kustomizations inside the one that lists it. */
export function whenPatched(patch: KustomizeJsonPatch, written: { readonly name: string | undefined; readonly namespace: string | undefined; readonly keepsName: boolean }): { names: string[]; namespaces: string[] } {
  const names = written.name === undefined ? [] : [written.name];
  if (written.name !== undefined && !written.keepsName && (patch.prefix !== '' || patch.suffix !== '')) names.push(`${patch.prefix}${written.name}${patch.suffix}`);
  const namespaces = [written.namespace ?? 'default'];
  if (patch.namespace !== undefined) namespaces.push(patch.namespace);
  return { names, namespaces };
}
