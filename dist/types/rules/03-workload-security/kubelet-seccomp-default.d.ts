declare const _default: import("../../src/engine/rule.js").RuleDefinition<"off" | "offByDefault" | "flagOff", undefined, never>;
export default _default;
