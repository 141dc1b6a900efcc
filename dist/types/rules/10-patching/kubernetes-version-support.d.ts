interface Options {
    /** Warn when support ends within this many days of the run date. */
    readonly warnDays: number;
}
declare const _default: import("../../src/engine/rule.js").RuleDefinition<"ended" | "ending", Options, never>;
export default _default;
