declare const rule: import("../../src/engine/rule.js").RuleDefinition<"resources" | "verbs" | "apiGroups" | "resourcesOfGroups" | "several" | "severalOfGroups" | "everything", undefined, never>;
export default rule;
