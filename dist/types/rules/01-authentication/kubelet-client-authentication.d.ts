declare const _default: import("../../src/engine/rule.js").RuleDefinition<"flagWebhookOff" | "flagNoClientCa" | "containerWebhookOff" | "containerNoClientCa" | "containerWebhookDefault" | "containerClientCaDefault" | "webhookOff" | "noClientCa", undefined, never>;
export default _default;
