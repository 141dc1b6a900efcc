/**
 * Strategic-merge patches applied to a copy of an object, as kustomize applies a `patchesStrategicMerge`
 * entry or a `patches:` entry holding one (kubernetes-sigs/kustomize 12f9e6391464b3ad9dd3fe8182049dc1b1772990:
 * api/filters/patchstrategicmerge on kyaml/yaml/merge2 and kyaml/yaml/walk, with `ListIncreaseDirection:
 * prepend`; api/resource/resource.go `ApplySmPatch`). Checked against `kubectl kustomize` (kustomize v5.5.0):
 *
 * - maps merge key by key; a `null` value removes the key; `$patch: delete` removes the map, `$patch: replace`
 *   puts the patch's map in its place, `$patch: merge` (or none) merges;
 * - a list of a field the schema merges (src/k8s/strategic-merge.ts) merges element by element by its keys:
 *   the patch's elements first, in the patch's order (each merged into the object's element of the same
 *   keys), then the object's other elements in their order; an element with `$patch: delete` removes the one
 *   of its keys, a `{$patch: replace}` element makes the list the patch's other elements, a `{$patch: delete}`
 *   element removes the list; a list of scalars merged as a set (finalizers) likewise, the patch's first;
 * - every other list, and every list of a kind the schema does not know (a custom resource), is replaced;
 * - kyaml implements no other directive: `$retainKeys`, `$setElementOrder/…` and `$deleteFromPrimitiveList/…`
 *   are copied into the object as the keys they are, and change nothing else;
 * - the kind, name and namespace stay the object's.
 *
 * What kustomize refuses (a map patched with a list or a scalar, an unknown `$patch`) leaves the patch
 * unapplied: the build fails, so the object is judged as written. What this does not follow is never taken
 * for that, since kustomize builds it (an inline patch whose values no file states would then be checked
 * nowhere): a merged list with an element without its first key, two elements of one key, an element whose
 * key is a map, over MAX_LIST elements or more than MAX_SHARING of one first key is judged as the patch's
 * elements followed by the object's, as written (every container either could run is checked); nesting past
 * MAX_DEPTH is left as the object has it. Key values match as kyaml matches them, by their text, so a
 * string matches only a string (`01`, `1.0` and `yes` never name the element `"1"` or `"true"`; left: two
 * numbers or booleans written differently, `080` and `80`, are taken as one).
 */
import { MERGE_KINDS, MERGE_TYPES, type MergeField } from '../k8s/strategic-merge.js';
import { setOwn } from '../load/own.js';
import type { Path } from '../load/positions.js';
import type { PatchEffect } from './json-patch-apply.js';
import { isPlainObject, own, type PlainObject } from './resource.js';

/** The deepest nesting merged; a deeper patch (only hostile input has one) is left unapplied. */
const MAX_DEPTH = 64;
/** The longest list merged by key. */
const MAX_LIST = 10_000;
/** The most elements of a merged list that share their first key (container ports of one number and several protocols). */
const MAX_SHARING = 64;

/** What a merge returns for a value it removes (a `null`, a `$patch: delete`). */
const CLEAR: unique symbol = Symbol('clear');

/** What kustomize refuses: its build fails. */
class Unapplied extends Error {}
/** A list this does not merge as kyaml does; judged as both (unfollowedList). */
class Unfollowed extends Error {}

function fail(): never {
  throw new Unapplied();
}

function unfollowed(): never {
  throw new Unfollowed();
}

function directiveOf(map: PlainObject): 'merge' | 'replace' | 'delete' {
  if (!Object.hasOwn(map, '$patch')) return 'merge';
  const value = own(map, '$patch');
  if (value === 'merge' || value === 'replace' || value === 'delete') return value;
  return fail();
}

function fieldOf(type: string | undefined, key: string): MergeField | undefined {
  if (type === undefined) return undefined;
  const fields = own(MERGE_TYPES, type);
  return fields === undefined ? undefined : own(fields, key);
}

/** A directive element of a list (`- $patch: replace`): a map whose only key is `$patch`. */
function listDirective(element: unknown): 'merge' | 'replace' | 'delete' | undefined {
  if (!isPlainObject(element) || !Object.hasOwn(element, '$patch') || Object.keys(element).length !== 1) return undefined;
  return directiveOf(element);
}

/** What a patch value becomes where the object has nothing: its directives done, its nulls dropped. */
function fresh(value: unknown, field: MergeField | undefined, depth: number): unknown {
  // Deeper than any field a rule reads: only hostile input nests so, and what it adds there is dropped.
  if (depth > MAX_DEPTH) return CLEAR;
  if (isPlainObject(value)) {
    if (directiveOf(value) === 'delete') return CLEAR;
    const out: PlainObject = {};
    for (const key of Object.keys(value)) {
      if (key === '$patch') continue;
      const child = own(value, key);
      if (child === null) continue;
      const made = fresh(child, fieldOf(field?.type, key), depth + 1);
      if (made !== CLEAR) setOwn(out, key, made);
    }
    return out;
  }
  if (Array.isArray(value)) {
    if (field?.keys === undefined) return structuredClone(value);
    const out: unknown[] = [];
    for (const element of value) {
      const directive = listDirective(element);
      if (directive === 'delete') return CLEAR;
      if (directive !== undefined) continue;
      const made = fresh(element, { ...(field.type !== undefined && { type: field.type }) }, depth + 1);
      if (made !== CLEAR) out.push(made);
    }
    return out;
  }
  return value;
}

function merge(dest: unknown, patch: unknown, field: MergeField | undefined, path: Path, effects: PatchEffect[], depth: number): unknown {
  // Past MAX_DEPTH the object keeps what it has (see fresh).
  if (depth > MAX_DEPTH) return dest === undefined || dest === null ? CLEAR : dest;
  if (patch === null) return CLEAR;
  if (dest === undefined || dest === null) {
    const made = fresh(patch, field, depth);
    if (made !== CLEAR) effects.push({ set: path });
    return made;
  }
  if (isPlainObject(patch)) {
    if (!isPlainObject(dest)) return fail();
    const directive = directiveOf(patch);
    if (directive === 'delete') return CLEAR;
    if (directive === 'replace') {
      effects.push({ set: path });
      return fresh(patch, field, depth);
    }
    for (const key of Object.keys(patch)) {
      if (key === '$patch') continue;
      const had = Object.hasOwn(dest, key) ? own(dest, key) : undefined;
      const made = merge(had, own(patch, key), fieldOf(field?.type, key), [...path, key], effects, depth + 1);
      if (made === CLEAR) Reflect.deleteProperty(dest, key);
      else setOwn(dest, key, made);
    }
    return dest;
  }
  if (Array.isArray(patch)) {
    if (!Array.isArray(dest)) return fail();
    if (field?.keys === undefined) {
      effects.push({ set: path });
      return structuredClone(patch);
    }
    return mergeList(dest, patch, field, field.keys, path, effects, depth);
  }
  if (isPlainObject(dest) || Array.isArray(dest)) return fail();
  effects.push({ set: path });
  return patch;
}

/** A key value as kyaml compares it, by text, its type first: a string never matches a number or a boolean (`01` and `"1"`); '' for none. */
function scalarKey(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return `s${value}`;
  if (typeof value === 'number' || typeof value === 'bigint') return `n${String(value)}`;
  if (typeof value === 'boolean') return `b${String(value)}`;
  return unfollowed();
}

/** Whether two elements' key values name one element: some value in common, and each other either equal or unset in one (kyaml `match`). */
function sameElement(a: readonly string[], b: readonly string[]): boolean {
  let common = false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) common = true;
    else if (a[i] !== '' && b[i] !== '') return false;
  }
  return common;
}

function mergeList(dest: unknown[], patch: readonly unknown[], field: MergeField, keys: readonly string[], path: Path, effects: PatchEffect[], depth: number): unknown {
  const mark = effects.length;
  try {
    return mergeListFollowed(dest, patch, field, keys, path, effects, depth);
  } catch (error) {
    if (!(error instanceof Unfollowed)) throw error;
    effects.length = mark;
    return unfollowedList(dest, patch, field, path, effects, depth);
  }
}

/**
 * A merged list this does not follow as kyaml does: the patch's elements (its directives done, `$patch:
 * delete` elements dropped), then the object's as written, so whatever either container would be is checked.
 */
function unfollowedList(dest: readonly unknown[], patch: readonly unknown[], field: MergeField, path: Path, effects: PatchEffect[], depth: number): unknown {
  const elementField: MergeField = field.type === undefined ? {} : { type: field.type };
  const added: unknown[] = [];
  for (const element of patch) {
    if (listDirective(element) !== undefined) continue;
    if (isPlainObject(element) && directiveOf(element) === 'delete') continue;
    const made = isPlainObject(element) || Array.isArray(element) ? fresh(element, elementField, depth + 1) : element;
    if (made !== CLEAR) added.push(made);
  }
  effects.push({ reordered: path, from: [...added.map(() => undefined), ...dest.map((_, i) => i)] });
  return [...added, ...dest];
}

function mergeListFollowed(dest: unknown[], patch: readonly unknown[], field: MergeField, keys: readonly string[], path: Path, effects: PatchEffect[], depth: number): unknown {
  if (dest.length > MAX_LIST || patch.length > MAX_LIST) return unfollowed();
  const elements: unknown[] = [];
  for (const element of patch) {
    const directive = listDirective(element);
    if (directive === 'delete') return CLEAR;
    if (directive === 'replace') {
      effects.push({ set: path });
      return fresh(
        patch.filter((e) => listDirective(e) === undefined),
        field,
        depth,
      );
    }
    if (directive === undefined) elements.push(element);
  }
  const elementField: MergeField = field.type === undefined ? {} : { type: field.type };
  if (keys.length === 0) {
    // A set of scalars: the patch's values first, then the object's others.
    const seen = new Set<string>();
    const out: unknown[] = [];
    const from: (number | undefined)[] = [];
    const at = new Map<string, number>();
    dest.forEach((value, i) => {
      const key = scalarKey(value);
      if (!at.has(key)) at.set(key, i);
    });
    for (const value of [...elements, ...dest]) {
      if (isPlainObject(value) || Array.isArray(value)) return unfollowed();
      const key = scalarKey(value);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(value);
      from.push(at.get(key));
    }
    effects.push({ reordered: path, from });
    return out;
  }
  type Entry = { readonly values: string[]; dest?: number; patch?: PlainObject };
  const entries: Entry[] = [];
  const byFirst = new Map<string, Entry[]>();
  const entryFor = (values: string[]): Entry | undefined => (byFirst.get(values[0] ?? '') ?? []).find((entry) => sameElement(entry.values, values));
  // Elements are found by their first key; the few that share it are told apart by the others.
  const index = (entry: Entry) => {
    entries.push(entry);
    const first = entry.values[0] ?? '';
    const same = byFirst.get(first);
    if (same === undefined) byFirst.set(first, [entry]);
    else if (same.length >= MAX_SHARING) unfollowed();
    else same.push(entry);
  };
  const valuesOf = (element: PlainObject) => keys.map((key) => scalarKey(own(element, key)));
  for (const element of elements) {
    if (!isPlainObject(element)) return unfollowed();
    const values = valuesOf(element);
    if (values[0] === '' || entryFor(values) !== undefined) return unfollowed();
    index({ values, patch: element });
  }
  dest.forEach((element, i) => {
    if (!isPlainObject(element)) return unfollowed();
    const values = valuesOf(element);
    if (values[0] === '') return unfollowed();
    const entry = entryFor(values);
    if (entry !== undefined) {
      if (entry.dest !== undefined) return unfollowed();
      entry.dest = i;
      return;
    }
    index({ values, dest: i });
  });
  const kept = entries.filter((entry) => entry.patch === undefined || directiveOf(entry.patch) !== 'delete');
  effects.push({ reordered: path, from: kept.map((entry) => entry.dest) });
  const out: unknown[] = [];
  kept.forEach((entry, index) => {
    const had = entry.dest === undefined ? undefined : dest[entry.dest];
    if (entry.patch === undefined) {
      out.push(had);
      return;
    }
    const made = had === undefined ? fresh(entry.patch, elementField, depth + 1) : merge(had, entry.patch, elementField, [...path, index], effects, depth + 1);
    if (made === CLEAR) return unfollowed();
    out.push(made);
  });
  return out;
}

/**
 * `value` with the strategic-merge patch `patch` applied to a deep copy (see the file's comment), the paths
 * it set, inserted and reordered added to `effects`; undefined when the patch is not a map, removes the whole
 * object (`$patch: delete`: the build drops it), or is left unapplied.
 */
export function applyStrategicMerge(value: PlainObject, patch: unknown, effects: PatchEffect[] = []): PlainObject | undefined {
  if (!isPlainObject(patch)) return undefined;
  const apiVersion = own(value, 'apiVersion');
  const kind = own(value, 'kind');
  const type = typeof apiVersion === 'string' && typeof kind === 'string' ? own(MERGE_KINDS, `${apiVersion} ${kind}`) : undefined;
  const made: PatchEffect[] = [];
  let merged: unknown;
  try {
    if (directiveOf(patch) !== 'merge') return undefined;
    merged = merge(structuredClone(value), patch, type === undefined ? undefined : { type }, [], made, 0);
  } catch (error) {
    if (error instanceof Unapplied || error instanceof RangeError) return undefined;
    throw error;
  }
  if (!isPlainObject(merged)) return undefined;
  // kustomize keeps the object's kind, name and namespace whatever the patch says.
  if (kind !== undefined) setOwn(merged, 'kind', kind);
  const metadata = own(value, 'metadata');
  const after = own(merged, 'metadata');
  if (isPlainObject(metadata) && isPlainObject(after)) {
    for (const key of ['name', 'namespace']) {
      if (Object.hasOwn(metadata, key)) setOwn(after, key, own(metadata, key));
      else Reflect.deleteProperty(after, key);
    }
  }
  for (const effect of made) effects.push(effect);
  return merged;
}
