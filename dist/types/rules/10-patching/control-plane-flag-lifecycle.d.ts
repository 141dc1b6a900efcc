declare const _default: import("../../src/engine/rule.js").RuleDefinition<"deprecated" | "removed" | "notYetAdded" | "gateOff", undefined, never>;
export default _default;
