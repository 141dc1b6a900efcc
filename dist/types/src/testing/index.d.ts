/**
 * `pci-lint/testing`: the case-table tester for rules, for vitest. Each case runs through the real engine
 * with only the rule under test enabled; see CONTRIBUTING.md.
 */
export { runRule, testRule, type ExpectedFinding, type InvalidCase, type RuleCases, type ValidCase } from './rule-tester.js';
