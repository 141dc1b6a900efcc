import type { Diagnostic } from './diagnostic.js';
import type { Waiver } from './evidence.js';
import type { ProjectIndex } from './rule.js';
import type { LintSession } from './session.js';
import { type Suppression } from './suppressions.js';
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
export declare function runFinishPhase(session: LintSession, input: FinishInput): Map<string, Diagnostic[]>;
/**
 * One file's final diagnostics: its suppressions applied (with a diagnostic for each stale or unknown one),
 * sorted and de-duplicated. Each finding a suppression hid goes to `onWaived`, for the waiver register.
 * Findings in `replaced` (another finding of the run reports their fact) are dropped after the suppressions
 * are matched, so a suppression written for one of them is not "unused", and hiding the finding that
 * stands for a fact never brings back one it replaced.
 */
export declare function settleFile(session: LintSession, diagnostics: readonly Diagnostic[], suppressions: readonly Suppression[], onWaived?: (waiver: Waiver) => void, replaced?: ReadonlySet<Diagnostic>): Diagnostic[];
