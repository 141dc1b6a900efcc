import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { decodeBytes } from './decode.js';
import { own } from './own.js';
import type { LoadProblem, LoadResult } from './source.js';

export const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;

/** A file's bytes as read, before decoding (what `--cache` hashes). */
export type ReadResult = { readonly ok: true; readonly file: string; readonly bytes: Uint8Array } | { readonly ok: false; readonly problem: LoadProblem };

/** Decodes what was read into text, or keeps the problem. */
export function decodeRead(read: ReadResult): LoadResult {
  return read.ok ? decodeBytes(read.file, read.bytes) : read;
}

/** Why a path could not be read as a file. */
export class ReadProblem extends Error {
  override readonly name = 'ReadProblem';
  constructor(
    message: string,
    readonly kind: 'unreadable' | 'too-large',
    /** The file's size when it was too large before reading; undefined when it grew while being read. */
    readonly size?: number,
  ) {
    super(message);
  }
}

// O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever; it changes nothing for
// the regular files that are then read. O_NOCTTY: a terminal device never becomes the controlling one.
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY;
const CHUNK = 64 * 1024;

/**
 * The bytes of a regular file, at most `maxBytes` of them. Everything else a path can name (a directory,
 * a FIFO, a socket, a device such as /dev/zero or /dev/stdin) is refused before a byte is read, after any
 * symbolic link is followed; and the cap is enforced while reading, so a file that grows (or lies about
 * its size) is never read past it. Throws ReadProblem, whose message never quotes the file's content.
 */
export function readRegularFile(file: string, maxBytes: number): Buffer {
  let fd: number | undefined;
  try {
    fd = openSync(file, OPEN_FLAGS);
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new ReadProblem('it is a directory', 'unreadable');
    if (!info.isFile()) throw new ReadProblem('it is not a regular file (a device, FIFO or socket)', 'unreadable');
    if (info.size > maxBytes) throw new ReadProblem(`it is ${info.size} bytes, larger than the ${maxBytes}-byte limit`, 'too-large', info.size);
    let buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(info.size + 1, CHUNK)));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) break;
        const bigger = Buffer.allocUnsafe(Math.min(maxBytes + 1, buffer.length * 2));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > maxBytes) throw new ReadProblem(`it grew past the ${maxBytes}-byte limit while being read`, 'too-large');
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof ReadProblem) throw error;
    throw new ReadProblem(describeIoError(error), 'unreadable');
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // Nothing was written; a failed close loses nothing.
      }
    }
  }
}

/**
 * Reads one manifest's bytes with a size cap (`decodeRead` makes them text). Every failure becomes a
 * LoadProblem: a file that vanished or cannot be read between discovery and reading must not stop the run.
 * Synchronous: manifests are small, and four trips through libuv's thread pool per file cost more than the
 * read itself.
 */
export function readFileBytes(path: string, displayPath: string, maxBytes = DEFAULT_MAX_FILE_BYTES): ReadResult {
  try {
    return { ok: true, file: displayPath, bytes: readRegularFile(path, maxBytes) };
  } catch (error) {
    const problem = error instanceof ReadProblem ? error : new ReadProblem(describeIoError(error), 'unreadable');
    if (problem.kind === 'unreadable') return { ok: false, problem: { file: displayPath, kind: 'unreadable', message: `Cannot read file: ${problem.message}.` } };
    const message =
      problem.size === undefined
        ? `File grew past the ${maxBytes}-byte limit while being read; skipped.`
        : `File is ${problem.size} bytes, larger than the ${maxBytes}-byte limit; skipped. Raise it with --max-file-size.`;
    return { ok: false, problem: { file: displayPath, kind: 'too-large', message } };
  }
}

/**
 * What a symbolic link found by a directory walk or a glob reads as (DiscoveredFile.link): pci-lint does not
 * follow it, kubectl does, so it is an unreadable file (an error) rather than nothing.
 */
export function symlinkProblem(displayPath: string): ReadResult {
  return {
    ok: false,
    problem: {
      file: displayPath,
      kind: 'unreadable',
      message: 'Cannot read file: it is a symbolic link, which a directory walk does not follow, and kubectl apply -f applies what it leads to. Replace the link with the file, or name the file it leads to on the command line.',
    },
  };
}

/** Reads standard input (or any stream of chunks) with the same size cap as files. */
export async function readStdinBytes(stream: AsyncIterable<string | Uint8Array>, maxBytes = DEFAULT_MAX_FILE_BYTES, file = '<stdin>'): Promise<ReadResult> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk);
    size += buf.length;
    if (size > maxBytes) {
      return { ok: false, problem: { file, kind: 'too-large', message: `Standard input is larger than the ${maxBytes}-byte limit; skipped.` } };
    }
    chunks.push(buf);
  }
  return { ok: true, file, bytes: Buffer.concat(chunks) };
}

export function describeIoError(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = String((error).code);
    const known: Record<string, string> = {
      ENOENT: 'it does not exist (it may have been removed after discovery)',
      EACCES: 'permission denied',
      EPERM: 'operation not permitted',
      EISDIR: 'it is a directory',
      EAGAIN: 'it is not a regular file (reading it would block)',
      ENXIO: 'it is not a regular file (a device or socket)',
      ELOOP: 'too many levels of symbolic links',
      EMFILE: 'too many open files',
    };
    return own(known, code) ?? code;
  }
  return error instanceof Error ? error.message : String(error);
}
