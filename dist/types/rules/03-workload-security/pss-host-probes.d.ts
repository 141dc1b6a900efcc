declare const _default: import("../../src/engine/rule.js").RuleDefinition<"host", undefined, never>;
export default _default;
