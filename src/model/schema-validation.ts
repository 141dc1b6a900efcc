import { closest, distance } from 'fastest-levenshtein';
import { isEnumDef, type ReleaseSchema, type TypeRef } from './field-schemas.js';
import type { Path, PathSegment } from '../load/positions.js';
import { isPlainObject, own } from './resource.js';
import { dict } from '../load/own.js';

/**
 * Checks a manifest value against the field tree of its kind for one release (src/model/field-schemas.ts).
 * A walk over the value, not a JSON Schema validator: it knows which key of which object is unknown and which
 * sibling names it could have meant, so every problem comes with the exact path and a suggestion.
 */
export type SchemaProblem =
  | {
      readonly problem: 'unknown-field';
      readonly path: Path;
      readonly field: string;
      /** Short type name (`PodSpec`) and full type id (`core/v1.PodSpec`). */
      readonly type: string;
      readonly typeId: string;
      readonly suggestion?: string;
    }
  | { readonly problem: 'wrong-type'; readonly path: Path; readonly field: string; readonly type: string; readonly expected: string; readonly actual: string }
  | { readonly problem: 'missing-field'; readonly path: Path; readonly field: string; readonly type: string }
  | {
      readonly problem: 'invalid-value';
      readonly path: Path;
      readonly field: string;
      readonly type: string;
      readonly value: string;
      readonly allowed: readonly string[];
      readonly suggestion?: string;
    };

/** The closest candidate when it is near enough to be a plausible typo. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const lower = word.toLowerCase();
  const sameLetters = candidates.find((c) => c.toLowerCase() === lower);
  if (sameLetters) return sameLetters;
  const best = closest(word, [...candidates]);
  // Two edits for short names, one more per four letters: close enough for typos, not for other words.
  return distance(word, best) <= Math.max(2, Math.floor(word.length / 4)) ? best : undefined;
}

const EXPECTED: Readonly<Record<string, string>> = {
  s: 'a string',
  t: 'a timestamp string',
  b: 'a boolean (true or false)',
  i: 'an integer',
  n: 'a number',
  q: 'a quantity (a number or a string such as 500m or 1Gi)',
  is: 'an integer or a string',
};

/**
 * What a value is, never what it says: a field of the wrong type can be anything, a password written as a
 * number (`value: 987654321`) included, and the message goes to logs, reports and the cache.
 */
function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (isPlainObject(value)) return 'a map';
  if (typeof value === 'number' || typeof value === 'bigint') return 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  if (typeof value === 'string') return 'a string';
  return 'a value of another type';
}

// sigs.k8s.io/yaml reads manifests as YAML 1.1, where these plain scalars are booleans.
const YAML11_BOOLEANS = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'n', 'N', 'no', 'No', 'NO', 'on', 'On', 'ON', 'off', 'Off', 'OFF', 'True', 'TRUE', 'False', 'FALSE']);

function scalarMatches(ref: TypeRef, value: unknown): boolean {
  switch (ref) {
    case 's':
    case 't':
      return typeof value === 'string';
    case 'b':
      return typeof value === 'boolean' || (typeof value === 'string' && YAML11_BOOLEANS.has(value));
    case 'i':
      return typeof value === 'number' && Number.isInteger(value);
    case 'n':
      return typeof value === 'number';
    case 'q':
      return typeof value === 'number' || typeof value === 'string';
    case 'is':
      return (typeof value === 'number' && Number.isInteger(value)) || typeof value === 'string';
    default:
      return true;
  }
}

/** `PodSpec` for `core/v1.PodSpec`. */
function typeName(id: string): string {
  return id.slice(id.lastIndexOf('.') + 1);
}

/** A type reference split once: what it expects and, for lists, maps, enums and objects, what it refers to. */
type ParsedRef =
  | { readonly kind: 'list' | 'map'; readonly item: ParsedRef }
  | { readonly kind: 'enum' | 'object'; readonly id: string }
  | { readonly kind: 'scalar'; readonly ref: TypeRef };

// Derived from the schema's own strings: a memo, not state that changes what any rule sees. Bounded, as
// custom schemas bring references of their own.
const parsedRefs = new Map<TypeRef, ParsedRef>();
const MAX_PARSED_REFS = 10_000;

function parseRef(ref: TypeRef): ParsedRef {
  let parsed = parsedRefs.get(ref);
  if (parsed) return parsed;
  if (ref.startsWith('[]')) parsed = { kind: 'list', item: parseRef(ref.slice(2)) };
  else if (ref.startsWith('{}')) parsed = { kind: 'map', item: parseRef(ref.slice(2)) };
  else if (ref.startsWith('e@')) parsed = { kind: 'enum', id: ref.slice(2) };
  else if (ref.startsWith('@')) parsed = { kind: 'object', id: ref.slice(1) };
  else parsed = { kind: 'scalar', ref };
  if (parsedRefs.size >= MAX_PARSED_REFS) parsedRefs.clear();
  parsedRefs.set(ref, parsed);
  return parsed;
}

/**
 * One walk. `path` is the path of the value being checked, pushed and popped as the walk goes; problems
 * take copies of it.
 */
interface Walk {
  readonly schema: ReleaseSchema;
  readonly problems: SchemaProblem[];
  readonly path: PathSegment[];
}

/** The name a problem gives a field: its key, then `[i]` for list items and `.key` for map entries. */
function fieldAt(path: readonly PathSegment[], from: number): string {
  let field = String(path[from]);
  for (let i = from + 1; i < path.length; i++) {
    const segment = path[i];
    field += typeof segment === 'number' ? `[${segment}]` : `.${String(segment)}`;
  }
  return field;
}

function wrongType(walk: Walk, value: unknown, fieldStart: number, ownerId: string, expected: string): void {
  const { path } = walk;
  walk.problems.push({ problem: 'wrong-type', path: [...path], field: fieldAt(path, fieldStart), type: typeName(ownerId), expected, actual: describeValue(value) });
}

/** Checks the value at the end of `walk.path`, a field (or an item of one) whose key is at `fieldStart`. */
function check(walk: Walk, value: unknown, ref: ParsedRef, fieldStart: number, ownerId: string): void {
  if (value === null || value === undefined) return;
  const { path } = walk;
  switch (ref.kind) {
    case 'list':
      if (!Array.isArray(value)) {
        wrongType(walk, value, fieldStart, ownerId, 'a list');
        return;
      }
      // (A hole is undefined, which check skips, as forEach would.)
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        check(walk, value[i], ref.item, fieldStart, ownerId);
        path.pop();
      }
      return;
    case 'map':
      if (!isPlainObject(value)) {
        wrongType(walk, value, fieldStart, ownerId, 'a map');
        return;
      }
      for (const [key, child] of Object.entries(value)) {
        path.push(key);
        check(walk, child, ref.item, fieldStart, ownerId);
        path.pop();
      }
      return;
    case 'enum': {
      if (typeof value !== 'string') {
        wrongType(walk, value, fieldStart, ownerId, 'a string');
        return;
      }
      const def = walk.schema.typeDef(ref.id);
      if (!def || !isEnumDef(def) || def.e.includes(value)) return;
      const suggestion = suggest(value, def.e);
      walk.problems.push({
        problem: 'invalid-value',
        path: [...path],
        field: fieldAt(path, fieldStart),
        type: typeName(ownerId),
        value,
        allowed: def.e,
        ...(suggestion !== undefined && { suggestion }),
      });
      return;
    }
    case 'object':
      if (!isPlainObject(value)) {
        wrongType(walk, value, fieldStart, ownerId, 'a map');
        return;
      }
      checkObject(walk, value, ref.id);
      return;
    case 'scalar':
      if (ref.ref !== 'any' && !scalarMatches(ref.ref, value)) wrongType(walk, value, fieldStart, ownerId, own(EXPECTED, ref.ref) ?? ref.ref);
  }
}

/** Checks an object of type `id` at `walk.path`. */
function checkObject(walk: Walk, value: Readonly<Record<string, unknown>>, id: string): void {
  const def = walk.schema.typeDef(id);
  if (!def || isEnumDef(def)) return;
  const { path } = walk;
  const fieldStart = path.length;
  for (const [key, child] of Object.entries(value)) {
    const ref = own(def.f, key);
    if (ref === undefined) {
      const suggestion = suggest(key, Object.keys(def.f));
      walk.problems.push({ problem: 'unknown-field', path: [...path, key], field: key, type: typeName(id), typeId: id, ...(suggestion !== undefined && { suggestion }) });
      continue;
    }
    path.push(key);
    check(walk, child, parseRef(ref), fieldStart, id);
    path.pop();
  }
  for (const name of def.r ?? []) {
    if (own(value, name) === undefined || own(value, name) === null) walk.problems.push({ problem: 'missing-field', path: [...path], field: name, type: typeName(id) });
  }
}

/**
 * Every schema problem of an object of the given type id, with paths relative to the object, in document
 * order of the walk (fields first, then the required fields missing from each object).
 */
export function validateAgainstSchema(schema: ReleaseSchema, typeId: string, value: unknown): SchemaProblem[] {
  const walk: Walk = { schema, problems: [], path: [] };
  if (isPlainObject(value)) checkObject(walk, withoutStatus(value), typeId);
  return walk.problems;
}

/**
 * An object's `status` is written by its controllers, never by the manifest's author: the API server ignores
 * it on create and apply, and exported manifests carry whatever a controller last wrote (fields of newer
 * releases, nulls). It is never checked.
 */
function withoutStatus(value: Record<string, unknown>): Record<string, unknown> {
  if (!Object.hasOwn(value, 'status')) return value;
  return dict(Object.entries(value).filter(([key]) => key !== 'status'));
}
