/** What linting produces before the finish phase: one file's plain result, and how findings become diagnostics. */
import { CORE_DIAGNOSTICS, type CoreDiagnosticId } from './core-ids.js';
import { compareDiagnostics, type Diagnostic, type Location } from './diagnostic.js';
import { formatMessage, type Report, type ResourceSummary } from './rule.js';
import type { ActiveRule } from './settings.js';
import type { FileEvidence } from './evidence.js';
import type { Suppression } from './suppressions.js';
import { own } from '../model/resource.js';

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

export function toDiagnostic(entry: ActiveRule, report: Report<string>, location: Location): Diagnostic {
  const { meta } = entry.rule;
  const template = own(meta.messages, report.messageId);
  if (template === undefined) throw new Error(`unknown messageId "${report.messageId}"`);
  return {
    ruleId: meta.id,
    messageId: report.messageId,
    pci: meta.pci,
    requirements: meta.requirements,
    severity: entry.severityOverride ?? report.severity ?? meta.severity,
    message: formatMessage(template, report.data),
    ...location,
    ...(report.fix !== undefined && { fix: report.fix }),
  };
}

export function isLocation(target: Report<string>['at']): target is Location {
  return !Array.isArray(target) && typeof (target as Location).line === 'number' && typeof (target as Location).file === 'string';
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
