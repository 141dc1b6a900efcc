declare const _default: import("../../src/engine/rule.js").RuleDefinition<"inlineCredential", undefined, never>;
export default _default;
