import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './kubelet-anonymous-auth.js';

testRule(rule, {
  valid: [
    { name: 'the same flag on a container that does not run the kubelet', code: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n  containers:\n    - name: app\n      image: app:1\n      command: [\"app\", \"--anonymous-auth=true\"]\n" },
    { name: 'kubeadm kubeletExtraArgs with a safe value', code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: InitConfiguration\nnodeRegistration:\n  kubeletExtraArgs:\n    anonymous-auth: "false"\n' },
    'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nauthentication:\n  anonymous:\n    enabled: false\n',
    { name: 'absent: the config-file default is false', code: 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nreadOnlyPort: 0\n' },
    { name: 'another group\'s KubeletConfiguration', code: 'apiVersion: example.com/v1\nkind: KubeletConfiguration\nauthentication:\n  anonymous:\n    enabled: true\n' },
  ],
  invalid: [
    {
      name: 'a kubelet run by a container, its flag on the command',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kubelet\n  namespace: kube-system\nspec:\n  containers:\n    - name: kubelet\n      image: gcr.io/google_containers/kubelet-amd64:v1.6.0\n      command:\n        - kubelet\n        - --anonymous-auth=true\n',
      errors: [{ messageId: 'containerEnabled', data: { container: 'kubelet', value: 'true' }, line: 12, column: 11 }],
    },
    {
      name: 'a self-hosted hyperkube kubelet, its flag in args',
      code: "apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: kubelet\n  namespace: kube-system\nspec:\n  template:\n    spec:\n      containers:\n        - name: node\n          image: quay.io/coreos/hyperkube:v1.9.6\n          command: [\"/hyperkube\", \"kubelet\"]\n          args: [\"--anonymous-auth=true\"]\n",
      errors: [{ messageId: 'containerEnabled', data: { container: 'node', value: 'true' }, line: 13, column: 18 }],
    },
    {
      name: 'kubeadm JoinConfiguration v1beta4 overrides the config file',
      code: 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: JoinConfiguration\nnodeRegistration:\n  kubeletExtraArgs:\n    - name: anonymous-auth\n      value: "true"\n',
      errors: [{ messageId: 'flagEnabled', data: { value: 'true' }, line: 5, column: 7 }],
    },
    {
      name: 'kubeadm InitConfiguration v1beta3 map form',
      code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: InitConfiguration\nnodeRegistration:\n  name: cp-1\n  kubeletExtraArgs:\n    anonymous-auth: "true"\n',
      errors: [{ messageId: 'flagEnabled', data: { value: 'true' }, line: 6, column: 5 }],
    },
    {
      name: 'anonymous enabled',
      code: dedent`
        apiVersion: kubelet.config.k8s.io/v1beta1
        kind: KubeletConfiguration
        authentication:
          anonymous:
            enabled: true
          webhook:
            enabled: true
      `,
      errors: [{ messageId: 'enabled', line: 5, column: 5, endLine: 5, endColumn: 18 }],
    },
  ],
});
