declare const _default: import("../../src/engine/rule.js").RuleDefinition<"batch", undefined, never>;
export default _default;
