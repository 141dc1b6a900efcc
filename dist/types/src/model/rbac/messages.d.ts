/** Words for the RBAC rules' messages: subjects, bindings, roles and rules as a reader names them. */
import type { GrantingRule, Grant } from './resolver.js';
import type { BindingSummary, RbacEntry, SubjectSummary } from './summary.js';
export declare function describeSubject<L>(subject: SubjectSummary<L>): string;
export declare function describeBinding<L>(binding: BindingSummary<L>): string;
/** `ClusterRole "ops"`, or `ClusterRole "ops" (aggregated from ClusterRole "ops-extra")`. */
export declare function describeGrantRole<L>(grant: Pick<Grant<L>, 'role' | 'source'>): string;
type Where = {
    readonly file: string;
    readonly line: number;
    readonly column: number;
};
/** Where a rule or entry is: `file:line:col`. */
export declare function describeWhere(at: Where): string;
/**
 * The rule of a grant for messages: `rule 2 at file:line:col` (pointing at `entry`, such as the verb that
 * matched, when given), or `rule 1 of the Kubernetes bootstrap policy` for built-in roles.
 */
export declare function describeGrantingRule<L extends Where>(source: GrantingRule<L>, entry?: RbacEntry<L>): string;
export {};
