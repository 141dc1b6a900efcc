declare const _default: import("../../src/engine/rule.js").RuleDefinition<"certAuthOff" | "certAuthDefault" | "plaintext" | "autoTls" | "noPeerCert", undefined, never>;
export default _default;
