import type * as AjvPackage from 'ajv';
/**
 * Ajv's constructor, loaded on first use: evaluating the package costs about a millisecond of every start,
 * and most runs validate nothing (no configuration file, no rule options). A plain `require` so that the
 * CLI bundle keeps Ajv inside it and starts it lazily; the ESM library defines `require` for this (its
 * build banner).
 */
export declare function ajvConstructor(): typeof AjvPackage.Ajv;
