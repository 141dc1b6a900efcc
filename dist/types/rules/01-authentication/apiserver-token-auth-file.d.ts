declare const _default: import("../../src/engine/rule.js").RuleDefinition<"tokenFile", undefined, never>;
export default _default;
