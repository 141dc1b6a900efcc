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

const READ = ['get', 'list', 'watch'];
const WRITE = ['create', 'update', 'patch', 'delete', 'deletecollection'];
const READ_WRITE = [...READ, ...WRITE];

const AGGREGATE_TO_ADMIN = 'rbac.authorization.k8s.io/aggregate-to-admin';
const AGGREGATE_TO_EDIT = 'rbac.authorization.k8s.io/aggregate-to-edit';
const AGGREGATE_TO_VIEW = 'rbac.authorization.k8s.io/aggregate-to-view';

/**
 * The label every bootstrap role and binding carries (policy.go `Label`, applied by addClusterRoleLabel and
 * addClusterRoleBindingLabel; the controller roles and bindings carry it too: kubernetes/kubernetes f77451e
 * plugin/pkg/auth/authorizer/rbac/bootstrappolicy/controller_policy_test.go, TestControllerRoleLabel).
 */
export const BOOTSTRAP_LABEL = { key: 'kubernetes.io/bootstrapping', value: 'rbac-defaults' } as const;

export const BUILTIN_CLUSTER_ROLES: readonly BuiltinClusterRole[] = [
  // policy.go: 'a "root" role which can do absolutely anything'.
  {
    name: 'cluster-admin',
    rules: [
      { verbs: ['*'], apiGroups: ['*'], resources: ['*'] },
      { verbs: ['*'], nonResourceURLs: ['*'] },
    ],
  },
  // policy.go: admin, edit and view have no rules of their own; the clusterrole-aggregation controller fills them.
  { name: 'admin', aggregateFrom: [{ [AGGREGATE_TO_ADMIN]: 'true' }], rules: [] },
  { name: 'edit', labels: { [AGGREGATE_TO_ADMIN]: 'true' }, aggregateFrom: [{ [AGGREGATE_TO_EDIT]: 'true' }], rules: [] },
  { name: 'view', labels: { [AGGREGATE_TO_EDIT]: 'true' }, aggregateFrom: [{ [AGGREGATE_TO_VIEW]: 'true' }], rules: [] },
  {
    name: 'system:aggregate-to-admin',
    labels: { [AGGREGATE_TO_ADMIN]: 'true' },
    rules: [
      { verbs: ['create'], apiGroups: ['authorization.k8s.io'], resources: ['localsubjectaccessreviews'] },
      { verbs: READ_WRITE, apiGroups: ['rbac.authorization.k8s.io'], resources: ['roles', 'rolebindings'] },
    ],
  },
  {
    name: 'system:aggregate-to-edit',
    labels: { [AGGREGATE_TO_EDIT]: 'true' },
    rules: [
      { verbs: READ, apiGroups: [''], resources: ['pods/attach', 'pods/proxy', 'pods/exec', 'pods/portforward', 'secrets', 'services/proxy'] },
      { verbs: ['impersonate'], apiGroups: [''], resources: ['serviceaccounts'] },
      { verbs: WRITE, apiGroups: [''], resources: ['pods', 'pods/attach', 'pods/proxy', 'pods/exec', 'pods/portforward'] },
      {
        verbs: WRITE,
        apiGroups: [''],
        resources: ['replicationcontrollers', 'replicationcontrollers/scale', 'serviceaccounts', 'services', 'services/proxy', 'endpoints', 'persistentvolumeclaims', 'configmaps', 'secrets'],
      },
      {
        verbs: WRITE,
        apiGroups: ['apps'],
        resources: ['statefulsets', 'statefulsets/scale', 'daemonsets', 'deployments', 'deployments/scale', 'deployments/rollback', 'replicasets', 'replicasets/scale'],
      },
      { verbs: WRITE, apiGroups: ['autoscaling'], resources: ['horizontalpodautoscalers'] },
      { verbs: WRITE, apiGroups: ['batch'], resources: ['jobs', 'cronjobs'] },
      { verbs: WRITE, apiGroups: ['policy'], resources: ['poddisruptionbudgets'] },
      { verbs: WRITE, apiGroups: ['networking.k8s.io'], resources: ['networkpolicies', 'ingresses'] },
    ],
  },
  {
    name: 'system:aggregate-to-view',
    labels: { [AGGREGATE_TO_VIEW]: 'true' },
    rules: [
      {
        verbs: READ,
        apiGroups: [''],
        resources: ['pods', 'replicationcontrollers', 'replicationcontrollers/scale', 'serviceaccounts', 'services', 'services/status', 'endpoints', 'persistentvolumeclaims', 'persistentvolumeclaims/status', 'configmaps'],
      },
      {
        verbs: READ,
        apiGroups: [''],
        resources: ['limitranges', 'resourcequotas', 'bindings', 'events', 'pods/status', 'resourcequotas/status', 'namespaces/status', 'replicationcontrollers/status', 'pods/log'],
      },
      { verbs: READ, apiGroups: [''], resources: ['namespaces'] },
      { verbs: READ, apiGroups: ['apps'], resources: ['controllerrevisions', 'statefulsets', 'statefulsets/status', 'statefulsets/scale', 'daemonsets', 'daemonsets/status', 'deployments', 'deployments/status', 'deployments/scale', 'replicasets'] },
    ],
  },
  // policy.go: "just enough power to determine if the server is ready and discover API versions".
  {
    name: 'system:discovery',
    rules: [{ verbs: ['get'], nonResourceURLs: ['/livez', '/readyz', '/healthz', '/version', '/version/', '/openapi', '/openapi/*', '/api', '/api/*', '/apis', '/apis/*'] }],
  },
  // policy.go: "just enough power read insensitive cluster information"; bound to authenticated and unauthenticated.
  { name: 'system:public-info-viewer', rules: [{ verbs: ['get'], nonResourceURLs: ['/livez', '/readyz', '/healthz', '/version', '/version/'] }] },
  // policy.go: "minimal resource access to allow a 'normal' user to learn information about themselves".
  { name: 'system:basic-user', rules: [{ verbs: ['create'], apiGroups: ['authorization.k8s.io'], resources: ['selfsubjectaccessreviews', 'selfsubjectrulesreviews'] }] },
  // policy.go: "allowing authentication and authorization delegation".
  {
    name: 'system:auth-delegator',
    rules: [
      { verbs: ['create'], apiGroups: ['authentication.k8s.io'], resources: ['tokenreviews'] },
      { verbs: ['create'], apiGroups: ['authorization.k8s.io'], resources: ['subjectaccessreviews'] },
    ],
  },
];

export interface BuiltinBinding {
  readonly name: string;
  readonly role: string;
  readonly subjects: readonly { readonly kind: 'User' | 'Group'; readonly name: string }[];
}

/**
 * ClusterRoleBindings of the bootstrap policy whose subjects the RBAC rules would otherwise question.
 * policy.go `clusterRoleBindings()`: `cluster-admin` binds group system:masters (user.SystemPrivilegedGroup);
 * `system:public-info-viewer` binds system:authenticated and system:unauthenticated. (In the old copy
 * `system:discovery` and `system:basic-user` were bound to system:unauthenticated too; the recent copy binds them
 * to system:authenticated only — the change landed in 1.14 [mem], before pci-lint's oldest target.)
 */
export const BUILTIN_CLUSTER_ROLE_BINDINGS: readonly BuiltinBinding[] = [
  { name: 'cluster-admin', role: 'cluster-admin', subjects: [{ kind: 'Group', name: 'system:masters' }] },
  {
    name: 'system:public-info-viewer',
    role: 'system:public-info-viewer',
    subjects: [
      { kind: 'Group', name: 'system:authenticated' },
      { kind: 'Group', name: 'system:unauthenticated' },
    ],
  },
];

/**
 * True for RBAC object names Kubernetes reserves for itself: the `system:` prefix ("the system: prefix is
 * reserved for Kubernetes system use", https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-subjects
 * and #default-roles-and-role-bindings) and the bootstrap `cluster-admin` objects.
 */
export function isReservedRbacName(name: string): boolean {
  return name.startsWith('system:') || name === 'cluster-admin';
}

/**
 * True for an RBAC object of the input that Kubernetes creates itself, and whose grants are its own design:
 * `cluster-admin`, and a reserved `system:` name that carries {@link BOOTSTRAP_LABEL} (a cluster's RBAC exported
 * with kubectl). A `system:` role or binding without that label is a project's object that borrows the
 * prefix (the vertical pod autoscaler's `system:vpa-admission-controller`), and is judged like any other.
 */
export function isKubernetesRbacObject(name: string, labels: Readonly<Record<string, string>>): boolean {
  if (name === 'cluster-admin') return true;
  return name.startsWith('system:') && labels[BOOTSTRAP_LABEL.key] === BOOTSTRAP_LABEL.value;
}

export function builtinClusterRole(name: string): BuiltinClusterRole | undefined {
  return BUILTIN_CLUSTER_ROLES.find((r) => r.name === name);
}

/**
 * The releases in which `get` on `pods/exec` or `pods/attach` is enough to run commands in a pod: a
 * WebSocket exec or attach is an HTTP GET upgrade, authorized as `get` on the subresource (kubectl uses
 * WebSockets from 1.30; other clients always could). From 1.35 the API server also requires `create` on it
 * (feature gate AuthorizePodWebsocketUpgradeCreatePermission, beta and on by default in 1.35;
 * kubernetes/kubernetes#134577, KEP-4006 "synthetic RBAC create authorization check").
 */
export const POD_CONNECT_BY_GET: VersionRange = { until: '1.35' };
