declare const _default: import("../../src/engine/rule.js").RuleDefinition<"noRules" | "noCatchAll" | "catchAllNone", undefined, never>;
export default _default;
