import { type Location } from '../../src/engine/rule.js';
interface Options {
    /** RuntimeClass handler names (globs) that run Windows containers with Hyper-V isolation. */
    readonly hypervHandlers: readonly string[];
    /** RuntimeClass names (globs) accepted as Hyper-V isolated when their object is not in the input. */
    readonly hypervRuntimeClasses: readonly string[];
}
type Fact = {
    readonly type: 'runtimeClass';
    readonly name: string;
    readonly handler: string;
} | {
    readonly type: 'pod';
    readonly owner: string;
    readonly why: string;
    readonly at: Location;
    readonly runtimeClassName?: string;
};
declare const _default: import("../../src/engine/rule.js").RuleDefinition<"unknownRuntimeClass" | "processIsolated" | "notHyperV" | "annotationIgnored", Options, Fact>;
export default _default;
