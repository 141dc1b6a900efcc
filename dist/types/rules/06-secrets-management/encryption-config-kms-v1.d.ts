declare const _default: import("../../src/engine/rule.js").RuleDefinition<"deprecated" | "disabled", undefined, never>;
export default _default;
