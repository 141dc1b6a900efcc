import { type Location } from '../../src/engine/rule.js';
interface Options {
    /** Handler names (globs) that are sandboxes. */
    readonly sandboxHandlers: readonly string[];
    /** RuntimeClass names (globs) accepted as sandboxes when their RuntimeClass object is not in the input. */
    readonly sandboxRuntimeClasses: readonly string[];
}
type Fact = {
    readonly type: 'runtimeClass';
    readonly name: string;
    readonly handler: string;
} | {
    readonly type: 'workload';
    readonly owner: string;
    readonly runtimeClassName?: string;
    readonly at: Location;
} | {
    readonly type: 'unscoped';
    readonly at: Location;
};
declare const _default: import("../../src/engine/rule.js").RuleDefinition<"invalidSelector" | "noRuntimeClass" | "notSandbox" | "unknownRuntimeClass", Options, Fact>;
export default _default;
