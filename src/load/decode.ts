import type { LoadResult } from './source.js';

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Turns raw bytes into text the way the Kubernetes tooling accepts it: UTF-8 (with or without BOM) and
 * UTF-16 with a BOM. NUL bytes in otherwise undecodable content mean a binary file.
 */
export function decodeBytes(file: string, bytes: Uint8Array): LoadResult {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16) {
    try {
      const text = new TextDecoder(utf16, { fatal: true, ignoreBOM: false }).decode(bytes);
      return { ok: true, source: { file, text } };
    } catch {
      return { ok: false, problem: { file, kind: 'encoding', message: `File starts with a ${utf16.toUpperCase()} byte-order mark but is not valid ${utf16.toUpperCase()}.` } };
    }
  }
  if (bytes.subarray(0, 8000).includes(0)) {
    return { ok: false, problem: { file, kind: 'binary', message: 'File looks binary (it contains NUL bytes); skipped.' } };
  }
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { ok: true, source: { file, text } };
  } catch {
    return {
      ok: false,
      problem: { file, kind: 'encoding', message: 'File is not valid UTF-8; Kubernetes manifests must be UTF-8. Re-encode it (for example with iconv).' },
    };
  }
}
