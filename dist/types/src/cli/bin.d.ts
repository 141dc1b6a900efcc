import { isLintWorker } from '../run/workers.js';
import { run } from './main.js';
export { isLintWorker, run };
/**
 * Whether these arguments lint (or merge) files, rather than print help, the version, a configuration or
 * rule information, or fail on a usage error: the launcher writes its code cache only after such a run, so
 * the cache holds the code a lint runs.
 */
export declare function lints(argv: readonly string[]): boolean;
export declare function main(): Promise<void>;
