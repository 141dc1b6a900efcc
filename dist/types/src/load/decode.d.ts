import type { LoadResult } from './source.js';
/**
 * Turns raw bytes into text the way the Kubernetes tooling accepts it: UTF-8 (with or without BOM) and
 * UTF-16 with a BOM. NUL bytes in otherwise undecodable content mean a binary file.
 */
export declare function decodeBytes(file: string, bytes: Uint8Array): LoadResult;
