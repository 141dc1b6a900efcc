declare const _default: import("../../src/engine/rule.js").RuleDefinition<"exposed" | "exposedByDefault", undefined, never>;
export default _default;
