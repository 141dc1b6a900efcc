import dedent from 'dedent';
import { staticPod } from '../../src/testing/control-plane.js';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './control-plane-insecure-port.js';

testRule(rule, {
  valid: [
    { name: 'apiserver with --insecure-port=0', code: staticPod('kube-apiserver', '--insecure-port=0'), target: '1.19' },
    { name: 'apiserver from 1.20: the default is 0', code: staticPod('kube-apiserver', '--secure-port=6443'), target: '1.20' },
    { name: 'controller manager from 1.22: the default is 0', code: staticPod('kube-controller-manager', '--bind-address=127.0.0.1'), target: '1.22' },
    { name: 'scheduler with --port=0 on 1.22', code: staticPod('kube-scheduler', '--port=0'), target: '1.22' },
    { name: 'kubeadm writes --insecure-port=0 and --port=0 on 1.19', code: 'apiVersion: kubeadm.k8s.io/v1beta2\nkind: ClusterConfiguration\n', target: '1.19' },
  ],
  invalid: [
    {
      name: 'apiserver on 1.19 without the flag',
      code: staticPod('kube-apiserver', '--secure-port=6443'),
      target: '1.19',
      errors: [{ messageId: 'openByDefault', data: { component: 'kube-apiserver', port: '8080', flag: 'insecure-port', target: '1.19' }, line: 10, column: 7 }],
    },
    {
      name: 'scheduler on 1.22 without the flag (the default changes in 1.23)',
      code: staticPod('kube-scheduler', '--bind-address=127.0.0.1'),
      target: '1.22',
      errors: [{ messageId: 'openByDefault', data: { component: 'kube-scheduler', port: '10251', flag: 'port', target: '1.22' }, line: 10, column: 7 }],
    },
    {
      name: 'explicit insecure port on 1.21: served',
      code: staticPod('kube-controller-manager', '--port', '10252'),
      target: '1.21',
      errors: [{ messageId: 'open', data: { component: 'kube-controller-manager', port: '10252', flag: 'port' }, line: 12, column: 11 }],
    },
    {
      name: 'explicit insecure port on 1.23: the controller manager refuses to start',
      code: staticPod('kube-controller-manager', '--port', '10252'),
      target: '1.23',
      errors: [{ messageId: 'refused', data: { component: 'kube-controller-manager', port: '10252', flag: 'port', target: '1.23', since: '1.22' }, line: 12, column: 11 }],
    },
    {
      name: 'apiserver --insecure-port=8080 on 1.19: served without authentication',
      code: staticPod('kube-apiserver', '--insecure-port=8080'),
      target: '1.19',
      errors: [{ messageId: 'open', data: { component: 'kube-apiserver', port: '8080', flag: 'insecure-port' }, line: 12, column: 11 }],
    },
    {
      name: 'apiserver --insecure-port=8080 on 1.20: refused at start-up',
      code: staticPod('kube-apiserver', '--insecure-port=8080'),
      target: '1.20',
      errors: [{ messageId: 'refused', data: { component: 'kube-apiserver', port: '8080', flag: 'insecure-port', target: '1.20', since: '1.20' }, line: 12, column: 11 }],
    },
    {
      name: 'scheduler --port=10251 on 1.22 serves, on 1.23 is refused',
      code: staticPod('kube-scheduler', '--port=10251'),
      target: '1.23',
      errors: [{ messageId: 'refused', data: { component: 'kube-scheduler', port: '10251', flag: 'port', target: '1.23', since: '1.23' }, line: 12, column: 11 }],
    },
    {
      name: 'kubeadm extraArgs reopen it',
      code: dedent`
        apiVersion: kubeadm.k8s.io/v1beta2
        kind: ClusterConfiguration
        apiServer:
          extraArgs:
            insecure-port: "8080"
      `,
      target: '1.19',
      errors: [{ messageId: 'open', data: { component: 'kube-apiserver', port: '8080', flag: 'insecure-port' }, line: 5, column: 5 }],
    },
  ],
});
