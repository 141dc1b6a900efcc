import { closest, distance } from 'fastest-levenshtein';
import { isEnumDef, type ReleaseSchema, type TypeRef } from './field-schemas.js';
import type { Path, PathSegment } from '../load/positions.js';
import { isPlainObject } from './resource.js';

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

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (isPlainObject(value)) return 'a map';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `the boolean ${value}`;
  return `the string "${String(value)}"`;
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

interface Walk {
  readonly schema: ReleaseSchema;
  readonly problems: SchemaProblem[];
}

function check(walk: Walk, value: unknown, ref: TypeRef, path: PathSegment[], field: string, owner: string): void {
  if (value === null || value === undefined || ref === 'any') return;
  const wrongType = (expected: string) => {
    walk.problems.push({ problem: 'wrong-type', path: [...path], field, type: owner, expected, actual: describeValue(value) });
  };
  if (ref.startsWith('[]')) {
    if (!Array.isArray(value)) {
      wrongType('a list');
      return;
    }
    value.forEach((item, i) => {
      check(walk, item, ref.slice(2), [...path, i], `${field}[${i}]`, owner);
    });
    return;
  }
  if (ref.startsWith('{}')) {
    if (!isPlainObject(value)) {
      wrongType('a map');
      return;
    }
    for (const [key, item] of Object.entries(value)) check(walk, item, ref.slice(2), [...path, key], `${field}.${key}`, owner);
    return;
  }
  if (ref.startsWith('e@')) {
    if (typeof value !== 'string') {
      wrongType('a string');
      return;
    }
    const def = walk.schema.typeDef(ref.slice(2));
    if (!def || !isEnumDef(def) || def.e.includes(value)) return;
    const suggestion = suggest(value, def.e);
    walk.problems.push({ problem: 'invalid-value', path: [...path], field, type: owner, value, allowed: def.e, ...(suggestion !== undefined && { suggestion }) });
    return;
  }
  if (ref.startsWith('@')) {
    if (!isPlainObject(value)) {
      wrongType('a map');
      return;
    }
    checkObject(walk, value, ref.slice(1), path);
    return;
  }
  if (!scalarMatches(ref, value)) wrongType(EXPECTED[ref] ?? ref);
}

function checkObject(walk: Walk, value: Readonly<Record<string, unknown>>, id: string, path: PathSegment[]): void {
  const def = walk.schema.typeDef(id);
  if (!def || isEnumDef(def)) return;
  const type = typeName(id);
  const known = Object.keys(def.f);
  for (const [key, item] of Object.entries(value)) {
    const ref = def.f[key];
    if (ref === undefined) {
      const suggestion = suggest(key, known);
      walk.problems.push({ problem: 'unknown-field', path: [...path, key], field: key, type, typeId: id, ...(suggestion !== undefined && { suggestion }) });
      continue;
    }
    check(walk, item, ref, [...path, key], key, type);
  }
  for (const name of def.r ?? []) {
    if (!Object.hasOwn(value, name) || value[name] === null) walk.problems.push({ problem: 'missing-field', path: [...path], field: name, type });
  }
}

/**
 * Every schema problem of an object of the given type id, with paths relative to the object, in document
 * order of the walk (fields first, then the required fields missing from each object).
 */
export function validateAgainstSchema(schema: ReleaseSchema, typeId: string, value: unknown): SchemaProblem[] {
  const walk: Walk = { schema, problems: [] };
  if (isPlainObject(value)) checkObject(walk, value, typeId, []);
  return walk.problems;
}
