import { type K8sVersion } from '../k8s/versions.js';
import type { AnyRule, SharedSettings } from './rule.js';
import { type ActiveRule, type LintSettings } from './settings.js';
/** The rules chosen for one run, indexed by the visitor keys they listen to. */
export interface LintSession {
    readonly target: K8sVersion;
    readonly settings: SharedSettings;
    /** Every registered rule id, active or not (to tell a stale suppression from an unknown rule). */
    readonly knownRuleIds: ReadonlySet<string>;
    /** Enabled rules that need configuration before they check anything. */
    readonly unconfigured: readonly AnyRule[];
    readonly active: readonly ActiveRule[];
    readonly dispatch: ReadonlyMap<string, readonly ActiveRule[]>;
    /** The same for kustomize patch documents: the active rules that check patches (RuleMeta.checksPatches). */
    readonly patchDispatch: ReadonlyMap<string, readonly ActiveRule[]>;
    /** For each rule that has some (RuleMeta.defaultedInCopies): a copy's messageId → its controller's. */
    readonly defaultedInCopies: ReadonlyMap<string, Readonly<Partial<Record<string, string>>>>;
}
export declare function createSession(registry: readonly AnyRule[], settings?: LintSettings): LintSession;
