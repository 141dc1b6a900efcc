/**
 * `JSON.stringify(items, null, 2)` for an array nested at `indent`, a batch of elements at a time: the same
 * bytes, without building the whole array or its text first.
 */
export declare function jsonArrayChunks(items: Iterable<unknown>, indent?: string): Generator<string>;
/**
 * `JSON.stringify(value, null, 2)` for a plain JSON value (no toJSON, no replacer) nested at `indent`, in
 * chunks: a large object is written key by key and a large array element by element (a batch at a time when
 * its elements are small), so a report of a million findings is never one string.
 */
export declare function jsonValueChunks(value: unknown, indent?: string): Generator<string>;
/** Each item of `items` through `map`, lazily. */
export declare function mapped<T, U>(items: Iterable<T>, map: (item: T) => U): Generator<U>;
/** Runs of consecutive diagnostics (or other items) with the same key, e.g. the findings of one file. */
export declare function runsOf<T>(items: Iterable<T>, key: (item: T) => string): Generator<T[]>;
