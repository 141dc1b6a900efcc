import { testRule } from '../../src/testing/rule-tester.js';
import rule from './kubelet-rotate-certificates.js';

const INIT = 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: InitConfiguration\nnodeRegistration:\n  name: cp-1\n  kubeletExtraArgs:\n    node-labels: pool=cde';
const KUBELET_OFF = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nrotateCertificates: false\n';

testRule(rule, {
  valid: [
    { name: 'a kubelet run by a container with no flag of this setting', code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kubelet\n  namespace: kube-system\nspec:\n  containers:\n    - name: kubelet\n      image: gcr.io/google_containers/kubelet-amd64:v1.6.0\n      command:\n        - kubelet\n        - --kubeconfig=/etc/kubernetes/kubelet.conf\n' },
    { name: 'kubeadm kubeletExtraArgs with a safe value', code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: InitConfiguration\nnodeRegistration:\n  kubeletExtraArgs:\n    rotate-certificates: "true"\n' },
    'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nrotateCertificates: true\n',
    {
      name: '1.37: a KubeletConfiguration beside a kubeadm InitConfiguration: kubeadm forces rotateCertificates on',
      code: `${INIT}\n---\n${KUBELET_OFF}`,
    },
    {
      name: '1.19: a KubeletConfiguration without the field beside a kubeadm ClusterConfiguration',
      target: '1.19',
      code: `apiVersion: kubeadm.k8s.io/v1beta2\nkind: ClusterConfiguration\n---\napiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nreadOnlyPort: 0\n`,
    },
  ],
  invalid: [
    {
      name: 'off on a kubelet run by a container',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: kubelet\n  namespace: kube-system\nspec:\n  containers:\n    - name: kubelet\n      image: gcr.io/google_containers/kubelet-amd64:v1.6.0\n      command:\n        - kubelet\n        - --rotate-certificates=false\n',
      errors: [{ messageId: 'containerOff', data: { container: 'kubelet', value: 'false' }, line: 12, column: 11 }],
    },
    {
      name: '1.19: the kubeletExtraArgs flag still beats what kubeadm forces into the file',
      target: '1.19',
      code: `${INIT}\n    rotate-certificates: "false"\n---\n${KUBELET_OFF}`,
      errors: [{ messageId: 'flagOff', data: { value: 'false' }, line: 7, column: 5 }],
    },
    {
      name: 'kubeadm JoinConfiguration v1beta4 overrides the config file',
      code: 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: JoinConfiguration\nnodeRegistration:\n  kubeletExtraArgs:\n    - name: rotate-certificates\n      value: "false"\n',
      errors: [{ messageId: 'flagOff', data: { value: 'false' }, line: 5, column: 7 }],
    },
    {
      name: 'kubeadm InitConfiguration v1beta3 map form',
      code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: InitConfiguration\nnodeRegistration:\n  name: cp-1\n  kubeletExtraArgs:\n    rotate-certificates: "false"\n',
      errors: [{ messageId: 'flagOff', data: { value: 'false' }, line: 6, column: 5 }],
    },
    {
      name: 'absent: reported on kind',
      code: 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nreadOnlyPort: 0\n',
      errors: [{ messageId: 'offByDefault', line: 2, column: 1, endColumn: 27 }],
    },
    {
      name: 'explicitly false',
      code: 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nrotateCertificates: false\n',
      errors: [{ messageId: 'off', data: { value: 'false' }, line: 3, column: 1 }],
    },
  ],
});
