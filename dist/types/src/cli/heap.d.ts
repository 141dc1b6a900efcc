/** Sets the heap growth of this process (every thread) unless node was started with its own. */
export declare function limitHeapGrowth(execArgv?: readonly string[], setFlags?: (flags: string) => void): void;
/**
 * The young generation's largest size here: two semi-spaces of 16 MiB, the most V8 11 (Node 20) gives a
 * process without pointer compression. V8 13 (Node 24) lets them grow to 64 MiB each, and a long run's
 * survivors make it grow them: over 4× the fifth real corpus of docs/performance.md the new space reached
 * 134 MB (67 MB over 1×), peak RSS 344 MB against Node 20's 160. The maximum is fixed when the heap is set
 * up, but how much the new space grows at a time is read when it grows (`--semi-space-growth-factor`, 2 by
 * default): set to 1 once the new space has reached this size, it grows no further.
 */
export declare const YOUNG_GENERATION_LIMIT_BYTES: number;
/**
 * A check to run between files of a large run: once the new space has reached YOUNG_GENERATION_LIMIT_BYTES
 * it stops its growth and returns true (then it need not run again). Undefined when node was started with
 * its own young generation flags.
 */
export declare function youngGenerationLimiter(execArgv?: readonly string[], setFlags?: (flags: string) => void, newSpace?: () => number): (() => boolean) | undefined;
