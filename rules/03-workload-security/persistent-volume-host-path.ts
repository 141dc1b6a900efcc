import { defineRule, objectSubject } from '../../src/engine/rule.js';
import { isPlainObject } from '../../src/model/resource.js';

export default defineRule({
  meta: {
    id: 'persistent-volume-host-path',
    pci: ['3.1'],
    requirements: ['2.2.3', '2.2.6'],
    inputs: ['any-object'],
    severity: 'error',
    docs: {
      summary: 'PersistentVolumes must not be hostPath volumes: a pod that claims one reaches the node\'s file system without a hostPath volume of its own.',
      rationale:
        'The Pod Security Standards forbid hostPath volumes in pods, and allow persistentVolumeClaim volumes: a PersistentVolume with `spec.hostPath` hands the node\'s file system (with `/`, all of it: the container runtime socket, kubelet credentials, other pods\' data) to every pod whose claim binds it, past pss-host-path-volumes and pss-volume-types. ' +
        'PCI DSS container guidance 3.1 asks that workloads cannot reach the node or other workloads.',
      fix: 'Use a storage class backed by a CSI driver, or a `local` PersistentVolume on a disk meant for it, instead of a hostPath PersistentVolume.',
      references: ['https://kubernetes.io/docs/concepts/storage/volumes/#hostpath', 'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#types-of-persistent-volumes'],
    },
    messages: {
      hostPath: 'PersistentVolume "{{volume}}" is a hostPath volume: every pod whose claim binds it gets the node\'s file system at that path, which the Pod Security Standards forbid pods to mount themselves.',
    },
    fixes: {
      hostPath: 'Back the volume with a CSI driver or a local disk instead of a host path.',
    },
  },
  visit: {
    Resource(ctx, volume) {
      if (volume.kind !== 'PersistentVolume' || volume.group !== '') return;
      const spec: unknown = volume.value.spec;
      if (!isPlainObject(spec) || !isPlainObject(spec.hostPath)) return;
      const name = volume.name ?? '(unnamed)';
      ctx.report({ at: volume.pathTo('spec', 'hostPath'), part: 'key', messageId: 'hostPath', data: { volume: name }, about: [objectSubject('PersistentVolume', undefined, name)] });
    },
  },
});
