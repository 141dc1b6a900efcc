import { testRule } from '../../src/testing/rule-tester.js';
import rule from './kubelet-iptables-util-chains.js';

const kubelet = (body: string) => `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}`;

testRule(rule, {
  valid: [
    { name: 'the same flag on a container that does not run the kubelet', target: '1.26', code: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n  containers:\n    - name: app\n      image: app:1\n      command: [\"app\", \"--make-iptables-util-chains=false\"]\n" },
    { name: 'absent: true by default (1.26)', target: '1.26', code: kubelet('readOnlyPort: 0\n') },
    { name: 'absent: true by default (1.24)', target: '1.24', code: kubelet('readOnlyPort: 0\n') },
    { name: 'explicit true (1.20)', target: '1.20', code: kubelet('makeIPTablesUtilChains: true\n') },
    { name: 'kubeadm passes true (1.24)', target: '1.24', code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: InitConfiguration\nnodeRegistration:\n  kubeletExtraArgs:\n    make-iptables-util-chains: "true"\n' },
  ],
  invalid: [
    {
      name: 'a kubelet run by a container, its flag on the command',
      target: '1.26',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kubelet\n  namespace: kube-system\nspec:\n  containers:\n    - name: kubelet\n      image: gcr.io/google_containers/kubelet-amd64:v1.6.0\n      command:\n        - kubelet\n        - --make-iptables-util-chains=false\n',
      errors: [{ messageId: 'containerOff', data: { container: 'kubelet', value: 'false' }, line: 12, column: 11 }],
    },
    { name: 'false (1.26)', target: '1.26', code: kubelet('makeIPTablesUtilChains: false\n'), errors: [{ messageId: 'off', data: { value: 'false' }, line: 3, column: 1, endColumn: 30 }] },
    { name: 'the string "false" (1.24)', target: '1.24', code: kubelet('makeIPTablesUtilChains: "false"\n'), errors: [{ messageId: 'off', data: { value: 'false' }, line: 3, column: 1 }] },
    {
      name: 'kubeadm v1beta4 JoinConfiguration passes false (1.25)',
      target: '1.25',
      code: 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: JoinConfiguration\nnodeRegistration:\n  kubeletExtraArgs:\n    - name: make-iptables-util-chains\n      value: "false"\n',
      errors: [{ messageId: 'flagOff', data: { value: 'false' }, line: 5, column: 7 }],
    },
    {
      name: 'kubeadm v1beta3 InitConfiguration passes false (1.22)',
      target: '1.22',
      code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: InitConfiguration\nnodeRegistration:\n  kubeletExtraArgs:\n    make-iptables-util-chains: "false"\n',
      errors: [{ messageId: 'flagOff', data: { value: 'false' }, line: 5, column: 5 }],
    },
  ],
});
