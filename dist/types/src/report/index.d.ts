import { type Formatter } from './types.js';
export type { ChunkFormatter, Formatter, FormatOptions, ReportInput } from './types.js';
/** Output formats by name, as accepted by `--format`. */
export declare const formatters: Readonly<Record<string, Formatter>>;
export { buildCoverageReport, STATUSES, type CoverageContext, type CoverageReport, type Status } from './coverage/index.js';
export { FORMAT_NAMES } from './formats.js';
