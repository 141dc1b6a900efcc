declare const _default: import("../../src/engine/rule.js").RuleDefinition<"openLoadBalancer" | "anySourceRange", undefined, never>;
export default _default;
