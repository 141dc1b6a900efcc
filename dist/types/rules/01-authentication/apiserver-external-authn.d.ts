declare const _default: import("../../src/engine/rule.js").RuleDefinition<"none", undefined, never>;
export default _default;
