declare const _default: import("../../src/engine/rule.js").RuleDefinition<"removed" | "removedNoReplacement", undefined, never>;
export default _default;
