import type { Diagnostic } from '../engine/diagnostic.js';
import { type RunEvidence } from '../engine/evidence.js';
import type { AnyRule } from '../engine/rule.js';
import { FinishedProject } from './store.js';
import type { CachedReport } from './cache.js';
import type { LintSettings } from '../engine/settings.js';
import { DEFAULT_TARGET, type K8sVersion } from '../k8s/versions.js';
import { type InputRecord, type PartialEntry, type Shard } from './partial.js';
export interface LintOptions extends LintSettings {
    /** Directory paths are resolved against and shown relative to; defaults to `process.cwd()`. */
    readonly cwd?: string;
    /** Files larger than this are skipped with a `file-too-large` diagnostic. */
    readonly maxFileBytes?: number;
    /** Extra ignore globs on top of .gitignore. */
    readonly ignore?: readonly string[];
    /**
     * Directories that are each one project (absolute, or relative to `cwd`), over the automatic grouping
     * (src/run/projects.ts): cross-resource checks join objects only inside one project.
     */
    readonly projects?: readonly string[];
    /**
     * Read from here when an input is `-`; defaults to `process.stdin`. Any async iterable of chunks (a Node
     * stream is one), typed without Node's globals so the published declarations need no @types/node.
     */
    readonly stdin?: AsyncIterable<string | Uint8Array>;
    /**
     * The path standard input is shown as (relative to `cwd`, like a file's), instead of `<stdin>`: for
     * rendered output whose findings belong to a file (`--stdin-filename`).
     */
    readonly stdinFilename?: string;
    /** The rules to choose from; defaults to every built-in rule. */
    readonly registry?: readonly AnyRule[];
    /**
     * Reuse the results of unchanged files from an earlier run with the same version and configuration
     * (`--cache`). Off by default.
     */
    readonly cache?: boolean;
    /** Directory of the cache; default `node_modules/.cache/pci-lint` under `cwd`. Relative to `cwd`. */
    readonly cacheLocation?: string;
    /**
     * The key that seals the cache, made on first use (random, readable by this user only); default
     * `$XDG_CACHE_HOME/pci-lint/key`, else `~/.cache/pci-lint/key`. Cache files not sealed with it are
     * ignored, so a cache committed to the linted repository changes nothing. A key that is a link, belongs
     * to another user or is readable by others turns the cache off (`LintResult.cacheProblem` says why).
     */
    readonly cacheKeyFile?: string;
    /**
     * Threads to lint with, this one included: 1 (the default) this thread only; n ≥ 2 this thread and n − 1
     * worker threads whenever there are two or more files; `'auto'` (the CLI's default) three per four cores
     * (one on two cores) once the input reaches 1 MiB. A file goes to a worker that has room and is otherwise
     * linted here. Workers run the built-in rules from the built bundle this module was loaded from (so not
     * under a TypeScript loader, nor with a custom `registry`: those lint in this thread). The diagnostics are
     * the same either way.
     */
    readonly workers?: number | 'auto';
}
export interface LintResult {
    /** Every finding, in the stable order (by file, then position). */
    readonly diagnostics: Diagnostic[];
    /** How many files (and standard input) were read. */
    readonly fileCount: number;
    /** The files read, as shown in diagnostics. */
    readonly files: string[];
    readonly target: K8sVersion;
    /** Inputs that named no file: missing paths and globs without a match. */
    readonly unmatched: string[];
    /** Directories named as inputs that hold no file to lint (after .gitignore and the ignore globs). */
    readonly emptyDirectories: string[];
    /** Ids of enabled rules that checked nothing because they need configuration. */
    readonly unconfigured: string[];
    /** Threads that linted: this one plus the worker threads started. */
    readonly threads: number;
    /** What the run saw besides findings: input kinds, Kubernetes versions the input states, waivers. */
    readonly evidence: RunEvidence;
    /** With `cache`: why the cache was not used, when it was not (its key could not be trusted or made). */
    readonly cacheProblem?: string;
}
export type { InputRecord } from './partial.js';
/**
 * A run as the CLI consumes it: the diagnostics stay packed and are rebuilt file by file on each pass, so
 * a run over a very large input never holds them all as objects.
 */
interface LintRunBase extends Omit<LintResult, 'diagnostics'> {
    /** With `hashInputs`: every input read, in reading order, with the SHA-256 of its bytes (or why it could not be read). */
    readonly inputs?: readonly InputRecord[];
    /** Stores the report rendered as `options.report` with this run (present only when that is possible). */
    readonly keepReport?: (text: string) => void;
    /** With `onFileResult`: every file the whole (unsharded) run reads, as shown, in reading order. */
    readonly discovered?: readonly string[];
}
/**
 * A run as the CLI consumes it: the diagnostics stay packed and are rebuilt file by file on each pass, so
 * a run over a very large input never holds them all as objects. When the input has not changed since a
 * run whose report was kept as `options.report`, that report instead.
 */
export type LintRun = (LintRunBase & {
    readonly diagnostics: FinishedProject;
    readonly report?: undefined;
}) | (LintRunBase & {
    readonly report: CachedReport;
    readonly diagnostics?: undefined;
});
/** Discovers, reads and lints files from disk. Rejects only with a ConfigError for bad settings. */
export declare function lint(inputs: readonly string[], options?: LintOptions): Promise<LintResult>;
export interface LintRunOptions extends LintOptions {
    /**
     * With the cache: how the caller will render a report from this run (format and its options, any text
     * that differs when the report would). The report can then be stored with the run (`LintRun.keepReport`)
     * and is given back (`LintRun.report`) when a later run over unchanged input replays this one.
     */
    readonly report?: string | undefined;
    /**
     * Called once when the input read reaches 1 MiB, after every worker thread has answered once (so has
     * compiled what it runs): the CLI then tunes the process's heap for a large run (src/cli/heap.ts). It may
     * return a check, then called between files (before and after each) until it returns true.
     */
    readonly onLargeInput?: (() => (() => boolean) | undefined) | undefined;
    /** Record every input with the SHA-256 of its bytes (`LintRun.inputs`), for audit reports. */
    readonly hashInputs?: boolean | undefined;
    /** Lint only this share of the discovered files (`--shard i/n`); standard input cannot be sharded. */
    readonly shard?: Shard | undefined;
    /**
     * Called with each file's result before the finish phase, with its place in the whole run's reading
     * order, its project and its input record (`--partial`). A run with this option never replays a cached
     * run or report.
     */
    readonly onFileResult?: ((entry: PartialEntry) => void) | undefined;
}
/** `lint`, keeping the diagnostics packed. */
export declare function lintRun(inputs: readonly string[], options?: LintRunOptions): Promise<LintRun>;
/** The hash of what a result depends on besides its file (version, target, rules, options, settings). */
export declare function settingsKey(options?: LintOptions): string;
/**
 * The run `pci-lint merge` reports: the finish phase over the partial results of every shard (checked and
 * put in reading order by combinePartials), as a single run over all their files would finish.
 */
export declare function mergeRun(entries: readonly PartialEntry[], options?: LintOptions): LintRun & {
    readonly diagnostics: FinishedProject;
};
export interface LintTextOptions extends LintSettings {
    /** Path shown in diagnostics; defaults to `<text>`. */
    readonly file?: string;
    readonly registry?: readonly AnyRule[];
}
/** Lints manifest text held in memory. Pure: no file or network access. */
export declare function lintText(text: string, options?: LintTextOptions): Diagnostic[];
export { DEFAULT_TARGET };
