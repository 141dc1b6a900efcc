/**
 * The escalation policy: which permissions the RBAC rules treat as powerful (PCI container guidance 2.1),
 * as a table of requests checked against a grant's rule with the resolver's {@link ruleAllows}.
 */
import { POD_CONNECT_BY_GET } from '../../k8s/rbac-bootstrap.js';
import { inRange, type K8sVersion } from '../../k8s/versions.js';
import { isFullWildcard, ruleAllows, type Grant, type ResourceRequest, type RuleMatch } from './resolver.js';
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

const RBAC_GROUP = 'rbac.authorization.k8s.io';
const ADMISSION_GROUP = 'admissionregistration.k8s.io';
/** Cluster-scoped resources among those the checks ask about (kubectl api-resources --namespaced=false). */
const CLUSTER_SCOPED = new Set(['clusterroles', 'users', 'groups', 'nodes/proxy', 'mutatingwebhookconfigurations', 'validatingwebhookconfigurations']);
const requests = (verbs: readonly string[], group: string, resources: readonly string[]): ResourceRequest[] =>
  verbs.flatMap((verb) => resources.map((resource) => ({ verb, group, resource, ...(CLUSTER_SCOPED.has(resource) && { clusterScoped: true }) })));

/**
 * The privilege-escalation paths listed in the PCI container guidance section 2.1 (and in Kubernetes' "RBAC
 * good practices", https://kubernetes.io/docs/concepts/security/rbac-good-practices/#privilege-escalation-risks).
 */
export const ESCALATION_CHECKS: readonly PermissionCheck[] = [
  { id: 'escalate', label: 'escalate roles (grant permissions it does not hold)', requests: requests(['escalate'], RBAC_GROUP, ['roles', 'clusterroles']) },
  { id: 'bind', label: 'bind any role', requests: requests(['bind'], RBAC_GROUP, ['roles', 'clusterroles']) },
  { id: 'impersonate', label: 'impersonate {resource}', requests: requests(['impersonate'], '', ['users', 'groups', 'serviceaccounts']) },
  { id: 'exec', label: 'create {resource} (run commands in pods)', requests: requests(['create'], '', ['pods/exec', 'pods/attach']) },
  { id: 'nodeProxy', label: 'create nodes/proxy (reach the kubelet API)', requests: requests(['create'], '', ['nodes/proxy']) },
  { id: 'tokenRequest', label: 'create serviceaccounts/token (mint tokens for any ServiceAccount)', requests: requests(['create'], '', ['serviceaccounts/token']) },
  {
    id: 'webhooks',
    label: 'write admission webhook configurations',
    requests: requests(['create', 'update', 'patch'], ADMISSION_GROUP, ['mutatingwebhookconfigurations', 'validatingwebhookconfigurations']),
  },
  { id: 'secrets', label: 'read Secrets in every namespace', requests: requests(['get', 'list', 'watch'], '', ['secrets']), clusterWideOnly: true },
  // Workload creation (RBAC good practices): a pod, or a workload whose controller makes pods, runs as any
  // ServiceAccount of its namespace and mounts its token and Secrets. In every namespace that includes
  // kube-system's controller accounts, so it is judged cluster-wide only, like reading every Secret; in one
  // namespace it is the everyday grant of CI runners and operators.
  {
    id: 'createWorkloads',
    label: 'create {resource} in every namespace (run pods as any ServiceAccount, kube-system\'s included, with its token and Secrets)',
    requests: [
      ...requests(['create'], '', ['pods', 'replicationcontrollers']),
      ...requests(['create'], 'apps', ['deployments', 'daemonsets', 'statefulsets', 'replicasets']),
      ...requests(['create'], 'batch', ['jobs', 'cronjobs']),
    ],
    clusterWideOnly: true,
  },
];

/** ESCALATION_CHECKS for releases where `get` on pods/exec and pods/attach also runs commands (WebSocket). */
const ESCALATION_CHECKS_GET_EXEC: readonly PermissionCheck[] = ESCALATION_CHECKS.map((c) =>
  c.id === 'exec' ? { ...c, label: '{verb} {resource} (run commands in pods)', requests: requests(['create', 'get'], '', ['pods/exec', 'pods/attach']) } : c,
);

/**
 * The escalation checks for a target: before 1.35 `get` on pods/exec or pods/attach runs commands in pods
 * over a WebSocket ({@link POD_CONNECT_BY_GET}), from 1.35 only `create` does.
 */
export function escalationChecksFor(target: K8sVersion): readonly PermissionCheck[] {
  return inRange(target, POD_CONNECT_BY_GET) ? ESCALATION_CHECKS_GET_EXEC : ESCALATION_CHECKS;
}

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
export const ROLE_DEFINITION_CHECKS: readonly PermissionCheck[] = [
  ...ESCALATION_CHECKS.filter((c) => ['escalate', 'bind', 'impersonate', 'nodeProxy', 'webhooks'].includes(c.id)),
  {
    id: 'csrApproval',
    label: 'approve certificate signing requests (update certificatesigningrequests/approval)',
    requests: requests(['update', 'patch'], 'certificates.k8s.io', ['certificatesigningrequests/approval']),
  },
];

/** The escalation checks a grant satisfies, each with the rule entries that satisfy it. */
export function escalationsOf<L>(grant: Grant<L>, checks: readonly PermissionCheck[] = ESCALATION_CHECKS): CheckMatch<L>[] {
  return escalationsOfRule(grant.source.rule, grant.clusterWide, checks);
}

/** The checks a role rule satisfies when bound cluster-wide (a ClusterRole) or in one namespace. */
export function escalationsOfRule<L>(rule: PolicyRuleSummary<L>, clusterWide: boolean, checks: readonly PermissionCheck[] = ESCALATION_CHECKS): CheckMatch<L>[] {
  const out: CheckMatch<L>[] = [];
  for (const check of checks) {
    if (check.clusterWideOnly && !clusterWide) continue;
    for (const request of check.requests) {
      if (request.clusterScoped && !clusterWide) continue;
      const match = ruleAllows(rule, request);
      if (match) {
        out.push({ check, request, match, label: check.label.replace('{resource}', request.resource).replace('{verb}', request.verb) });
        break;
      }
    }
  }
  return out;
}

/** True when a grant is powerful: every verb on everything, or one of the escalation paths. */
export function isPowerfulGrant<L>(grant: Grant<L>): boolean {
  return isFullWildcard(grant.source.rule) || escalationsOf(grant).length > 0;
}
