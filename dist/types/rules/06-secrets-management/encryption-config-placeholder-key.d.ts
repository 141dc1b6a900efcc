declare const _default: import("../../src/engine/rule.js").RuleDefinition<"placeholder" | "notBase64" | "readable" | "wrongLength", undefined, never>;
export default _default;
