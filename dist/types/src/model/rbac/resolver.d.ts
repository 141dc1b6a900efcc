import type { BindingSummary, LabelSelectorSummary, PolicyRuleSummary, RbacEntry, RbacInput, RoleSummary, SubjectSummary } from './summary.js';
/** matchLabels and matchExpressions (In, NotIn, Exists, DoesNotExist), as metav1.LabelSelectorAsSelector. */
export declare function selectorMatches(selector: LabelSelectorSummary, labels: Readonly<Record<string, string>>): boolean;
/** A role rule together with the role that holds it (for an aggregated ClusterRole, the role it came from). */
export interface GrantingRule<L> {
    readonly role: RoleSummary<L>;
    readonly rule: PolicyRuleSummary<L>;
}
/** The role a binding refers to (from the input, else the bootstrap policy) and every rule it grants. */
export interface ResolvedRole<L> {
    readonly role: RoleSummary<L>;
    readonly rules: readonly GrantingRule<L>[];
}
/** Two namespaces are the same; undefined is cluster scope. */
export declare function sameNamespace(a: string | undefined, b: string | undefined): boolean;
/**
 * How near two locations are in the input: the same file is nearest, then the number of leading
 * directories their files share; 0 when either has no file. Used to read a fact with the copy of the
 * same object that sits beside it when one project holds alternatives (examples side by side).
 */
export declare function nearness(a: unknown, b: unknown): number;
/**
 * The role a binding's roleRef names and all its rules, including aggregated ones; undefined when the role is
 * neither in the input nor a built-in role pci-lint knows. When the input holds other copies of the role,
 * applied with the binding, that grant otherwise, their rules are the binding's too: the cluster keeps
 * whichever copy is applied last (duplicate-object reports the copies), so a harmless copy placed nearer
 * the binding must not hide a powerful one. Identical copies add nothing.
 */
export declare function resolveRole<L>(input: RbacInput<L>, binding: BindingSummary<L>, pool?: readonly RoleSummary<L>[]): ResolvedRole<L> | undefined;
/** One permission a subject holds: which binding, which role, which rule, and where it applies. */
export interface Grant<L> {
    readonly binding: BindingSummary<L>;
    readonly subject: SubjectSummary<L>;
    /** The namespace a RoleBinding grants in; undefined for a ClusterRoleBinding (every namespace and cluster scope). */
    readonly scope?: string;
    readonly clusterWide: boolean;
    /** The role the binding references. */
    readonly role: RoleSummary<L>;
    /** The rule that grants, and the role holding it (differs from `role` for aggregated ClusterRoles). */
    readonly source: GrantingRule<L>;
}
export interface ResolvedRbac<L> {
    readonly grants: readonly Grant<L>[];
    /** Bindings whose role is neither in the input nor a known built-in role. */
    readonly unresolved: readonly BindingSummary<L>[];
}
/** Expands every binding into grants: subject × rule of the bound role. */
export declare function resolveGrants<L>(input: RbacInput<L>): ResolvedRbac<L>;
/** A resource request, as the authorizer sees it: `resource` may carry a subresource (`pods/exec`). */
export interface ResourceRequest {
    readonly verb: string;
    readonly group: string;
    readonly resource: string;
    /** The object's name; requests without one (create, list) do not match rules restricted by resourceNames. */
    readonly resourceName?: string;
    /**
     * A cluster-scoped resource (nodes, webhook configurations, ClusterRoles, impersonated users and groups):
     * only a ClusterRoleBinding grants it, a RoleBinding never does.
     */
    readonly clusterScoped?: boolean;
}
export interface RuleMatch<L> {
    readonly verb: RbacEntry<L>;
    readonly group: RbacEntry<L>;
    readonly resource: RbacEntry<L>;
}
/** The entries of a rule that allow a request, or undefined when the rule does not allow it. */
export declare function ruleAllows<L>(rule: PolicyRuleSummary<L>, request: ResourceRequest): RuleMatch<L> | undefined;
/** True when a rule allows everything on every resource of every API group: `*` verbs (cluster-admin's first rule) or every object verb. */
export declare function isFullWildcard<L>(rule: PolicyRuleSummary<L>): boolean;
/**
 * The verbs entry that makes a rule allow every verb: its `*`, or, when the rule lists every object verb,
 * the first of them; undefined when it allows fewer.
 */
export declare function everythingVerb<L>(rule: PolicyRuleSummary<L>): RbacEntry<L> | undefined;
/** A binding subject as one key: `ServiceAccount:namespace/name`, `User:name`, `Group:name`. */
export declare function grantSubjectKey<L>(grant: Pick<Grant<L>, 'subject'>): string;
/**
 * Where the fact "this subject can do everything in this scope" is stated: the grant's subject entry and
 * rule, and every other grant to the same subject within that scope (its subject entry and granting
 * rule), whichever binding makes it. A cluster-wide grant covers every grant to the subject; a
 * namespace's covers the grants of RoleBindings in that namespace only. Every rule reporting that
 * subject as all-powerful names these, so findings about the grants they cover are one fact.
 */
export declare function grantsCoveredByEverything<L>(grant: Grant<L>, grants: readonly Grant<L>[]): L[];
/** Groups every ServiceAccount belongs to, as the ServiceAccount authenticator sets them. */
export declare function serviceAccountGroups(namespace: string | undefined): string[];
/**
 * True when a binding subject covers a ServiceAccount: the account itself, its user name
 * (`system:serviceaccount:<namespace>:<name>` as a User subject) or one of its groups.
 */
export declare function subjectCoversServiceAccount<L>(subject: SubjectSummary<L>, namespace: string | undefined, name: string): boolean;
/**
 * Whether a grant is one Kubernetes ships: a binding with a reserved name (`system:`, `cluster-admin`) to an
 * identity of Kubernetes' own components (a ServiceAccount of kube-system, a `system:` user such as
 * system:kube-scheduler, a `system:` group such as system:nodes). The API server does not stop anyone from
 * naming a binding `system:…`: the same name on a binding to an application's ServiceAccount, to another
 * user, or to a group holding every user or service account is no shipped binding, and is judged.
 */
export declare function isShippedGrant<L>(grant: Pick<Grant<L>, 'binding' | 'subject'>): boolean;
/** True when a binding subject names ServiceAccounts: a ServiceAccount, a ServiceAccount user name, or a ServiceAccount group. */
export declare function isServiceAccountSubject<L>(subject: SubjectSummary<L>): boolean;
/**
 * True when a binding in the input names this ServiceAccount itself (as a ServiceAccount subject or by its
 * user name), so its pods call the API on purpose. Groups (`system:serviceaccounts`) do not count: they
 * name every account. Without a namespace (a manifest applied with `-n`), any namespace matches.
 */
export declare function isBoundServiceAccount<L>(bindings: readonly BindingSummary<L>[], namespace: string | undefined, name: string): boolean;
