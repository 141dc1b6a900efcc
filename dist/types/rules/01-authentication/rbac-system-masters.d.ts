declare const rule: import("../../src/engine/rule.js").RuleDefinition<"systemMasters", undefined, never>;
export default rule;
