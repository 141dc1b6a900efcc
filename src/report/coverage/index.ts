/** The three renderings of the coverage report, as formatters over one model. */
import { NO_EVIDENCE } from '../../engine/evidence.js';
import type { RuleState } from '../../engine/settings.js';
import { VERSION } from '../../version.js';
import { jsonText } from '../escape.js';
import { jsonValueChunks } from '../json-array.js';
import type { ChunkFormatter, ReportInput } from '../types.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { buildCoverageReport, type CoverageContext, type CoverageReport } from './model.js';

/** The context a caller without one (the library's formatters map) gets: nothing known beyond the findings. */
function contextOf(input: ReportInput): CoverageContext {
  if (input.coverage) return input.coverage;
  const unconfigured = new Set(input.unconfigured ?? []);
  const ruleStates: RuleState[] = (input.rules ?? []).map((rule) => ({ rule, state: unconfigured.has(rule.meta.id) ? 'not-configured' : 'active' }));
  return { date: '', platform: 'auto', platformFrom: 'default', targetFrom: 'default', pssLevel: 'restricted', inputs: (input.files ?? []).map((file) => ({ file })), evidence: NO_EVIDENCE, ruleStates, warnings: [] };
}

export function coverageReportOf(input: ReportInput): CoverageReport {
  return buildCoverageReport({ diagnostics: input.diagnostics, rules: input.rules ?? [], target: input.target, version: VERSION, context: contextOf(input) });
}

export const htmlChunks: ChunkFormatter = function* (input) {
  yield renderHtml(coverageReportOf(input));
};

export const markdownChunks: ChunkFormatter = function* (input) {
  yield renderMarkdown(coverageReportOf(input));
};

export const coverageJsonChunks: ChunkFormatter = function* (input) {
  for (const chunk of jsonValueChunks(coverageReportOf(input))) yield jsonText(chunk);
  yield '\n';
};

export { buildCoverageReport, STATUSES, type CoverageContext, type CoverageReport, type Status } from './model.js';
