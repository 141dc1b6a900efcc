import { testRule } from '../../src/testing/rule-tester.js';
import rule from './kubelet-client-authentication.js';

const kubelet = (body: string) => `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}`;
const KUBEADM_LIKE = 'authentication:\n  anonymous:\n    enabled: false\n  webhook:\n    enabled: true\n  x509:\n    clientCAFile: /etc/kubernetes/pki/ca.crt\n';

testRule(rule, {
  valid: [
    { name: 'a kubelet run by a container with a config file and no flag of this setting: the file decides', code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kubelet\n  namespace: kube-system\nspec:\n  containers:\n    - name: kubelet\n      image: gcr.io/google_containers/kubelet-amd64:v1.6.0\n      command:\n        - kubelet\n        - --kubeconfig=/etc/kubernetes/kubelet.conf\n        - --config=/var/lib/kubelet/config.yaml\n' },
    { name: 'a kubelet run by a container whose flags may come from a $(VAR) reference', code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kubelet\n  namespace: kube-system\nspec:\n  containers:\n    - name: kubelet\n      image: gcr.io/google_containers/kubelet-amd64:v1.6.0\n      command:\n        - kubelet\n        - $(KUBELET_EXTRA_ARGS)\n' },
    { name: 'a kubelet run by a container with both flags and no config file', code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kubelet\n  namespace: kube-system\nspec:\n  containers:\n    - name: kubelet\n      image: gcr.io/google_containers/kubelet-amd64:v1.6.0\n      command:\n        - kubelet\n        - --authentication-token-webhook=true\n        - --client-ca-file=/etc/kubernetes/pki/ca.crt\n' },
    { name: 'webhook on, client CA set (1.37)', code: kubelet(KUBEADM_LIKE) },
    { name: 'webhook left out is on in a config file (1.19)', target: '1.19', code: kubelet('authentication:\n  x509:\n    clientCAFile: /etc/kubernetes/pki/ca.crt\n') },
    { name: 'kubeadm passes a client CA (1.24)', target: '1.24', code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: JoinConfiguration\nnodeRegistration:\n  kubeletExtraArgs:\n    client-ca-file: /etc/kubernetes/pki/ca.crt\n' },
  ],
  invalid: [
    {
      name: 'a kubelet run by a container with no config file: the flags left out are their defaults (webhook off, no client CA)',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kubelet\n  namespace: kube-system\nspec:\n  containers:\n    - name: kubelet\n      image: gcr.io/google_containers/kubelet-amd64:v1.6.0\n      command:\n        - kubelet\n        - --kubeconfig=/etc/kubernetes/kubelet.conf\n',
      errors: [
        { messageId: 'containerWebhookDefault', data: { container: 'kubelet' }, line: 8, column: 7 },
        { messageId: 'containerClientCaDefault', data: { container: 'kubelet' }, line: 8, column: 7 },
      ],
    },
    {
      name: 'hyperkube kubelet with the webhook on but no client CA and no config file',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kubelet\nspec:\n  containers:\n    - name: node\n      image: quay.io/coreos/hyperkube:v1.9.6\n      command: [hyperkube, kubelet, --authentication-token-webhook]\n',
      errors: [{ messageId: 'containerClientCaDefault', data: { container: 'node' }, line: 7, column: 7 }],
    },
    {
      name: 'webhook off and an empty client CA on a kubelet run by a container',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kubelet\n  namespace: kube-system\nspec:\n  containers:\n    - name: kubelet\n      image: gcr.io/google_containers/kubelet-amd64:v1.6.0\n      command:\n        - kubelet\n        - --authentication-token-webhook=false\n        - --client-ca-file=\n',
      errors: [
        { messageId: 'containerWebhookOff', data: { container: 'kubelet', value: 'false' }, line: 12, column: 11 },
        { messageId: 'containerNoClientCa', data: { container: 'kubelet' }, line: 13, column: 11 },
      ],
    },
    {
      name: 'webhook off (1.37)',
      code: kubelet(KUBEADM_LIKE.replace('enabled: true', 'enabled: false')),
      errors: [{ messageId: 'webhookOff', data: { value: 'false' }, line: 7, column: 5 }],
    },
    { name: 'no authentication section at all (1.19)', target: '1.19', code: kubelet('readOnlyPort: 0\n'), errors: [{ messageId: 'noClientCa', line: 2, column: 1, endColumn: 5 }] },
    {
      name: 'x509 without a CA file (1.30)',
      target: '1.30',
      code: kubelet('authentication:\n  x509: {}\n'),
      errors: [{ messageId: 'noClientCa', line: 4, column: 3, endColumn: 7 }],
    },
    {
      name: 'kubeadm turns the webhook off and empties the CA (1.24)',
      target: '1.24',
      code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: InitConfiguration\nnodeRegistration:\n  kubeletExtraArgs:\n    authentication-token-webhook: "false"\n    client-ca-file: ""\n',
      errors: [
        { messageId: 'flagWebhookOff', data: { value: 'false' }, line: 5, column: 5 },
        { messageId: 'flagNoClientCa', line: 6, column: 5 },
      ],
    },
  ],
});
