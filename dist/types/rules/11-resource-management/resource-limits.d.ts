declare const _default: import("../../src/engine/rule.js").RuleDefinition<"missing", undefined, never>;
export default _default;
