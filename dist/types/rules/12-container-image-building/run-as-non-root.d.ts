declare const _default: import("../../src/engine/rule.js").RuleDefinition<"unset" | "rootUser" | "explicitlyRoot", undefined, never>;
export default _default;
