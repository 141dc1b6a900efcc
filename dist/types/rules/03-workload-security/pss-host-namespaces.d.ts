declare const _default: import("../../src/engine/rule.js").RuleDefinition<"hostNamespace", undefined, never>;
export default _default;
