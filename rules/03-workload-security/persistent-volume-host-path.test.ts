import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './persistent-volume-host-path.js';

testRule(rule, {
  valid: [
    {
      name: 'a CSI-backed PersistentVolume, a local one, and a pod volume (pss-host-path-volumes reports those)',
      code: dedent`
        apiVersion: v1
        kind: PersistentVolume
        metadata:
          name: data
        spec:
          capacity: {storage: 1Gi}
          accessModes: [ReadWriteOnce]
          csi: {driver: ebs.csi.aws.com, volumeHandle: vol-1}
        ---
        apiVersion: v1
        kind: PersistentVolume
        metadata:
          name: disk
        spec:
          capacity: {storage: 1Gi}
          accessModes: [ReadWriteOnce]
          local: {path: /mnt/disks/ssd1}
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
        spec:
          containers: [{name: c, image: nginx}]
          volumes: [{name: r, hostPath: {path: /}}]
      `,
    },
  ],
  invalid: [
    {
      name: 'a hostPath PersistentVolume of the node root, which a pod mounts through its claim',
      code: dedent`
        apiVersion: v1
        kind: PersistentVolume
        metadata:
          name: root
        spec:
          capacity: {storage: 1Gi}
          accessModes: [ReadWriteOnce]
          hostPath: {path: /}
        ---
        apiVersion: v1
        kind: PersistentVolumeClaim
        metadata:
          name: root
          namespace: shop
        spec:
          volumeName: root
          accessModes: [ReadWriteOnce]
          resources: {requests: {storage: 1Gi}}
      `,
      errors: [{ messageId: 'hostPath', data: { volume: 'root' }, line: 8, column: 3, endLine: 8, endColumn: 11 }],
    },
  ],
});
