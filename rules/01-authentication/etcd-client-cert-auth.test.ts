import dedent from 'dedent';
import { staticPod } from '../../src/testing/control-plane.js';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './etcd-client-cert-auth.js';

testRule(rule, {
  valid: [
    staticPod('etcd', '--client-cert-auth=true', '--trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt'),
    { name: 'bare boolean flag', code: staticPod('etcd', '--client-cert-auth', '--auto-tls=false') },
    { name: 'kubeadm writes --client-cert-auth=true itself', code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\netcd:\n  local:\n    dataDir: /var/lib/etcd\n' },
    { name: 'external etcd is not kubeadm\'s to configure', code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\netcd:\n  external:\n    endpoints: [https://10.0.0.5:2379]\n' },
    {
      name: 'a shell script that only passes etcd as an argument to another program',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: catalog-db
        spec:
          containers:
            - name: tablet
              image: example.com/tablet:1.0
              command:
                - bash
                - -c
                - >-
                  set -e

                  exec /opt/tablet --topology etcd --topology-addr http://topo:2379
      `,
    },
  ],
  invalid: [
    {
      name: 'client cert auth off and auto TLS on',
      code: staticPod('etcd', '--client-cert-auth=false', '--auto-tls=true'),
      errors: [
        { messageId: 'certAuthOff', data: { value: 'false' }, line: 12, column: 11, endColumn: 35 },
        { messageId: 'autoTls', data: { value: 'true' }, line: 13, column: 11, endColumn: 26 },
      ],
    },
    {
      name: 'plain HTTP client listener next to an HTTPS one',
      code: staticPod('etcd', '--client-cert-auth=true', '--listen-client-urls=https://10.0.0.10:2379,http://127.0.0.1:2379'),
      errors: [{ messageId: 'plaintext', data: { url: 'http://127.0.0.1:2379', which: 'client' }, line: 13, column: 11 }],
    },
    {
      name: 'absent: defaults to false',
      code: staticPod('etcd', '--data-dir=/var/lib/etcd'),
      errors: [{ messageId: 'certAuthDefault', line: 10, column: 7 }],
    },
    {
      name: 'kubeadm extraArgs override the default',
      code: dedent`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        etcd:
          local:
            extraArgs:
              client-cert-auth: "false"
      `,
      errors: [{ messageId: 'certAuthOff', data: { value: 'false' }, line: 6, column: 7 }],
    },
  ],
});
