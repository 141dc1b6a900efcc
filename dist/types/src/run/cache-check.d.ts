import type { FileResult } from '../engine/result.js';
/**
 * Why `value` is not a FileResult for `file` (the first malformed part, in words that finish "the result
 * has ..."), or undefined when every part checks: diagnostics, objects, suppressions, facts, evidence.
 */
export declare function fileResultProblem(value: unknown, file: string): string | undefined;
/** True when `value` is a FileResult for `file` in every part. */
export declare function isFileResultFor(value: unknown, file: string): value is FileResult;
