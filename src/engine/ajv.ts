import type * as AjvPackage from 'ajv';

/**
 * Ajv's constructor, loaded on first use: evaluating the package costs about a millisecond of every start,
 * and most runs validate nothing (no configuration file, no rule options). A plain `require` so that the
 * CLI bundle keeps Ajv inside it and starts it lazily; the ESM library defines `require` for this (its
 * build banner).
 */
export function ajvConstructor(): typeof AjvPackage.Ajv {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the lazy load described above
  return (require('ajv') as typeof AjvPackage).Ajv;
}
