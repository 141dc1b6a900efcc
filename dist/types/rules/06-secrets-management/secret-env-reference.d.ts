declare const _default: import("../../src/engine/rule.js").RuleDefinition<"keyRef" | "envFrom", undefined, never>;
export default _default;
