import { type Location } from '../../src/engine/rule.js';
import { type RbacFact } from '../../src/model/rbac/summary.js';
interface Options {
    /** Non-resource URLs anonymous requests may `get`. */
    readonly allowedNonResourceURLs: readonly string[];
}
declare const _default: import("../../src/engine/rule.js").RuleDefinition<"anonymousGrant" | "unknownRole", Options, RbacFact<Location>>;
export default _default;
