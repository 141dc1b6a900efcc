// kube-linter's own check fixtures (tests/checks/<check>.yml) as peer-agreement cases. Its end-to-end test
// (e2etests/bats-tests.sh) lints each file with only that check (`--include <check> --do-not-auto-add-defaults`)
// and asserts the reports by kind and message; the fixtures name every object that must not be reported
// `dont-fire...`, and every other object of the kinds the check looks at is reported (the asserted report
// counts match this for each mapped check). One case per object of those kinds: 'pass' for `dont-fire`
// objects, 'fail' for the others; objects sharing a kind and name in one file (two versions of one Role)
// are one case, 'fail' when any of them is not `dont-fire`.
//
// Mapping: MAPPING below. Not mapped, no pci-lint counterpart: probes and their ports, replicas, anti- and
// node affinity, PDB and HPA checks, dangling Services/Ingresses/NetworkPolicies/HPAs/ServiceMonitors,
// mismatching selectors, required labels and annotations, DNS options, duplicate env vars, env references
// to missing keys, sorted keys, job TTLs, restart policies, priority classes, target ports, use-namespace,
// non-existent or deprecated serviceAccount fields, kubeconform and CEL (custom checks), privileged ports,
// ssh-port (a container port; pci-lint's exposed-admin-port judges what a Service exposes). Concept differs:
// access-to-create-pods (pci-lint does not treat create pods as an escalation of its own), non-isolated-pod
// (a policy selecting the pod; pci-lint asks for a namespace default-deny policy), scc-deny-privileged-
// container (OpenShift SecurityContextConstraints, which pci-lint does not read).
import path from 'node:path';
import { divergenceLedger, objectsOf, WORKLOAD_KINDS } from './util.mjs';

export const name = 'kube-linter';
export const repository = 'stackrox/kube-linter';

const HOST_PATH = ['pss-host-path-volumes', 'pss-volume-types~hostPath'];
const BINDINGS = ['RoleBinding', 'ClusterRoleBinding'];

/** kube-linter check -> { rules, kinds: the objects it reports ('workload' for pods and templates, or kinds) }. */
// Where pci-lint's answer deliberately differs from kube-linter's, and why (docs/precision.md, peer agreement).
export const divergences = divergenceLedger([
  {
    class: 'PCI scope',
    why: 'Secrets readable through a RoleBinding stay in its namespace; pci-lint reports reading Secrets of every namespace, or through a pod that mounts the token',
    ids: ['access-to-secrets/RoleBinding/namespace-dev/role-binding1'],
  },
  {
    class: 'granularity',
    why: 'the binding to admin is not cluster-admin (agreed), but admin reads every Secret of the namespace, another fact of the same ServiceAccount rule',
    ids: ['cluster-admin-role-binding/ClusterRoleBinding/namespace-dev/dont-fire'],
  },
  {
    class: 'PSS restricted',
    why: 'the restricted Pod Security Standard, pci-lint\'s default level, forbids every hostPath volume (not only docker.sock) and asks for drop: [ALL] (not only NET_RAW)',
    ids: ['docker-sock/Deployment/dont-fire', 'docker-sock/DeploymentConfig/dont-fire', 'drop-net-raw-capability/Deployment/dont-fire', 'drop-net-raw-capability/DeploymentConfig/dont-fire'],
  },
  {
    class: 'PCI 3.2',
    why: 'a tag other than latest is still mutable: pci-lint asks for a digest (image-digest)',
    ids: ['latest-tag/Deployment/dont-fire', 'latest-tag/DeploymentConfig/dont-fire'],
  },
]);

export const MAPPING = {
  'access-to-secrets': { rules: ['rbac-privilege-escalation~Secrets', 'service-account-privileges~Secrets'], kinds: BINDINGS },
  'cluster-admin-role-binding': { rules: ['rbac-cluster-admin-binding', 'service-account-privileges~cluster-admin'], kinds: BINDINGS },
  'default-service-account': { rules: ['default-service-account'], kinds: 'workload' },
  'docker-sock': { rules: HOST_PATH, kinds: 'workload' },
  // NET_RAW not dropped; pci-lint (PSS restricted) asks for drop: ["ALL"].
  'drop-net-raw-capability': { rules: ['pss-capabilities-restricted'], kinds: 'workload' },
  'env-var-secret': { rules: ['secret-in-env'], kinds: 'workload' },
  'exposed-services': { rules: ['service-external-exposure', 'public-load-balancer'], kinds: ['Service'] },
  'host-ipc': { rules: ['pss-host-namespaces'], kinds: 'workload' },
  'host-network': { rules: ['pss-host-namespaces'], kinds: 'workload' },
  'host-pid': { rules: ['pss-host-namespaces'], kinds: 'workload' },
  'latest-tag': { rules: ['image-digest'], kinds: 'workload' },
  'no-extensions-v1beta': { rules: ['removed-api', 'deprecated-api'], kinds: 'any' },
  'no-read-only-root-fs': { rules: ['read-only-root-filesystem'], kinds: 'workload' },
  'privilege-escalation-container': { rules: ['pss-privilege-escalation', 'privileged-container'], kinds: 'workload' },
  'privileged-container': { rules: ['privileged-container'], kinds: 'workload' },
  'read-secret-from-env-var': { rules: ['secret-env-reference'], kinds: 'workload' },
  'run-as-non-root': { rules: ['run-as-non-root', 'pss-run-as-non-root'], kinds: 'workload' },
  'sensitive-host-mounts': { rules: HOST_PATH, kinds: 'workload' },
  'unsafe-proc-mount': { rules: ['pss-proc-mount', 'pss-proc-mount-restricted'], kinds: 'workload' },
  'unsafe-sysctls': { rules: ['pss-sysctls'], kinds: 'workload' },
  'unset-cpu-requirements': { rules: ['resource-limits~cpu'], kinds: 'workload' },
  'unset-memory-requirements': { rules: ['resource-limits~memory'], kinds: 'workload' },
  'wildcard-in-rules': { rules: ['rbac-wildcard'], kinds: ['Role', 'ClusterRole'] },
  'writable-host-mount': { rules: HOST_PATH, kinds: 'workload' },
};

const wanted = (kinds, kind) => (kinds === 'any' ? true : kinds === 'workload' ? WORKLOAD_KINDS.has(kind) : kinds.includes(kind));

export async function* cases(dir) {
  const checksDir = path.join(dir, 'tests', 'checks');
  for (const check of Object.keys(MAPPING).sort()) {
    const { rules, kinds } = MAPPING[check];
    const file = path.join(checksDir, `${check}.yml`);
    const byObject = new Map();
    for (const o of objectsOf(file)) {
      if (!wanted(kinds, o.kind)) continue;
      const key = `${o.kind}/${o.namespace ?? ''}/${o.name ?? ''}`;
      const fires = !String(o.name ?? '').includes('dont-fire');
      const entry = byObject.get(key);
      if (entry) entry.fires ||= fires;
      else byObject.set(key, { kind: o.kind, name: o.name, namespace: o.namespace, fires });
    }
    for (const o of byObject.values()) {
      yield {
        id: `${check}/${o.kind}/${o.namespace ? `${o.namespace}/` : ''}${o.name ?? ''}`,
        check,
        files: [file],
        rules,
        expect: o.fires ? 'fail' : 'pass',
        object: { kind: o.kind, ...(o.name !== undefined && { name: o.name }), ...(o.namespace !== undefined && { namespace: o.namespace }) },
      };
    }
  }
}
