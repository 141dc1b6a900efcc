import { staticPod } from '../../src/testing/control-plane.js';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './controller-manager-service-account-pki.js';

testRule(rule, {
  valid: [
    {
      name: 'both files set (1.37)',
      code: staticPod('kube-controller-manager', '--service-account-private-key-file=/etc/kubernetes/pki/sa.key', '--root-ca-file=/etc/kubernetes/pki/ca.crt'),
    },
    { name: 'kubeadm writes both (1.19)', target: '1.19', code: 'apiVersion: kubeadm.k8s.io/v1beta2\nkind: ClusterConfiguration\ncontrollerManager: {}\n' },
  ],
  invalid: [
    {
      name: 'neither file (1.37)',
      code: staticPod('kube-controller-manager', '--leader-elect=true'),
      errors: [
        { messageId: 'noRootCa', line: 10, column: 7, endColumn: 14 },
        { messageId: 'noPrivateKey', line: 10, column: 7, endColumn: 14 },
      ],
    },
    {
      name: 'an empty root CA (1.22)',
      target: '1.22',
      code: staticPod('kube-controller-manager', '--service-account-private-key-file=/etc/kubernetes/pki/sa.key', '--root-ca-file='),
      errors: [{ messageId: 'noRootCa', line: 10, column: 7 }],
    },
  ],
});
