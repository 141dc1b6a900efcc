declare const _default: import("../../src/engine/rule.js").RuleDefinition<"procMount", undefined, never>;
export default _default;
