declare const _default: import("../../src/engine/rule.js").RuleDefinition<"unset" | "explicitDefault", undefined, never>;
export default _default;
