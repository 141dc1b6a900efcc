declare const _default: import("../../src/engine/rule.js").RuleDefinition<"privileged", undefined, never>;
export default _default;
