declare const _default: import("../../src/engine/rule.js").RuleDefinition<"missingDropAll" | "forbiddenAdd", undefined, never>;
export default _default;
