/**
 * pci-lint's public API. Everything here is a pure function of its inputs except `lint`, which reads the
 * files it is given (never the network, never a cluster).
 */
export { lint, lintText, type LintOptions, type LintResult, type LintTextOptions } from './run/lint.js';
export { builtinRules as rules } from '../rules/index.js';
export { formatters, FORMAT_NAMES, type Formatter, type FormatOptions, type ReportInput } from './report/index.js';
export {
  defineRule,
  defineRuleWithFacts,
  formatMessage,
  type AnyRule,
  type FinishContext,
  type ProjectIndex,
  type Report,
  type ResourceSummary,
  type RuleDefinition,
  type RuleDocs,
  type RuleMeta,
  type SharedSettings,
  type VisitContext,
  type Visitors,
} from './engine/rule.js';
export { compareDiagnostics, type Diagnostic, type Location, type Severity } from './engine/diagnostic.js';
export { CORE_DIAGNOSTICS } from './engine/core-ids.js';
export { ConfigError, type LintSettings, type RuleSetting } from './engine/settings.js';
export type { FileResult } from './engine/result.js';
export { createSession, type LintSession } from './engine/session.js';
export { finishProject, lintSource } from './run/lint-source.js';
export { DEFAULT_TARGET, NEWEST_TARGET, OLDEST_TARGET, parseVersion, formatVersion, type K8sVersion } from './k8s/versions.js';
export { PCI_SECTIONS, sectionFolder } from './engine/pci-sections.js';
export { Resource, PodSpecNode, ContainerNode, podSpecOf, containersOf, parseImageReference, type ResourceRef } from './model/index.js';
export { VERSION } from './version.js';
export { renderRequirementIndex, renderRuleDoc, renderRuleTable, withRequirementIndex, withRuleTable } from './report/rule-docs.js';
