declare const _default: import("../../src/engine/rule.js").RuleDefinition<"open" | "openByDefault" | "refused", undefined, never>;
export default _default;
