import path from 'node:path';
import type { AnyRule } from '../engine/rule.js';
import { resolveOptions, selectRules } from '../engine/settings.js';
import { formatVersion } from '../k8s/versions.js';
import { dict, own } from '../load/own.js';
import { isIgnoredFile, toDisplayPath } from '../load/discover.js';
import type { CliOptions } from './args.js';
import { effectiveConfig } from './effective-config.js';

/**
 * `--print-config FILE`: the configuration a run from `cwd` applies to FILE, as JSON: the configuration
 * file found (or none), each setting with the command line over the file, whether a walk would skip FILE
 * (`ignored`: null when there is no such file), and every rule with its state, severity and options.
 */
export async function printConfig(file: string, options: CliOptions, cwd: string, today: string, registry: readonly AnyRule[]): Promise<string> {
  const config = effectiveConfig(options, cwd, today, registry);
  const relative = (p: string) => toDisplayPath(cwd, p);
  const ignored = await isIgnoredFile(file, { cwd, ignore: config.ignore });
  const selection = selectRules(registry, { target: config.target, rules: config.rules, ...(config.pci && { pci: config.pci }), settings: config.settings });
  const active = new Map(selection.active.map((a) => [a.rule.meta.id, a] as const));
  const rules = dict<{ state: string; severity: string; options?: unknown }>();
  for (const { rule, state } of selection.states) {
    const setting = own(config.rules, rule.meta.id);
    const configured = typeof setting === 'string' ? setting : setting?.severity;
    const run = active.get(rule.meta.id);
    const ruleOptions = run ? run.options : resolveOptions(rule, typeof setting === 'object' ? setting.options : undefined);
    rules[rule.meta.id] = { state, severity: run?.severityOverride ?? configured ?? rule.meta.severity, ...(ruleOptions !== undefined && { options: ruleOptions }) };
  }
  const shown = {
    file: relative(path.resolve(cwd, file)),
    configFile: config.configFile === undefined ? null : relative(config.configFile),
    ignored: ignored ?? null,
    k8sVersion: formatVersion(config.target),
    k8sVersionFrom: config.targetFrom,
    platform: config.platform,
    failOn: config.failOn,
    pci: config.pci ?? null,
    ignore: config.ignore.map(relative),
    baseline: config.baseline === undefined ? null : relative(config.baseline),
    projects: config.projects?.map(relative) ?? null,
    settings: config.settings,
    rules,
  };
  return `${JSON.stringify(shown, null, 2)}\n`;
}
