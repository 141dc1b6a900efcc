/**
 * RBAC objects as plain data. Rules turn each visited Role, ClusterRole, RoleBinding and ClusterRoleBinding
 * into a summary with {@link summarizeRole} / {@link summarizeBinding} (every list entry keeps its
 * location) and record the summaries as facts ({@link recordRbacObject}); in `finish` the resolver
 * (resolver.ts) reads them back. Nothing here keeps state between calls beyond a per-object memo.
 */
import type { Path, SpanPart } from '../../load/positions.js';
import { type Resource } from '../resource.js';
/** Turns a path in the visited document into a location the caller can keep (the rule's `ctx.locate`). */
export type Locator<L> = (at: Path, part?: SpanPart) => L;
/** One string of a verbs/apiGroups/resources/nonResourceURLs list; `at` is absent for built-in roles. */
export interface RbacEntry<L> {
    readonly value: string;
    readonly at?: L;
}
export interface PolicyRuleSummary<L> {
    /** Index in the role's `rules` list. */
    readonly index: number;
    /** The rule item; absent for built-in roles. */
    readonly at?: L;
    readonly verbs: readonly RbacEntry<L>[];
    readonly apiGroups: readonly RbacEntry<L>[];
    readonly resources: readonly RbacEntry<L>[];
    readonly resourceNames: readonly string[];
    readonly nonResourceURLs: readonly RbacEntry<L>[];
}
export interface LabelSelectorRequirement {
    readonly key: string;
    readonly operator: string;
    readonly values: readonly string[];
}
export interface LabelSelectorSummary {
    readonly matchLabels: Readonly<Record<string, string>>;
    readonly matchExpressions: readonly LabelSelectorRequirement[];
}
export interface RoleSummary<L> {
    readonly kind: 'Role' | 'ClusterRole';
    readonly name: string;
    /** Roles only; undefined when neither the object nor the settings name one. */
    readonly namespace?: string;
    readonly labels: Readonly<Record<string, string>>;
    readonly rules: readonly PolicyRuleSummary<L>[];
    /** `aggregationRule.clusterRoleSelectors`; undefined when the ClusterRole is not aggregated. */
    readonly aggregateFrom?: readonly LabelSelectorSummary[];
    /** True for a role taken from the bootstrap policy table because the input does not define it. */
    readonly builtin?: boolean;
    /** Where the object is (undefined for built-in roles): a binding resolves to the copy of its own file first. */
    readonly at?: L;
    /**
     * False when the object opts out of the API server's reconciliation of bootstrap roles
     * (`rbac.authorization.kubernetes.io/autoupdate: "false"`).
     */
    readonly autoupdate?: false;
    /** The kustomize build roots whose build holds the object (Resource.buildRoots); undefined when in none. */
    readonly roots?: readonly string[];
    /** What kustomize adds to its name (Resource.nameAffix); undefined when nothing. */
    readonly nameAffix?: string;
}
export interface SubjectSummary<L> {
    readonly kind: string;
    readonly name: string;
    /** For ServiceAccounts: the subject's namespace, or the binding's when the subject names none. */
    readonly namespace?: string;
    /** The subject's `name` field. */
    readonly at: L;
}
export interface BindingSummary<L> {
    readonly kind: 'RoleBinding' | 'ClusterRoleBinding';
    readonly name: string;
    readonly namespace?: string;
    readonly labels: Readonly<Record<string, string>>;
    readonly roleRef: {
        readonly kind: string;
        readonly name: string;
        readonly at: L;
    };
    readonly subjects: readonly SubjectSummary<L>[];
    /** The kustomize build roots whose build holds the object (Resource.buildRoots); undefined when in none. */
    readonly roots?: readonly string[];
    /** What kustomize adds to its name (Resource.nameAffix); undefined when nothing. */
    readonly nameAffix?: string;
}
/** What RBAC rules record: one summary per visited object. */
export type RbacFact<L> = {
    readonly type: 'role';
    readonly role: RoleSummary<L>;
} | {
    readonly type: 'binding';
    readonly binding: BindingSummary<L>;
};
export interface RbacInput<L> {
    readonly roles: readonly RoleSummary<L>[];
    readonly bindings: readonly BindingSummary<L>[];
}
/** The summary of a visited Role or ClusterRole; undefined for an object without a name. */
export declare function summarizeRole<L>(resource: Resource<object>, locate: Locator<L>, defaultNamespace?: string): RoleSummary<L> | undefined;
/** The summary of a visited RoleBinding or ClusterRoleBinding; undefined without a name or roleRef. */
export declare function summarizeBinding<L>(resource: Resource<object>, locate: Locator<L>, defaultNamespace?: string): BindingSummary<L> | undefined;
/** The fact an RBAC rule records for a visited Role, ClusterRole, RoleBinding or ClusterRoleBinding. */
export declare function rbacFactOf<L>(resource: Resource<object>, locate: Locator<L>, defaultNamespace?: string): RbacFact<L> | undefined;
/** The parts of a rule's visit context {@link recordRbacObject} uses. */
export interface RbacRecorder<L> {
    readonly settings: {
        readonly defaultNamespace?: string;
    };
    locate(at: Path, part?: SpanPart): L;
    record(fact: RbacFact<L>): void;
}
/** A visitor for Role, ClusterRole, RoleBinding and ClusterRoleBinding that records the object's summary. */
export declare function recordRbacObject<L>(ctx: RbacRecorder<L>, resource: Resource<object>): void;
/** Splits recorded facts into the resolver's input. */
export declare function rbacInputOf<L>(facts: readonly {
    readonly type: string;
}[]): RbacInput<L>;
