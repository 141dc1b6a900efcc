import type { LoadResult } from './source.js';
/**
 * Turns raw bytes into text the way the Kubernetes tooling accepts it: UTF-8 (with or without BOM) and
 * UTF-16 with a BOM (kubectl's FileVisitor reads through unicode.BOMOverride, which knows no other mark).
 * UTF-32, and UTF-16 without a mark, kubectl reads as UTF-8 and rejects (go-yaml refuses the NUL bytes):
 * one encoding problem naming the encoding, never text that parses to nothing. NUL bytes in otherwise
 * undecodable content mean a binary file.
 */
export declare function decodeBytes(file: string, bytes: Uint8Array): LoadResult;
