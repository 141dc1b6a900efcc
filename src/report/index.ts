import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export type { ChunkFormatter, Formatter, FormatOptions, ReportInput } from './types.js';

/** Output formats by name, as accepted by `--format`. */
export const formatters: Readonly<Record<string, Formatter>> = { stylish, json, sarif, junit, github, markdown };

export { FORMAT_NAMES } from './formats.js';
