declare const _default: import("../../src/engine/rule.js").RuleDefinition<"podFalse" | "containerFalse" | "notSet" | "notSetWithUser", undefined, never>;
export default _default;
