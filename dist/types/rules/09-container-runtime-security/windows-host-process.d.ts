declare const _default: import("../../src/engine/rule.js").RuleDefinition<"container" | "pod", undefined, never>;
export default _default;
