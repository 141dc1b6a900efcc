import type { FileResult } from '../engine/result.js';
import type { LintSettings } from '../engine/settings.js';
import type { SourceText } from '../load/source.js';
/**
 * True in a thread started by LintPool: the CLI must not run there. LintPool also puts its tag in the
 * worker's argv, so a start elsewhere can tell it is not one without loading node:worker_threads.
 */
export declare const isLintWorker: boolean;
/** Total input size from which the default worker count applies (smaller runs stay in one thread). */
export declare const WORKER_THRESHOLD_BYTES: number;
/**
 * Threads that lint by default on a large input, this one included: three for every four cores. A linting
 * thread keeps about 1.35 cores busy, because V8 compiles hot code and collects garbage on threads of its
 * own (2.1 CPU-seconds for 1.55 s of wall time over the bench corpus); on two cores a second linting
 * thread made the run slower (1.66 s against 1.51 s), so there it is one.
 */
export declare function defaultThreadCount(cores?: number): number;
/**
 * Workers run the module file this code was loaded from; that is possible only from the built bundles
 * (a TypeScript source file cannot be started as a worker by plain Node).
 */
export declare function workersAvailable(): boolean;
/**
 * A fixed set of workers linting sources with the built-in rules. `lint` picks the least busy worker; a
 * worker that fails rejects its pending requests (the caller then lints them itself).
 */
export declare class LintPool {
    private readonly workers;
    private nextId;
    /** Requests per worker that keep it busy between replies. */
    private static readonly DEPTH;
    constructor(size: number, settings: LintSettings);
    /** True once every worker has answered a request or stopped (a worker that answered has loaded its code). */
    get started(): boolean;
    /** True when a worker could take another file now (else the caller lints it itself). */
    hasRoom(): boolean;
    lint(source: SourceText): Promise<FileResult>;
    close(): Promise<void>;
}
