declare const _default: import("../../src/engine/rule.js").RuleDefinition<"tooLow", undefined, never>;
export default _default;
