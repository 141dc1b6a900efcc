declare const _default: import("../../src/engine/rule.js").RuleDefinition<"forbiddenCapability", undefined, never>;
export default _default;
