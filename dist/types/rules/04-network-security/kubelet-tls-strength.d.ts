declare const _default: import("../../src/engine/rule.js").RuleDefinition<"weakVersion" | "insecureCiphers" | "weakCiphers", undefined, never>;
export default _default;
