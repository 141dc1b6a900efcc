import dedent from 'dedent';
import { staticPod } from '../../src/testing/control-plane.js';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './etcd-tls.js';

const APISERVER_TLS = ['--etcd-servers=https://127.0.0.1:2379', '--etcd-cafile=/etc/kubernetes/pki/etcd/ca.crt', '--etcd-certfile=/etc/kubernetes/pki/apiserver-etcd-client.crt', '--etcd-keyfile=/etc/kubernetes/pki/apiserver-etcd-client.key'];

testRule(rule, {
  valid: [
    { name: 'etcd with a serving certificate (1.37)', code: staticPod('etcd', '--cert-file=/etc/kubernetes/pki/etcd/server.crt', '--key-file=/etc/kubernetes/pki/etcd/server.key') },
    { name: 'kube-apiserver with the etcd CA and a client certificate (1.19)', target: '1.19', code: staticPod('kube-apiserver', ...APISERVER_TLS) },
    {
      name: 'kubeadm writes the etcd flags for its local etcd (1.30)',
      target: '1.30',
      code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n    profiling: "false"\n',
    },
    {
      name: 'kubeadm with an external etcd that names the files',
      code: dedent`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        etcd:
          external:
            endpoints: [https://etcd-0.example.com:2379]
            caFile: /etc/etcd/ca.crt
            certFile: /etc/etcd/apiserver.crt
            keyFile: /etc/etcd/apiserver.key
      `,
    },
    { name: 'etcd with --auto-tls is etcd-client-cert-auth\'s finding', code: staticPod('etcd', '--auto-tls=true') },
  ],
  invalid: [
    {
      name: 'etcd without a serving certificate (1.37)',
      code: staticPod('etcd', '--data-dir=/var/lib/etcd', '--key-file=/etc/etcd/server.key'),
      errors: [{ messageId: 'noServingCert', data: { missing: '--cert-file' }, line: 10, column: 7, endColumn: 14 }],
    },
    {
      name: 'kube-apiserver without the etcd CA or a client certificate (1.19)',
      target: '1.19',
      code: staticPod('kube-apiserver', '--etcd-servers=https://10.0.0.5:2379'),
      errors: [
        { messageId: 'noEtcdCa', line: 10, column: 7 },
        { messageId: 'noEtcdClientCert', data: { missing: '--etcd-certfile or --etcd-keyfile' }, line: 10, column: 7 },
      ],
    },
    {
      name: 'kube-apiserver reaches etcd over plain HTTP',
      code: staticPod('kube-apiserver', '--etcd-servers=http://10.0.0.5:2379'),
      errors: [{ messageId: 'plaintextEtcd', data: { url: 'http://10.0.0.5:2379' }, line: 12, column: 11 }],
    },
    {
      name: 'kubeadm with an external etcd without certificates (1.24)',
      target: '1.24',
      code: dedent`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        etcd:
          external:
            endpoints: [https://etcd-0.example.com:2379]
            caFile: /etc/etcd/ca.crt
            certFile: /etc/etcd/apiserver.crt
      `,
      errors: [{ messageId: 'noEtcdClientCert', data: { missing: '--etcd-certfile or --etcd-keyfile' }, line: 2, column: 1 }],
    },
  ],
});
