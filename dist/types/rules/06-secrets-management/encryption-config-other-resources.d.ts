interface Options {
    /** Resources, besides Secrets, that must be encrypted at rest: `configmaps`, or `<resource>.<group>` for other groups. */
    readonly resources: readonly string[];
}
declare const _default: import("../../src/engine/rule.js").RuleDefinition<"notCovered", Options, never>;
export default _default;
