/**
 * The identity and RBAC pack as a whole: every rule fires on examples/noncompliant/rbac-*.yaml, none fires on
 * examples/compliant, and none fires on the objects Kubernetes' bootstrap policy creates (re-stated here from
 * kubernetes/kubernetes plugin/pkg/auth/authorizer/rbac/bootstrappolicy/{policy.go,controller_policy.go,
 * namespace_policy.go} as a `kubectl get -o yaml` dump would show them, abbreviated to the rules that matter).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import dedent from 'dedent';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { createSession } from '../../src/engine/session.js';
import { lintSources } from '../../src/run/lint-source.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PACK_IDS = [
  'legacy-service-account-token',
  'rbac-anonymous-access',
  'rbac-cluster-admin-binding',
  'rbac-escalation-role',
  'rbac-csr-approval',
  'rbac-generic-admin',
  'rbac-privilege-escalation',
  'rbac-system-masters',
  'rbac-wildcard',
  'service-account-privileges',
];
const PACK = builtinRules.filter((r) => PACK_IDS.includes(r.meta.id));

function fired(sources: readonly { file: string; text: string }[]): string[] {
  // Other rules' suppressions in the examples show up as unused when only this pack runs: keep the pack's own findings.
  const ids = lintSources(createSession(PACK), sources).map((d) => d.ruleId);
  return [...new Set(ids.filter((id) => PACK_IDS.includes(id)))].sort();
}

function folder(name: string, filter: (file: string) => boolean): { file: string; text: string }[] {
  const dir = path.join(ROOT, 'examples', name);
  return readdirSync(dir)
    .filter(filter)
    .map((file) => ({ file: `examples/${name}/${file}`, text: readFileSync(path.join(dir, file), 'utf8') }));
}

const binding = (name: string, role: string, subjects: string) => dedent`
  apiVersion: rbac.authorization.k8s.io/v1
  kind: ClusterRoleBinding
  metadata:
    name: ${name}
    labels: {kubernetes.io/bootstrapping: rbac-defaults}
  roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: ${role}}
  subjects: ${subjects}
`;

const BOOTSTRAP = [
  dedent`
    apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRole
    metadata:
      name: cluster-admin
      labels: {kubernetes.io/bootstrapping: rbac-defaults}
    rules:
      - {apiGroups: ["*"], resources: ["*"], verbs: ["*"]}
      - {nonResourceURLs: ["*"], verbs: ["*"]}
  `,
  dedent`
    apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRole
    metadata:
      name: system:kube-controller-manager
      labels: {kubernetes.io/bootstrapping: rbac-defaults}
    rules:
      - {apiGroups: [""], resources: ["secrets", "serviceaccounts"], verbs: ["create"]}
      - {apiGroups: [""], resources: ["secrets"], verbs: ["delete"]}
      - {apiGroups: ["*"], resources: ["namespaces", "nodes", "pods", "secrets", "serviceaccounts"], verbs: ["list", "watch"]}
      - {apiGroups: [""], resources: ["serviceaccounts/token"], verbs: ["create"]}
  `,
  dedent`
    apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRole
    metadata:
      name: system:controller:generic-garbage-collector
      labels: {kubernetes.io/bootstrapping: rbac-defaults}
    rules:
      - {apiGroups: ["*"], resources: ["*"], verbs: ["delete", "get", "list", "patch", "update", "watch"]}
  `,
  dedent`
    apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRole
    metadata:
      name: system:controller:clusterrole-aggregation-controller
      labels: {kubernetes.io/bootstrapping: rbac-defaults}
    rules:
      - {apiGroups: ["rbac.authorization.k8s.io"], resources: ["clusterroles"], verbs: ["escalate", "get", "list", "patch", "update", "watch"]}
  `,
  dedent`
    apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRole
    metadata:
      name: system:controller:certificate-controller
      labels: {kubernetes.io/bootstrapping: rbac-defaults}
    rules:
      - {apiGroups: ["certificates.k8s.io"], resources: ["certificatesigningrequests"], verbs: ["delete", "get", "list", "watch"]}
      - {apiGroups: ["certificates.k8s.io"], resources: ["certificatesigningrequests/approval", "certificatesigningrequests/status"], verbs: ["update"]}
      - {apiGroups: ["certificates.k8s.io"], resources: ["signers"], resourceNames: ["kubernetes.io/kube-apiserver-client-kubelet"], verbs: ["approve"]}
      - {apiGroups: ["authorization.k8s.io"], resources: ["subjectaccessreviews"], verbs: ["create"]}
  `,
  binding('cluster-admin', 'cluster-admin', '[{apiGroup: rbac.authorization.k8s.io, kind: Group, name: system:masters}]'),
  binding('system:discovery', 'system:discovery', '[{apiGroup: rbac.authorization.k8s.io, kind: Group, name: system:authenticated}]'),
  binding('system:basic-user', 'system:basic-user', '[{apiGroup: rbac.authorization.k8s.io, kind: Group, name: system:authenticated}]'),
  binding(
    'system:public-info-viewer',
    'system:public-info-viewer',
    '[{apiGroup: rbac.authorization.k8s.io, kind: Group, name: system:authenticated}, {apiGroup: rbac.authorization.k8s.io, kind: Group, name: system:unauthenticated}]',
  ),
  binding('system:kube-controller-manager', 'system:kube-controller-manager', '[{apiGroup: rbac.authorization.k8s.io, kind: User, name: system:kube-controller-manager}]'),
  binding('system:kube-dns', 'system:kube-dns', '[{kind: ServiceAccount, name: kube-dns, namespace: kube-system}]'),
  binding('system:service-account-issuer-discovery', 'system:service-account-issuer-discovery', '[{apiGroup: rbac.authorization.k8s.io, kind: Group, name: system:serviceaccounts}]'),
  binding('system:controller:generic-garbage-collector', 'system:controller:generic-garbage-collector', '[{kind: ServiceAccount, name: generic-garbage-collector, namespace: kube-system}]'),
  binding(
    'system:controller:clusterrole-aggregation-controller',
    'system:controller:clusterrole-aggregation-controller',
    '[{kind: ServiceAccount, name: clusterrole-aggregation-controller, namespace: kube-system}]',
  ),
  binding('system:controller:certificate-controller', 'system:controller:certificate-controller', '[{kind: ServiceAccount, name: certificate-controller, namespace: kube-system}]'),
  dedent`
    apiVersion: rbac.authorization.k8s.io/v1
    kind: Role
    metadata:
      name: system:controller:bootstrap-signer
      labels: {kubernetes.io/bootstrapping: rbac-defaults}
      namespace: kube-system
    rules:
      - {apiGroups: [""], resources: ["secrets"], verbs: ["get", "list", "watch"]}
  `,
  dedent`
    apiVersion: rbac.authorization.k8s.io/v1
    kind: RoleBinding
    metadata:
      name: system:controller:bootstrap-signer
      labels: {kubernetes.io/bootstrapping: rbac-defaults}
      namespace: kube-system
    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: system:controller:bootstrap-signer}
    subjects: [{kind: ServiceAccount, name: bootstrap-signer, namespace: kube-system}]
  `,
].join('\n---\n');

describe('examples', () => {
  it('every rule of the pack fires on examples/noncompliant/rbac-*.yaml', () => {
    const found = fired(folder('noncompliant', (f) => f.startsWith('rbac-')));
    expect(PACK_IDS.filter((id) => !found.includes(id))).toEqual([]);
  });

  it('no rule of the pack fires on examples/compliant', () => {
    expect(fired(folder('compliant', () => true))).toEqual([]);
  });
});

describe('Kubernetes bootstrap policy', () => {
  it('no rule of the pack fires on the roles and bindings Kubernetes creates itself', () => {
    expect(fired([{ file: 'bootstrap.yaml', text: BOOTSTRAP }])).toEqual([]);
  });

  // Once, by service-account-privileges: it supersedes rbac-privilege-escalation on the same subject.
  it('the same controller roles bound by a user binding are reported', () => {
    for (const role of ['system:controller:generic-garbage-collector', 'system:kube-controller-manager']) {
      const copy = binding('borrowed', role, '[{kind: ServiceAccount, name: deployer, namespace: ci}]');
      expect(fired([{ file: 'bootstrap.yaml', text: `${BOOTSTRAP}\n---\n${copy}` }]), role).toEqual(['service-account-privileges']);
    }
  });
});
