declare const _default: import("../../src/engine/rule.js").RuleDefinition<"extraPath", undefined, never>;
export default _default;
