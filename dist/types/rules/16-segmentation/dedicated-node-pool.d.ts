import { type Location } from '../../src/engine/rule.js';
interface Options {
    /** The node label that marks the dedicated pool: `key` or `key=value`. Unset: any label but the generic ones. */
    readonly poolLabel?: string;
    /** The taint key the dedicated pool's nodes carry. Unset: any taint key but the ones Kubernetes sets itself. */
    readonly taintKey?: string;
}
/** Where the first pod spec is when the in-scope selector is invalid, for the one finding about it. */
interface Fact {
    readonly at: Location;
}
declare const _default: import("../../src/engine/rule.js").RuleDefinition<"notPinned" | "notTolerating" | "invalidSelector", Options, Fact>;
export default _default;
