declare const _default: import("../../src/engine/rule.js").RuleDefinition<"disabled", undefined, never>;
export default _default;
