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

/** Nodes counted before a value is taken to be large (bounded, so the check costs little). */
const LARGE = 4096;

function isLarge(value: unknown): boolean {
  let budget = LARGE;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === null || typeof next !== 'object') continue;
    const children = Array.isArray(next) ? next : Object.values(next);
    budget -= children.length + 1;
    if (budget <= 0) return true;
    for (const child of children) stack.push(child);
  }
  return false;
}

/** What JSON.stringify writes for a property value: nothing for undefined, a function or a symbol. */
function skipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/**
 * `JSON.stringify(value, null, 2)` for a plain JSON value (no toJSON, no replacer) nested at `indent`, in
 * chunks: a large object is written key by key and a large array element by element (a batch at a time when
 * its elements are small), so a report of a million findings is never one string.
 */
export function* jsonValueChunks(value: unknown, indent = ''): Generator<string> {
  if (value === null || typeof value !== 'object' || !isLarge(value)) {
    const text = JSON.stringify(value, null, 2);
    yield indent === '' ? text : text.replace(/\n/g, `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (!value.some(isLarge)) {
      yield* jsonArrayChunks(value.map((item: unknown) => (skipped(item) ? null : item)), indent);
      return;
    }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? '' : ','}\n${inner}`;
      const item: unknown = value[i];
      yield* jsonValueChunks(skipped(item) ? null : item, inner);
    }
    yield `\n${indent}]`;
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => !skipped(v));
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  let first = true;
  for (const [key, v] of entries) {
    yield `${first ? '' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* jsonValueChunks(v, inner);
  }
  yield `\n${indent}}`;
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
