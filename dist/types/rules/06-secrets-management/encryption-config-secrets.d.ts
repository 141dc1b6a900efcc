declare const _default: import("../../src/engine/rule.js").RuleDefinition<"notCovered", undefined, never>;
export default _default;
