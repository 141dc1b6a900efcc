import { type Location } from '../../src/engine/rule.js';
import { type RbacFact } from '../../src/model/rbac/summary.js';
interface Options {
    /** Subjects allowed to hold cluster-admin: `Group:name`, `User:name` or `ServiceAccount:namespace/name`. */
    readonly allowedSubjects: readonly string[];
}
declare const _default: import("../../src/engine/rule.js").RuleDefinition<"clusterAdmin" | "everyObjectVerb", Options, RbacFact<Location>>;
export default _default;
