import type { ChunkFormatter, ReportInput } from '../types.js';
import { type CoverageReport } from './model.js';
export declare function coverageReportOf(input: ReportInput): CoverageReport;
export declare const htmlChunks: ChunkFormatter;
export declare const markdownChunks: ChunkFormatter;
export declare const coverageJsonChunks: ChunkFormatter;
export { buildCoverageReport, STATUSES, type CoverageContext, type CoverageReport, type Status } from './model.js';
