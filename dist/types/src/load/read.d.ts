import type { LoadProblem, LoadResult } from './source.js';
export declare const DEFAULT_MAX_FILE_BYTES: number;
/** A file's bytes as read, before decoding (what `--cache` hashes). */
export type ReadResult = {
    readonly ok: true;
    readonly file: string;
    readonly bytes: Uint8Array;
} | {
    readonly ok: false;
    readonly problem: LoadProblem;
};
/** Decodes what was read into text, or keeps the problem. */
export declare function decodeRead(read: ReadResult): LoadResult;
/** Why a path could not be read as a file. */
export declare class ReadProblem extends Error {
    readonly kind: 'unreadable' | 'too-large';
    /** The file's size when it was too large before reading; undefined when it grew while being read. */
    readonly size?: number | undefined;
    readonly name = "ReadProblem";
    constructor(message: string, kind: 'unreadable' | 'too-large', 
    /** The file's size when it was too large before reading; undefined when it grew while being read. */
    size?: number | undefined);
}
/**
 * The bytes of a regular file, at most `maxBytes` of them. Everything else a path can name (a directory,
 * a FIFO, a socket, a device such as /dev/zero or /dev/stdin) is refused before a byte is read, after any
 * symbolic link is followed; and the cap is enforced while reading, so a file that grows (or lies about
 * its size) is never read past it. Throws ReadProblem, whose message never quotes the file's content.
 */
export declare function readRegularFile(file: string, maxBytes: number): Buffer;
/**
 * Reads one manifest's bytes with a size cap (`decodeRead` makes them text). Every failure becomes a
 * LoadProblem: a file that vanished or cannot be read between discovery and reading must not stop the run.
 * Synchronous: manifests are small, and four trips through libuv's thread pool per file cost more than the
 * read itself.
 */
export declare function readFileBytes(path: string, displayPath: string, maxBytes?: number): ReadResult;
/**
 * What a symbolic link found by a directory walk or a glob reads as (DiscoveredFile.link): pci-lint does not
 * follow it, kubectl does, so it is an unreadable file (an error) rather than nothing.
 */
export declare function symlinkProblem(displayPath: string): ReadResult;
/** Reads standard input (or any stream of chunks) with the same size cap as files. */
export declare function readStdinBytes(stream: AsyncIterable<string | Uint8Array>, maxBytes?: number, file?: string): Promise<ReadResult>;
export declare function describeIoError(error: unknown): string;
