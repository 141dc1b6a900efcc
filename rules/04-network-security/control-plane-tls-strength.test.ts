import dedent from 'dedent';
import { staticPod } from '../../src/testing/control-plane.js';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './control-plane-tls-strength.js';

testRule(rule, {
  valid: [
    { name: 'no TLS flags: the secure-serving default is TLS 1.2 (1.37)', code: staticPod('kube-apiserver', '--secure-port=6443') },
    { name: 'no TLS flags (1.19)', target: '1.19', code: staticPod('kube-scheduler', '--bind-address=127.0.0.1') },
    {
      name: 'TLS 1.3 and strong suites',
      code: staticPod('kube-apiserver', '--tls-min-version=VersionTLS13', '--tls-cipher-suites=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305'),
    },
    { name: 'etcd --tls-min-version=TLS1.3 (1.37)', code: staticPod('etcd', '--tls-min-version=TLS1.3', '--cipher-suites=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256') },
    { name: 'etcd --tls-min-version=TLS1.2 (1.24)', target: '1.24', code: staticPod('etcd', '--tls-min-version=TLS1.2') },
    { name: 'etcd with strong suites (1.24)', target: '1.24', code: staticPod('etcd', '--cipher-suites=TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384') },
    { name: 'an unknown suite name is not judged here (the component refuses it at start-up)', code: staticPod('kube-apiserver', '--tls-cipher-suites=TLS_MADE_UP') },
  ],
  invalid: [
    {
      name: 'kube-apiserver accepts TLS 1.0 (1.37)',
      code: staticPod('kube-apiserver', '--tls-min-version=VersionTLS10'),
      errors: [{ messageId: 'weakVersion', data: { component: 'kube-apiserver', value: 'VersionTLS10' }, line: 12, column: 11 }],
    },
    {
      name: 'kubeadm: the controller manager accepts TLS 1.1 (1.19)',
      target: '1.19',
      code: dedent`
        apiVersion: kubeadm.k8s.io/v1beta2
        kind: ClusterConfiguration
        controllerManager:
          extraArgs:
            tls-min-version: VersionTLS11
      `,
      errors: [{ messageId: 'weakVersion', data: { component: 'kube-controller-manager', value: 'VersionTLS11' }, line: 5, column: 5 }],
    },
    {
      name: 'insecure and weak suites, one finding each',
      code: staticPod('kube-apiserver', '--tls-cipher-suites=TLS_RSA_WITH_3DES_EDE_CBC_SHA,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_RC4_128_SHA'),
      errors: [
        {
          messageId: 'insecureCiphers',
          data: { component: 'kube-apiserver', flag: 'tls-cipher-suites', suites: 'TLS_RSA_WITH_3DES_EDE_CBC_SHA, TLS_ECDHE_RSA_WITH_RC4_128_SHA' },
          line: 12,
          column: 11,
          severity: 'error',
        },
        { messageId: 'weakCiphers', data: { component: 'kube-apiserver', flag: 'tls-cipher-suites', suites: 'TLS_RSA_WITH_AES_128_GCM_SHA256' }, line: 12, column: 11, severity: 'warning' },
      ],
    },
    {
      name: 'etcd --cipher-suites with a CBC-SHA1 suite (1.24)',
      target: '1.24',
      code: staticPod('etcd', '--cipher-suites=TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA'),
      errors: [{ messageId: 'weakCiphers', data: { component: 'etcd', flag: 'cipher-suites', suites: 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA' }, line: 12, column: 11, severity: 'warning' }],
    },
    {
      name: 'etcd --cipher-suites with 3DES beside --tls-min-version=TLS1.2: only the suites are judged (1.37)',
      code: staticPod('etcd', '--tls-min-version=TLS1.2', '--cipher-suites=TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256'),
      errors: [{ messageId: 'insecureCiphers', data: { component: 'etcd', flag: 'cipher-suites', suites: 'TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA' }, line: 13, column: 11 }],
    },
  ],
});
