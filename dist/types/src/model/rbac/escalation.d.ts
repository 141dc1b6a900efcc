import { type K8sVersion } from '../../k8s/versions.js';
import { type Grant, type ResourceRequest, type RuleMatch } from './resolver.js';
import type { PolicyRuleSummary } from './summary.js';
/** A class of permission the RBAC rules treat as powerful (PCI guidance 2.1). */
export interface PermissionCheck {
    readonly id: string;
    /** Words for messages: "escalate roles", "read Secrets in every namespace"; `{resource}` is the resource that matched. */
    readonly label: string;
    /** Any one of these requests being allowed means the subject holds the permission. */
    readonly requests: readonly ResourceRequest[];
    /** Only counts through a ClusterRoleBinding (a RoleBinding limits it to one namespace). */
    readonly clusterWideOnly?: boolean;
}
/**
 * The privilege-escalation paths listed in the PCI container guidance section 2.1 (and in Kubernetes' "RBAC
 * good practices", https://kubernetes.io/docs/concepts/security/rbac-good-practices/#privilege-escalation-risks).
 */
export declare const ESCALATION_CHECKS: readonly PermissionCheck[];
/**
 * The escalation checks for a target: before 1.35 `get` on pods/exec or pods/attach runs commands in pods
 * over a WebSocket ({@link POD_CONNECT_BY_GET}), from 1.35 only `create` does.
 */
export declare function escalationChecksFor(target: K8sVersion): readonly PermissionCheck[];
export interface CheckMatch<L> {
    readonly check: PermissionCheck;
    readonly request: ResourceRequest;
    readonly match: RuleMatch<L>;
    /** The check's label for this match: "impersonate serviceaccounts". */
    readonly label: string;
}
/**
 * What a role grants whoever it is bound to, judged where the role is defined (the binding may live in
 * another repository): escalate, bind, impersonate, CSR approval, admission webhook writes, nodes/proxy.
 */
export declare const ROLE_DEFINITION_CHECKS: readonly PermissionCheck[];
/** The escalation checks a grant satisfies, each with the rule entries that satisfy it. */
export declare function escalationsOf<L>(grant: Grant<L>, checks?: readonly PermissionCheck[]): CheckMatch<L>[];
/** The checks a role rule satisfies when bound cluster-wide (a ClusterRole) or in one namespace. */
export declare function escalationsOfRule<L>(rule: PolicyRuleSummary<L>, clusterWide: boolean, checks?: readonly PermissionCheck[]): CheckMatch<L>[];
/** True when a grant is powerful: every verb on everything, or one of the escalation paths. */
export declare function isPowerfulGrant<L>(grant: Grant<L>): boolean;
