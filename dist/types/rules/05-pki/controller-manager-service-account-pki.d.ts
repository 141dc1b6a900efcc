declare const _default: import("../../src/engine/rule.js").RuleDefinition<"noPrivateKey" | "noRootCa", undefined, never>;
export default _default;
