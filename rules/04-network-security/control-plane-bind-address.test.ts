import dedent from 'dedent';
import { staticPod } from '../../src/testing/control-plane.js';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './control-plane-bind-address.js';

testRule(rule, {
  valid: [
    { name: 'controller manager on loopback (1.37)', code: staticPod('kube-controller-manager', '--bind-address=127.0.0.1') },
    { name: 'scheduler on IPv6 loopback (1.19)', target: '1.19', code: staticPod('kube-scheduler', '--bind-address=::1') },
    { name: 'kubeadm binds both to 127.0.0.1 by default (1.24)', target: '1.24', code: 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\n' },
    { name: 'the apiserver is not this rule\'s', code: staticPod('kube-apiserver', '--bind-address=0.0.0.0') },
  ],
  invalid: [
    {
      name: 'scheduler on every interface (1.37)',
      code: staticPod('kube-scheduler', '--bind-address=0.0.0.0'),
      errors: [{ messageId: 'exposed', data: { component: 'kube-scheduler', value: '0.0.0.0' }, line: 12, column: 11 }],
    },
    {
      name: 'controller manager relying on the default (1.19)',
      target: '1.19',
      code: staticPod('kube-controller-manager', '--leader-elect=true'),
      errors: [{ messageId: 'exposedByDefault', data: { component: 'kube-controller-manager', default: '0.0.0.0' }, line: 10, column: 7, endColumn: 14 }],
    },
    {
      name: 'kubeadm extraArgs override the loopback default with a node address (1.30)',
      target: '1.30',
      code: dedent`
        apiVersion: kubeadm.k8s.io/v1beta4
        kind: ClusterConfiguration
        controllerManager:
          extraArgs:
            - name: bind-address
              value: 10.0.0.12
      `,
      errors: [{ messageId: 'exposed', data: { component: 'kube-controller-manager', value: '10.0.0.12' }, line: 5, column: 7 }],
    },
  ],
});
