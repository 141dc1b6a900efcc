declare const _default: import("../../src/engine/rule.js").RuleDefinition<"unset" | "flagNever" | "flagLong" | "containerNever" | "containerLong" | "long" | "zero", undefined, never>;
export default _default;
