declare const _default: import("../../src/engine/rule.js").RuleDefinition<"windowsUnmarked" | "notFalse", undefined, never>;
export default _default;
