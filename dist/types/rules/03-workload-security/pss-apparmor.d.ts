declare const _default: import("../../src/engine/rule.js").RuleDefinition<"podProfile" | "containerProfile" | "annotation", undefined, never>;
export default _default;
