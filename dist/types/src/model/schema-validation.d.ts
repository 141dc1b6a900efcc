import { type ReleaseSchema } from './field-schemas.js';
import type { Path } from '../load/positions.js';
/**
 * Checks a manifest value against the field tree of its kind for one release (src/model/field-schemas.ts).
 * A walk over the value, not a JSON Schema validator: it knows which key of which object is unknown and which
 * sibling names it could have meant, so every problem comes with the exact path and a suggestion.
 */
export type SchemaProblem = {
    readonly problem: 'unknown-field';
    readonly path: Path;
    readonly field: string;
    /** Short type name (`PodSpec`) and full type id (`core/v1.PodSpec`). */
    readonly type: string;
    readonly typeId: string;
    readonly suggestion?: string;
} | {
    readonly problem: 'wrong-type';
    readonly path: Path;
    readonly field: string;
    readonly type: string;
    readonly expected: string;
    readonly actual: string;
} | {
    readonly problem: 'missing-field';
    readonly path: Path;
    readonly field: string;
    readonly type: string;
} | {
    readonly problem: 'invalid-value';
    readonly path: Path;
    readonly field: string;
    readonly type: string;
    readonly value: string;
    readonly allowed: readonly string[];
    readonly suggestion?: string;
};
/** The closest candidate when it is near enough to be a plausible typo. */
export declare function suggest(word: string, candidates: readonly string[]): string | undefined;
/**
 * Every schema problem of an object of the given type id, with paths relative to the object, in document
 * order of the walk (fields first, then the required fields missing from each object).
 */
export declare function validateAgainstSchema(schema: ReleaseSchema, typeId: string, value: unknown): SchemaProblem[];
