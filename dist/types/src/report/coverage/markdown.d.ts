import { type CoverageReport } from './model.js';
export declare function renderMarkdown(report: CoverageReport): string;
