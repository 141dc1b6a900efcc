import { testRule } from '../../src/testing/rule-tester.js';
import rule from './kubelet-tls-strength.js';

const kubelet = (body: string) => `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}`;

testRule(rule, {
  valid: [
    { name: 'a kubelet run by a container with no flag of this setting', code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kubelet\n  namespace: kube-system\nspec:\n  containers:\n    - name: kubelet\n      image: gcr.io/google_containers/kubelet-amd64:v1.6.0\n      command:\n        - kubelet\n        - --kubeconfig=/etc/kubernetes/kubelet.conf\n' },
    { name: 'TLS 1.2 with strong suites (1.37)', code: kubelet('tlsMinVersion: VersionTLS12\ntlsCipherSuites: [TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256]\n') },
    { name: 'nothing written is not judged (1.19)', target: '1.19', code: kubelet('readOnlyPort: 0\n') },
    { name: 'kubeadm passes TLS 1.3 (1.24)', target: '1.24', code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: JoinConfiguration\nnodeRegistration:\n  kubeletExtraArgs:\n    tls-min-version: VersionTLS13\n' },
  ],
  invalid: [
    {
      name: 'TLS 1.0 on a kubelet run by a container',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kubelet\n  namespace: kube-system\nspec:\n  containers:\n    - name: kubelet\n      image: gcr.io/google_containers/kubelet-amd64:v1.6.0\n      command:\n        - kubelet\n        - --tls-min-version=VersionTLS10\n',
      errors: [{ messageId: 'weakVersion', data: { setting: '--tls-min-version', value: 'VersionTLS10' }, line: 12, column: 11 }],
    },
    {
      name: 'KubeletConfiguration with TLS 1.1 and an RC4 suite (1.37)',
      code: kubelet('tlsMinVersion: VersionTLS11\ntlsCipherSuites:\n  - TLS_ECDHE_RSA_WITH_RC4_128_SHA\n  - TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\n'),
      errors: [
        { messageId: 'weakVersion', data: { setting: 'tlsMinVersion', value: 'VersionTLS11' }, line: 3, column: 1, severity: 'error' },
        { messageId: 'insecureCiphers', data: { setting: 'tlsCipherSuites', suites: 'TLS_ECDHE_RSA_WITH_RC4_128_SHA' }, line: 4, column: 1, severity: 'error' },
      ],
    },
    {
      name: 'kubeadm kubeletExtraArgs with TLS 1.0 and an RSA suite (1.19)',
      target: '1.19',
      code: 'apiVersion: kubeadm.k8s.io/v1beta2\nkind: InitConfiguration\nnodeRegistration:\n  kubeletExtraArgs:\n    tls-min-version: VersionTLS10\n    tls-cipher-suites: TLS_RSA_WITH_AES_128_GCM_SHA256\n',
      errors: [
        { messageId: 'weakVersion', data: { setting: '--tls-min-version', value: 'VersionTLS10' }, line: 5, column: 5, severity: 'error' },
        { messageId: 'weakCiphers', data: { setting: '--tls-cipher-suites', suites: 'TLS_RSA_WITH_AES_128_GCM_SHA256' }, line: 6, column: 5, severity: 'warning' },
      ],
    },
  ],
});
