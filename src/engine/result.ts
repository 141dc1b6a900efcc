/** What linting produces before the finish phase: one file's plain result, and how findings become diagnostics. */
import { CORE_DIAGNOSTICS, type CoreDiagnosticId } from './core-ids.js';
import { compareDiagnostics, type Diagnostic, type Location } from './diagnostic.js';
import { formatMessage, type FactSubject, type Report, type ResourceSummary } from './rule.js';
import { locationSubjectKey, textSubjectKey } from './facts.js';
import type { ActiveRule } from './settings.js';
import type { FileEvidence } from './evidence.js';
import type { Suppression } from './suppressions.js';
import { own, type Located } from '../model/resource.js';

/** What linting one file produced. Plain data, so it can come back from a worker thread. */
export interface FileResult {
  readonly file: string;
  readonly diagnostics: Diagnostic[];
  readonly resources: ResourceSummary[];
  /** Facts recorded by rules for their `finish` phase, by rule id. */
  readonly facts: Record<string, unknown[]>;
  /** Suppression comments and annotations found in the file. */
  readonly suppressions: Suppression[];
  /** The kinds of input the file holds and the Kubernetes versions it states (for the coverage report). */
  readonly evidence: FileEvidence;
}

export function coreDiagnostic(id: CoreDiagnosticId, message: string, location: Location): Diagnostic {
  return { ruleId: id, pci: [], requirements: [], severity: CORE_DIAGNOSTICS[id].severity, message, ...location };
}

/** Sorts diagnostics into the output order and drops exact repeats (two rules' shared checks, re-reports). */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const sorted = diagnostics.sort(compareDiagnostics);
  return sorted.filter((d, i) => {
    const prev = sorted[i - 1];
    return !prev || compareDiagnostics(prev, d) !== 0 || prev.severity !== d.severity;
  });
}

/** Turns a report into a diagnostic; `subjectKey` resolves each subject the report is `about` to its key. */
export function toDiagnostic(entry: ActiveRule, report: Report<string>, location: Location, subjectKey?: (subject: FactSubject) => string): Diagnostic {
  const { meta } = entry.rule;
  const template = own(meta.messages, report.messageId);
  if (template === undefined) throw new Error(`unknown messageId "${report.messageId}"`);
  const fix = report.fix ?? fixTemplate(meta, report.messageId);
  return {
    ruleId: meta.id,
    messageId: report.messageId,
    pci: meta.pci,
    requirements: meta.requirements,
    severity: entry.severityOverride ?? report.severity ?? meta.severity,
    message: formatMessage(template, report.data),
    ...location,
    ...(fix !== undefined && { fix: formatMessage(fix, report.data) }),
    ...(report.about !== undefined && report.about.length > 0 && { about: report.about.map(subjectKey ?? finishSubjectKey) }),
  };
}

function fixTemplate(meta: ActiveRule['rule']['meta'], messageId: string): string | undefined {
  return meta.fixes === undefined ? undefined : own(meta.fixes as Readonly<Record<string, string>>, messageId);
}

/** A subject's key in the finish phase, where only stored locations and text subjects exist. */
function finishSubjectKey(subject: FactSubject): string {
  if (typeof subject === 'string') return textSubjectKey(subject);
  if (isLocation(subject)) return locationSubjectKey(subject);
  throw new Error('subjects reported from finish() must be text or a Location kept with ctx.locate()');
}

/** A subject's key while visiting: nodes are located in the current document. */
export function visitSubjectKey(locate: (node: Located<unknown>) => Location): (subject: FactSubject) => string {
  return (subject) => (typeof subject === 'string' ? textSubjectKey(subject) : locationSubjectKey(isLocation(subject) ? subject : locate(subject)));
}

export function isLocation(target: Report<string>['at'] | FactSubject): target is Location {
  return !Array.isArray(target) && typeof (target as Location).line === 'number' && typeof (target as Location).file === 'string';
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
