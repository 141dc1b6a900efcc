import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { decodeBytes } from './decode.js';
import type { LoadProblem, LoadResult } from './source.js';

export const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;

/** A file's bytes as read, before decoding (what `--cache` hashes). */
export type ReadResult = { readonly ok: true; readonly file: string; readonly bytes: Uint8Array } | { readonly ok: false; readonly problem: LoadProblem };

/** Decodes what was read into text, or keeps the problem. */
export function decodeRead(read: ReadResult): LoadResult {
  return read.ok ? decodeBytes(read.file, read.bytes) : read;
}

/**
 * Reads one file's bytes from disk with a size cap (`decodeRead` makes them text). Every failure becomes a
 * LoadProblem: a file that vanished or cannot be read between discovery and reading must not stop the run.
 * Synchronous: manifests are small, and four trips through libuv's thread pool per file cost more than the
 * read itself.
 */
export function readFileBytes(path: string, displayPath: string, maxBytes = DEFAULT_MAX_FILE_BYTES): ReadResult {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const info = fstatSync(fd);
    if (info.isDirectory()) {
      return { ok: false, problem: { file: displayPath, kind: 'unreadable', message: 'Path is a directory, not a file; skipped.' } };
    }
    if (info.size > maxBytes) {
      return {
        ok: false,
        problem: { file: displayPath, kind: 'too-large', message: `File is ${info.size} bytes, larger than the ${maxBytes}-byte limit; skipped. Raise it with --max-file-size.` },
      };
    }
    const bytes = readFileSync(fd);
    if (bytes.length > maxBytes) {
      return { ok: false, problem: { file: displayPath, kind: 'too-large', message: `File grew past the ${maxBytes}-byte limit while being read; skipped.` } };
    }
    return { ok: true, file: displayPath, bytes };
  } catch (error) {
    return { ok: false, problem: { file: displayPath, kind: 'unreadable', message: `Cannot read file: ${describeIoError(error)}.` } };
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

/** Reads standard input (or any stream of chunks) with the same size cap as files. */
export async function readStdinBytes(stream: AsyncIterable<string | Uint8Array>, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<ReadResult> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk);
    size += buf.length;
    if (size > maxBytes) {
      return { ok: false, problem: { file: '<stdin>', kind: 'too-large', message: `Standard input is larger than the ${maxBytes}-byte limit; skipped.` } };
    }
    chunks.push(buf);
  }
  return { ok: true, file: '<stdin>', bytes: Buffer.concat(chunks) };
}

export function describeIoError(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = String((error).code);
    const known: Record<string, string> = {
      ENOENT: 'it does not exist (it may have been removed after discovery)',
      EACCES: 'permission denied',
      EPERM: 'operation not permitted',
      EISDIR: 'it is a directory',
      ELOOP: 'too many levels of symbolic links',
      EMFILE: 'too many open files',
    };
    return known[code] ?? code;
  }
  return error instanceof Error ? error.message : String(error);
}
