/**
 * Lookups by user text. A manifest can name a kind, a field, a label or a rule `constructor`, `toString` or
 * `__proto__`; on a plain object, `table[key]` then finds Object.prototype's member instead of nothing, and
 * `table[key] = value` can replace the object's prototype. Every table a string from the input indexes is
 * read with `own` and written as a `Dict` (no prototype) or a Map; the linter rule pci-lint/own-index
 * enforces it.
 */
/** `table[key]` when `key` is the table's own property, else undefined. */
export declare function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined;
/** Sets `key` as an own, enumerable property of `table`: a key named `__proto__` is an entry, never the prototype. */
export declare function setOwn(table: object, key: string, value: unknown): void;
/** A string-keyed table without a prototype: every key, `__proto__` included, is an ordinary entry. */
export type Dict<T> = Record<string, T> & {
    readonly __nullPrototype?: never;
};
/** A new empty Dict, optionally filled from entries. */
export declare function dict<T>(entries?: Iterable<readonly [string, T]>): Dict<T>;
