declare const _default: import("../../src/engine/rule.js").RuleDefinition<"flagWebhookOff" | "flagNoClientCa" | "containerWebhookOff" | "containerNoClientCa" | "webhookOff" | "noClientCa", undefined, never>;
export default _default;
