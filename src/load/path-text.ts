// Paths as text, with no parser behind them, so that model can name paths in its messages too.

export type PathSegment = string | number;
/** A path from a document's root to a value: map keys and sequence indexes. */
export type Path = readonly PathSegment[];

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** `spec.containers[0].securityContext`, `metadata.annotations["a.b/c"]`: a path as stable text. */
export function formatPath(path: Path): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
