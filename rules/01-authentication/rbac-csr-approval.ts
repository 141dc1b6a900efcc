import { defineRuleWithFacts, type Location } from '../../src/engine/rule.js';
import { CLIENT_SIGNER, CSR_EXPIRATION_SECONDS, LEGACY_UNKNOWN_SIGNER } from '../../src/k8s/certificates.js';
import { isKubernetesRbacObject } from '../../src/k8s/rbac-bootstrap.js';
import { inRange, type K8sVersion } from '../../src/k8s/versions.js';
import { isPlainObject } from '../../src/model/resource.js';
import { rbacInputOf, recordRbacObject, type RbacFact } from '../../src/model/rbac/summary.js';
import { isFullWildcard, resolveGrants, ruleAllows, type Grant, type ResourceRequest, type RuleMatch } from '../../src/model/rbac/resolver.js';
import { describeBinding, describeGrantingRule, describeGrantRole, describeSubject } from '../../src/model/rbac/messages.js';

const GROUP = 'certificates.k8s.io';

const CREATE: readonly ResourceRequest[] = [{ verb: 'create', group: GROUP, resource: 'certificatesigningrequests' }];
const UPDATE_APPROVAL: readonly ResourceRequest[] = ['update', 'patch'].map((verb) => ({ verb, group: GROUP, resource: 'certificatesigningrequests/approval' }));

/** The signers whose certificates authenticate to the apiserver on the target: legacy-unknown too while v1beta1 CSRs exist. */
function clientSigners(target: K8sVersion): string[] {
  return inRange(target, { until: LEGACY_UNKNOWN_SIGNER.until }) ? [CLIENT_SIGNER.name, LEGACY_UNKNOWN_SIGNER.name] : [CLIENT_SIGNER.name];
}

/** `approve` on a signer, by its name or by the `<domain>/*` wildcard name. */
function approveRequests(signer: string): ResourceRequest[] {
  return [signer, 'kubernetes.io/*'].map((resourceName) => ({ verb: 'approve', group: GROUP, resource: 'signers', resourceName }));
}

/** The signer a CSR asks for: spec.signerName, or the v1beta1 default for a request that is not a kubelet's. */
function signerOf(apiVersion: string, spec: Record<string, unknown>): { signer: string; defaulted: boolean } | undefined {
  if (typeof spec.signerName === 'string') return { signer: spec.signerName, defaulted: false };
  if (apiVersion === `${GROUP}/v1beta1` && (spec.signerName === undefined || spec.signerName === null)) return { signer: LEGACY_UNKNOWN_SIGNER.name, defaulted: true };
  return undefined;
}

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
    supersedes: ['rbac-escalation-role'],
    severity: 'error',
    docs: {
      summary:
        'No subject may both create CertificateSigningRequests and approve them for the `kubernetes.io/kube-apiserver-client` signer (before 1.22 also `kubernetes.io/legacy-unknown`); CSR objects for those signers are reported too.',
      rationale:
        'A client certificate from `kubernetes.io/kube-apiserver-client` authenticates as whatever user and groups its subject names (including system:masters) ' +
        'and Kubernetes cannot revoke it before it expires. A subject that can request and approve such certificates can mint itself any identity: PCI DSS ' +
        'container guidance 1.3 and 5.1 ask that users do not obtain unrevocable credentials this way. Only ClusterRoleBindings count (CSRs and signers are ' +
        'cluster-scoped), and bindings Kubernetes ships (`system:` names with its `kubernetes.io/bootstrapping: rbac-defaults` label, such as the kubelet-signer approvers) are not reported. ' +
        'Before 1.22 the `kubernetes.io/legacy-unknown` signer (the default of certificates.k8s.io/v1beta1 CSRs that are not a kubelet\'s) counts too: kube-controller-manager signs it with the ' +
        'cluster CA unless `--cluster-signing-legacy-unknown-cert-file` is set, which the apiserver trusts for client certificates where that CA is its `--client-ca-file` (kubeadm). ' +
        '`spec.expirationSeconds` exists from 1.22; before that only the controller-manager\'s `--cluster-signing-duration` limits a certificate\'s lifetime.',
      fix: 'Split the permissions: requesters get `create` on certificatesigningrequests, a separate reviewed identity gets `update` on certificatesigningrequests/approval and `approve` on the signer. Prefer identity-provider (OIDC) logins for people.',
      references: ['https://kubernetes.io/docs/reference/access-authn-authz/certificate-signing-requests/#authorization'],
    },
    messages: {
      selfApproval:
        '{{subject}} can create CertificateSigningRequests and approve them for signer {{signer}} ({{binding}} → {{role}}, {{rule}}), so it can issue itself an unrevocable client certificate for any user or group.',
      clientCertificateRequest:
        'CertificateSigningRequest "{{name}}" asks signer {{signer}} for a client certificate, a credential that cannot be revoked before it expires.',
      legacyDefaultRequest:
        'CertificateSigningRequest "{{name}}" (certificates.k8s.io/v1beta1) names no signer, so it defaults to kubernetes.io/legacy-unknown, which kube-controller-manager signs with the cluster CA: a client certificate that cannot be revoked before it expires.',
    },
    fixes: {
      selfApproval: 'Split requesting and approving between different identities.',
      clientCertificateRequest: 'Authenticate people through the identity provider instead, or keep such certificates short-lived ({{shortLived}}).',
      legacyDefaultRequest: 'Authenticate people through the identity provider instead, or keep such certificates short-lived ({{shortLived}}).',
    },
  },
  visit: {
    Role: recordRbacObject,
    ClusterRole: recordRbacObject,
    RoleBinding: recordRbacObject,
    ClusterRoleBinding: recordRbacObject,
    CertificateSigningRequest(ctx, csr) {
      const spec: unknown = csr.value.spec;
      if (!isPlainObject(spec)) return;
      const asked = signerOf(csr.apiVersion, spec);
      if (!asked || !clientSigners(ctx.target).includes(asked.signer)) return;
      const shortLived = inRange(ctx.target, { since: CSR_EXPIRATION_SECONDS.since }) ? 'spec.expirationSeconds' : CSR_EXPIRATION_SECONDS.before;
      const name = csr.name ?? '(unnamed)';
      if (asked.defaulted) ctx.report({ at: csr.pathTo('spec'), part: 'key', messageId: 'legacyDefaultRequest', data: { name, shortLived }, severity: 'warning' });
      else ctx.report({ at: csr.pathTo('spec', 'signerName'), part: 'value', messageId: 'clientCertificateRequest', data: { name, signer: asked.signer, shortLived }, severity: 'warning' });
    },
  },
  finish(ctx, project) {
    const approve = clientSigners(ctx.target).map((signer) => ({ signer, requests: approveRequests(signer) }));
    const bySubject = new Map<string, { create?: true; approval?: Location[]; approve?: { grant: Grant<Location>; match: RuleMatch<Location>; signer: string } }>();
    for (const grant of resolveGrants(rbacInputOf<Location>(project.facts)).grants) {
      // Rules allowing everything are rbac-cluster-admin-binding's findings.
      if (!grant.clusterWide || isKubernetesRbacObject(grant.binding.name, grant.binding.labels) || isFullWildcard(grant.source.rule)) continue;
      const held = bySubject.get(identity(grant)) ?? {};
      if (allows(grant, CREATE)) held.create = true;
      if (allows(grant, UPDATE_APPROVAL)) {
        held.approval ??= [];
        if (grant.source.rule.at) held.approval.push(grant.source.rule.at);
      }
      for (const { signer, requests } of approve) {
        const match = held.approve ? undefined : allows(grant, requests);
        if (match) held.approve = { grant, match, signer };
      }
      bySubject.set(identity(grant), held);
    }
    for (const held of bySubject.values()) {
      if (!held.create || !held.approval || !held.approve) continue;
      const { grant, match, signer } = held.approve;
      ctx.report({
        at: grant.subject.at,
        messageId: 'selfApproval',
        data: {
          subject: describeSubject(grant.subject),
          signer,
          binding: describeBinding(grant.binding),
          role: describeGrantRole(grant),
          rule: describeGrantingRule(grant.source, match.verb),
        },
        // The role rules granting approval: rbac-escalation-role's findings on them are this one's.
        about: [grant.subject.at, ...held.approval],
      });
    }
  },
});
