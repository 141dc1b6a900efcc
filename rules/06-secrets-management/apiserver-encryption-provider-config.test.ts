import { staticPod } from '../../src/testing/control-plane.js';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './apiserver-encryption-provider-config.js';

testRule(rule, {
  valid: [staticPod('kube-apiserver', '--encryption-provider-config=/etc/kubernetes/enc/encryption.yaml')],
  invalid: [
    { name: 'absent', code: staticPod('kube-apiserver', '--etcd-servers=https://127.0.0.1:2379'), errors: [{ messageId: 'missing', line: 10, column: 7, endColumn: 14 }] },
    {
      name: 'kubeadm without extraArgs: reported on apiServer',
      code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\napiServer:\n  timeoutForControlPlane: 4m0s\n',
      errors: [{ messageId: 'missing', line: 3, column: 1, endColumn: 10 }],
    },
  ],
});
