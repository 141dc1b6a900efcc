import { defineRule, type Location, type VisitContext } from '../../src/engine/rule.js';
import { isKubernetesRbacObject } from '../../src/k8s/rbac-bootstrap.js';
import { escalationsOfRule, ROLE_DEFINITION_CHECKS } from '../../src/model/rbac/escalation.js';
import { isFullWildcard } from '../../src/model/rbac/resolver.js';
import { summarizeRole } from '../../src/model/rbac/summary.js';
import type { Resource } from '../../src/model/resource.js';

const rule = defineRule({
  meta: {
    id: 'rbac-escalation-role',
    pci: ['2.1'],
    requirements: ['7.2.1', '7.2.2'],
    inputs: ['rbac-role'],
    severity: 'warning',
    docs: {
      summary: 'Roles and ClusterRoles that grant a way around RBAC (escalate, bind, impersonate, CSR approval, admission webhook writes, nodes/proxy) are reported where they are defined.',
      rationale:
        'Whoever such a role is bound to can grant itself roles it does not hold, act as another identity, approve its own client certificates, intercept every object sent to the API server, or talk to kubelets directly. ' +
        'PCI DSS container guidance 2.1 lists these as the permissions to avoid. The binding often lives in another repository (a platform team binds what an application team defines), ' +
        'so the role is reported where it is written, as a warning, even when no binding is in the input. When a binding in the input grants it, the subject is reported as an error by ' +
        'rbac-privilege-escalation (or rbac-csr-approval, service-account-privileges) and this finding is dropped in favour of that one. ' +
        'A Role (namespaced) cannot grant cluster-scoped resources, so nodes/proxy, webhook configurations, ClusterRoles and impersonation of users and groups count only in ClusterRoles. ' +
        'Rules that allow every verb on every resource are rbac-wildcard\'s, and roles Kubernetes ships (`cluster-admin`, and `system:` names with its `kubernetes.io/bootstrapping: rbac-defaults` label) are not reported.',
      fix: 'Remove the verb or resource from the rule, or narrow it with resourceNames to the objects the subject must manage; bind the role only to the subjects that need it.',
      references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#privilege-escalation-risks'],
    },
    messages: {
      grants: '{{role}} rule {{rule}} lets whoever it is bound to {{permissions}}.',
    },
    fixes: {
      grants: 'Remove these permissions or narrow the rule with resourceNames.',
    },
  },
  visit: {
    Role(ctx, role) {
      check(ctx, role, false);
    },
    ClusterRole(ctx, role) {
      if (role.name !== undefined && isKubernetesRbacObject(role.name, role.labels)) return;
      check(ctx, role, true);
    },
  },
});

type Ctx = VisitContext<'grants', undefined, never>;

function check(ctx: Ctx, resource: Resource<object>, clusterWide: boolean): void {
  const summary = summarizeRole<Location>(resource, (at, part) => ctx.locate(at, part), ctx.settings.defaultNamespace);
  if (!summary) return;
  const name = summary.namespace === undefined ? summary.name : `${summary.namespace}/${summary.name}`;
  for (const item of summary.rules) {
    if (isFullWildcard(item)) continue;
    const found = escalationsOfRule(item, clusterWide, ROLE_DEFINITION_CHECKS);
    const first = found[0];
    if (!first || !item.at) continue;
    ctx.report({
      at: first.match.verb.at ?? item.at,
      messageId: 'grants',
      data: { role: `${resource.kind} "${name}"`, rule: item.index + 1, permissions: found.map((f) => f.label).join('; ') },
      // The same role rule that a bound subject's finding names: that finding replaces this one.
      about: [item.at],
    });
  }
}

export default rule;
