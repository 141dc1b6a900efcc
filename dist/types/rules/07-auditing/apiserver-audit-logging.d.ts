declare const _default: import("../../src/engine/rule.js").RuleDefinition<"noAudit" | "noPolicy" | "noBackend" | "logOnly", undefined, never>;
export default _default;
