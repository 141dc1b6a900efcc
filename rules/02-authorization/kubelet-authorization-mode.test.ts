import { testRule } from '../../src/testing/rule-tester.js';
import rule from './kubelet-authorization-mode.js';

testRule(rule, {
  valid: [
    { name: 'the same flag on a container that does not run the kubelet', code: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n  containers:\n    - name: app\n      image: app:1\n      command: [\"app\", \"--authorization-mode=AlwaysAllow\"]\n" },
    { name: 'kubeadm kubeletExtraArgs with a safe value', code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: InitConfiguration\nnodeRegistration:\n  kubeletExtraArgs:\n    authorization-mode: Webhook\n' },
    'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nauthorization:\n  mode: Webhook\n',
    { name: 'absent: the config-file default is Webhook', code: 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n' },
  ],
  invalid: [
    {
      name: 'a kubelet run by a container, its flag on the command',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kubelet\n  namespace: kube-system\nspec:\n  containers:\n    - name: kubelet\n      image: gcr.io/google_containers/kubelet-amd64:v1.6.0\n      command:\n        - kubelet\n        - --authorization-mode=AlwaysAllow\n',
      errors: [{ messageId: 'containerAlwaysAllow', data: { container: 'kubelet', value: 'AlwaysAllow' }, line: 12, column: 11 }],
    },
    {
      name: 'kubeadm JoinConfiguration v1beta4 overrides the config file',
      code: 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: JoinConfiguration\nnodeRegistration:\n  kubeletExtraArgs:\n    - name: authorization-mode\n      value: AlwaysAllow\n',
      errors: [{ messageId: 'flagAlwaysAllow', data: { value: 'AlwaysAllow' }, line: 5, column: 7 }],
    },
    {
      name: 'kubeadm InitConfiguration v1beta3 map form',
      code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: InitConfiguration\nnodeRegistration:\n  name: cp-1\n  kubeletExtraArgs:\n    authorization-mode: AlwaysAllow\n',
      errors: [{ messageId: 'flagAlwaysAllow', data: { value: 'AlwaysAllow' }, line: 6, column: 5 }],
    },
    {
      name: 'AlwaysAllow',
      code: 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nauthorization:\n  mode: AlwaysAllow\n',
      errors: [{ messageId: 'alwaysAllow', data: { value: 'AlwaysAllow' }, line: 4, column: 3, endColumn: 20 }],
    },
  ],
});
