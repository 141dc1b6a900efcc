declare const _default: import("../../src/engine/rule.js").RuleDefinition<"explicit" | "defaulted", undefined, never>;
export default _default;
