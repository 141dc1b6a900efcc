declare const _default: import("../../src/engine/rule.js").RuleDefinition<"noMax" | "tooLong" | "extended", {
    maxSeconds: number;
}, never>;
export default _default;
