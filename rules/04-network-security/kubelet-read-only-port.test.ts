import { testRule } from '../../src/testing/rule-tester.js';
import rule from './kubelet-read-only-port.js';

testRule(rule, {
  valid: [
    { name: 'the same flag on a container that does not run the kubelet', code: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n  containers:\n    - name: app\n      image: app:1\n      command: [\"app\", \"--read-only-port=10255\"]\n" },
    { name: 'kubeadm kubeletExtraArgs with a safe value', code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: InitConfiguration\nnodeRegistration:\n  kubeletExtraArgs:\n    read-only-port: "0"\n' },
    'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nreadOnlyPort: 0\n',
    { name: 'absent: the config-file default is 0', code: 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nport: 10250\n' },
  ],
  invalid: [
    {
      name: 'a kubelet run by a container, its flag on the command',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kubelet\n  namespace: kube-system\nspec:\n  containers:\n    - name: kubelet\n      image: gcr.io/google_containers/kubelet-amd64:v1.6.0\n      command:\n        - kubelet\n        - --read-only-port=10255\n',
      errors: [{ messageId: 'containerOpen', data: { container: 'kubelet', value: '10255' }, line: 12, column: 11 }],
    },
    {
      name: 'kubeadm JoinConfiguration v1beta4 overrides the config file',
      code: 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: JoinConfiguration\nnodeRegistration:\n  kubeletExtraArgs:\n    - name: read-only-port\n      value: "10255"\n',
      errors: [{ messageId: 'flagOpen', data: { value: '10255' }, line: 5, column: 7 }],
    },
    {
      name: 'kubeadm InitConfiguration v1beta3 map form',
      code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: InitConfiguration\nnodeRegistration:\n  name: cp-1\n  kubeletExtraArgs:\n    read-only-port: "10255"\n',
      errors: [{ messageId: 'flagOpen', data: { value: '10255' }, line: 6, column: 5 }],
    },
    {
      name: 'read-only port open',
      code: 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nport: 10250\nreadOnlyPort: 10255\n',
      errors: [{ messageId: 'open', data: { value: '10255' }, line: 4, column: 1, endColumn: 20 }],
    },
  ],
});
