declare const _default: import("../../src/engine/rule.js").RuleDefinition<"sysctl", undefined, never>;
export default _default;
