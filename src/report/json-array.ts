/**
 * `JSON.stringify(items, null, 2)` for an array nested at `indent`, one element at a time: the same bytes,
 * without building the whole array or its text first.
 */
export function* jsonArrayChunks(items: Iterable<unknown>, indent = ''): Generator<string> {
  const inner = `${indent}  `;
  let first = true;
  for (const item of items) {
    yield `${first ? '[\n' : ',\n'}${inner}${JSON.stringify(item, null, 2).replace(/\n/g, `\n${inner}`)}`;
    first = false;
  }
  yield first ? '[]' : `\n${indent}]`;
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
