/**
 * pci-lint's public API. Everything here is a pure function of its inputs except `lint`, which reads the
 * files it is given (never the network, never a cluster). The rule tester is `pci-lint/testing`.
 */
export { lint, lintText, type LintOptions, type LintResult, type LintTextOptions } from './run/lint.js';
export { builtinRules as rules } from '../rules/index.js';
export { formatters, type Formatter, type FormatOptions, type ReportInput } from './report/index.js';
export { defineRule, defineRuleWithFacts, type AnyRule, type FinishContext, type ProjectIndex, type Report, type ResourceSummary, type RuleDefinition, type RuleDocs, type RuleMeta, type SharedSettings, type VisitContext, type Visitors, } from './engine/rule.js';
export type { Diagnostic, Location, Severity } from './engine/diagnostic.js';
export { ConfigError, type LintSettings, type RuleSetting } from './engine/settings.js';
export type { K8sVersion } from './k8s/versions.js';
export type { ContainerNode, PodSpecNode, Resource, ResourceRef } from './model/index.js';
export { VERSION } from './version.js';
