/**
 * What the maintainer scripts under scripts/ use: rule documentation, the rule scaffold and the benchmark
 * (which also asks the fast load path which files it reads).
 * Built to build/tools.js by scripts/build.mjs; not part of the published package or its API.
 */
export { builtinRules as rules } from '../rules/index.js';
export { createSession } from './engine/session.js';
export { sectionFolder } from './engine/pci-sections.js';
export { finishProject, lintSource } from './run/lint-source.js';
export { renderRuleDoc, withRequirementIndex, withRuleTable } from './report/rule-docs.js';
export { fastParse } from './load/fast-parse.js';
export { FORMAT_NAMES } from './report/formats.js';
