declare const _default: import("../../src/engine/rule.js").RuleDefinition<"notEnabled" | "disabled", undefined, never>;
export default _default;
