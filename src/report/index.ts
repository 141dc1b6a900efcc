import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { json, jsonSummaryReport } from './json.js';
import { junit } from './junit.js';
import { coverageJsonChunks, htmlChunks, markdownChunks } from './coverage/index.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import { joined, type Formatter } from './types.js';

export type { ChunkFormatter, Formatter, FormatOptions, ReportInput } from './types.js';

/** Output formats by name, as accepted by `--format`. */
export const formatters: Readonly<Record<string, Formatter>> = {
  stylish,
  json,
  'json-summary': jsonSummaryReport,
  sarif,
  junit,
  github,
  gitlab,
  markdown: joined(markdownChunks),
  html: joined(htmlChunks),
  'coverage-json': joined(coverageJsonChunks),
};

export { buildCoverageReport, STATUSES, type CoverageContext, type CoverageReport, type Status } from './coverage/index.js';

export { FORMAT_NAMES } from './formats.js';
