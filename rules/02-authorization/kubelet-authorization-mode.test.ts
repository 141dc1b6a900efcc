import { testRule } from '../../src/testing/rule-tester.js';
import rule from './kubelet-authorization-mode.js';

testRule(rule, {
  valid: [
    { name: 'kubeadm kubeletExtraArgs with a safe value', code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: InitConfiguration\nnodeRegistration:\n  kubeletExtraArgs:\n    authorization-mode: Webhook\n' },
    'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nauthorization:\n  mode: Webhook\n',
    { name: 'absent: the config-file default is Webhook', code: 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n' },
  ],
  invalid: [
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
