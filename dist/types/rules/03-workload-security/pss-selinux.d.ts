declare const _default: import("../../src/engine/rule.js").RuleDefinition<"type" | "role" | "user", undefined, never>;
export default _default;
