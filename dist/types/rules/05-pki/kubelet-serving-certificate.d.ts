declare const _default: import("../../src/engine/rule.js").RuleDefinition<"selfSigned" | "containerSelfSigned" | "containerHalfPair", undefined, never>;
export default _default;
