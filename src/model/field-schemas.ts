import data from '../../schemas/k8s-fields.json' with { type: 'json' };
import { formatVersion, type K8sVersion } from '../k8s/versions.js';
import { own } from './resource.js';

/**
 * Field trees of the built-in Kubernetes kinds, per target release: which fields each object type has, the
 * type of each value, which fields are required and which strings are enums. Generated into
 * schemas/k8s-fields.json by scripts/gen-k8s-schemas.mjs from the Go API types of k8s.io/api and
 * k8s.io/apimachinery meta/v1 at each release tag (v0.19.0 … v0.36.0, v0.37.0-beta.0) — the same types and
 * markers the upstream OpenAPI spec is generated from.
 *
 * A type reference is one of: `s` string, `t` timestamp string, `b` boolean, `i` integer, `n` number,
 * `q` quantity (number or string), `is` integer or string, `any`, `e@<id>` enum string, `@<id>` object,
 * `[]<ref>` list, `{}<ref>` map with string keys.
 */
export type TypeRef = string;

export interface ObjectDef {
  /** JSON field name → type reference. */
  readonly f: Readonly<Record<string, TypeRef>>;
  /** Required field names. */
  readonly r?: readonly string[];
}

export interface EnumDef {
  /** Allowed values. */
  readonly e: readonly string[];
}

export type TypeDef = ObjectDef | EnumDef;

interface FieldData {
  /** In the bundles each def is a JSON string until first used (scripts/build.mjs): a run needs few of them. */
  readonly defs: (TypeDef | string)[];
  readonly versions: Readonly<Record<string, { readonly tag: string; readonly types: Readonly<Record<string, number>>; readonly kinds: Readonly<Record<string, string | null>> }>>;
}

const DATA = data as unknown as FieldData;

/** The field trees of one release. */
export interface ReleaseSchema {
  readonly version: string;
  /** The k8s.io/api tag the release was generated from. */
  readonly tag: string;
  /** The type id of a kind (`apps/v1.Deployment`), or undefined when the release has no such built-in kind. */
  kindType(apiVersion: string, kind: string): string | undefined;
  /** Kinds this release defines for an apiVersion (empty when the apiVersion is not built in). */
  kindsOf(apiVersion: string): readonly string[];
  typeDef(id: string): TypeDef | undefined;
}

const gvk = (apiVersion: string, kind: string) => `${apiVersion}|${kind}`;

/** Releases the data covers, oldest first. */
export const SCHEMA_RELEASES: readonly string[] = Object.keys(DATA.versions);

/** What a release's data resolves to: every type id and every kind it defines. */
interface ReleaseMaps {
  readonly types: Map<string, number>;
  readonly kinds: Map<string, string>;
}

/** Each release's data is a diff against the one before: the releases replayed so far (a memo of constant data). */
const replayed = new Map<string, ReleaseMaps>();

function replay(version: string): ReleaseMaps | undefined {
  const at = SCHEMA_RELEASES.indexOf(version);
  if (at === -1) return undefined;
  // Start from the nearest earlier release already replayed (a rule asking about later releases walks them in order).
  let from = at;
  while (from >= 0 && !replayed.has(SCHEMA_RELEASES[from] ?? '')) from--;
  const start = from >= 0 ? replayed.get(SCHEMA_RELEASES[from] ?? '') : undefined;
  if (start && from === at) return start;
  const maps: ReleaseMaps = { types: new Map(start?.types), kinds: new Map(start?.kinds) };
  for (let i = from + 1; i <= at; i++) {
    const release = SCHEMA_RELEASES[i] ?? '';
    const diff = own(DATA.versions, release);
    if (diff) {
      for (const [id, index] of Object.entries(diff.types)) {
        if (index < 0) maps.types.delete(id);
        else maps.types.set(id, index);
      }
      for (const [key, id] of Object.entries(diff.kinds)) {
        if (id === null) maps.kinds.delete(key);
        else maps.kinds.set(key, id);
      }
    }
  }
  replayed.set(version, maps);
  return maps;
}

function build(version: string): ReleaseSchema | undefined {
  const maps = replay(version);
  const diff = own(DATA.versions, version);
  if (!maps || !diff) return undefined;
  const { types, kinds } = maps;
  const byApiVersion = new Map<string, string[]>();
  for (const key of kinds.keys()) {
    const [apiVersion = '', kind = ''] = key.split('|');
    byApiVersion.set(apiVersion, [...(byApiVersion.get(apiVersion) ?? []), kind]);
  }
  return {
    version,
    tag: diff.tag,
    kindType: (apiVersion, kind) => kinds.get(gvk(apiVersion, kind)),
    kindsOf: (apiVersion) => byApiVersion.get(apiVersion) ?? [],
    typeDef: (id) => {
      const index = types.get(id);
      return index === undefined ? undefined : defAt(index);
    },
  };
}

function defAt(index: number): TypeDef | undefined {
  const def = DATA.defs[index];
  if (typeof def !== 'string') return def;
  const parsed = JSON.parse(def) as TypeDef;
  DATA.defs[index] = parsed;
  return parsed;
}

// Derived once per release from constant data: a memo, not state that changes what any rule sees.
const built = new Map<string, ReleaseSchema | undefined>();

function schemaOf(version: string): ReleaseSchema | undefined {
  if (!built.has(version)) built.set(version, build(version));
  return built.get(version);
}

/** The field trees of a target release (built on first use, then shared), or undefined outside the data. */
export function releaseSchema(target: K8sVersion): ReleaseSchema | undefined {
  return schemaOf(formatVersion(target));
}

/**
 * For a field the object type `typeId` lacks in `target`: the first later release whose type has it.
 * Undefined when the target has the field already or no later release adds it.
 */
export function firstReleaseWithField(typeId: string, field: string, target: K8sVersion): string | undefined {
  const index = SCHEMA_RELEASES.indexOf(formatVersion(target));
  const has = (release: string) => {
    const def = schemaOf(release)?.typeDef(typeId);
    return def !== undefined && !isEnumDef(def) && Object.hasOwn(def.f, field);
  };
  if (index === -1 || has(SCHEMA_RELEASES[index] ?? '')) return undefined;
  return SCHEMA_RELEASES.slice(index + 1).find(has);
}

/** Kind (`apiVersion|kind`) → the releases that define it, oldest first; built on first use from the kinds' diffs only. */
let kindReleases: Map<string, readonly string[]> | undefined;

function kindIndex(): Map<string, readonly string[]> {
  if (kindReleases) return kindReleases;
  const index = new Map<string, string[]>();
  const current = new Set<string>();
  for (const release of SCHEMA_RELEASES) {
    const diff = own(DATA.versions, release);
    if (!diff) continue;
    for (const [key, id] of Object.entries(diff.kinds)) {
      if (id === null) current.delete(key);
      else current.add(key);
    }
    for (const key of current) {
      const releases = index.get(key);
      if (releases) releases.push(release);
      else index.set(key, [release]);
    }
  }
  kindReleases = index;
  return index;
}

/** The releases whose data defines a kind, oldest first (empty for custom resources and unknown kinds). */
export function releasesWithKind(apiVersion: string, kind: string): string[] {
  return [...(kindIndex().get(gvk(apiVersion, kind)) ?? [])];
}

/** The first release whose data defines a kind, if any does. */
export function firstReleaseWithKind(apiVersion: string, kind: string): string | undefined {
  return releasesWithKind(apiVersion, kind)[0];
}

export function isEnumDef(def: TypeDef): def is EnumDef {
  return 'e' in def;
}
