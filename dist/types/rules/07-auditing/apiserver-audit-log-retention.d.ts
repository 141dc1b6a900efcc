declare const _default: import("../../src/engine/rule.js").RuleDefinition<"countLimited" | "tooShort" | "noMaxAge", {
    minMaxAgeDays: number;
}, never>;
export default _default;
