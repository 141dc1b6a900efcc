import { testRule } from '../../src/testing/rule-tester.js';
import rule from './kubelet-serving-certificate.js';

const kubelet = (body: string) => `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}`;

testRule(rule, {
  valid: [
    { name: 'serving certificate bootstrapped from the cluster CA (1.37)', code: kubelet('serverTLSBootstrap: true\n') },
    { name: 'a certificate file (1.19)', target: '1.19', code: kubelet('tlsCertFile: /var/lib/kubelet/pki/kubelet.crt\ntlsPrivateKeyFile: /var/lib/kubelet/pki/kubelet.key\n') },
    { name: 'a kubelet run by a container with its certificate and key', code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kubelet\n  namespace: kube-system\nspec:\n  containers:\n    - name: kubelet\n      image: gcr.io/google_containers/kubelet-amd64:v1.6.0\n      command:\n        - kubelet\n        - --tls-cert-file=/var/lib/kubelet/pki/kubelet.crt\n        - --tls-private-key-file=/var/lib/kubelet/pki/kubelet.key\n' },
    { name: 'a kubelet run by a container that bootstraps its serving certificate', code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kubelet\n  namespace: kube-system\nspec:\n  containers:\n    - name: kubelet\n      image: gcr.io/google_containers/kubelet-amd64:v1.6.0\n      command:\n        - kubelet\n        - --rotate-server-certificates=true\n' },
    { name: 'a kubelet run by a container with a config file: the file decides what the flags leave out', code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kubelet\n  namespace: kube-system\nspec:\n  containers:\n    - name: kubelet\n      image: gcr.io/google_containers/kubelet-amd64:v1.6.0\n      command:\n        - kubelet\n        - --config=/var/lib/kubelet/config.yaml\n        - --tls-cert-file=/var/lib/kubelet/pki/kubelet.crt\n' },
  ],
  invalid: [
    {
      name: 'a kubelet run by a container with a certificate but no key and no config file',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kubelet\n  namespace: kube-system\nspec:\n  containers:\n    - name: kubelet\n      image: gcr.io/google_containers/kubelet-amd64:v1.6.0\n      command:\n        - kubelet\n        - --tls-cert-file=/var/lib/kubelet/pki/kubelet.crt\n',
      errors: [{ messageId: 'containerHalfPair', data: { container: 'kubelet', given: 'tls-cert-file', missing: 'tls-private-key-file' }, line: 12, column: 11 }],
    },
    {
      name: 'a kubelet run by a container with neither certificate flag and no config file: self-signed',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kubelet\n  namespace: kube-system\nspec:\n  containers:\n    - name: kubelet\n      image: gcr.io/google_containers/kubelet-amd64:v1.6.0\n      command:\n        - kubelet\n        - --kubeconfig=/etc/kubernetes/kubelet.conf\n        - --rotate-server-certificates=false\n',
      errors: [{ messageId: 'containerSelfSigned', data: { container: 'kubelet' }, line: 8, column: 7 }],
    },
    { name: 'neither: self-signed (1.37)', code: kubelet('readOnlyPort: 0\n'), errors: [{ messageId: 'selfSigned', line: 2, column: 1, endColumn: 27 }] },
    { name: 'bootstrap off (1.19)', target: '1.19', code: kubelet('serverTLSBootstrap: false\n'), errors: [{ messageId: 'selfSigned', line: 3, column: 1 }] },
  ],
});
