declare const _default: import("../../src/engine/rule.js").RuleDefinition<"deprecated" | "deprecatedNoReplacement", undefined, never>;
export default _default;
