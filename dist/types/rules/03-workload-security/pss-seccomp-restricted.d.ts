declare const _default: import("../../src/engine/rule.js").RuleDefinition<"podProfile" | "containerProfile" | "notSet", undefined, never>;
export default _default;
