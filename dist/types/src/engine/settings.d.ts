import { type K8sVersion } from '../k8s/versions.js';
import type { Severity } from './diagnostic.js';
import type { AnyRule, SharedSettings } from './rule.js';
/** How a user configures one rule: turn it off, change its severity, or pass options. */
export type RuleSetting = 'off' | Severity | {
    readonly severity?: Severity | 'off';
    readonly options?: unknown;
};
export interface LintSettings {
    /** Target Kubernetes version; defaults to the newest supported. */
    readonly target?: K8sVersion;
    /** Per-rule settings by rule id. */
    readonly rules?: Readonly<Record<string, RuleSetting>>;
    /** Only run rules tagged with one of these PCI sections (`3` matches `3.1` and `3.2`). */
    readonly pci?: readonly string[];
    /** Shared settings every rule can read as `ctx.settings`. */
    readonly settings?: SharedSettings;
}
/** A rule as it will run: its effective severity override and validated options. */
export interface ActiveRule {
    readonly rule: AnyRule;
    /** Set when the user configured a severity; it beats the rule's and the report's own. */
    readonly severityOverride?: Severity;
    readonly options: unknown;
}
/** A configuration mistake: the CLI prints it and exits 2. */
export declare class ConfigError extends Error {
    readonly name = "ConfigError";
}
export declare function matchesPciFilter(sections: readonly string[], filter: readonly string[] | undefined): boolean;
export declare function validatePciFilter(filter: readonly string[]): void;
/** Merges a user's options over the rule's defaults and validates the result against the rule's schema. */
export declare function resolveOptions(rule: AnyRule, userOptions: unknown): unknown;
/** The rule id closest to a mistyped one, when it is close enough to be worth suggesting. */
export declare function suggestRuleId(id: string, ids: readonly string[]): string | undefined;
/** The rules of a run: those that run, and those that would run but need configuration first. */
export interface RuleSelection {
    readonly active: ActiveRule[];
    /** Enabled rules that check nothing until configured (`meta.requires`); reported as such, never run. */
    readonly unconfigured: AnyRule[];
    /** Every registered rule and why it runs or not: for the coverage report. */
    readonly states: RuleState[];
}
/**
 * Whether a rule ran, and if not why: turned off (`off`), outside the `--pci` filter (`filtered`), not for
 * the target Kubernetes version (`not-applicable`), or waiting for configuration (`not-configured`).
 */
export interface RuleState {
    readonly rule: AnyRule;
    readonly state: 'active' | 'off' | 'filtered' | 'not-applicable' | 'not-configured';
}
/**
 * Chooses the rules that run: every registered rule that applies to the target version, matches the PCI
 * filter, is not turned off and has the configuration it requires, with the user's severity and options.
 */
export declare function selectRules(registry: readonly AnyRule[], settings?: LintSettings): RuleSelection;
/** The rules that run (see {@link selectRules}). */
export declare function activateRules(registry: readonly AnyRule[], settings?: LintSettings): ActiveRule[];
