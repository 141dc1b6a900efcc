import { defineRule } from '../../src/engine/rule.js';
import { PSS_CHECKS, pssImplementation, resolvePssPolicy } from '../../src/k8s/pss.js';
import { isSet, listField, stringField, workloadName } from '../../src/model/pod-security.js';

const CHECK = PSS_CHECKS.hostPathVolumes;

export default defineRule({
  meta: {
    id: 'pss-host-path-volumes',
    pci: ['3.1'],
    requirements: ['2.2.3', '2.2.6'],
    inputs: ['workload'],
    severity: 'error',
    checksPatches: true,
    pss: { level: CHECK.level, check: CHECK.id },
    docs: {
      summary: 'Pods must not mount hostPath volumes (PSS baseline "HostPath Volumes").',
      rationale:
        'A hostPath volume exposes the node\'s file system to the container: the container runtime socket, kubelet credentials, other pods\' data and logs. ' +
        'PCI DSS container guidance 3.1 asks that workloads cannot reach the node or other workloads. ' +
        'At the restricted level pod-security-admission replaces this check with `pss-volume-types` (which forbids hostPath too), so this rule then stays silent.',
      fix: 'Replace the hostPath volume with an emptyDir, a ConfigMap or Secret, or a PersistentVolumeClaim.',
      references: [
        'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline (HostPath Volumes)',
        'kubernetes/pod-security-admission policy/check_hostPathVolumes.go',
      ],
    },
    messages: {
      hostPath:
        'Volume "{{volume}}" of {{workload}} is a hostPath volume, which exposes the node\'s file system to the pod.',
    },
    fixes: {
      hostPath: 'Use an emptyDir, ConfigMap, Secret or PersistentVolumeClaim instead.',
    },
  },
  visit: {
    PodSpec(ctx, spec) {
      if (!pssImplementation(CHECK, resolvePssPolicy(ctx.settings, ctx.target))) return;
      listField(spec.value, 'volumes').forEach((volume, i) => {
        if (!isSet(volume, 'hostPath')) return;
        ctx.report({
          at: spec.pathTo('volumes', i, 'hostPath'),
          part: 'key',
          messageId: 'hostPath',
          data: { volume: stringField(volume, 'name'), workload: workloadName(spec) },
        });
      });
    },
  },
});
