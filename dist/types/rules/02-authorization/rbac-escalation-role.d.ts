declare const rule: import("../../src/engine/rule.js").RuleDefinition<"grants", undefined, never>;
export default rule;
