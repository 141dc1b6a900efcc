declare const _default: import("../../src/engine/rule.js").RuleDefinition<"podFalse" | "containerFalse" | "notSet" | "notSetWindows" | "notSetWithWindowsUser" | "notSetWithUser", undefined, never>;
export default _default;
