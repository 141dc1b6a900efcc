declare const _default: import("../../src/engine/rule.js").RuleDefinition<"selfSigned", undefined, never>;
export default _default;
