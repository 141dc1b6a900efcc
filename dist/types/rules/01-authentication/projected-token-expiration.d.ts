interface Options {
    readonly maxExpirationSeconds: number;
}
declare const _default: import("../../src/engine/rule.js").RuleDefinition<"tooLong" | "defaultTooLong", Options, never>;
export default _default;
