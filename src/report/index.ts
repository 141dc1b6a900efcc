import { github, githubChunks } from './github.js';
import { json, jsonChunks } from './json.js';
import { junit, junitChunks } from './junit.js';
import { markdown, markdownChunks } from './markdown.js';
import { sarif, sarifChunks } from './sarif.js';
import { stylish, stylishChunks } from './stylish.js';
import type { ChunkFormatter, Formatter } from './types.js';

export type { ChunkFormatter, Formatter, FormatOptions, ReportInput } from './types.js';

/** Output formats by name, as accepted by `--format`. */
export const formatters: Readonly<Record<string, Formatter>> = { stylish, json, sarif, junit, github, markdown };

/** The same formats, producing their text a piece at a time (what the CLI writes). */
export const chunkFormatters: Readonly<Record<string, ChunkFormatter>> = {
  stylish: stylishChunks,
  json: jsonChunks,
  sarif: sarifChunks,
  junit: junitChunks,
  github: githubChunks,
  markdown: markdownChunks,
};

export { FORMAT_NAMES } from './formats.js';
