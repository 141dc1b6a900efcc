import type { Ajv, ValidateFunction } from 'ajv';
import { ajvConstructor } from './ajv.js';
import { closest, distance } from 'fastest-levenshtein';
import { DEFAULT_TARGET, inRange, type K8sVersion } from '../k8s/versions.js';
import { isCoreDiagnosticId } from './core-ids.js';
import type { Severity } from './diagnostic.js';
import type { AnyRule, SharedSettings } from './rule.js';
import { own } from '../model/resource.js';

/** How a user configures one rule: turn it off, change its severity, or pass options. */
export type RuleSetting = 'off' | Severity | { readonly severity?: Severity | 'off'; readonly options?: unknown };

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
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const PCI_FILTER = /^(?:[1-9]|1[0-6])(?:\.[1-9]\d*)?$/;

export function matchesPciFilter(sections: readonly string[], filter: readonly string[] | undefined): boolean {
  if (!filter || filter.length === 0) return true;
  return sections.some((s) => filter.some((f) => s === f || s.startsWith(`${f}.`)));
}

export function validatePciFilter(filter: readonly string[]): void {
  const bad = filter.filter((f) => !PCI_FILTER.test(f));
  if (bad.length > 0) throw new ConfigError(`Invalid PCI section ${bad.map((b) => `"${b}"`).join(', ')}: use a section 1..16 or a sub-item such as 3.2.`);
}

// Built on the first user options to validate: constructing Ajv costs milliseconds a plain CLI start skips.
let ajv: Ajv | undefined;
const validators = new WeakMap<object, ValidateFunction>();

function validatorFor(rule: AnyRule): ValidateFunction | undefined {
  const schema = rule.meta.options?.schema;
  if (!schema) return undefined;
  let validate = validators.get(schema);
  if (!validate) {
    ajv ??= new (ajvConstructor())({ allErrors: true, strict: true, useDefaults: false });
    validate = ajv.compile(schema);
    validators.set(schema, validate);
  }
  return validate;
}

/** Merges a user's options over the rule's defaults and validates the result against the rule's schema. */
export function resolveOptions(rule: AnyRule, userOptions: unknown): unknown {
  const meta = rule.meta.options;
  if (!meta) {
    if (userOptions !== undefined) throw new ConfigError(`Rule "${rule.meta.id}" takes no options.`);
    return undefined;
  }
  // Defaults are checked against the schema by a test of every rule, so only user options pay for ajv
  // (compiling a schema costs milliseconds that every CLI start would otherwise spend).
  if (userOptions === undefined) return meta.defaults;
  const merged: unknown =
    typeof userOptions === 'object' && userOptions !== null && !Array.isArray(userOptions) ? { ...(meta.defaults as object), ...userOptions } : userOptions;
  const validate = validatorFor(rule);
  if (validate && !validate(merged)) {
    const why = (validate.errors ?? []).map((e) => `${e.instancePath || '(options)'} ${e.message ?? 'is invalid'}`).join('; ');
    throw new ConfigError(`Invalid options for rule "${rule.meta.id}": ${why}.`);
  }
  return merged;
}

/** The rule id closest to a mistyped one, when it is close enough to be worth suggesting. */
export function suggestRuleId(id: string, ids: readonly string[]): string | undefined {
  if (ids.length === 0) return undefined;
  const best = closest(id, [...ids]);
  return distance(id, best) <= Math.max(3, Math.floor(id.length / 3)) ? best : undefined;
}

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
export function selectRules(registry: readonly AnyRule[], settings: LintSettings = {}): RuleSelection {
  const target = settings.target ?? DEFAULT_TARGET;
  const byId = new Map(registry.map((r) => [r.meta.id, r] as const));
  const configured = settings.rules ?? {};
  for (const id of Object.keys(configured)) {
    if (isCoreDiagnosticId(id)) throw new ConfigError(`"${id}" is reported by the engine itself and cannot be configured.`);
    if (!byId.has(id)) {
      const hint = suggestRuleId(id, [...byId.keys()]);
      throw new ConfigError(`Unknown rule "${id}".${hint ? ` Did you mean "${hint}"?` : ''} Run pci-lint --list-rules to see them all.`);
    }
  }
  if (settings.pci) validatePciFilter(settings.pci);

  const active: ActiveRule[] = [];
  const unconfigured: AnyRule[] = [];
  const states: RuleState[] = [];
  for (const rule of [...registry].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1))) {
    const setting = own(configured, rule.meta.id);
    const severity = typeof setting === 'string' ? setting : setting?.severity;
    const options = resolveOptions(rule, typeof setting === 'object' ? setting.options : undefined);
    const state = (s: RuleState['state']) => states.push({ rule, state: s });
    if (severity === 'off') {
      state('off');
      continue;
    }
    if (!inRange(target, rule.meta.k8s)) {
      state('not-applicable');
      continue;
    }
    if (!matchesPciFilter(rule.meta.pci, settings.pci)) {
      state('filtered');
      continue;
    }
    if (rule.meta.requires && !rule.meta.requires.isConfigured(options, settings.settings ?? {})) {
      unconfigured.push(rule);
      state('not-configured');
      continue;
    }
    active.push({ rule, options, ...(severity !== undefined && { severityOverride: severity }) });
    state('active');
  }
  return { active, unconfigured, states };
}

/** The rules that run (see {@link selectRules}). */
export function activateRules(registry: readonly AnyRule[], settings: LintSettings = {}): ActiveRule[] {
  return selectRules(registry, settings).active;
}
