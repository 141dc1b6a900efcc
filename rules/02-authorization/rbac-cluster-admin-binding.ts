import { defineRuleWithFacts, type Location } from '../../src/engine/rule.js';
import { BUILTIN_CLUSTER_ROLE_BINDINGS } from '../../src/k8s/rbac-bootstrap.js';
import { rbacInputOf, recordRbacObject, type RbacFact } from '../../src/model/rbac/summary.js';
import { grantSubjectKey as subjectKey, grantsCoveredByEverything, everythingVerb, isFullWildcard, resolveGrants, type Grant } from '../../src/model/rbac/resolver.js';
import { describeBinding, describeGrantingRule, describeGrantRole, describeSubject } from '../../src/model/rbac/messages.js';

interface Options {
  /** Subjects allowed to hold cluster-admin: `Group:name`, `User:name` or `ServiceAccount:namespace/name`. */
  readonly allowedSubjects: readonly string[];
}

/** The bootstrap `cluster-admin` ClusterRoleBinding of group system:masters is how Kubernetes works. */
function isBootstrap(grant: Grant<Location>): boolean {
  return (
    grant.binding.kind === 'ClusterRoleBinding' &&
    BUILTIN_CLUSTER_ROLE_BINDINGS.some(
      (b) => b.name === grant.binding.name && b.role === grant.binding.roleRef.name && b.subjects.some((s) => s.kind === grant.subject.kind && s.name === grant.subject.name),
    )
  );
}

const DEFAULTS: Options = { allowedSubjects: [] };

export default defineRuleWithFacts<RbacFact<Location>>()({
  meta: {
    id: 'rbac-cluster-admin-binding',
    pci: ['2.1'],
    requirements: ['7.2.1', '7.2.2'],
    inputs: ['rbac-binding'],
    severity: 'error',
    // Bound, a rule allowing everything is this finding on the subject, not also rbac-wildcard's on the role;
    // and a subject that can do everything (in a namespace, or everywhere) holds every escalation there too,
    // so the escalation findings on that subject (and on the roles that grant it) are this one fact.
    supersedes: ['rbac-wildcard', 'rbac-privilege-escalation', 'rbac-escalation-role', 'rbac-csr-approval'],
    docs: {
      summary: 'Do not bind `cluster-admin`, or any role that allows every verb (`*`, or get, list, watch, create, update, patch and delete) on every resource, to people or workloads.',
      rationale:
        'A subject with `*` verbs on `*` resources in `*` API groups can read every Secret, run code in every pod and grant itself anything else: ' +
        'PCI DSS container guidance 2.1 asks that access to the orchestrator follows least privilege. The bootstrap `cluster-admin` ClusterRoleBinding ' +
        '(group system:masters) that Kubernetes creates is not reported here (rbac-system-masters covers other uses of that group); further ' +
        'break-glass subjects can be allowed with the `allowedSubjects` option (for example `Group:kubeadm:cluster-admins`, the group kubeadm ≥ 1.29 puts in admin.conf).',
      fix: 'Bind a role that lists only the verbs and resources the subject needs, in the namespaces it needs (a RoleBinding to `edit` or a custom Role), instead of cluster-admin.',
      references: ['https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles'],
    },
    messages: {
      clusterAdmin:
        '{{subject}} can do anything {{scope}} through {{binding}} → {{role}}, {{rule}} ("*" verbs on "*" resources).',
      everyObjectVerb:
        '{{subject}} can do anything {{scope}} through {{binding}} → {{role}}, {{rule}} (get, list, watch, create, update, patch and delete on "*" resources: cluster-admin in effect, as it can mint any ServiceAccount\'s token).',
    },
    fixes: {
      clusterAdmin: 'Bind a least-privilege role instead.',
      everyObjectVerb: 'Bind a least-privilege role instead.',
    },
    options: {
      schema: {
        type: 'object',
        properties: { allowedSubjects: { type: 'array', items: { type: 'string', pattern: '^(Group|User|ServiceAccount):.+$' } } },
        additionalProperties: false,
      },
      defaults: DEFAULTS,
    },
  },
  visit: { Role: recordRbacObject, ClusterRole: recordRbacObject, RoleBinding: recordRbacObject, ClusterRoleBinding: recordRbacObject },
  finish(ctx, project) {
    const allowed = new Set(ctx.options.allowedSubjects);
    const reported = new Set<string>();
    const grants = resolveGrants(rbacInputOf<Location>(project.facts)).grants;
    for (const grant of grants) {
      if (!isFullWildcard(grant.source.rule) || isBootstrap(grant) || allowed.has(subjectKey(grant))) continue;
      const key = `${describeBinding(grant.binding)}\u0000${String(grant.binding.subjects.indexOf(grant.subject))}`;
      if (reported.has(key)) continue;
      reported.add(key);
      ctx.report({
        at: grant.subject.at,
        messageId: grant.source.rule.verbs.some((v) => v.value === '*') ? 'clusterAdmin' : 'everyObjectVerb',
        data: {
          subject: describeSubject(grant.subject),
          scope: grant.clusterWide ? 'in the whole cluster' : `in namespace "${grant.scope ?? '(unset)'}"`,
          binding: describeBinding(grant.binding),
          role: describeGrantRole(grant),
          rule: describeGrantingRule(grant.source, everythingVerb(grant.source.rule)),
        },
        about: grantsCoveredByEverything(grant, grants),
      });
    }
  },
});
