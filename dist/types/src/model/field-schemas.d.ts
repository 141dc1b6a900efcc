import { type K8sVersion } from '../k8s/versions.js';
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
/** Releases the data covers, oldest first. */
export declare const SCHEMA_RELEASES: readonly string[];
/** The field trees of a target release (built on first use, then shared), or undefined outside the data. */
export declare function releaseSchema(target: K8sVersion): ReleaseSchema | undefined;
/**
 * For a field the object type `typeId` lacks in `target`: the first later release whose type has it.
 * Undefined when the target has the field already or no later release adds it.
 */
export declare function firstReleaseWithField(typeId: string, field: string, target: K8sVersion): string | undefined;
/** The releases whose data defines a kind, oldest first (empty for custom resources and unknown kinds). */
export declare function releasesWithKind(apiVersion: string, kind: string): string[];
/** The first release whose data defines a kind, if any does. */
export declare function firstReleaseWithKind(apiVersion: string, kind: string): string | undefined;
export declare function isEnumDef(def: TypeDef): def is EnumDef;
