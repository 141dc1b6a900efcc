/**
 * Items stringified together: one JSON.stringify call per batch instead of one per item. Small enough that
 * a batch's text (about 45 kB for findings) stays under V8's large-object size (128 KiB): larger strings
 * go straight to the old generation and grew a big run's peak memory until the next full collection.
 */
const BATCH = 64;

/**
 * `JSON.stringify(items, null, 2)` for an array nested at `indent`, a batch of elements at a time: the same
 * bytes, without building the whole array or its text first.
 */
export function* jsonArrayChunks(items: Iterable<unknown>, indent = ''): Generator<string> {
  let batch: unknown[] = [];
  let written = 0;
  const text = () => {
    // "[\n  a,\n  b\n]" without its brackets is the batch's elements, already indented one level.
    const inner = JSON.stringify(batch, null, 2).slice(2, -2);
    return `${written === 0 ? '[\n' : ',\n'}${indent === '' ? inner : indent + inner.replace(/\n/g, `\n${indent}`)}`;
  };
  for (const item of items) {
    batch.push(item);
    if (batch.length < BATCH) continue;
    yield text();
    written += batch.length;
    batch = [];
  }
  if (batch.length > 0) {
    yield text();
    written += batch.length;
  }
  yield written === 0 ? '[]' : `\n${indent}]`;
}

/** Each item of `items` through `map`, lazily. */
export function* mapped<T, U>(items: Iterable<T>, map: (item: T) => U): Generator<U> {
  for (const item of items) yield map(item);
}

/** Runs of consecutive diagnostics (or other items) with the same key, e.g. the findings of one file. */
export function* runsOf<T>(items: Iterable<T>, key: (item: T) => string): Generator<T[]> {
  let run: T[] = [];
  for (const item of items) {
    if (run.length > 0 && key(run[0] as T) !== key(item)) {
      yield run;
      run = [];
    }
    run.push(item);
  }
  if (run.length > 0) yield run;
}
