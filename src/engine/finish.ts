/**
 * The project-wide phase over plain results: every rule's `finish` over the facts and resources of the whole
 * input, then each file's suppressions. How results are kept until then (packed or not) is the run's business.
 */
import { isCoreDiagnosticId } from './core-ids.js';
import type { Diagnostic, Location } from './diagnostic.js';
import type { Waiver } from './evidence.js';
import { coreDiagnostic, describeError, isLocation, sortDiagnostics, toDiagnostic } from './result.js';
import type { FinishContext, ProjectIndex } from './rule.js';
import type { LintSession } from './session.js';
import { applySuppressions, type Suppression } from './suppressions.js';
import { withoutSubjects } from './facts.js';

/** The whole input as the finish phase reads it. */
export interface FinishInput {
  /** The index rules see, without the facts. */
  readonly index: Omit<ProjectIndex<unknown>, 'facts'>;
  /**
   * Every fact the rule recorded, over the input in output order. Called once for each rule with a finish
   * phase, in the session's order.
   */
  readonly factsOf: (ruleId: string) => unknown[];
  /** The first file in output order, where a failing finish phase is reported when no resource exists. */
  readonly firstFile: string | undefined;
}

/** Runs every active rule's `finish` phase and returns what they reported, by file. */
export function runFinishPhase(session: LintSession, input: FinishInput): Map<string, Diagnostic[]> {
  const extra = new Map<string, Diagnostic[]>();
  const addExtra = (d: Diagnostic) => {
    const list = extra.get(d.file);
    if (list) list.push(d);
    else extra.set(d.file, [d]);
  };
  const { index } = input;
  for (const entry of session.active) {
    if (!entry.rule.finish) continue;
    const id = entry.rule.meta.id;
    const facts = input.factsOf(id);
    const context: FinishContext<string, unknown> = {
      ruleId: id,
      target: session.target,
      options: entry.options,
      settings: session.settings,
      report: (report) => {
        if (!isLocation(report.at)) throw new Error('reports from finish() must point at a Location kept with ctx.locate()');
        addExtra(toDiagnostic(entry, report, report.at));
      },
    };
    try {
      const project: ProjectIndex<unknown> = {
        get resources() {
          return index.resources;
        },
        first: index.first,
        find: index.find,
        facts,
      };
      entry.rule.finish(context, project);
    } catch (error) {
      const at: Location = index.first?.location ?? { file: input.firstFile ?? '<input>', line: 1, column: 1, endLine: 1, endColumn: 1 };
      addExtra(coreDiagnostic('internal-error', `Rule "${id}" failed in its project-wide phase (${describeError(error)}). Please report this.`, at));
    }
  }
  return extra;
}

/**
 * One file's final diagnostics: its suppressions applied (with a diagnostic for each stale or unknown one),
 * sorted and de-duplicated. Each finding a suppression hid goes to `onWaived`, for the waiver register.
 * Findings in `replaced` (another finding of the run reports their fact) are dropped after the suppressions
 * are matched, so a suppression written for one of them is not "unused", and hiding the finding that
 * stands for a fact never brings back one it replaced.
 */
export function settleFile(
  session: LintSession,
  diagnostics: readonly Diagnostic[],
  suppressions: readonly Suppression[],
  onWaived?: (waiver: Waiver) => void,
  replaced?: ReadonlySet<Diagnostic>,
): Diagnostic[] {
  const ruleState = (ruleId: string) => (session.active.some((a) => a.rule.meta.id === ruleId) ? 'active' : session.knownRuleIds.has(ruleId) ? 'inactive' : 'unknown');
  const isSuppressible = (ruleId: string) => !isCoreDiagnosticId(ruleId);
  const outcome = applySuppressions(diagnostics, suppressions, isSuppressible, ruleState);
  const { problems } = outcome;
  const kept = replaced ? outcome.kept.filter((d) => !replaced.has(d)) : outcome.kept;
  if (onWaived) {
    // An exact repeat (the same finding from each kustomize build view of an object) is one waiver, as it
    // is one finding.
    const seen = new Set<string>();
    for (const { diagnostic: d, suppression: s } of outcome.waived) {
      if (replaced?.has(d)) continue;
      const key = [d.file, d.line, d.column, d.ruleId, d.message, d.endLine, d.endColumn, d.severity].join('\u0000');
      if (seen.has(key)) continue;
      seen.add(key);
      onWaived(waiverOf(d, s));
    }
  }
  for (const problem of problems) kept.push(coreDiagnostic(problem.id, problem.message, problem.at));
  return sortDiagnostics(kept.map(withoutSubjects));
}


function waiverOf(d: Diagnostic, s: Suppression): Waiver {
  return {
    ruleId: d.ruleId,
    kind: s.kind,
    ...(s.reason !== undefined && { reason: s.reason }),
    at: s.at,
    finding: { file: d.file, line: d.line, column: d.column, message: d.message, ...(d.resource && { resource: d.resource }) },
    ...(d.alsoRules && d.alsoRules.length > 0 && { alsoRules: d.alsoRules }),
    diagnostic: withoutSubjects(d),
  };
}
