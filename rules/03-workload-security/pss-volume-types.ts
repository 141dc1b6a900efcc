import { defineRule } from '../../src/engine/rule.js';
import { PSS_CHECKS, pssImplementation, resolvePssPolicy } from '../../src/k8s/pss.js';
import { isSet, listField, stringField, workloadName } from '../../src/model/pod-security.js';

const CHECK = PSS_CHECKS.restrictedVolumes;

export default defineRule({
  meta: {
    id: 'pss-volume-types',
    pci: ['3.1'],
    requirements: ['2.2.6'],
    inputs: ['workload'],
    severity: 'error',
    checksPatches: true,
    pss: { level: CHECK.level, check: CHECK.id },
    docs: {
      summary: 'At the restricted level, pods may only use configMap, csi, downwardAPI, emptyDir, ephemeral, image, persistentVolumeClaim, projected and secret volumes (PSS restricted "Volume Types").',
      rationale:
        'Inline volume sources such as hostPath, nfs, iscsi, rbd or gitRepo let a pod author reach node paths or storage outside the cluster\'s access controls, bypassing what PersistentVolumes and StorageClasses manage. ' +
        'PCI DSS container guidance 3.1 asks that workloads only reach what they are granted. ' +
        'This check replaces `pss-host-path-volumes` at the restricted level. `image` volumes are allowed, as current pod-security-admission allows them at every policy version. A volume without any source is allowed: the API server turns it into an emptyDir before admission.',
      fix: 'Replace the volume with one of the allowed types, for example a PersistentVolumeClaim bound to a PersistentVolume that the cluster administrators manage.',
      references: [
        'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted (Volume Types)',
        'kubernetes/pod-security-admission policy/check_restrictedVolumes.go',
      ],
    },
    messages: {
      forbiddenType:
        'Volume "{{volume}}" of {{workload}} is a {{type}} volume, which the restricted Pod Security Standard forbids.',
    },
    fixes: {
      forbiddenType: 'Use a configMap, secret, emptyDir, projected, downwardAPI, csi, ephemeral, image or persistentVolumeClaim volume instead.',
    },
  },
  visit: {
    PodSpec(ctx, spec) {
      const impl = pssImplementation(CHECK, resolvePssPolicy(ctx.settings, ctx.target));
      if (!impl) return;
      listField(spec.value, 'volumes').forEach((volume, i) => {
        if (impl.allowedSources.some((source) => isSet(volume, source))) return;
        // A volume without any known source is defaulted to emptyDir by the API server before admission.
        const type = impl.forbiddenSources.find((source) => isSet(volume, source));
        if (type === undefined) return;
        ctx.report({
          at: spec.pathTo('volumes', i, type),
          part: 'key',
          messageId: 'forbiddenType',
          data: { volume: stringField(volume, 'name'), workload: workloadName(spec), type },
        });
      });
    },
  },
});
