import dedent from 'dedent';
import { staticPod } from '../../src/testing/control-plane.js';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './controller-manager-service-account-credentials.js';

testRule(rule, {
  valid: [
    staticPod('kube-controller-manager', '--use-service-account-credentials=true'),
    { name: 'kubeadm default', code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\n' },
  ],
  invalid: [
    {
      name: 'absent',
      code: staticPod('kube-controller-manager', '--leader-elect=true'),
      errors: [{ messageId: 'offByDefault', line: 10, column: 7 }],
    },
    {
      name: 'kubeadm override to false',
      code: dedent`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        controllerManager:
          extraArgs:
            - name: use-service-account-credentials
              value: "false"
      `,
      errors: [{ messageId: 'off', data: { value: 'false' }, line: 5, column: 7 }],
    },
  ],
});
