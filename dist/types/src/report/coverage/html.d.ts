import { type CoverageReport } from './model.js';
export declare function renderHtml(report: CoverageReport): string;
