import { testRule } from '../../src/testing/rule-tester.js';
import rule from './kubelet-protect-kernel-defaults.js';

testRule(rule, {
  valid: [
    { name: 'the same flag on a container that does not run the kubelet', code: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n  containers:\n    - name: app\n      image: app:1\n      command: [\"app\", \"--protect-kernel-defaults=false\"]\n" },
    { name: 'kubeadm kubeletExtraArgs with a safe value', code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: InitConfiguration\nnodeRegistration:\n  kubeletExtraArgs:\n    protect-kernel-defaults: "true"\n' },
    'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nprotectKernelDefaults: true\n',
  ],
  invalid: [
    {
      name: 'a kubelet run by a container, its flag on the command',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kubelet\n  namespace: kube-system\nspec:\n  containers:\n    - name: kubelet\n      image: gcr.io/google_containers/kubelet-amd64:v1.6.0\n      command:\n        - kubelet\n        - --protect-kernel-defaults=false\n',
      errors: [{ messageId: 'containerOff', data: { container: 'kubelet', value: 'false' }, line: 12, column: 11 }],
    },
    {
      name: 'kubeadm JoinConfiguration v1beta4 overrides the config file',
      code: 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: JoinConfiguration\nnodeRegistration:\n  kubeletExtraArgs:\n    - name: protect-kernel-defaults\n      value: "false"\n',
      errors: [{ messageId: 'flagOff', data: { value: 'false' }, line: 5, column: 7 }],
    },
    {
      name: 'kubeadm InitConfiguration v1beta3 map form',
      code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: InitConfiguration\nnodeRegistration:\n  name: cp-1\n  kubeletExtraArgs:\n    protect-kernel-defaults: "false"\n',
      errors: [{ messageId: 'flagOff', data: { value: 'false' }, line: 6, column: 5 }],
    },
    { name: 'absent', code: 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n', errors: [{ messageId: 'offByDefault', line: 2, column: 1 }] },
    {
      name: 'false',
      code: 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nprotectKernelDefaults: false\n',
      errors: [{ messageId: 'off', data: { value: 'false' }, line: 3, column: 1, endColumn: 29 }],
    },
  ],
});
