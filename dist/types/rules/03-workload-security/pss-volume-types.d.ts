declare const _default: import("../../src/engine/rule.js").RuleDefinition<"forbiddenType", undefined, never>;
export default _default;
