declare const _default: import("../../src/engine/rule.js").RuleDefinition<"off" | "offByDefault" | "flagOff" | "containerOff", undefined, never>;
export default _default;
