import dedent from 'dedent';
import { staticPod } from '../../src/testing/control-plane.js';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './etcd-peer-cert-auth.js';

testRule(rule, {
  valid: [
    staticPod(
      'etcd',
      '--peer-client-cert-auth=true',
      '--peer-trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt',
      '--peer-cert-file=/etc/kubernetes/pki/etcd/peer.crt',
      '--peer-key-file=/etc/kubernetes/pki/etcd/peer.key',
      '--listen-peer-urls=https://10.0.0.10:2380',
    ),
    { name: 'a single member on the default peer listener needs no peer certificate', code: staticPod('etcd', '--peer-client-cert-auth=true') },
    { name: 'the metrics listener may be plain HTTP', code: staticPod('etcd', '--peer-client-cert-auth=true', '--listen-metrics-urls=http://127.0.0.1:2381') },
    { name: 'kubeadm default', code: 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\netcd:\n  local:\n    extraArgs: []\n' },
  ],
  invalid: [
    {
      name: 'peer auto TLS in args',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: etcd
        spec:
          containers:
            - name: etcd
              image: registry.k8s.io/etcd:3.5.15-0
              args: ["--peer-client-cert-auth", "--peer-auto-tls"]
      `,
      errors: [{ messageId: 'autoTls', data: { value: 'true' }, line: 9, column: 41, endColumn: 58 }],
    },
    {
      name: 'plain HTTP peer listener, --flag value form',
      code: staticPod('etcd', '--peer-client-cert-auth=true', '--listen-peer-urls', 'http://10.0.0.10:2380'),
      errors: [{ messageId: 'plaintext', data: { url: 'http://10.0.0.10:2380', which: 'peer' }, line: 13, column: 11, endColumn: 29 }],
    },
    {
      name: 'an https:// peer listener with a key but no certificate',
      code: staticPod('etcd', '--peer-client-cert-auth=true', '--peer-key-file=/etc/kubernetes/pki/etcd/peer.key', '--listen-peer-urls=https://10.0.0.10:2380'),
      errors: [{ messageId: 'noPeerCert', data: { missing: '--peer-cert-file' }, line: 10, column: 7 }],
    },
    {
      name: 'a peer CA but neither certificate nor key, self-hosted in args',
      code: dedent`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: etcd
          namespace: kube-system
        spec:
          template:
            spec:
              containers:
                - name: etcd
                  image: registry.k8s.io/etcd:3.5.15-0
                  command: ["etcd"]
                  args: ["--peer-client-cert-auth=true", "--peer-trusted-ca-file=/pki/ca.crt"]
      `,
      errors: [{ messageId: 'noPeerCert', data: { missing: '--peer-cert-file or --peer-key-file' }, line: 13, column: 11 }],
    },
    {
      name: 'auto TLS makes its own certificate (reported as auto TLS only)',
      code: staticPod('etcd', '--peer-client-cert-auth=true', '--peer-auto-tls=true', '--listen-peer-urls=https://10.0.0.10:2380'),
      errors: [{ messageId: 'autoTls', data: { value: 'true' }, line: 13, column: 11 }],
    },
    {
      name: 'absent',
      code: staticPod('etcd', '--client-cert-auth=true'),
      errors: [{ messageId: 'certAuthDefault', line: 10, column: 7 }],
    },
    {
      name: 'explicitly off',
      code: staticPod('etcd', '--peer-client-cert-auth=false'),
      errors: [{ messageId: 'certAuthOff', data: { value: 'false' }, line: 12, column: 11 }],
    },
  ],
});
