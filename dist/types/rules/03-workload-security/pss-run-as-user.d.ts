declare const _default: import("../../src/engine/rule.js").RuleDefinition<"podRoot" | "containerRoot", undefined, never>;
export default _default;
