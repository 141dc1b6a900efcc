import { type ChunkFormatter } from './types.js';
/**
 * Text for people: per file, each object's findings under a heading (`Deployment shop/frontend`, with the
 * Helm template or kustomize source it was rendered from), one `file:line:col  severity  message  rule-id`
 * line per finding (the location stays whole, so terminals and editors can jump to it), files separated by
 * a blank line, a summary at the end. Messages only: the fix is in json, sarif, annotations and --explain.
 * Prints nothing when there is nothing to report. Two passes: the first finds each file's column width and
 * its objects' order, the second writes the lines a batch at a time (an object's findings reported out of
 * its turn wait until it comes), so a file with very many findings is never one array or string.
 */
export declare const stylishChunks: ChunkFormatter;
export declare const stylish: import("./types.js").Formatter;
