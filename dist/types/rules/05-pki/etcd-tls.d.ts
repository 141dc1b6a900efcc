declare const _default: import("../../src/engine/rule.js").RuleDefinition<"noServingCert" | "noEtcdCa" | "noEtcdClientCert" | "plaintextEtcd", undefined, never>;
export default _default;
