/**
 * The ClusterRoles and ClusterRoleBindings every Kubernetes API server creates at start-up (the RBAC
 * "bootstrap policy"), as far as pci-lint needs them to understand a binding whose role is not in the input.
 *
 * Source for every row: kubernetes/kubernetes plugin/pkg/auth/authorizer/rbac/bootstrappolicy/policy.go
 * (`clusterRoles()` and `clusterRoleBindings()`), read through the code index on 2026-11-24 in two copies: the
 * kubernetes/kubernetes one at commit 0016f7f (an old release) and a recent fork copy that uses rbacv1helpers.
 * Rules are carried over as data; the verb lists are the
 * file's `Read` = get, list, watch and `Write` = create, update, patch, delete, deletecollection.
 *
 * Only the roles whose permissions matter to the RBAC rules are listed; other `system:` roles (controller
 * roles, `system:node`, …) are recognised by name through {@link isReservedRbacName} but have no rules here,
 * so pci-lint treats their permissions as unknown rather than guessing.
 */
import type { VersionRange } from './versions.js';
export interface BuiltinPolicyRule {
    readonly verbs: readonly string[];
    readonly apiGroups?: readonly string[];
    readonly resources?: readonly string[];
    readonly resourceNames?: readonly string[];
    readonly nonResourceURLs?: readonly string[];
}
export interface BuiltinClusterRole {
    readonly name: string;
    readonly labels?: Readonly<Record<string, string>>;
    /** `aggregationRule.clusterRoleSelectors`, as `matchLabels` maps (the bootstrap policy uses no expressions). */
    readonly aggregateFrom?: readonly Readonly<Record<string, string>>[];
    readonly rules: readonly BuiltinPolicyRule[];
}
/**
 * The label every bootstrap role and binding carries (policy.go `Label`, applied by addClusterRoleLabel and
 * addClusterRoleBindingLabel; the controller roles and bindings carry it too: kubernetes/kubernetes f77451e
 * plugin/pkg/auth/authorizer/rbac/bootstrappolicy/controller_policy_test.go, TestControllerRoleLabel).
 */
export declare const BOOTSTRAP_LABEL: {
    readonly key: "kubernetes.io/bootstrapping";
    readonly value: "rbac-defaults";
};
export declare const BUILTIN_CLUSTER_ROLES: readonly BuiltinClusterRole[];
export interface BuiltinBinding {
    readonly name: string;
    readonly role: string;
    readonly subjects: readonly {
        readonly kind: 'User' | 'Group';
        readonly name: string;
    }[];
}
/**
 * ClusterRoleBindings of the bootstrap policy whose subjects the RBAC rules would otherwise question.
 * policy.go `clusterRoleBindings()`: `cluster-admin` binds group system:masters (user.SystemPrivilegedGroup);
 * `system:public-info-viewer` binds system:authenticated and system:unauthenticated. (In the old copy
 * `system:discovery` and `system:basic-user` were bound to system:unauthenticated too; the recent copy binds them
 * to system:authenticated only — the change landed in 1.14 [mem], before pci-lint's oldest target.)
 */
export declare const BUILTIN_CLUSTER_ROLE_BINDINGS: readonly BuiltinBinding[];
/**
 * True for RBAC object names Kubernetes reserves for itself: the `system:` prefix ("the system: prefix is
 * reserved for Kubernetes system use", https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-subjects
 * and #default-roles-and-role-bindings) and the bootstrap `cluster-admin` objects.
 */
export declare function isReservedRbacName(name: string): boolean;
/**
 * True for an RBAC object of the input that Kubernetes creates itself, and whose grants are its own design:
 * `cluster-admin`, and a reserved `system:` name that carries {@link BOOTSTRAP_LABEL} (a cluster's RBAC exported
 * with kubectl). A `system:` role or binding without that label is a project's object that borrows the
 * prefix (the vertical pod autoscaler's `system:vpa-admission-controller`), and is judged like any other.
 */
export declare function isKubernetesRbacObject(name: string, labels: Readonly<Record<string, string>>): boolean;
export declare function builtinClusterRole(name: string): BuiltinClusterRole | undefined;
/**
 * The releases in which `get` on `pods/exec` or `pods/attach` is enough to run commands in a pod: a
 * WebSocket exec or attach is an HTTP GET upgrade, authorized as `get` on the subresource (kubectl uses
 * WebSockets from 1.30; other clients always could). From 1.35 the API server also requires `create` on it
 * (feature gate AuthorizePodWebsocketUpgradeCreatePermission, beta and on by default in 1.35;
 * kubernetes/kubernetes#134577, KEP-4006 "synthetic RBAC create authorization check").
 */
export declare const POD_CONNECT_BY_GET: VersionRange;
