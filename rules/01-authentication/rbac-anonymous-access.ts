import { defineRuleWithFacts, type Location } from '../../src/engine/rule.js';
import { rbacInputOf, recordRbacObject, type PolicyRuleSummary, type RbacEntry, type RbacFact, type SubjectSummary } from '../../src/model/rbac/summary.js';
import { resolveGrants } from '../../src/model/rbac/resolver.js';
import { describeBinding, describeGrantingRule, describeGrantRole, describeSubject } from '../../src/model/rbac/messages.js';

interface Options {
  /** Non-resource URLs anonymous requests may `get`. */
  readonly allowedNonResourceURLs: readonly string[];
}

/** The identities of requests without credentials (k8s.io/apiserver pkg/authentication/user: Anonymous, AllUnauthenticated). */
function isAnonymous(subject: SubjectSummary<Location>): boolean {
  return (subject.kind === 'User' && subject.name === 'system:anonymous') || (subject.kind === 'Group' && subject.name === 'system:unauthenticated');
}

/** What a rule lets anonymous requests do beyond `get` on the allowed URLs, and the entry that allows it. */
function excess(rule: PolicyRuleSummary<Location>, allowed: ReadonlySet<string>): { what: string; entry: RbacEntry<Location> | undefined } | undefined {
  const verb = rule.verbs[0];
  const resource = rule.resources[0];
  if (resource) return { what: `"${verb?.value ?? '?'}" on resource "${resource.value}"${namedOnly(rule.resourceNames)}`, entry: resource };
  const badVerb = rule.verbs.find((v) => v.value !== 'get' && v.value !== 'head');
  if (badVerb && rule.nonResourceURLs.length > 0) return { what: `"${badVerb.value}" on URL "${rule.nonResourceURLs[0]?.value ?? '?'}"`, entry: badVerb };
  const badUrl = rule.nonResourceURLs.find((u) => !allowed.has(u.value));
  if (badUrl) return { what: `"${verb?.value ?? '?'}" on URL "${badUrl.value}"`, entry: badUrl };
  return undefined;
}

/** ` named "cluster-info"`, ` named "a" and 2 more`: the objects a rule restricted by resourceNames reaches; nothing when unrestricted. */
function namedOnly(names: readonly string[]): string {
  const [first] = names;
  if (first === undefined) return '';
  return ` named "${first}"${names.length > 1 ? ` and ${String(names.length - 1)} more` : ''}`;
}

const DEFAULTS: Options = { allowedNonResourceURLs: ['/healthz', '/livez', '/readyz', '/version', '/version/'] };

export default defineRuleWithFacts<RbacFact<Location>>()({
  meta: {
    id: 'rbac-anonymous-access',
    pci: ['1.1'],
    requirements: ['8.2.1', '7.3.3'],
    inputs: ['rbac-binding'],
    severity: 'error',
    docs: {
      summary: 'RBAC must not grant `system:anonymous` or `system:unauthenticated` more than `get` on the health and version endpoints.',
      rationale:
        'Requests without credentials are authenticated as user `system:anonymous` in group `system:unauthenticated` while the API server allows anonymous ' +
        'authentication (the default). Anything bound to them is open to everyone who can reach the API server, which PCI DSS container guidance 1.1 forbids. ' +
        'Kubernetes itself binds them only to `system:public-info-viewer` (get on /healthz, /livez, /readyz, /version), which is not reported. ' +
        'Clusters first installed before 1.14 may still carry system:unauthenticated in the `system:discovery` and `system:basic-user` bindings ' +
        '(role reconciliation adds subjects but never removes them); those are reported, because they expose the API listing and access reviews to everyone.',
      fix: 'Remove `system:anonymous` and `system:unauthenticated` from the binding and bind the authenticated identities that need the access instead.',
      references: ['https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-requests'],
    },
    messages: {
      anonymousGrant:
        '{{subject}} lets anyone without credentials use {{what}} through {{binding}} → {{role}}, {{rule}}.',
      unknownRole:
        '{{binding}} binds {{subject}} to {{role}}, which is neither in the input nor a built-in role pci-lint knows, so it may give anyone without credentials more than the health and version endpoints.',
    },
    fixes: {
      anonymousGrant: 'Anonymous requests should reach only the health and version endpoints; remove this subject.',
      unknownRole: 'Remove this subject.',
    },
    options: {
      schema: {
        type: 'object',
        properties: { allowedNonResourceURLs: { type: 'array', items: { type: 'string', pattern: '^/' } } },
        additionalProperties: false,
      },
      defaults: DEFAULTS,
    },
  },
  visit: { Role: recordRbacObject, ClusterRole: recordRbacObject, RoleBinding: recordRbacObject, ClusterRoleBinding: recordRbacObject },
  finish(ctx, project) {
    const allowed = new Set(ctx.options.allowedNonResourceURLs);
    const resolved = resolveGrants(rbacInputOf<Location>(project.facts));
    for (const grant of resolved.grants) {
      if (!isAnonymous(grant.subject)) continue;
      // Non-resource URLs are granted only through ClusterRoleBindings.
      if (!grant.clusterWide && grant.source.rule.resources.length === 0) continue;
      const found = excess(grant.source.rule, allowed);
      if (!found) continue;
      ctx.report({
        at: grant.subject.at,
        messageId: 'anonymousGrant',
        data: {
          subject: describeSubject(grant.subject),
          what: found.what,
          binding: describeBinding(grant.binding),
          role: describeGrantRole(grant),
          rule: describeGrantingRule(grant.source, found.entry),
        },
      });
    }
    for (const binding of resolved.unresolved) {
      for (const subject of binding.subjects.filter(isAnonymous)) {
        ctx.report({
          at: subject.at,
          messageId: 'unknownRole',
          data: { binding: describeBinding(binding), subject: describeSubject(subject), role: `${binding.roleRef.kind} "${binding.roleRef.name}"` },
        });
      }
    }
  },
});
