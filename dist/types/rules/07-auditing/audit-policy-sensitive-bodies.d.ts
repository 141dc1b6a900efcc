declare const _default: import("../../src/engine/rule.js").RuleDefinition<"bodies", undefined, never>;
export default _default;
