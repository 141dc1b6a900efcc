declare const _default: import("../../src/engine/rule.js").RuleDefinition<"notOmitted", undefined, never>;
export default _default;
