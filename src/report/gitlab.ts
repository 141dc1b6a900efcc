import path from 'node:path';
import { isCoreDiagnosticId } from '../engine/core-ids.js';
import type { Diagnostic, Severity } from '../engine/diagnostic.js';
import { fingerprintOf, occurrenceFingerprint } from '../engine/fingerprint.js';
import { inert, jsonText } from './escape.js';
import { jsonArrayChunks } from './json-array.js';
import { joined, type ChunkFormatter } from './types.js';

/** GitLab Code Quality's severities are info, minor, major, critical and blocker. */
export const GITLAB_SEVERITY: Readonly<Record<Severity, 'info' | 'major' | 'critical'>> = { error: 'critical', warning: 'major', info: 'info' };

/** One issue of a GitLab Code Quality report (a subset of the Code Climate issue format). */
export interface CodeQualityIssue {
  readonly type: 'issue';
  readonly check_name: string;
  readonly description: string;
  readonly categories: readonly string[];
  readonly severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  readonly fingerprint: string;
  readonly location: { readonly path: string; readonly lines: { readonly begin: number; readonly end: number } };
}

/**
 * A display path (relative to `root`) as a path relative to the repository, which is what GitLab links; the
 * display path where either directory is unknown or the file lies outside the repository (standard input).
 */
function repositoryPath(file: string, root: string | undefined, repositoryRoot: string | undefined): string {
  if (root === undefined || repositoryRoot === undefined || root === repositoryRoot) return file;
  const relative = path.relative(repositoryRoot, path.resolve(root, file));
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return file;
  return relative.split(path.sep).join('/');
}

function* issues(diagnostics: Iterable<Diagnostic>, root?: string, repositoryRoot?: string): Generator<CodeQualityIssue> {
  // Findings come by file, and a fingerprint names its file: repeats are counted within one file only, by
  // the fingerprint's first 52 bits (a number keeps a file of a million findings small; two fingerprints
  // that share them only make the second take another fingerprint, still its own).
  let file: string | undefined;
  let seen = new Map<number, number>();
  for (const d of diagnostics) {
    if (d.file !== file) {
      file = d.file;
      seen = new Map();
    }
    const base = fingerprintOf(d);
    const key = Number.parseInt(base.slice(0, 13), 16);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const from = d.source ? ` (rendered from ${d.source.template})` : '';
    yield {
      type: 'issue',
      check_name: d.ruleId,
      // The merge request widget shows only this text: the fix goes with the message.
      description: inert(d.message + (d.fix === undefined ? '' : ` ${d.fix}`) + from),
      // Code Climate's categories: rule findings are security findings; pci-lint's own say input went unchecked.
      categories: [isCoreDiagnosticId(d.ruleId) ? 'Bug Risk' : 'Security'],
      severity: GITLAB_SEVERITY[d.severity],
      fingerprint: occurrenceFingerprint(base, n),
      location: { path: repositoryPath(d.file, root, repositoryRoot), lines: { begin: d.line, end: d.endLine } },
    };
  }
}

/**
 * A GitLab Code Quality report (`artifacts:reports:codequality`): a JSON array with one issue per finding,
 * each with a fingerprint of its own that does not depend on line numbers.
 */
export const gitlabChunks: ChunkFormatter = function* (input) {
  for (const chunk of jsonArrayChunks(issues(input.diagnostics, input.root, input.repositoryRoot))) yield jsonText(chunk);
  yield '\n';
};

export const gitlab = joined(gitlabChunks);
