import type { Path } from './positions.js';
/** `spec.containers[0].securityContext`, `metadata.annotations["a.b/c"]`: a path as stable text. */
export declare function formatPath(path: Path): string;
