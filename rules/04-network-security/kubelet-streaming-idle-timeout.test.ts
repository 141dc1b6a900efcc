import { testRule } from '../../src/testing/rule-tester.js';
import rule from './kubelet-streaming-idle-timeout.js';

const kubelet = (body: string) => `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}`;

testRule(rule, {
  valid: [
    { name: 'a kubelet run by a container with no flag of this setting', code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kubelet\n  namespace: kube-system\nspec:\n  containers:\n    - name: kubelet\n      image: gcr.io/google_containers/kubelet-amd64:v1.6.0\n      command:\n        - kubelet\n        - --kubeconfig=/etc/kubernetes/kubelet.conf\n' },
    { name: '5 minutes (1.37)', code: kubelet('streamingConnectionIdleTimeout: 5m\n') },
    { name: 'exactly 15 minutes (1.19)', target: '1.19', code: kubelet('streamingConnectionIdleTimeout: 15m0s\n') },
    { name: 'kubeadm passes 10m (1.24)', target: '1.24', code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: InitConfiguration\nnodeRegistration:\n  kubeletExtraArgs:\n    streaming-connection-idle-timeout: 10m\n' },
  ],
  invalid: [
    {
      name: 'never, on a kubelet run by a container',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kubelet\n  namespace: kube-system\nspec:\n  containers:\n    - name: kubelet\n      image: gcr.io/google_containers/kubelet-amd64:v1.6.0\n      command:\n        - kubelet\n        - --streaming-connection-idle-timeout=0\n',
      errors: [{ messageId: 'containerNever', data: { container: 'kubelet', value: '0' }, line: 12, column: 11 }],
    },
    {
      name: 'longer than 15 minutes, on a kubelet run by a container',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kubelet\n  namespace: kube-system\nspec:\n  containers:\n    - name: kubelet\n      image: gcr.io/google_containers/kubelet-amd64:v1.6.0\n      command:\n        - kubelet\n        - --streaming-connection-idle-timeout=4h\n',
      errors: [{ messageId: 'containerLong', data: { container: 'kubelet', value: '4h' }, line: 12, column: 11 }],
    },
    { name: 'absent: 4h by default (1.37)', code: kubelet('readOnlyPort: 0\n'), errors: [{ messageId: 'unset', line: 2, column: 1, endColumn: 27 }] },
    { name: 'zero becomes 4h in the file (1.19)', target: '1.19', code: kubelet('streamingConnectionIdleTimeout: "0"\n'), errors: [{ messageId: 'zero', data: { value: '0' }, line: 3, column: 1 }] },
    { name: 'an hour (1.30)', target: '1.30', code: kubelet('streamingConnectionIdleTimeout: 1h\n'), errors: [{ messageId: 'long', data: { value: '1h' }, line: 3, column: 1 }] },
    {
      name: 'kubeadm flag 0: never closed (1.24)',
      target: '1.24',
      code: 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: JoinConfiguration\nnodeRegistration:\n  kubeletExtraArgs:\n    - name: streaming-connection-idle-timeout\n      value: "0"\n',
      errors: [{ messageId: 'flagNever', data: { value: '0' }, line: 5, column: 7 }],
    },
    {
      name: 'kubeadm flag 2h (1.37)',
      code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: InitConfiguration\nnodeRegistration:\n  kubeletExtraArgs:\n    streaming-connection-idle-timeout: 2h\n',
      errors: [{ messageId: 'flagLong', data: { value: '2h' }, line: 5, column: 5 }],
    },
  ],
});
