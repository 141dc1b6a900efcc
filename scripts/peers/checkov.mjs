// Peer adapter: Checkov's Kubernetes check fixtures (bridgecrewio/checkov, tests/kubernetes/checks).
//
// Each `test_<Name>.py` there runs one check (`checkov/kubernetes/checks/resource/k8s/<Check>.py`, whose
// `id = "CKV_K8S_N"`) over one `example_<Dir>` folder and asserts the number of passed and failed
// resources, and some also list them (`passing_resources`, `failing_resources`: `Kind.namespace.name`).
// A resource's expectation is, in this order: the table EXPECTED below (resources the file name and the
// test's lists do not decide, read from the check's source and its test); the test's own list; the file name (`...-FAILED.yaml`,
// `...PASSED.yaml`: exactly one of the two words). The counts are then checked against the test's summary, so a
// checkout whose fixtures moved fails loudly instead of measuring the wrong thing.
//
// Mapping (only checks whose concept a pci-lint rule expresses; any of the rules listed counts). Where one
// pci-lint rule reports several facts that are separate Checkov checks, the check maps to its fact only
// (`rule#messageId`; `rule~text` where one messageId serves several flags), so another fact of the same rule
// on that object neither agrees nor disagrees:
//
// | Checkov | Concept | pci-lint rules |
// | --- | --- | --- |
// | CKV_K8S_10..13 | CPU / memory requests and limits set | resource-limits |
// | CKV_K8S_15 | imagePullPolicy Always for images not pinned by digest | image-pull-policy |
// | CKV_K8S_16 | privileged container | privileged-container |
// | CKV_K8S_17, 18, 19 | hostPID, hostIPC, hostNetwork | pss-host-namespaces |
// | CKV_K8S_20 | allowPrivilegeEscalation not false | pss-privilege-escalation (privileged-container supersedes it) |
// | CKV_K8S_22 | read-only root filesystem | read-only-root-filesystem |
// | CKV_K8S_23 | root containers (runAsNonRoot / runAsUser 0) | run-as-non-root (pss-run-as-non-root also asks for runAsNonRoot: true, a stricter PSS fact) |
// | CKV_K8S_25 | added capabilities | pss-capabilities-baseline, pss-capabilities-restricted (at the restricted level) |
// | CKV_K8S_26 | hostPort | pss-host-ports |
// | CKV_K8S_27 | docker socket mounted (hostPath) | pss-host-path-volumes, pss-volume-types (which replaces it at the restricted level) |
// | CKV_K8S_28, 37 | NET_RAW / ALL not dropped | pss-capabilities-restricted |
// | CKV_K8S_31 | seccomp profile not runtime/default | pss-seccomp-restricted, pss-seccomp-baseline |
// | CKV_K8S_35 | Secrets as environment variables | secret-env-reference |
// | CKV_K8S_38 | ServiceAccount token mounted | automount-service-account-token |
// | CKV_K8S_39 | CAP_SYS_ADMIN added | pss-capabilities-baseline, pss-capabilities-restricted |
// | CKV_K8S_41 | the `default` ServiceAccount mounts its token (only ServiceAccounts named default) | service-account-automount |
// | CKV_K8S_43 | image pinned by digest | image-digest |
// | CKV_K8S_49 | wildcards in Roles | rbac-wildcard |
// | CKV_K8S_155..158 | roles granting webhook writes, CSR approval, bind, escalate | rbac-escalation-role, rbac-privilege-escalation: the findings that name that path (`~bind any role`, ...); rbac-csr-approval for 156 |
// | CKV_K8S_68 | apiserver --anonymous-auth | apiserver-anonymous-auth |
// | CKV_K8S_70 | apiserver --token-auth-file | apiserver-token-auth-file |
// | CKV_K8S_73 | apiserver --kubelet-certificate-authority | apiserver-kubelet-certificate-authority |
// | CKV_K8S_74 | apiserver AlwaysAllow authorization | apiserver-authorization-mode#alwaysAllow, #configAlwaysAllow |
// | CKV_K8S_75, 77 | apiserver --authorization-mode includes Node, RBAC | apiserver-authorization-mode: that mode lacking (`~lacks Node.`), or AlwaysAllow |
// | CKV_K8S_79, 85 | admission plugins AlwaysAdmit, NodeRestriction | apiserver-admission-plugins#alwaysAdmit, #noNodeRestriction |
// | CKV_K8S_80 | admission plugin AlwaysPullImages | apiserver-always-pull-images |
// | CKV_K8S_86, 88 | apiserver insecure bind address / port | control-plane-insecure-port, control-plane-flag-lifecycle (the flags are removed: on the target release the API server refuses to start with them) |
// | CKV_K8S_90, 107, 114 | --profiling | control-plane-profiling |
// | CKV_K8S_91 | apiserver --audit-log-path | apiserver-audit-logging#noBackend (no log file and no webhook), or #noAudit (neither a policy nor a backend) |
// | CKV_K8S_92, 93 | audit log retention (max age, max backups) | apiserver-audit-log-retention |
// | CKV_K8S_96 | apiserver --service-account-lookup | apiserver-service-account-lookup |
// | CKV_K8S_99, 102 | apiserver client certificate / CA for etcd | etcd-tls#noEtcdClientCert, #noEtcdCa |
// | CKV_K8S_104 | apiserver --encryption-provider-config | apiserver-encryption-provider-config |
// | CKV_K8S_105 | apiserver TLS cipher suites | control-plane-tls-strength |
// | CKV_K8S_108 | controller-manager --use-service-account-credentials | controller-manager-service-account-credentials |
// | CKV_K8S_110, 111 | controller-manager --service-account-private-key-file, --root-ca-file | controller-manager-service-account-pki#noPrivateKey, #noRootCa |
// | CKV_K8S_113, 115 | controller-manager / scheduler --bind-address | control-plane-bind-address |
// | CKV_K8S_116 | etcd --cert-file/--key-file | etcd-tls |
// | CKV_K8S_117, 118 | etcd --client-cert-auth, --auto-tls | etcd-client-cert-auth#certAuthOff/#certAuthDefault, #autoTls |
// | CKV_K8S_119, 121 | etcd --peer-cert-file/--peer-key-file, --peer-client-cert-auth | etcd-peer-cert-auth#noPeerCert, #certAuthOff/#certAuthDefault |
// | CKV_K8S_138 | kubelet --anonymous-auth | kubelet-anonymous-auth |
// | CKV_K8S_139 | kubelet --authorization-mode | kubelet-authorization-mode |
// | CKV_K8S_140 | kubelet --client-ca-file | kubelet-client-authentication, its client-CA facts (#noClientCa, #flagNoClientCa, #containerNoClientCa, #containerClientCaDefault), not the webhook's |
// | CKV_K8S_141 | kubelet --read-only-port | kubelet-read-only-port |
// | CKV_K8S_143 | kubelet --streaming-connection-idle-timeout | kubelet-streaming-idle-timeout |
// | CKV_K8S_144 | kubelet --protect-kernel-defaults | kubelet-protect-kernel-defaults |
// | CKV_K8S_145 | kubelet --make-iptables-util-chains | kubelet-iptables-util-chains |
// | CKV_K8S_147 | kubelet --event-qps | kubelet-event-qps |
// | CKV_K8S_148 | kubelet --tls-cert-file/--tls-private-key-file | kubelet-serving-certificate |
// | CKV_K8S_149 | kubelet --rotate-certificates | kubelet-rotate-certificates |
// | CKV_K8S_151 | kubelet TLS cipher suites | kubelet-tls-strength |
//
// Not mapped (no pci-lint rule of that concept): probes (8, 9), image tag not latest (14: pci-lint asks
// for a digest), default namespace (21), PodSecurityPolicy contents (1-7, 24, 32, 36: pci-lint reports a
// PodSecurityPolicy as removed, whatever it holds), security context present (29, 30), high UID (40),
// bindings to the default ServiceAccount of any role (42: pci-lint judges the role's privileges), dashboard
// and Tiller (33, 34, 44, 45), request timeout, event rate limit and other CIS flags pci-lint has no rule for
// (69, 71, 72, 78, 81-84, 89, 94, 95, 97, 100, 106, 112, 146), nginx snippet CVE (152-154), git-sync (159).
// test_SuppressedAnnotations.py tests Checkov's suppression comments, not a concept, and is left out.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { divergenceLedger, documentValuesOf, listFiles } from './util.mjs';

export const name = 'checkov';
export const repository = 'bridgecrewio/checkov';

const CONTAINER_KINDS = ['CronJob', 'Pod', 'PodTemplate', 'Deployment', 'DeploymentConfig', 'DaemonSet', 'Job', 'ReplicaSet', 'ReplicationController', 'StatefulSet'];
const POD_KINDS = ['Pod', 'Deployment', 'DaemonSet', 'StatefulSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob'];
// Added capabilities: pss-capabilities-baseline below the restricted level; at the restricted level (the
// default) pss-capabilities-restricted, which reports each added capability and also a missing drop of ALL.
const CAPS_ADDED = ['pss-capabilities-baseline', 'pss-capabilities-restricted'];
// One escalation path of the role (or, bound, of the subject): the findings name each path they report by its label.
const rbacPath = (label) => [`rbac-escalation-role~${label}`, `rbac-privilege-escalation~${label}`];
// Facts of one pci-lint rule that are separate Checkov checks: the case counts only that fact's findings
// (`rule#messageId`, or `rule~text` where the messageId is shared by several flags).
const AUTHZ_ALWAYS_ALLOW = ['apiserver-authorization-mode#alwaysAllow', 'apiserver-authorization-mode#configAlwaysAllow'];
// A mode is missing when it is not listed; AlwaysAllow is reported alone (it allows everything), so it
// counts as the missing mode too.
const authzLacks = (mode) => [...AUTHZ_ALWAYS_ALLOW, `apiserver-authorization-mode~lacks ${mode}.`, `apiserver-authorization-mode~has no ${mode} authorizer`];
const ETCD_CLIENT_CERT_AUTH = ['etcd-client-cert-auth#certAuthOff', 'etcd-client-cert-auth#certAuthDefault'];
const ETCD_PEER_CERT_AUTH = ['etcd-peer-cert-auth#certAuthOff', 'etcd-peer-cert-auth#certAuthDefault'];

/** Checkov check id → the kinds it evaluates (from the check's supported_entities) and the pci-lint rules. */
const MAPPING = {
  CKV_K8S_10: [CONTAINER_KINDS, ['resource-limits']],
  CKV_K8S_11: [CONTAINER_KINDS, ['resource-limits']],
  CKV_K8S_12: [CONTAINER_KINDS, ['resource-limits']],
  CKV_K8S_13: [CONTAINER_KINDS, ['resource-limits']],
  CKV_K8S_15: [CONTAINER_KINDS, ['image-pull-policy']],
  CKV_K8S_16: [CONTAINER_KINDS, ['privileged-container']],
  CKV_K8S_17: [POD_KINDS, ['pss-host-namespaces']],
  CKV_K8S_18: [POD_KINDS, ['pss-host-namespaces']],
  CKV_K8S_19: [POD_KINDS, ['pss-host-namespaces']],
  CKV_K8S_20: [CONTAINER_KINDS, ['pss-privilege-escalation', 'privileged-container']],
  CKV_K8S_22: [CONTAINER_KINDS, ['read-only-root-filesystem']],
  CKV_K8S_23: [POD_KINDS, ['run-as-non-root']],
  CKV_K8S_25: [CONTAINER_KINDS, CAPS_ADDED],
  CKV_K8S_26: [CONTAINER_KINDS, ['pss-host-ports']],
  CKV_K8S_27: [POD_KINDS, ['pss-host-path-volumes', 'pss-volume-types']],
  CKV_K8S_28: [CONTAINER_KINDS, ['pss-capabilities-restricted']],
  CKV_K8S_31: [POD_KINDS, ['pss-seccomp-restricted', 'pss-seccomp-baseline']],
  CKV_K8S_35: [CONTAINER_KINDS, ['secret-env-reference']],
  CKV_K8S_37: [CONTAINER_KINDS, ['pss-capabilities-restricted']],
  CKV_K8S_38: [POD_KINDS, ['automount-service-account-token']],
  CKV_K8S_39: [CONTAINER_KINDS, CAPS_ADDED],
  CKV_K8S_41: [['ServiceAccount'], ['service-account-automount']],
  CKV_K8S_43: [CONTAINER_KINDS, ['image-digest']],
  CKV_K8S_49: [['Role', 'ClusterRole'], ['rbac-wildcard']],
  CKV_K8S_155: [['ClusterRole'], rbacPath('write admission webhook configurations')],
  CKV_K8S_156: [['ClusterRole'], ['rbac-csr-approval', ...rbacPath('approve certificate signing requests')]],
  CKV_K8S_157: [['Role', 'ClusterRole'], rbacPath('bind any role')],
  CKV_K8S_158: [['Role', 'ClusterRole'], rbacPath('escalate roles')],
  CKV_K8S_68: [CONTAINER_KINDS, ['apiserver-anonymous-auth']],
  CKV_K8S_70: [CONTAINER_KINDS, ['apiserver-token-auth-file']],
  CKV_K8S_73: [CONTAINER_KINDS, ['apiserver-kubelet-certificate-authority']],
  CKV_K8S_74: [CONTAINER_KINDS, AUTHZ_ALWAYS_ALLOW],
  CKV_K8S_75: [CONTAINER_KINDS, authzLacks('Node')],
  CKV_K8S_77: [CONTAINER_KINDS, authzLacks('RBAC')],
  CKV_K8S_79: [CONTAINER_KINDS, ['apiserver-admission-plugins#alwaysAdmit']],
  CKV_K8S_80: [CONTAINER_KINDS, ['apiserver-always-pull-images']],
  CKV_K8S_85: [CONTAINER_KINDS, ['apiserver-admission-plugins#noNodeRestriction']],
  CKV_K8S_86: [CONTAINER_KINDS, ['control-plane-insecure-port', 'control-plane-flag-lifecycle']],
  CKV_K8S_88: [CONTAINER_KINDS, ['control-plane-insecure-port', 'control-plane-flag-lifecycle']],
  CKV_K8S_90: [CONTAINER_KINDS, ['control-plane-profiling']],
  CKV_K8S_91: [CONTAINER_KINDS, ['apiserver-audit-logging#noBackend', 'apiserver-audit-logging#noAudit']],
  CKV_K8S_92: [CONTAINER_KINDS, ['apiserver-audit-log-retention']],
  CKV_K8S_93: [CONTAINER_KINDS, ['apiserver-audit-log-retention']],
  CKV_K8S_96: [CONTAINER_KINDS, ['apiserver-service-account-lookup']],
  CKV_K8S_99: [CONTAINER_KINDS, ['etcd-tls#noEtcdClientCert']],
  CKV_K8S_102: [CONTAINER_KINDS, ['etcd-tls#noEtcdCa']],
  CKV_K8S_104: [CONTAINER_KINDS, ['apiserver-encryption-provider-config']],
  CKV_K8S_105: [CONTAINER_KINDS, ['control-plane-tls-strength']],
  CKV_K8S_107: [CONTAINER_KINDS, ['control-plane-profiling']],
  CKV_K8S_108: [CONTAINER_KINDS, ['controller-manager-service-account-credentials']],
  CKV_K8S_110: [CONTAINER_KINDS, ['controller-manager-service-account-pki#noPrivateKey']],
  CKV_K8S_111: [CONTAINER_KINDS, ['controller-manager-service-account-pki#noRootCa']],
  CKV_K8S_113: [CONTAINER_KINDS, ['control-plane-bind-address']],
  CKV_K8S_114: [CONTAINER_KINDS, ['control-plane-profiling']],
  CKV_K8S_115: [CONTAINER_KINDS, ['control-plane-bind-address']],
  CKV_K8S_116: [CONTAINER_KINDS, ['etcd-tls']],
  CKV_K8S_117: [CONTAINER_KINDS, ETCD_CLIENT_CERT_AUTH],
  CKV_K8S_118: [CONTAINER_KINDS, ['etcd-client-cert-auth#autoTls']],
  CKV_K8S_119: [CONTAINER_KINDS, ['etcd-peer-cert-auth#noPeerCert']],
  CKV_K8S_121: [['Pod'], ETCD_PEER_CERT_AUTH],
  CKV_K8S_138: [CONTAINER_KINDS, ['kubelet-anonymous-auth']],
  CKV_K8S_139: [CONTAINER_KINDS, ['kubelet-authorization-mode']],
  CKV_K8S_140: [CONTAINER_KINDS, ['kubelet-client-authentication#noClientCa', 'kubelet-client-authentication#flagNoClientCa', 'kubelet-client-authentication#containerNoClientCa', 'kubelet-client-authentication#containerClientCaDefault']],
  CKV_K8S_141: [CONTAINER_KINDS, ['kubelet-read-only-port']],
  CKV_K8S_143: [CONTAINER_KINDS, ['kubelet-streaming-idle-timeout']],
  CKV_K8S_144: [CONTAINER_KINDS, ['kubelet-protect-kernel-defaults']],
  CKV_K8S_145: [CONTAINER_KINDS, ['kubelet-iptables-util-chains']],
  CKV_K8S_147: [CONTAINER_KINDS, ['kubelet-event-qps']],
  CKV_K8S_148: [CONTAINER_KINDS, ['kubelet-serving-certificate']],
  CKV_K8S_149: [CONTAINER_KINDS, ['kubelet-rotate-certificates']],
  CKV_K8S_151: [CONTAINER_KINDS, ['kubelet-tls-strength']],
};

/**
 * Resources whose file name does not say how Checkov judges them (both words, neither, or the file holds
 * resources of both outcomes), keyed `CHECK example_dir/file#Kind/name`. `unknown`: Checkov reports
 * neither (its check returns UNKNOWN: no container of that type, a malformed spec) and the test's counts
 * leave it out, so it is no case. Read from the check's source and its test's counts.
 */
const EXPECTED = {
  'CKV_K8S_10 example_Requests_Limits/pod-requests-limits-1FAILED1PASSED.yaml#Pod/frontend': 'fail',
  'CKV_K8S_11 example_Requests_Limits/pod-requests-limits-1FAILED1PASSED.yaml#Pod/frontend': 'fail',
  'CKV_K8S_11 example_Requests_Limits/pod-requests-limits-UNKNOWN2.yaml#Pod/frontend': 'pass',
  'CKV_K8S_12 example_Requests_Limits/pod-requests-limits-1FAILED1PASSED.yaml#Pod/frontend': 'fail',
  'CKV_K8S_13 example_Requests_Limits/pod-requests-limits-1FAILED1PASSED.yaml#Pod/frontend': 'fail',
  'CKV_K8S_13 example_Requests_Limits/pod-requests-limits-UNKNOWN2.yaml#Pod/frontend': 'pass',
  'CKV_K8S_20 example_AllowPrivilegeEscalation/pod-runas1000-malformed-PASSED.yaml#Pod/security-context-demo': 'unknown',
  'CKV_K8S_25 example_AllowedCapabilities/cronjob-UNKOWN.yaml#CronJob/hello': 'unknown',
  'CKV_K8S_27 example_DockerSocketVolume/cloudwatch-agent-1PASSED-1FAILED.yaml#DaemonSet/cloudwatch-agent': 'fail',
  'CKV_K8S_27 example_DockerSocketVolume/cloudwatch-agent-1PASSED-1FAILED.yaml#DaemonSet/fluentd-cloudwatch': 'pass',
  'CKV_K8S_27 example_DockerSocketVolume/scope-2PASSED-1FAILED.yaml#DaemonSet/weave-scope-agent': 'fail',
  'CKV_K8S_27 example_DockerSocketVolume/scope-2PASSED-1FAILED.yaml#Deployment/weave-scope-app': 'pass',
  'CKV_K8S_27 example_DockerSocketVolume/scope-2PASSED-1FAILED.yaml#Deployment/weave-scope-cluster-agent': 'pass',
  'CKV_K8S_31 example_Seccomp/template.yaml#Deployment/fdn-svc': 'pass',
  'CKV_K8S_37 example_DropCapabilities/pod-drop-NET_RAW-capabilities-PASSED.yaml#Pod/pod-drop-net-raw-capability': 'fail',
  'CKV_K8S_39 example_AllowedCapabilitiesSysAdmin/pod-FAILED2.yaml#Pod/security-context-demo-1': 'unknown',
};

// Where pci-lint's answer deliberately differs from Checkov's, and why (docs/precision.md, peer agreement).
const PSS_CAPS = 'the container does not drop ALL (or drops lower-case "all"): the restricted Pod Security Standard, pci-lint\'s default level, compares ALL exactly';
const SECCOMP_ANNOTATIONS = 'seccomp only through the alpha annotations, which current kubelets ignore: the Pod Security Standards ask for securityContext.seccompProfile';
export const divergences = divergenceLedger([
  {
    class: 'PSS restricted',
    why: PSS_CAPS,
    ids: [
      'CKV_K8S_25/example_AllowedCapabilities/cronjob-PASSED.yaml#CronJob/hello',
      'CKV_K8S_25/example_AllowedCapabilities/nginx-deployment-PASSED.yaml#Deployment/my-nginx',
      'CKV_K8S_39/example_AllowedCapabilitiesSysAdmin/cronjob-PASSED.yaml#CronJob/hello',
      'CKV_K8S_28/example_DropCapabilities/pod-drop-NET_RAW-capabilities-PASSED.yaml#Pod/pod-drop-net-raw-capability',
      'CKV_K8S_28/example_DropCapabilities/pod-drop-all-capabilities-PASSED2.yaml#Pod/pod-drop-all-capability',
      'CKV_K8S_37/example_DropCapabilities/pod-drop-all-capabilities-PASSED2.yaml#Pod/pod-drop-all-capability',
    ],
  },
  {
    class: 'PSS restricted',
    why: 'the DaemonSet\'s other hostPath volumes: the restricted Pod Security Standard forbids every hostPath, not only the Docker socket',
    ids: ['CKV_K8S_27/example_DockerSocketVolume/cloudwatch-agent-1PASSED-1FAILED.yaml#DaemonSet/fluentd-cloudwatch'],
  },
  {
    class: 'PSS restricted',
    why: SECCOMP_ANNOTATIONS,
    ids: [
      'CKV_K8S_31/example_Seccomp/cronjob-seccomp-PASSED.yaml#CronJob/cronjob-passed',
      'CKV_K8S_31/example_Seccomp/pod-seccomp-PASSED.yaml#Pod/seccomp-passed-metadata-annotations-docker',
      'CKV_K8S_31/example_Seccomp/pod-seccomp-PASSED2.yaml#Pod/seccomp-passed-metadata-annotations-runtime',
      'CKV_K8S_31/example_Seccomp/pod-seccomp-PASSED6.yaml#Deployment/seccomp-passed-metadata-annotations',
    ],
  },
  {
    class: 'Kubernetes semantics',
    why: 'audit log retention flags without --audit-log-path are inert; the missing log is apiserver-audit-logging\'s finding',
    ids: [
      'CKV_K8S_92/example_ApiServerAuditLogMaxAge/ApiServer-FAILED.yaml#Pod/kube-apiserver-fail',
      'CKV_K8S_93/example_ApiServerAuditLogMaxBackup/ApiServer-FAILED-2.yaml#Pod/kube-apiserver-low',
      'CKV_K8S_93/example_ApiServerAuditLogMaxBackup/ApiServer-FAILED.yaml#Pod/kube-apiserver-missing',
    ],
  },
  {
    class: 'Kubernetes semantics',
    why: 'bind on rolebindings grants nothing: the bind verb applies to roles and clusterroles',
    ids: ['CKV_K8S_157/example_RbacBindRoleBindings/clusterrole-failed-1.yaml#ClusterRole/test-should-fail-1'],
  },
  {
    class: 'Kubernetes default',
    why: 'no --authorization-mode means AlwaysAllow; --service-account-lookup defaults to true',
    ids: [
      'CKV_K8S_74/example_ApiServerAuthorizationModeNotAlwaysAllow/ApiServer-PASSED-2.yaml#Pod/kube-apiserver-no-mode',
      'CKV_K8S_96/example_ApiServerServiceAccountLookup/ApiServer-FAILED-2.yaml#Pod/kube-apiserver',
    ],
  },
  {
    class: 'version',
    why: '--insecure-port was removed in Kubernetes 1.24 (control-plane-flag-lifecycle); kubelet-iptables-util-chains applies only to releases before kube-proxy made its own chains',
    ids: ['CKV_K8S_88/example_ApiServerInsecurePort/api-server-insecure-port-PASSED.yaml#Pod/kube-apiserver', 'CKV_K8S_145/example_KubeletMakeIptablesUtilChains/KubeletMakeIptablesUtilChains-FAILED.yaml#Pod/kubelet'],
  },
  {
    class: 'fixture not valid',
    why: 'not valid Kubernetes: @sha256:123456 is not a digest, cipher names that do not exist (the server refuses to start), a malformed pod spec',
    ids: [
      'CKV_K8S_43/example_ImageDigest/imageWithTagAndDigest-PASSED.yaml#StatefulSet/kafka',
      'CKV_K8S_43/example_ImageDigest/kafka-PASSED.yaml#StatefulSet/kafka',
      'CKV_K8S_43/example_ImageDigest/kafka-withrepo-PASSED.yaml#StatefulSet/kafka',
      'CKV_K8S_105/example_ApiServerStrongCryptographicCiphers/ApiServerStrongCryptographicCiphers-FAILED.yaml#Pod/kube-apiserver',
      'CKV_K8S_151/example_KubeletCryptographicCiphers/KubeletCryptographicCiphers-FAILED.yaml#Pod/kube-apiserver',
      'CKV_K8S_23/example_RootContainers/rootContainersFAILED-malformed-spec.yaml#Pod/pod1',
    ],
  },
  {
    class: 'peer heuristic',
    why: 'Checkov asks for a .pem file name; any file is a valid CA or key file',
    ids: [
      'CKV_K8S_111/example_KubeControllerManagerRootCAFile/ApiServer-FAILED.yaml#Pod/kube-controller-manager-no-pem',
      'CKV_K8S_110/example_KubeControllerManagerServiceAccountPrivateKeyFile/ApiServer-FAILED.yaml#Pod/kube-controller-manager-no-pem',
    ],
  },
  {
    class: 'granularity',
    why: 'the controller manager sets no --root-ca-file or --service-account-private-key-file at all, which the same pci-lint rule reports (Checkov passes a flag left out)',
    ids: [
      'CKV_K8S_111/example_KubeControllerManagerRootCAFile/ApiServer-PASSED_2.yaml#Pod/kube-controller-manager-none',
      'CKV_K8S_110/example_KubeControllerManagerServiceAccountPrivateKeyFile/ApiServer-PASSED-2.yaml#Pod/kube-controller-manager-none',
    ],
  },
  {
    class: 'PCI threshold',
    why: '--event-qps=2 is below the kubelet\'s default: events beyond it are dropped, lost evidence for PCI DSS 10.2',
    ids: ['CKV_K8S_147/example_KubletEventCapture/KubletEventCapture-PASSED.yaml#Pod/kubelet'],
  },
  {
    class: 'explicit opt-in',
    why: 'automountServiceAccountToken: true is written on purpose: the pod (or account) asks for its token',
    ids: ['CKV_K8S_38/example_ServiceAccountTokens/ServiceAccountTokensFAILED.yaml#Pod/pod2', 'CKV_K8S_41/example_DefaultServiceAccount/DefaultServiceAccount-FAILED.yaml#ServiceAccount/default'],
  },
]);

const TESTS = 'tests/kubernetes/checks';
const CHECKS = 'checkov/kubernetes/checks/resource/k8s';
const SKIP_TESTS = new Set(['test_SuppressedAnnotations.py']);

/** The Kubernetes objects of one file, as Checkov reads them (List items spread, invalid objects dropped). */
function checkovObjectsOf(file) {
  return documentValuesOf(file).filter((o) => o && typeof o === 'object' && !Array.isArray(o) && 'apiVersion' in o && typeof o.kind === 'string' && o.metadata && typeof o.metadata === 'object' && !Array.isArray(o.metadata));
}

function stringSet(src, variable) {
  const m = new RegExp(`${variable}\\s*=\\s*\\{([^}]*)\\}`).exec(src);
  if (!m) return undefined;
  return new Set([...m[1].matchAll(/["']([^"']+)["']/g)].map((x) => x[1]));
}

function summaryCount(src, key) {
  const m =
    new RegExp(`summary\\[["']${key}["']\\]\\s*,\\s*(\\d+)`).exec(src) ?? new RegExp(`\\(\\s*(\\d+)\\s*,\\s*summary\\[["']${key}["']\\]`).exec(src);
  return m ? Number(m[1]) : undefined;
}

function fromFileName(file) {
  const base = path.basename(file);
  const fail = /fail/i.test(base);
  const pass = /pass/i.test(base);
  if (fail === pass) return undefined;
  return fail ? 'fail' : 'pass';
}

export async function* cases(dir) {
  const testsDir = path.join(dir, TESTS);
  for (const test of readdirSync(testsDir).sort()) {
    if (!/^test_.*\.py$/.test(test) || SKIP_TESTS.has(test)) continue;
    const src = readFileSync(path.join(testsDir, test), 'utf8');
    const mod = /from checkov\.kubernetes\.checks\.resource\.k8s\.(\w+) import check/.exec(src);
    const example = /(example_\w+)/.exec(src);
    if (!mod || !example) continue;
    const checkSrc = readFileSync(path.join(dir, CHECKS, `${mod[1]}.py`), 'utf8');
    const id = /id\s*=\s*"(CKV_K8S_\d+)"/.exec(checkSrc)?.[1];
    if (!id || !MAPPING[id]) continue;
    const [kinds, rules] = MAPPING[id];
    const passing = stringSet(src, 'passing_resources');
    const failing = stringSet(src, 'failing_resources');
    const want = { pass: summaryCount(src, 'passed'), fail: summaryCount(src, 'failed') };
    const got = { pass: 0, fail: 0 };
    const found = [];
    const seen = new Map();
    const exampleDir = path.join(testsDir, example[1]);
    for (const file of listFiles(exampleDir)) {
      const rel = path.relative(testsDir, file);
      for (const object of checkovObjectsOf(file)) {
        if (!kinds.includes(object.kind)) continue;
        const objName = object.metadata.name;
        const resourceId = `${object.kind}.${object.metadata.namespace ?? 'default'}.${objName}`;
        let expect = EXPECTED[`${id} ${rel}#${object.kind}/${objName}`];
        if (expect === undefined && passing?.has(resourceId)) expect = 'pass';
        else if (expect === undefined && failing?.has(resourceId)) expect = 'fail';
        else expect ??= fromFileName(file);
        if (expect === undefined || expect === 'unknown') continue;
        got[expect]++;
        // CKV_K8S_41 judges only the ServiceAccount named default; pci-lint asks every ServiceAccount.
        if (id === 'CKV_K8S_41' && objName !== 'default') continue;
        // Two objects of one kind and name in a file (fixtures repeat them) are two cases; the second id says which.
        const base = `${id}/${rel}#${object.kind}/${objName}`;
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        const namespace = typeof object.metadata.namespace === 'string' ? object.metadata.namespace : undefined;
        found.push({
          id: n === 1 ? base : `${base}@${n}`,
          check: id,
          files: [file],
          rules,
          expect,
          object: { kind: object.kind, name: objName, ...(namespace !== undefined && { namespace }) },
        });
      }
    }
    if ((want.pass !== undefined && want.pass !== got.pass) || (want.fail !== undefined && want.fail !== got.fail))
      throw new Error(
        `checkov ${test} (${id}): the test expects ${want.pass} passed and ${want.fail} failed, the adapter read ${got.pass} and ${got.fail}; update EXPECTED`,
      );
    yield* found;
  }
}
