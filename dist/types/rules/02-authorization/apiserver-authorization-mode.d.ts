declare const _default: import("../../src/engine/rule.js").RuleDefinition<"alwaysAllow" | "missingMode" | "configAlwaysAllow" | "configMissing", undefined, never>;
export default _default;
