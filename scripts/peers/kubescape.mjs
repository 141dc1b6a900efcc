// Peer adapter: Kubescape's rule fixtures (kubescape/regolibrary, rules/<rule>/test/<case>/).
//
// Each test case is a folder of input manifests (`input/*.yaml|json`) and `expected.json`, the alerts the
// rule raises on them (each names the object it fails in `alertObject.k8sApiObjects`). The rule's
// `rule.metadata.json` says which kinds it evaluates (`match[].resources`).
//
// Cases, per rule mode:
// - `object`: one case per input object of a kind the rule evaluates; it fails when an alert names it
//   (kind and name), else it passes. A control-plane rule judges only the pods of its component (a test's
//   etcd rule is no case for the kube-apiserver pod beside it): the third column names it. pci-lint lints every input file of the test case together (they are one
//   cluster for Kubescape), and only findings on that object count.
// - `whole`: one case per test case (RBAC rules, whose alerts name a subject or a binding and a role where
//   pci-lint reports on the binding subject or on the role): fails when expected.json holds any alert.
// Test cases whose input holds host-scanner or cloud data (`hostdata.kubescape.cloud` KubeletInfo and
// ControlPlaneInfo, cloud `ClusterDescribe`, ...) instead of manifests are left out: pci-lint reads manifests
// and configuration files, not a host sensor's report.
//
// Mapping (Kubescape rule → pci-lint rules, any of them). Where one pci-lint rule reports several facts that
// are separate Kubescape rules, the Kubescape rule maps to its fact only (`rule#messageId`; `rule~text` where
// one messageId serves several flags), so another fact of the same pci-lint rule neither agrees nor disagrees:
//
// | Kubescape rule | Mode | pci-lint rules |
// | --- | --- | --- |
// | rule-privileged-container (privileged, or SYS_ADMIN added) | object | privileged-container, pss-capabilities-baseline, pss-capabilities-restricted |
// | host-pid-privileges, host-ipc-privileges, host-network-access, host-pid-ipc-privileges | object | pss-host-namespaces |
// | container-hostPort | object | pss-host-ports |
// | alert-any-hostpath, alert-rw-hostpath, containers-mounting-docker-socket | object | pss-host-path-volumes, pss-volume-types |
// | rule-allow-privilege-escalation | object | pss-privilege-escalation, privileged-container |
// | immutable-container-filesystem | object | read-only-root-filesystem |
// | non-root-containers | object | run-as-non-root, pss-run-as-non-root |
// | insecure-capabilities | object | pss-capabilities-baseline, pss-capabilities-restricted, privileged-container |
// | drop-capability-netraw | object | pss-capabilities-restricted |
// | set-seccomp-profile-RuntimeDefault | object | pss-seccomp-restricted, pss-seccomp-baseline |
// | set-procmount-default | object | pss-proc-mount |
// | set-hostprocess-true | object | windows-host-process, pss-windows-host-process |
// | image-not-pinned-to-digest | object | image-digest |
// | image-pull-policy-is-not-set-to-always | object | image-pull-policy |
// | resources-cpu-limits, resources-memory-limits, resources-cpu-limit-and-request, resources-memory-limit-and-request | object | resource-limits |
// | automount-service-account | object | automount-service-account-token, service-account-automount |
// | automount-default-service-account | object | service-account-automount |
// | rule-credentials-in-env-var (literal credentials, and Secrets through envFrom) | object | secret-in-env, secret-env-reference |
// | rule-credentials-configmap | object | secret-in-configmap |
// | rule-secrets-in-env-var | object | secret-env-reference |
// | ingress-no-tls | object | ingress-tls |
// | ingress-and-egress-blocked | whole (pci-lint reports the namespace without a default-deny policy, once, not each workload) | network-default-deny |
// | insecure-port-flag | object | control-plane-insecure-port, control-plane-flag-lifecycle |
// | ensure-that-the-api-server-* (anonymous-auth, audit-log-path, audit-log-maxage, audit-log-maxbackup, authorization-mode x3, encryption-provider-config, etcd-cafile, etcd-certfile-and-etcd-keyfile, kubelet-certificate-authority, profiling, service-account-lookup, token-auth-file, service-account-extend-token-expiration) | object | the apiserver rule of that flag (table below), narrowed to the flag's fact: audit-log-path → apiserver-audit-logging#noBackend (or #noAudit); includes-Node / includes-RBAC → apiserver-authorization-mode lacking that mode or AlwaysAllow; not-AlwaysAllow → #alwaysAllow; etcd-cafile → etcd-tls#noEtcdCa; etcd-certfile-and-keyfile → etcd-tls#noEtcdClientCert; extend-token-expiration → apiserver-service-account-token-expiration#extended |
// | ensure-that-the-admission-control-plugin-AlwaysAdmit-is-not-set, -NodeRestriction-is-set | object | apiserver-admission-plugins#alwaysAdmit, #noNodeRestriction |
// | ensure-that-the-admission-control-plugin-AlwaysPullImages-is-set | object | apiserver-always-pull-images |
// | ensure-that-the-API-Server-only-makes-use-of-Strong-Cryptographic-Ciphers | object | control-plane-tls-strength |
// | ensure-that-the-controller-manager-* (bind-address, profiling, root-ca-file, service-account-private-key-file, use-service-account-credentials), ensure-that-the-scheduler-* (bind-address, profiling) | object | the control-plane rule of that flag (root-ca-file, private-key-file: controller-manager-service-account-pki#noRootCa, #noPrivateKey) |
// | etcd-tls-enabled | object | etcd-tls |
// | etcd-client-auth-cert, etcd-auto-tls-disabled | object | etcd-client-cert-auth#certAuthOff/#certAuthDefault, #autoTls |
// | etcd-peer-tls-enabled, etcd-peer-client-auth-cert, etcd-peer-auto-tls-disabled | object | etcd-peer-cert-auth#noPeerCert/#plaintext, #certAuthOff/#certAuthDefault, #autoTls |
// | k8s-audit-logs-enabled-native, k8s-audit-logs-enabled-native-cis (--audit-policy-file set) | object | apiserver-audit-logging#noPolicy, or #noAudit (neither a policy nor a backend) |
// | rbac-enabled-native | object | apiserver-authorization-mode lacking RBAC, or AlwaysAllow |
// | cluster-admin-role | whole | rbac-cluster-admin-binding, service-account-privileges |
// | rule-list-all-cluster-admins-v1 ("high privileges, such as cluster-admin") | whole | rbac-cluster-admin-binding, service-account-privileges, rbac-privilege-escalation |
// | rule-can-bind-escalate, rule-can-impersonate-users-groups-v1, rule-can-modify-admission-webhooks, rule-can-access-proxy-subresource, rule-can-create-service-account-token, exec-into-container-v1 | whole | rbac-privilege-escalation, rbac-escalation-role, rbac-cluster-admin-binding, service-account-privileges |
// | rule-can-approve-cert-signing-request | whole | rbac-csr-approval, rbac-escalation-role, rbac-privilege-escalation, rbac-cluster-admin-binding |
// | anonymous-access-enabled | whole | rbac-anonymous-access |
// | workload-with-administrative-roles, workload-with-cluster-takeover-roles | whole (pci-lint reports the ServiceAccount's privileges on the binding subject, naming the workloads that mount its token) | service-account-privileges |
//
// Not mapped: checks of files on the node (permissions, owners), cloud provider settings, host-sensor
// data, PodSecurityPolicy contents, default-namespace and label conventions, probes, CVE checks, image
// registries and signatures (need configuration or registry data), the CIS flags pci-lint has no rule for
// (request timeout, EventRateLimit, SecurityContextDeny, NamespaceLifecycle, ServiceAccount plugin,
// secure port, client CA, service-account key file, tls cert files, terminated-pod threshold,
// RotateKubeletServerCertificate, DenyServiceExternalIPs), seccomp/SELinux/sysctl/fsGroup/supplementalGroups
// "must be set" rules (set-seccomp-profile fails on a profile set on the pod only; the others ask for
// settings PSS does not require), requests without limits (resources-*-requests), and rules that judge the
// cluster's running state (exposure, unused objects, dangling references, naked pods). serviceaccount-token-mount
// fails a pod whose mounted token is bound to roles: pci-lint holds the opposite (a pod whose account is bound
// calls the API on purpose) and judges the binding's privileges instead (service-account-privileges).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { divergenceLedger, documentValuesOf } from './util.mjs';

// Where pci-lint's answer deliberately differs from Kubescape's, and why (docs/precision.md, peer agreement).
export const divergences = divergenceLedger([
  {
    class: 'explicit opt-in',
    why: 'the pod or ServiceAccount sets automountServiceAccountToken: true: it asks for the token to call the API',
    ids: [
      'automount-default-service-account/both-mount#ServiceAccount/default@default',
      'automount-default-service-account/sa-mount#ServiceAccount/default@default',
      'automount-service-account/both-mount#Pod/test-pd',
      'automount-service-account/cronjob-pod-true-sa-false#CronJob/test-cron@kubescape-test',
      'automount-service-account/deployment-pod-true-sa-false#Deployment/test-deploy@kubescape-test',
      'automount-service-account/deployment-pod-true-sa-true#Deployment/test-deploy@kubescape-test',
      'automount-service-account/pod-mount#Pod/test-pd',
    ],
  },
  {
    class: 'granularity',
    why: 'the token mount is reported once, on the ServiceAccount that does not opt out, not again on the pod that uses it',
    ids: ['automount-service-account/both-mount-default#ServiceAccount/default@default'],
  },
  {
    class: 'peer wrong on RBAC',
    why: 'a Role cannot grant cluster-scoped resources (nodes/proxy, webhook configurations, cluster roles); pods/* is no wildcard in RBAC (only */subresource is); the bootstrap system:public-info-viewer grants health and version only',
    ids: ['rule-can-access-proxy-subresource/role-rolebinding', 'rule-can-bind-escalate/role-rolebinding', 'rule-can-modify-admission-webhooks/role-rolebinding', 'exec-into-container-v1/clusterrole', 'anonymous-access-enabled/fail'],
  },
  {
    class: 'stricter for PCI',
    why: 'cluster-admin over kube-system is cluster takeover, and reading every Secret is too (Kubescape\'s own takeover rules fail these shapes)',
    ids: ['cluster-admin-role/clusterrole-rolebinding', 'workload-with-administrative-roles/pass-wl-limited-permissions'],
  },
  {
    class: 'stricter for PCI',
    why: 'the cipher list holds 3DES suites, which PCI DSS 4.2.1 strong cryptography excludes',
    ids: [
      'ensure-that-the-API-Server-only-makes-use-of-Strong-Cryptographic-Ciphers/passed#Pod/kube-apiserver-minikube@kube-system',
      'ensure-that-the-API-Server-only-makes-use-of-Strong-Cryptographic-Ciphers/rke2-args#Pod/kube-apiserver-rke2-server@kube-system',
    ],
  },
  {
    class: 'Kubernetes default',
    why: 'no --tls-cipher-suites: Go\'s default suites, which are strong',
    ids: ['ensure-that-the-API-Server-only-makes-use-of-Strong-Cryptographic-Ciphers/rke2-args-fail#Pod/kube-apiserver-rke2-server@kube-system'],
  },
  {
    class: 'Kubernetes semantics',
    why: 'audit log retention flags without --audit-log-path are inert; the missing log is apiserver-audit-logging\'s finding',
    ids: [
      'A maxage-argument-is-set-to-30-or-as-appropriate/failed#Pod/kube-apiserver-minikube@kube-system',
      'A maxage-argument-is-set-to-30-or-as-appropriate/rke2-args-fail#Pod/kube-apiserver-rke2-server@kube-system',
      'A maxbackup-argument-is-set-to-10-or-as-appropriate/failed#Pod/kube-apiserver-minikube@kube-system',
      'A maxbackup-argument-is-set-to-10-or-as-appropriate/rke2-args#Pod/kube-apiserver-minikube@kube-system',
    ].map((id) => id.replace('A ', 'ensure-that-the-api-server-audit-log-')),
  },
  {
    class: 'not registered',
    why: 'blake3 and custom algorithms are not digests the OCI image specification registers (sha256, sha512); the exempted repository is a Kubescape setting',
    ids: [
      'image-not-pinned-to-digest/pod-blake3-pinned#Pod/pod-blake3-pinned',
      'image-not-pinned-to-digest/pod-custom-digest#Pod/pod-custom-digest',
      'image-not-pinned-to-digest/pod-exempted-repo#Pod/pod-exempted-repo',
      'image-not-pinned-to-digest/pod-short-custom-digest#Pod/pod-short-custom-digest',
    ],
  },
  {
    class: 'stricter for PCI',
    why: 'PCI DSS 1.3.1 and 1.3.2 restrict both directions: a namespace whose pods only deny egress, or one policy for the pods of one label, leaves the others open',
    ids: ['ingress-and-egress-blocked/cnp-endpoint-selector-match', 'ingress-and-egress-blocked/cnp-only-egress', 'ingress-and-egress-blocked/only-egress-policy'],
  },
  {
    class: 'Kubernetes semantics',
    why: 'hostNetwork pods are outside NetworkPolicy: no policy applies to them',
    ids: ['ingress-and-egress-blocked/cronjob'],
  },
  {
    class: 'Kubernetes default',
    why: 'a request left out defaults to its limit; the configured maximum limits are a Kubescape setting',
    ids: [
      'resources-cpu-limit-and-request/pod-only-requests#Pod/frontend',
      'resources-cpu-limit-and-request/workload-exceeded#Deployment/health-check-deployment@default',
      'resources-memory-limit-and-request/pod-only-requests#Pod/frontend',
      'resources-memory-limit-and-request/workload-exceeded#Deployment/test@default',
    ],
  },
  {
    class: 'peer heuristic',
    why: 'values my_key_value and JWT, and a 9-character bearer token, are no credential (pci-lint asks a bearer token for 16 characters or more)',
    ids: ['rule-credentials-in-env-var/deployment#Deployment/test2@default', 'rule-credentials-in-env-var/env-value-lowercase-bearer#Pod/lowercase-bearer-pod', 'rule-credentials-in-env-var/pod#Pod/audit-pod'],
  },
  {
    class: 'PSS semantics',
    why: 'a Localhost seccomp profile is allowed by the restricted Pod Security Standard',
    ids: ['set-seccomp-profile-RuntimeDefault/pod#Pod/audit-pod', 'set-seccomp-profile-RuntimeDefault/workloads#Deployment/my-deployment'],
  },
]);

export const name = 'kubescape';
export const repository = 'kubescape/regolibrary';

const RBAC_ANY = ['rbac-privilege-escalation', 'rbac-escalation-role', 'rbac-cluster-admin-binding', 'service-account-privileges'];
// Added capabilities: pss-capabilities-baseline below the restricted level, pss-capabilities-restricted at it.
const CAPS_ADDED = ['pss-capabilities-baseline', 'pss-capabilities-restricted'];
const API = 'ensure-that-the-api-server-';
// Facts of one pci-lint rule that are separate Kubescape rules: the case counts only that fact's findings
// (`rule#messageId`, or `rule~text` where the messageId is shared by several flags).
const AUTHZ_ALWAYS_ALLOW = ['apiserver-authorization-mode#alwaysAllow', 'apiserver-authorization-mode#configAlwaysAllow'];
// A mode is missing when it is not listed; AlwaysAllow is reported alone (it allows everything), so it
// counts as the missing mode too.
const authzLacks = (mode) => [...AUTHZ_ALWAYS_ALLOW, `apiserver-authorization-mode~lacks ${mode}.`, `apiserver-authorization-mode~has no ${mode} authorizer`];

/** Kubescape rule → [mode, pci-lint rules, the control-plane component it judges (other pods are no case)]. */
const MAPPING = {
  'rule-privileged-container': ['object', ['privileged-container', ...CAPS_ADDED]],
  'host-pid-privileges': ['object', ['pss-host-namespaces']],
  'host-ipc-privileges': ['object', ['pss-host-namespaces']],
  'host-network-access': ['object', ['pss-host-namespaces']],
  'host-pid-ipc-privileges': ['object', ['pss-host-namespaces']],
  'container-hostPort': ['object', ['pss-host-ports']],
  'alert-any-hostpath': ['object', ['pss-host-path-volumes', 'pss-volume-types']],
  'alert-rw-hostpath': ['object', ['pss-host-path-volumes', 'pss-volume-types']],
  'containers-mounting-docker-socket': ['object', ['pss-host-path-volumes', 'pss-volume-types']],
  'rule-allow-privilege-escalation': ['object', ['pss-privilege-escalation', 'privileged-container']],
  'immutable-container-filesystem': ['object', ['read-only-root-filesystem']],
  'non-root-containers': ['object', ['run-as-non-root', 'pss-run-as-non-root']],
  'insecure-capabilities': ['object', [...CAPS_ADDED, 'privileged-container']],
  'drop-capability-netraw': ['object', ['pss-capabilities-restricted']],
  'set-seccomp-profile-RuntimeDefault': ['object', ['pss-seccomp-restricted', 'pss-seccomp-baseline']],
  'set-procmount-default': ['object', ['pss-proc-mount']],
  'set-hostprocess-true': ['object', ['windows-host-process', 'pss-windows-host-process']],
  'image-not-pinned-to-digest': ['object', ['image-digest']],
  'image-pull-policy-is-not-set-to-always': ['object', ['image-pull-policy']],
  'resources-cpu-limits': ['object', ['resource-limits']],
  'resources-memory-limits': ['object', ['resource-limits']],
  'resources-cpu-limit-and-request': ['object', ['resource-limits']],
  'resources-memory-limit-and-request': ['object', ['resource-limits']],
  'automount-service-account': ['object', ['automount-service-account-token', 'service-account-automount']],
  'automount-default-service-account': ['object', ['service-account-automount']],
  'rule-credentials-in-env-var': ['object', ['secret-in-env', 'secret-env-reference']],
  'rule-credentials-configmap': ['object', ['secret-in-configmap']],
  'rule-secrets-in-env-var': ['object', ['secret-env-reference']],
  'ingress-no-tls': ['object', ['ingress-tls']],
  'ingress-and-egress-blocked': ['whole', ['network-default-deny']],
  'insecure-port-flag': ['object', ['control-plane-insecure-port', 'control-plane-flag-lifecycle'], 'kube-apiserver'],
  [`${API}anonymous-auth-argument-is-set-to-false`]: ['object', ['apiserver-anonymous-auth'], 'kube-apiserver'],
  [`${API}audit-log-path-argument-is-set`]: ['object', ['apiserver-audit-logging#noBackend', 'apiserver-audit-logging#noAudit'], 'kube-apiserver'],
  [`${API}audit-log-maxage-argument-is-set-to-30-or-as-appropriate`]: ['object', ['apiserver-audit-log-retention'], 'kube-apiserver'],
  [`${API}audit-log-maxbackup-argument-is-set-to-10-or-as-appropriate`]: ['object', ['apiserver-audit-log-retention'], 'kube-apiserver'],
  [`${API}authorization-mode-argument-includes-Node`]: ['object', authzLacks('Node'), 'kube-apiserver'],
  [`${API}authorization-mode-argument-includes-RBAC`]: ['object', authzLacks('RBAC'), 'kube-apiserver'],
  [`${API}authorization-mode-argument-is-not-set-to-AlwaysAllow`]: ['object', AUTHZ_ALWAYS_ALLOW, 'kube-apiserver'],
  [`${API}encryption-provider-config-argument-is-set-as-appropriate`]: ['object', ['apiserver-encryption-provider-config'], 'kube-apiserver'],
  [`${API}etcd-cafile-argument-is-set-as-appropriate`]: ['object', ['etcd-tls#noEtcdCa'], 'kube-apiserver'],
  [`${API}etcd-certfile-and-etcd-keyfile-arguments-are-set-as-appropriate`]: ['object', ['etcd-tls#noEtcdClientCert'], 'kube-apiserver'],
  [`${API}kubelet-certificate-authority-argument-is-set-as-appropriate`]: ['object', ['apiserver-kubelet-certificate-authority'], 'kube-apiserver'],
  [`${API}profiling-argument-is-set-to-false`]: ['object', ['control-plane-profiling'], 'kube-apiserver'],
  [`${API}service-account-lookup-argument-is-set-to-true`]: ['object', ['apiserver-service-account-lookup'], 'kube-apiserver'],
  [`${API}token-auth-file-parameter-is-not-set`]: ['object', ['apiserver-token-auth-file'], 'kube-apiserver'],
  [`${API}service-account-extend-token-expiration-is-set-to-false`]: ['object', ['apiserver-service-account-token-expiration#extended'], 'kube-apiserver'],
  'ensure-that-the-admission-control-plugin-AlwaysAdmit-is-not-set': ['object', ['apiserver-admission-plugins#alwaysAdmit'], 'kube-apiserver'],
  'ensure-that-the-admission-control-plugin-NodeRestriction-is-set': ['object', ['apiserver-admission-plugins#noNodeRestriction'], 'kube-apiserver'],
  'ensure-that-the-admission-control-plugin-AlwaysPullImages-is-set': ['object', ['apiserver-always-pull-images'], 'kube-apiserver'],
  'ensure-that-the-API-Server-only-makes-use-of-Strong-Cryptographic-Ciphers': ['object', ['control-plane-tls-strength'], 'kube-apiserver'],
  'ensure-that-the-controller-manager-bind-address-argument-is-set-to-127.0.0.1': ['object', ['control-plane-bind-address'], 'kube-controller-manager'],
  'ensure-that-the-controller-manager-profiling-argument-is-set-to-false': ['object', ['control-plane-profiling'], 'kube-controller-manager'],
  'ensure-that-the-controller-manager-root-ca-file-argument-is-set-as-appropriate': ['object', ['controller-manager-service-account-pki#noRootCa'], 'kube-controller-manager'],
  'ensure-that-the-controller-manager-service-account-private-key-file-argument-is-set-as-appropriate': ['object', ['controller-manager-service-account-pki#noPrivateKey'], 'kube-controller-manager'],
  'ensure-that-the-controller-manager-use-service-account-credentials-argument-is-set-to-true': ['object', ['controller-manager-service-account-credentials'], 'kube-controller-manager'],
  'ensure-that-the-scheduler-bind-address-argument-is-set-to-127.0.0.1': ['object', ['control-plane-bind-address'], 'kube-scheduler'],
  'ensure-that-the-scheduler-profiling-argument-is-set-to-false': ['object', ['control-plane-profiling'], 'kube-scheduler'],
  'etcd-tls-enabled': ['object', ['etcd-tls'], 'etcd'],
  'etcd-client-auth-cert': ['object', ['etcd-client-cert-auth#certAuthOff', 'etcd-client-cert-auth#certAuthDefault'], 'etcd'],
  'etcd-auto-tls-disabled': ['object', ['etcd-client-cert-auth#autoTls'], 'etcd'],
  'etcd-peer-tls-enabled': ['object', ['etcd-peer-cert-auth#noPeerCert', 'etcd-peer-cert-auth#plaintext'], 'etcd'],
  'etcd-peer-client-auth-cert': ['object', ['etcd-peer-cert-auth#certAuthOff', 'etcd-peer-cert-auth#certAuthDefault'], 'etcd'],
  'etcd-peer-auto-tls-disabled': ['object', ['etcd-peer-cert-auth#autoTls'], 'etcd'],
  'k8s-audit-logs-enabled-native': ['object', ['apiserver-audit-logging#noPolicy', 'apiserver-audit-logging#noAudit'], 'kube-apiserver'],
  'k8s-audit-logs-enabled-native-cis': ['object', ['apiserver-audit-logging#noPolicy', 'apiserver-audit-logging#noAudit'], 'kube-apiserver'],
  'rbac-enabled-native': ['object', authzLacks('RBAC'), 'kube-apiserver'],
  'cluster-admin-role': ['whole', ['rbac-cluster-admin-binding', 'service-account-privileges']],
  'rule-list-all-cluster-admins-v1': ['whole', ['rbac-cluster-admin-binding', 'service-account-privileges', 'rbac-privilege-escalation']],
  'rule-can-bind-escalate': ['whole', RBAC_ANY],
  'rule-can-impersonate-users-groups-v1': ['whole', RBAC_ANY],
  'rule-can-modify-admission-webhooks': ['whole', RBAC_ANY],
  'rule-can-access-proxy-subresource': ['whole', RBAC_ANY],
  'rule-can-create-service-account-token': ['whole', RBAC_ANY],
  'exec-into-container-v1': ['whole', RBAC_ANY],
  'rule-can-approve-cert-signing-request': ['whole', ['rbac-csr-approval', ...RBAC_ANY]],
  'anonymous-access-enabled': ['whole', ['rbac-anonymous-access']],
  'workload-with-administrative-roles': ['whole', ['service-account-privileges']],
  'workload-with-cluster-takeover-roles': ['whole', ['service-account-privileges']],
};

const NOT_MANIFESTS = /(^|\.)kubescape\.(cloud|io)$|amazonaws\.com$|azure\.com$|googleapis\.com$|^armo\./;

function readObjects(file) {
  return documentValuesOf(file).filter((o) => o && typeof o === 'object' && !Array.isArray(o) && typeof o.kind === 'string');
}

function runs(object, component) {
  const spec = object.kind === 'Pod' ? object.spec : object.spec?.template?.spec;
  const containers = Array.isArray(spec?.containers) ? spec.containers : [];
  const named = (text) => typeof text === 'string' && (text === component || text.endsWith(`/${component}`) || text.split(/\s+/).some((w) => w === component || w.endsWith(`/${component}`)));
  return containers.some((c) => [...(Array.isArray(c?.command) ? c.command : []), ...(Array.isArray(c?.args) ? c.args.slice(0, 1) : [])].some(named) || (typeof c?.image === 'string' && new RegExp(`(^|/)${component}(-[a-z0-9]+)?(:|@|$)`).test(c.image)));
}

function groupOf(apiVersion) {
  return typeof apiVersion === 'string' && apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
}

export async function* cases(dir) {
  const rulesDir = path.join(dir, 'rules');
  for (const rule of Object.keys(MAPPING).sort()) {
    const [mode, rules, component] = MAPPING[rule];
    const ruleDir = path.join(rulesDir, rule);
    const testDir = path.join(ruleDir, 'test');
    if (!existsSync(testDir)) throw new Error(`kubescape: ${rule} has no test folder in this checkout`);
    const meta = JSON.parse(readFileSync(path.join(ruleDir, 'rule.metadata.json'), 'utf8'));
    const kinds = new Set((meta.match ?? []).flatMap((m) => m.resources ?? []));
    for (const test of readdirSync(testDir).sort()) {
      const inputDir = path.join(testDir, test, 'input');
      const expectedFile = path.join(testDir, test, 'expected.json');
      if (!existsSync(inputDir) || !existsSync(expectedFile) || !statSync(inputDir).isDirectory()) continue;
      const files = readdirSync(inputDir)
        .filter((f) => /\.(ya?ml|json)$/.test(f))
        .sort()
        .map((f) => path.join(inputDir, f));
      const objects = files.flatMap((file) => readObjects(file).map((object) => ({ object, file })));
      if (objects.some(({ object }) => NOT_MANIFESTS.test(groupOf(object.apiVersion)))) continue;
      const text = readFileSync(expectedFile, 'utf8').trim();
      const alerts = text === '' ? [] : JSON.parse(text);
      const list = Array.isArray(alerts) ? alerts : [alerts];
      if (mode === 'whole') {
        yield { id: `${rule}/${test}`, check: rule, files, rules, expect: list.length > 0 ? 'fail' : 'pass' };
        continue;
      }
      const failed = new Set();
      for (const alert of list)
        for (const o of alert?.alertObject?.k8sApiObjects ?? []) failed.add(`${o.kind}/${o.metadata?.name ?? ''}`);
      const seen = new Set();
      for (const { object } of objects) {
        if (!kinds.has(object.kind)) continue;
        if (component && !runs(object, component)) continue;
        const objName = object.metadata?.name ?? '';
        const namespace = typeof object.metadata?.namespace === 'string' ? object.metadata.namespace : undefined;
        const key = `${object.kind}/${objName}`;
        const id = `${key}${namespace !== undefined ? `@${namespace}` : ''}`;
        if (seen.has(id)) continue;
        seen.add(id);
        yield {
          id: `${rule}/${test}#${id}`,
          check: rule,
          files,
          rules,
          expect: failed.has(key) ? 'fail' : 'pass',
          object: { kind: object.kind, name: objName, ...(namespace !== undefined && { namespace }) },
        };
      }
    }
  }
}
