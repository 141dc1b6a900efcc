import type { FileResult } from '../engine/result.js';
import type { K8sVersion } from '../k8s/versions.js';
/** Bumped when the layout changes. */
export declare const PARTIAL_FORMAT = 1;
/** Which share of the files a run lints: the `index`-th (1-based) of `count`. */
export interface Shard {
    readonly index: number;
    readonly count: number;
}
/** True when the file at `position` of the sorted file list belongs to `shard` (round robin: equal counts). */
export declare function inShard(shard: Shard, position: number): boolean;
/** One input as read, for the scope of an audit report. */
export interface InputRecord {
    readonly file: string;
    readonly sha256?: string;
    readonly bytes?: number;
    /** Why it could not be read. */
    readonly problem?: string;
}
export interface PartialEntry {
    /** The file's place in the whole run's reading order. */
    readonly order: number;
    /** The project the file belongs to (cross-resource checks join facts inside one project). */
    readonly project: string;
    readonly result: FileResult;
    /** The file as read (name and SHA-256), for the coverage report's scope. */
    readonly input: InputRecord;
}
export interface Partial {
    readonly pciLintPartial: typeof PARTIAL_FORMAT;
    readonly version: string;
    /** The hash of the effective configuration (as for the cache): shards must agree with each other and with the merge. */
    readonly key: string;
    readonly target: K8sVersion;
    readonly shard: Shard;
    /** How many files the whole run reads, and a hash of their names: shards of one checkout agree on both. */
    readonly fileCount: number;
    readonly fileSet: string;
    readonly entries: readonly PartialEntry[];
}
/** A partial that cannot be merged; the message says which and why. */
export declare class PartialError extends Error {
    readonly name = "PartialError";
}
/** Parses and checks one partial's text; throws PartialError naming `shown`. */
export declare function readPartial(text: string, shown: string): Partial;
/**
 * Checks that the partials are every shard of one run, made by this version with this configuration, and
 * returns their entries in reading order.
 */
export declare function combinePartials(partials: readonly {
    readonly partial: Partial;
    readonly shown: string;
}[], expected: {
    readonly version: string;
    readonly key: string;
}): {
    readonly entries: PartialEntry[];
    readonly target: K8sVersion;
};
/** One hash over the names of every file a run reads, in reading order. */
export declare function fileSetHash(files: readonly string[]): string;
/**
 * Writes a partial as its results arrive (in any order: merge sorts them), into a temporary file beside
 * `file` that `finish` renames over it, so a failed or refused run leaves no half-written partial.
 */
export declare class PartialWriter {
    private readonly file;
    private readonly temporary;
    private readonly fd;
    private pending;
    private count;
    /** Throws the file system's error when the file cannot be created. */
    constructor(file: string);
    add(entry: PartialEntry): void;
    private flush;
    /** Writes the header fields after the entries (key order means nothing in JSON) and puts the file in place. */
    finish(header: Omit<Partial, 'pciLintPartial' | 'entries'>): void;
    /** Drops what was written. */
    abort(): void;
}
