declare const _default: import("../../src/engine/rule.js").RuleDefinition<"notFalse", undefined, never>;
export default _default;
