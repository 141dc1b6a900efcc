declare const _default: import("../../src/engine/rule.js").RuleDefinition<"identityFirst", undefined, never>;
export default _default;
