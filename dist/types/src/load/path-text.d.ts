export type PathSegment = string | number;
/** A path from a document's root to a value: map keys and sequence indexes. */
export type Path = readonly PathSegment[];
/** `spec.containers[0].securityContext`, `metadata.annotations["a.b/c"]`: a path as stable text. */
export declare function formatPath(path: Path): string;
