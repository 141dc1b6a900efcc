import { type ChunkFormatter, type ReportInput } from './types.js';
/**
 * GitHub keeps at most 10 annotations of each type (error, warning, notice) from one step, and 50 from a
 * job; it drops the rest without a word. (GitHub Docs, "Workflow commands for GitHub Actions", on the
 * error, warning and notice commands.)
 */
export declare const ANNOTATIONS_PER_TYPE = 10;
/**
 * GitHub Actions workflow commands: findings become annotations on the pull request's diff, the most
 * severe first and at most 10 of each type (what GitHub keeps from a step), each type in file and
 * position order. When there are more, one plain log line says how many were not annotated.
 */
export declare const githubChunks: ChunkFormatter;
export declare const github: import("./types.js").Formatter;
/** Findings listed in the job summary; the counts above the table cover all of them. */
export declare const SUMMARY_FINDINGS = 100;
/** Rules listed under "Top rules". */
export declare const SUMMARY_RULES = 10;
/**
 * A GitHub Actions job summary of a run (for `$GITHUB_STEP_SUMMARY`): counts per severity, the rules
 * with most findings, and the findings, most severe first, up to SUMMARY_FINDINGS. Everything from the
 * input is escaped for Markdown. Pure; one pass over the findings.
 */
export declare function githubSummary(input: ReportInput): string;
