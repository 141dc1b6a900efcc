interface Options {
    readonly registries: readonly string[];
}
declare const _default: import("../../src/engine/rule.js").RuleDefinition<"notAllowed", Options, never>;
export default _default;
