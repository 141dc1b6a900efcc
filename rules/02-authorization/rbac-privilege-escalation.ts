import { defineRuleWithFacts, type Location } from '../../src/engine/rule.js';
import { isKubernetesRbacObject } from '../../src/k8s/rbac-bootstrap.js';
import { rbacInputOf, recordRbacObject, type RbacFact } from '../../src/model/rbac/summary.js';
import { isFullWildcard, isShippedGrant, resolveGrants, type Grant } from '../../src/model/rbac/resolver.js';
import { escalationChecksFor, escalationsOf } from '../../src/model/rbac/escalation.js';
import { describeBinding, describeGrantingRule, describeGrantRole, describeSubject } from '../../src/model/rbac/messages.js';

export default defineRuleWithFacts<RbacFact<Location>>()({
  meta: {
    id: 'rbac-privilege-escalation',
    pci: ['2.1'],
    requirements: ['7.2.1', '7.2.2'],
    inputs: ['rbac-role'],
    severity: 'error',
    // Bound, the role rule's escalation is this finding on the subject (an error), not also a warning on the role.
    supersedes: ['rbac-escalation-role'],
    docs: {
      summary:
        'No subject may hold a permission that leads to more privileges: escalate, bind or impersonate; create on pods/exec, pods/attach, nodes/proxy or serviceaccounts/token; write on admission webhook configurations; read of Secrets, or creation of pods or pod-making workloads, through a ClusterRoleBinding.',
      rationale:
        'Each of these lets a subject step around RBAC: grant itself roles it does not hold, act as another identity, run commands inside other workloads, ' +
        'talk to kubelets directly, mint tokens for powerful ServiceAccounts, intercept every object sent to the API server, or read every credential in the cluster. ' +
        'Creating pods (or Deployments, DaemonSets, StatefulSets, ReplicaSets, ReplicationControllers, Jobs, CronJobs, whose controllers make them) in every namespace runs code as any ServiceAccount, kube-system\'s controller accounts included, with its token and the Secrets it can mount (RBAC good practices, workload creation); in one namespace that is the everyday grant of CI runners and operators, so it counts only through a ClusterRoleBinding, like reading Secrets. ' +
        'PCI DSS container guidance 2.1 lists them as the permissions to avoid. Findings name the subject, the binding and the role rule that grants it. ' +
        'A RoleBinding grants only namespaced resources, so the cluster-scoped paths (nodes/proxy, webhook configurations, ClusterRoles, impersonating users ' +
        'and groups) count only through ClusterRoleBindings. Bindings of the built-in `edit` and `admin` roles are reported, because those roles include ' +
        'create on pods/exec and impersonation of ServiceAccounts. Rules that allow every verb on every resource are reported by rbac-cluster-admin-binding ' +
        'instead, and bindings Kubernetes ships (a `system:` name with its `kubernetes.io/bootstrapping: rbac-defaults` label, on a binding to the components of Kubernetes: kube-system ServiceAccounts, `system:` users and groups) are not reported; a binding that only borrows the prefix or the label, or binds anyone else, is. One finding per binding subject names every escalation its role grants, with the first granting rule.',
      fix: 'Remove the verb or resource from the role, narrow it with resourceNames, or bind the role with a RoleBinding in the one namespace that needs it.',
      references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/#privilege-escalation-risks'],
    },
    messages: {
      escalation: '{{subject}} can {{permissions}} through {{binding}} → {{role}}, {{rule}}.',
    },
    fixes: {
      escalation: 'Remove these permissions or narrow the role to what the subject needs.',
    },
  },
  visit: { Role: recordRbacObject, ClusterRole: recordRbacObject, RoleBinding: recordRbacObject, ClusterRoleBinding: recordRbacObject },
  finish(ctx, project) {
    // One finding per subject of one binding: the escalations of every rule of the bound role (the built-in
    // `edit` has three) are one fact about that subject, named together; each granting rule is a subject.
    const bySubject = new Map<Grant<Location>['subject'], { grant: Grant<Location>; verb: Parameters<typeof describeGrantingRule>[1]; labels: string[]; rules: Location[]; count: number }>();
    const checks = escalationChecksFor(ctx.target);
    for (const grant of resolveGrants(rbacInputOf<Location>(project.facts)).grants) {
      if ((isShippedGrant(grant) && isKubernetesRbacObject(grant.binding.name, grant.binding.labels)) || isFullWildcard(grant.source.rule)) continue;
      const found = escalationsOf(grant, checks);
      const first = found[0];
      if (!first) continue;
      let entry = bySubject.get(grant.subject);
      if (!entry) bySubject.set(grant.subject, (entry = { grant, verb: first.match.verb, labels: [], rules: [], count: 0 }));
      for (const f of found) if (!entry.labels.includes(f.label)) entry.labels.push(f.label);
      entry.count++;
      if (grant.source.rule.at) entry.rules.push(grant.source.rule.at);
    }
    for (const { grant, verb, labels, rules, count } of bySubject.values()) {
      const more = count - 1;
      ctx.report({
        at: grant.subject.at,
        messageId: 'escalation',
        data: {
          subject: describeSubject(grant.subject),
          permissions: labels.join('; '),
          binding: describeBinding(grant.binding),
          role: describeGrantRole(grant),
          rule: `${describeGrantingRule(grant.source, verb)}${more > 0 ? ` and ${String(more)} more rule${more === 1 ? '' : 's'}` : ''}`,
        },
        about: [grant.subject.at, ...rules],
      });
    }
  },
});
