import type { ChunkFormatter } from './types.js';
/** The names `--format` accepts. */
export declare const FORMAT_NAMES: readonly string[];
/** The chunked formatter for a format name, or undefined for an unknown name. */
export declare function loadFormatter(name: string): Promise<ChunkFormatter | undefined>;
