declare const _default: import("../../src/engine/rule.js").RuleDefinition<"aescbc", undefined, never>;
export default _default;
