declare const _default: import("../../src/engine/rule.js").RuleDefinition<"hostPath", undefined, never>;
export default _default;
