declare const _default: import("../../src/engine/rule.js").RuleDefinition<"unset" | "writable", undefined, never>;
export default _default;
