declare const _default: import("../../src/engine/rule.js").RuleDefinition<"missingDropAll" | "windowsUnmarked" | "caseOfAll" | "forbiddenAdd", undefined, never>;
export default _default;
