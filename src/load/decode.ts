import type { LoadResult } from './source.js';

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * The encoding the first bytes show, as the YAML specification (1.2, 5.2) detects it: a UTF-32 byte-order
 * mark (checked before UTF-16's, whose LE mark starts UTF-32LE's), or the NUL bytes around an ASCII first
 * character when there is no mark. Undefined for UTF-8 and UTF-16 with a mark, which are decoded.
 */
/** A printable ASCII character, tab or line break: how a manifest starts. */
function ascii(byte: number | undefined): boolean {
  return byte !== undefined && (byte === 0x09 || byte === 0x0a || byte === 0x0d || (byte >= 0x20 && byte < 0x7f));
}

function otherEncoding(bytes: Uint8Array): { readonly name: string; readonly marked: boolean } | undefined {
  if (bytes.length < 4) return undefined;
  const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { name: 'UTF-32LE', marked: true };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { name: 'UTF-32BE', marked: true };
  if (ascii(a) && b === 0 && c === 0 && d === 0) return { name: 'UTF-32LE', marked: false };
  if (a === 0 && b === 0 && c === 0 && ascii(d)) return { name: 'UTF-32BE', marked: false };
  if (ascii(a) && b === 0 && ascii(c) && d === 0) return { name: 'UTF-16LE', marked: false };
  if (a === 0 && ascii(b) && c === 0 && ascii(d)) return { name: 'UTF-16BE', marked: false };
  return undefined;
}

/**
 * Turns raw bytes into text the way the Kubernetes tooling accepts it: UTF-8 (with or without BOM) and
 * UTF-16 with a BOM (kubectl's FileVisitor reads through unicode.BOMOverride, which knows no other mark).
 * UTF-32, and UTF-16 without a mark, kubectl reads as UTF-8 and rejects (go-yaml refuses the NUL bytes):
 * one encoding problem naming the encoding, never text that parses to nothing. NUL bytes in otherwise
 * undecodable content mean a binary file.
 */
export function decodeBytes(file: string, bytes: Uint8Array): LoadResult {
  const other = otherEncoding(bytes);
  if (other) {
    const how = other.marked ? `starts with a ${other.name} byte-order mark` : `looks like ${other.name} without a byte-order mark (NUL bytes around its first character)`;
    return {
      ok: false,
      problem: { file, kind: 'encoding', message: `File ${how}; kubectl reads only UTF-8 and UTF-16 with a byte-order mark, and rejects it. Re-encode it as UTF-8 (for example with iconv).` },
    };
  }
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
