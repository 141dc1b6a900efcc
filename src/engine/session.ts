import { DEFAULT_TARGET, type K8sVersion } from '../k8s/versions.js';
import type { AnyRule, SharedSettings } from './rule.js';
import { selectRules, type ActiveRule, type LintSettings } from './settings.js';

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

export function createSession(registry: readonly AnyRule[], settings: LintSettings = {}): LintSession {
  const { active, unconfigured } = selectRules(registry, settings);
  const byKey = (entries: readonly ActiveRule[]) => {
    const dispatch = new Map<string, ActiveRule[]>();
    for (const entry of entries) {
      for (const key of Object.keys(entry.rule.visit)) {
        const list = dispatch.get(key) ?? [];
        list.push(entry);
        dispatch.set(key, list);
      }
    }
    return dispatch;
  };
  const dispatch = byKey(active);
  const patchDispatch = byKey(active.filter((entry) => entry.rule.meta.checksPatches === true));
  return {
    target: settings.target ?? DEFAULT_TARGET,
    settings: settings.settings ?? {},
    knownRuleIds: new Set(registry.map((r) => r.meta.id)),
    unconfigured,
    active,
    dispatch,
    patchDispatch,
    defaultedInCopies: new Map(active.flatMap(({ rule }) => (rule.meta.defaultedInCopies ? [[rule.meta.id, rule.meta.defaultedInCopies] as const] : []))),
  };
}
