import { testRule } from '../../src/testing/rule-tester.js';
import rule from './kubelet-event-qps.js';

const kubelet = (body: string) => `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}`;
const init = (value: string) => `apiVersion: kubeadm.k8s.io/v1beta3\nkind: InitConfiguration\nnodeRegistration:\n  kubeletExtraArgs:\n    event-qps: "${value}"\n`;

testRule(rule, {
  valid: [
    { name: 'the same flag on a container that does not run the kubelet', code: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n  containers:\n    - name: app\n      image: app:1\n      command: [\"app\", \"--event-qps=1\"]\n" },
    { name: 'absent: the default (1.37)', code: kubelet('readOnlyPort: 0\n') },
    { name: 'the old default 5 on 1.26', target: '1.26', code: kubelet('eventRecordQPS: 5\n') },
    { name: 'the default 50 (1.27)', target: '1.27', code: kubelet('eventRecordQPS: 50\n') },
    { name: 'above the default (1.37)', code: kubelet('eventRecordQPS: 200\n') },
    { name: '0: no limit, not reported (1.37)', code: kubelet('eventRecordQPS: 0\n') },
    { name: 'kubeadm --event-qps=0 means the default (1.30)', target: '1.30', code: init('0') },
    { name: 'kubeadm --event-qps=5 on 1.24', target: '1.24', code: init('5') },
    { name: 'not a number: a schema matter (1.37)', code: kubelet('eventRecordQPS: lots\n') },
  ],
  invalid: [
    {
      name: 'a kubelet run by a container, its flag on the command',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kubelet\n  namespace: kube-system\nspec:\n  containers:\n    - name: kubelet\n      image: gcr.io/google_containers/kubelet-amd64:v1.6.0\n      command:\n        - kubelet\n        - --event-qps=1\n',
      errors: [{ messageId: 'containerLow', data: { container: 'kubelet', value: '1' }, line: 12, column: 11 }],
    },
    { name: '5 on 1.37, below 50', code: kubelet('eventRecordQPS: 5\n'), errors: [{ messageId: 'low', data: { value: '5' }, line: 3, column: 1, endColumn: 18 }] },
    { name: '1 on 1.22, below 5', target: '1.22', code: kubelet('eventRecordQPS: "1"\n'), errors: [{ messageId: 'low', data: { value: '1' }, line: 3, column: 1 }] },
    { name: 'kubeadm --event-qps=5 on 1.30', target: '1.30', code: init('5'), errors: [{ messageId: 'flagLow', data: { value: '5' }, line: 5, column: 5 }] },
    {
      name: 'kubeadm v1beta4 --event-qps=2 on 1.20',
      target: '1.20',
      code: 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: JoinConfiguration\nnodeRegistration:\n  kubeletExtraArgs:\n    - name: event-qps\n      value: "2"\n',
      errors: [{ messageId: 'flagLow', data: { value: '2' }, line: 5, column: 7 }],
    },
  ],
});
