declare const _default: import("../../src/engine/rule.js").RuleDefinition<"hostPort", undefined, never>;
export default _default;
