import { defineRuleWithFacts, type Location } from '../../src/engine/rule.js';
import { isReservedRbacName } from '../../src/k8s/rbac-bootstrap.js';
import { isPlainObject } from '../../src/model/resource.js';
import {
  describeBinding,
  describeGrantingRule,
  describeGrantRole,
  describeSubject,
  isFullWildcard,
  rbacInputOf,
  recordRbacObject,
  resolveGrants,
  ruleAllows,
  type Grant,
  type RbacFact,
  type ResourceRequest,
  type RuleMatch,
} from '../../src/model/rbac.js';

/** The signer of client certificates the API server accepts for authentication (kubernetes.io/docs certificate-signing-requests). */
const CLIENT_SIGNER = 'kubernetes.io/kube-apiserver-client';
const GROUP = 'certificates.k8s.io';

const CREATE: readonly ResourceRequest[] = [{ verb: 'create', group: GROUP, resource: 'certificatesigningrequests' }];
const UPDATE_APPROVAL: readonly ResourceRequest[] = ['update', 'patch'].map((verb) => ({ verb, group: GROUP, resource: 'certificatesigningrequests/approval' }));
// The approver needs `approve` on the signer by its name or by the `<domain>/*` wildcard name.
const APPROVE: readonly ResourceRequest[] = [CLIENT_SIGNER, 'kubernetes.io/*'].map((resourceName) => ({ verb: 'approve', group: GROUP, resource: 'signers', resourceName }));

function allows(grant: Grant<Location>, requests: readonly ResourceRequest[]): RuleMatch<Location> | undefined {
  for (const request of requests) {
    const match = ruleAllows(grant.source.rule, request);
    if (match) return match;
  }
  return undefined;
}

function identity(grant: Grant<Location>): string {
  const { kind, name, namespace } = grant.subject;
  return `${kind}\u0000${namespace ?? ''}\u0000${name}`;
}

export default defineRuleWithFacts<RbacFact<Location>>()({
  meta: {
    id: 'rbac-csr-approval',
    pci: ['1.3', '5.1'],
    requirements: ['8.2.4', '8.2.5'],
    inputs: ['rbac-role', 'csr'],
    severity: 'error',
    docs: {
      summary:
        'No subject may both create CertificateSigningRequests and approve them for the `kubernetes.io/kube-apiserver-client` signer; CSR objects for that signer are reported too.',
      rationale:
        'A client certificate from `kubernetes.io/kube-apiserver-client` authenticates as whatever user and groups its subject names (including system:masters) ' +
        'and Kubernetes cannot revoke it before it expires. A subject that can request and approve such certificates can mint itself any identity: PCI DSS ' +
        'container guidance 1.3 and 5.1 ask that users do not obtain unrevocable credentials this way. Only ClusterRoleBindings count (CSRs and signers are ' +
        'cluster-scoped), and bindings Kubernetes ships (`system:` names, such as the kubelet-signer approvers) are not reported.',
      fix: 'Split the permissions: requesters get `create` on certificatesigningrequests, a separate reviewed identity gets `update` on certificatesigningrequests/approval and `approve` on the signer. Prefer identity-provider (OIDC) logins for people.',
      references: ['https://kubernetes.io/docs/reference/access-authn-authz/certificate-signing-requests/#authorization'],
    },
    messages: {
      selfApproval:
        '{{subject}} can create CertificateSigningRequests and approve them for signer kubernetes.io/kube-apiserver-client ({{binding}} → {{role}}, {{rule}}), so it can issue itself an unrevocable client certificate for any user or group. Split requesting and approving between different identities.',
      clientCertificateRequest:
        'CertificateSigningRequest "{{name}}" asks signer kubernetes.io/kube-apiserver-client for a client certificate, a credential that cannot be revoked before it expires. Authenticate people through the identity provider instead, or keep such certificates short-lived (spec.expirationSeconds).',
    },
  },
  visit: {
    Role: recordRbacObject,
    ClusterRole: recordRbacObject,
    RoleBinding: recordRbacObject,
    ClusterRoleBinding: recordRbacObject,
    CertificateSigningRequest(ctx, csr) {
      const spec: unknown = csr.value.spec;
      if (!isPlainObject(spec) || spec.signerName !== CLIENT_SIGNER) return;
      ctx.report({ at: csr.pathTo('spec', 'signerName'), part: 'value', messageId: 'clientCertificateRequest', data: { name: csr.name ?? '(unnamed)' }, severity: 'warning' });
    },
  },
  finish(ctx, project) {
    const bySubject = new Map<string, { create?: true; approval?: true; approve?: { grant: Grant<Location>; match: RuleMatch<Location> } }>();
    for (const grant of resolveGrants(rbacInputOf<Location>(project.facts)).grants) {
      // Rules allowing everything are rbac-cluster-admin-binding's findings.
      if (!grant.clusterWide || isReservedRbacName(grant.binding.name) || isFullWildcard(grant.source.rule)) continue;
      const held = bySubject.get(identity(grant)) ?? {};
      if (allows(grant, CREATE)) held.create = true;
      if (allows(grant, UPDATE_APPROVAL)) held.approval = true;
      const match = held.approve ? undefined : allows(grant, APPROVE);
      if (match) held.approve = { grant, match };
      bySubject.set(identity(grant), held);
    }
    for (const held of bySubject.values()) {
      if (!held.create || !held.approval || !held.approve) continue;
      const { grant, match } = held.approve;
      ctx.report({
        at: grant.subject.at,
        messageId: 'selfApproval',
        data: {
          subject: describeSubject(grant.subject),
          binding: describeBinding(grant.binding),
          role: describeGrantRole(grant),
          rule: describeGrantingRule(grant.source, match.verb),
        },
      });
    }
  },
});
