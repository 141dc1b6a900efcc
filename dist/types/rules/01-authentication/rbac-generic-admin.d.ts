import { type Location } from '../../src/engine/rule.js';
import { type RbacFact } from '../../src/model/rbac/summary.js';
interface Options {
    /** User and group names that identify no one in particular (compared case-insensitively). */
    readonly names: readonly string[];
}
declare const _default: import("../../src/engine/rule.js").RuleDefinition<"genericAdmin", Options, RbacFact<Location>>;
export default _default;
