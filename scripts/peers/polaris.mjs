// Polaris's own check fixtures (test/checks/<check>/{success,failure}*.yaml) as peer-agreement cases.
// Polaris's test (test/schema_test.go) lints each file alone with only that check on: a file whose name holds
// "failure" must fail it, every other file must pass; `mutated*.yaml` files are expected outputs of its
// mutation test, not inputs, and are left out. One case per fixture file of a check mapped below.
//
// Mapping: MAPPING below (Polaris check -> the pci-lint rules that express the same concept; any of them
// counts; `rule#messageId` and `rule~text` narrow a rule to one of its messages, see
// scripts/peer-agreement-core.mjs). `on` names the object a finding must be on: 'workload' (the one pod or
// pod template of the file), a kind, or nothing (any object of the file: the automount fact may be reported
// on the pod's ServiceAccount, which then stands for the pod).
//
// Not mapped, no pci-lint counterpart: cpuRequestsMissing and memoryRequestsMissing (pci-lint asks for
// limits and requests together but Polaris's fixtures test each alone), deploymentMissingReplicas,
// hpaMaxAvailability, hpaMinAvailability, livenessProbeMissing, readinessProbeMissing,
// metadataAndInstanceMismatched, missingPodDisruptionBudget, pdbDisruptionsIsZero,
// pdbMinAvailableGreaterThanHPAMinReplicas, priorityClassNotSet, topologySpreadConstraint, resourceRange,
// nakedPod, oneController (reliability and efficiency). Concept differs:
//   - clusterrolePodExecAttach, rolePodExecAttach: a role that allows pods/exec, bound or not; pci-lint
//     judges exec where a binding grants it to a subject (rbac-privilege-escalation); unbound roles are
//     reported only for the permissions that escalate by themselves (escalate, bind, impersonate, CSR
//     approval, webhooks, nodes/proxy: rbac-escalation-role).
//   - linuxHardening (any one of AppArmor, seccomp, SELinux or dropped capabilities): pci-lint asks for each
//     of them (seccomp, capabilities) by its own rule, so no one rule says what this check says.
//   - missingNetworkPolicy (a policy selecting the pod with ingress and egress rules): pci-lint asks for a
//     namespace default-deny policy (network-default-deny), a different control.
import path from 'node:path';
import { divergenceLedger, listFiles, objectsOf, WORKLOAD_KINDS } from './util.mjs';

export const name = 'polaris';
export const repository = 'FairwindsOps/polaris';

/** Polaris check -> { rules, on: which object a finding must be on ('workload' | kind) }. */
// Where pci-lint's answer deliberately differs from Polaris's, and why (docs/precision.md, peer agreement).
const NAME_EXEMPT = 'Polaris exempts bindings by name (system: prefix, gce:podsecuritypolicy:calico-sa, a binding called cluster-admin, a check split by role kind); a name does not limit what a binding grants, and one written that way would grant it unseen';
export const divergences = divergenceLedger([
  {
    class: 'explicit opt-in',
    why: 'the pod sets automountServiceAccountToken: true, so it asks for its token to call the API',
    ids: ['automountServiceAccountToken/failure.all_true.yaml', 'automountServiceAccountToken/failure.pod_true_serviceaccount_false.yaml'],
  },
  {
    class: 'name exemption',
    why: NAME_EXEMPT,
    ids: [
      'clusterrolebindingClusterAdmin/success.gce_calico_binding.yaml',
      'clusterrolebindingClusterAdmin/success.system_prefix_binding.yaml',
      'clusterrolebindingPodExecAttach/success.defaultclusterrolebinding_clusteradmin.yaml',
      'clusterrolebindingPodExecAttach/success.defaultclusterrolebinding_system-controller-generic-garbage-collector.yaml',
      'clusterrolebindingPodExecAttach/success.gce_calico_binding.yaml',
      'clusterrolebindingPodExecAttach/success.system_prefix_binding.yaml',
      'rolebindingClusterAdminClusterRole/success.gce_calico_binding.yaml',
      'rolebindingClusterAdminClusterRole/success.system_prefix_binding.yaml',
      'rolebindingClusterAdminRole/success.gce_calico_binding.yaml',
      'rolebindingClusterAdminRole/success.system_prefix_binding.yaml',
      'rolebindingClusterRolePodExecAttach/success.gce_calico_binding.yaml',
      'rolebindingClusterRolePodExecAttach/success.system_prefix_binding.yaml',
      'rolebindingRolePodExecAttach/success.gce_calico_binding.yaml',
      'rolebindingRolePodExecAttach/success.role_binding_cluster_role_binding.yaml',
      'rolebindingRolePodExecAttach/success.system_prefix_binding.yaml',
    ],
  },
  {
    class: 'version',
    why: 'get on pods/exec or pods/attach runs commands only before Kubernetes 1.35 (AuthorizePodWebsocketUpgradeCreatePermission); the fixture states no version, so the default target applies',
    ids: ['PodExecAttach/failure.get_attach_and_exec_using_resource_wildcard.yaml', 'PodExecAttach/failure.get_attach_using_apigroup_wildcard.yaml', 'PodExecAttach/failure.get_exec_using_apigroup_wildcard.yaml'].flatMap((tail) =>
      ['clusterrolebinding', 'rolebindingClusterRole', 'rolebindingRole'].map((head) => head + tail),
    ),
  },
  {
    class: 'not in the input',
    why: 'the binding names a role the input does not hold: what it grants is unknown, and reporting it would guess',
    ids: ['clusterrolebindingPodExecAttach', 'rolebindingClusterRolePodExecAttach', 'rolebindingRolePodExecAttach'].map((check) => `${check}/failure.binding_points_to_missing_ref.yaml`),
  },
  {
    class: 'PSS restricted',
    why: 'the container does not drop ALL (or drops "All"): the restricted Pod Security Standard, pci-lint\'s default level, compares ALL exactly, so it keeps the runtime\'s default set',
    ids: ['insecureCapabilities/success.all.yaml', 'insecureCapabilities/success.case.yaml', 'insecureCapabilities/success.pod.yaml', 'insecureCapabilities/success.yaml'],
  },
  {
    class: 'Kubernetes default',
    why: 'an image without a tag and without imagePullPolicy is defaulted to Always by the API server',
    ids: ['pullPolicyNotAlways/failure.cron-job.yaml', 'pullPolicyNotAlways/failure.yaml'],
  },
  {
    class: 'fixture not valid',
    why: 'apiVersion v1 with kind Deployment: kubectl rejects it',
    ids: ['runAsRootAllowed/failure.yaml'],
  },
  {
    class: 'placeholder',
    why: 'the value is a placeholder (xxxxx, or a "PEM" of three dashes), which real manifests use where no credential is written',
    ids: [
      'sensitiveConfigmapContent/failure.key_aws_secret_access_key.yaml',
      'sensitiveConfigmapContent/failure.key_azure_batch_key.yaml',
      'sensitiveConfigmapContent/failure.key_oci_cli_key_content.yaml',
      'sensitiveContainerEnvVar/failure.value_private_key.yaml',
    ],
  },
]);

export const MAPPING = {
  automountServiceAccountToken: { rules: ['automount-service-account-token'] },
  // A binding to cluster-admin or to a role granting every verb (or all seven) on every resource of every group.
  clusterrolebindingClusterAdmin: { rules: ['rbac-cluster-admin-binding'] },
  rolebindingClusterAdminClusterRole: { rules: ['rbac-cluster-admin-binding'] },
  rolebindingClusterAdminRole: { rules: ['rbac-cluster-admin-binding'] },
  // A binding whose role allows exec or attach into pods.
  clusterrolebindingPodExecAttach: { rules: ['rbac-privilege-escalation~pods/', 'rbac-cluster-admin-binding'] },
  rolebindingClusterRolePodExecAttach: { rules: ['rbac-privilege-escalation~pods/', 'rbac-cluster-admin-binding'] },
  rolebindingRolePodExecAttach: { rules: ['rbac-privilege-escalation~pods/', 'rbac-cluster-admin-binding'] },
  cpuLimitsMissing: { rules: ['resource-limits~cpu limit'], on: 'workload' },
  memoryLimitsMissing: { rules: ['resource-limits~memory limit'], on: 'workload' },
  // Adding ALL, SYS_ADMIN or NET_ADMIN; at the restricted level pci-lint reports added capabilities with
  // pss-capabilities-restricted (forbiddenAdd) instead of pss-capabilities-baseline.
  dangerousCapabilities: { rules: ['pss-capabilities-baseline', 'pss-capabilities-restricted#forbiddenAdd'], on: 'workload' },
  insecureCapabilities: { rules: ['pss-capabilities-restricted'], on: 'workload' },
  hostIPCSet: { rules: ['pss-host-namespaces'], on: 'workload' },
  hostNetworkSet: { rules: ['pss-host-namespaces'], on: 'workload' },
  hostPIDSet: { rules: ['pss-host-namespaces'], on: 'workload' },
  // At the restricted level a hostPath volume is reported by pss-volume-types.
  hostPathSet: { rules: ['pss-host-path-volumes', 'pss-volume-types~hostPath'], on: 'workload' },
  hostPortSet: { rules: ['pss-host-ports'], on: 'workload' },
  hostProcess: { rules: ['pss-windows-host-process', 'windows-host-process'], on: 'workload' },
  notReadOnlyRootFilesystem: { rules: ['read-only-root-filesystem'], on: 'workload' },
  privilegeEscalationAllowed: { rules: ['pss-privilege-escalation'], on: 'workload' },
  procMount: { rules: ['pss-proc-mount', 'pss-proc-mount-restricted'], on: 'workload' },
  pullPolicyNotAlways: { rules: ['image-pull-policy'], on: 'workload' },
  runAsPrivileged: { rules: ['privileged-container'], on: 'workload' },
  runAsRootAllowed: { rules: ['run-as-non-root', 'pss-run-as-non-root'], on: 'workload' },
  sensitiveConfigmapContent: { rules: ['secret-in-configmap'], on: 'ConfigMap' },
  sensitiveContainerEnvVar: { rules: ['secret-in-env'], on: 'workload' },
  tlsSettingsMissing: { rules: ['ingress-tls'], on: 'Ingress' },
};

/** The object of `file` a finding must be on, when exactly one object of that sort is there. */
function objectFor(file, on) {
  if (!on) return undefined;
  const objects = objectsOf(file).filter((o) => (on === 'workload' ? WORKLOAD_KINDS.has(o.kind) : o.kind === on));
  if (objects.length !== 1) return undefined;
  const o = objects[0];
  return { kind: o.kind, ...(o.name !== undefined && { name: o.name }) };
}

export async function* cases(dir) {
  const base = path.join(dir, 'test', 'checks');
  for (const check of Object.keys(MAPPING).sort()) {
    const { rules, on } = MAPPING[check];
    for (const file of listFiles(path.join(base, check), ['.yaml', '.yml'])) {
      const fileName = path.basename(file);
      if (fileName === 'check.yaml' || fileName.includes('mutated')) continue;
      const object = objectFor(file, on);
      yield {
        id: `${check}/${fileName}`,
        check,
        files: [file],
        rules,
        expect: fileName.includes('failure') ? 'fail' : 'pass',
        ...(object && { object }),
      };
    }
  }
}
