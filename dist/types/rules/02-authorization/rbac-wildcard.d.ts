declare const rule: import("../../src/engine/rule.js").RuleDefinition<"resources" | "verbs" | "apiGroups" | "several" | "everything", undefined, never>;
export default rule;
