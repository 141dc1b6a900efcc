import { defineRuleWithFacts, type Location } from '../../src/engine/rule.js';
import { isKubernetesRbacObject } from '../../src/k8s/rbac-bootstrap.js';
import { rbacInputOf, recordRbacObject, type RbacFact } from '../../src/model/rbac/summary.js';
import { everythingVerb, isFullWildcard, resolveGrants } from '../../src/model/rbac/resolver.js';
import { escalationChecksFor, escalationsOf } from '../../src/model/rbac/escalation.js';
import { describeBinding, describeGrantingRule, describeGrantRole, describeSubject } from '../../src/model/rbac/messages.js';

interface Options {
  /** User and group names that identify no one in particular (compared case-insensitively). */
  readonly names: readonly string[];
}

const DEFAULTS: Options = { names: ['kubernetes-admin', 'admin', 'root', 'administrator'] };

export default defineRuleWithFacts<RbacFact<Location>>()({
  meta: {
    id: 'rbac-generic-admin',
    pci: ['1.2'],
    requirements: ['8.2.1', '8.2.2'],
    inputs: ['rbac-binding'],
    severity: 'error',
    docs: {
      summary: 'Powerful roles must not be bound to generic user names such as `kubernetes-admin`, `admin`, `root` or `administrator`.',
      rationale:
        'A shared, generic identity cannot be traced to a person, so its actions in the audit log prove nothing; PCI DSS container guidance 1.2 asks that ' +
        'no generic administrative accounts are used. `kubernetes-admin` is the user in the admin kubeconfig kubeadm writes, which is usually shared. ' +
        'A role is powerful when it allows every verb on every resource or one of the escalation paths of rbac-privilege-escalation. The list of names is the `names` option.',
      fix: 'Bind the role to named people (their identity-provider user names or groups) and keep generic credentials for break-glass use only.',
      references: ['https://kubernetes.io/docs/reference/access-authn-authz/authentication/#users-in-kubernetes'],
    },
    messages: {
      genericAdmin:
        '{{subject}} is a generic identity but holds powerful permissions ({{permission}}) through {{binding}} → {{role}}, {{rule}}.',
    },
    fixes: {
      genericAdmin: 'Bind the role to named people or their groups instead.',
    },
    options: {
      schema: {
        type: 'object',
        properties: { names: { type: 'array', items: { type: 'string', minLength: 1 } } },
        additionalProperties: false,
      },
      defaults: DEFAULTS,
    },
  },
  visit: { Role: recordRbacObject, ClusterRole: recordRbacObject, RoleBinding: recordRbacObject, ClusterRoleBinding: recordRbacObject },
  finish(ctx, project) {
    const generic = new Set(ctx.options.names.map((n) => n.toLowerCase()));
    const reported = new Set<string>();
    for (const grant of resolveGrants(rbacInputOf<Location>(project.facts)).grants) {
      const { subject } = grant;
      if ((subject.kind !== 'User' && subject.kind !== 'Group') || !generic.has(subject.name.toLowerCase()) || isKubernetesRbacObject(grant.binding.name, grant.binding.labels)) continue;
      const escalation = escalationsOf(grant, escalationChecksFor(ctx.target))[0];
      const wildcard = isFullWildcard(grant.source.rule);
      if (!wildcard && !escalation) continue;
      const key = `${describeBinding(grant.binding)}\u0000${String(grant.binding.subjects.indexOf(subject))}`;
      if (reported.has(key)) continue;
      reported.add(key);
      ctx.report({
        at: subject.at,
        messageId: 'genericAdmin',
        data: {
          subject: describeSubject(subject),
          permission: wildcard ? 'every verb on every resource' : (escalation?.label ?? ''),
          binding: describeBinding(grant.binding),
          role: describeGrantRole(grant),
          rule: describeGrantingRule(grant.source, wildcard ? everythingVerb(grant.source.rule) : escalation?.match.verb),
        },
      });
    }
  },
});
