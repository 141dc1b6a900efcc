declare const _default: import("../../src/engine/rule.js").RuleDefinition<"namedLikeCredential" | "credentialValue", undefined, never>;
export default _default;
