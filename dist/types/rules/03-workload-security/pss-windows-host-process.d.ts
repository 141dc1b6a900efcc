declare const _default: import("../../src/engine/rule.js").RuleDefinition<"podHostProcess" | "containerHostProcess", undefined, never>;
export default _default;
