import { type SeverityCounts } from '../engine/diagnostic.js';
import type { FileResult } from '../engine/result.js';
import type { LintSession } from '../engine/session.js';
import type { StoredProject } from './store.js';
import type { SourceText } from '../load/source.js';
/** Where results are cached when no location is given, relative to the working directory. */
export declare const DEFAULT_CACHE_DIRECTORY: string;
/** The per-file results inside the cache directory. */
export declare const CACHE_FILE = "results.v8";
/** The last run's finished output inside the cache directory. */
export declare const RUN_FILE = "run.v8";
/** The report rendered from the last run, inside the cache directory. */
export declare const REPORT_FILE = "report.v8";
/** A finished run: its output and the files it read, in reading order. */
export interface CachedRun {
    readonly project: StoredProject;
    readonly files: readonly string[];
}
/** A report rendered from a finished run, with what a caller needs besides its text. */
export interface CachedReport {
    /** The report's text as UTF-8 bytes. */
    readonly output: Uint8Array;
    /** The findings counted by severity (for the exit code). */
    readonly counts: SeverityCounts;
    /** The files the run read, in reading order. */
    readonly files: readonly string[];
}
/** What a cache file's seal covers besides its bytes: its name and the layout version. */
export declare function cacheFileLabel(name: string): string;
/**
 * What a cached result depends on besides the file's text: pci-lint's version, the target, the shared
 * settings, every active rule with its severity override and options, and the registered rule ids.
 */
export declare function cacheKey(version: string, session: LintSession): string;
export declare class ResultCache {
    private readonly directory;
    private readonly version;
    private readonly key;
    private readonly secret;
    private entries;
    private changed;
    private constructor();
    /** The cache in `directory`, sealed with `secret` (see cache-seal.ts); nothing is read until it is needed. */
    static open(directory: string, version: string, key: string, secret: Uint8Array): ResultCache;
    private read;
    private write;
    /** The content hash `get` and `set` take: of the file's bytes as read, computed once per file. */
    static hash(bytes: Uint8Array): string;
    /** One hash over everything a run read: each input's name and the hash of its text (or why it could not be read). */
    static runKey(inputs: readonly {
        readonly file: string;
        readonly hash: string;
    }[]): string;
    /** The finished run stored for exactly these inputs, if there is one. */
    getRun(inputs: string): CachedRun | undefined;
    /** Stores a finished run for these inputs; failing to write only costs the next run its speed. */
    setRun(inputs: string, run: CachedRun): void;
    /** The report rendered as `report` from the run over exactly these inputs, if it was stored. */
    getReport(inputs: string, report: string): CachedReport | undefined;
    setReport(inputs: string, report: string, cached: CachedReport): void;
    /** Reads the per-file results (once); a missing, unreadable, corrupt or stale file starts empty. */
    load(): void;
    /** The cached result for this file and text, if there is a valid one. Call `load` first. */
    get(source: SourceText, hash: string): FileResult | undefined;
    set(source: SourceText, hash: string, result: FileResult): void;
    /** Writes the per-file results if anything changed. */
    save(): void;
}
