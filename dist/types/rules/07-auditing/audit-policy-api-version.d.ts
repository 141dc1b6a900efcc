declare const _default: import("../../src/engine/rule.js").RuleDefinition<"deprecated" | "removed", undefined, never>;
export default _default;
