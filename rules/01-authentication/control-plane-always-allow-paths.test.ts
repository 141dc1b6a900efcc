import dedent from 'dedent';
import { staticPod } from '../../src/testing/control-plane.js';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './control-plane-always-allow-paths.js';

testRule(rule, {
  valid: [
    staticPod('kube-controller-manager', '--authorization-always-allow-paths=/healthz,/readyz,/livez'),
    { name: 'absent: the default is the health paths', code: staticPod('kube-scheduler', '--bind-address=127.0.0.1') },
    { name: 'the apiserver has no such flag', code: staticPod('kube-apiserver', '--authorization-always-allow-paths=/metrics') },
  ],
  invalid: [
    {
      name: 'scheduler exposes metrics and pprof',
      code: staticPod('kube-scheduler', '--bind-address=0.0.0.0', '--authorization-always-allow-paths=/healthz,/metrics,/debug/pprof'),
      errors: [
        { messageId: 'extraPath', data: { component: 'kube-scheduler', path: '/debug/pprof' }, line: 13, column: 11 },
        { messageId: 'extraPath', data: { component: 'kube-scheduler', path: '/metrics' }, line: 13, column: 11 },
      ],
    },
    {
      name: 'kubeadm controllerManager extraArgs',
      code: dedent`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        controllerManager:
          extraArgs:
            authorization-always-allow-paths: "/healthz,/metrics"
      `,
      errors: [{ messageId: 'extraPath', data: { component: 'kube-controller-manager', path: '/metrics' }, line: 5, column: 5 }],
    },
  ],
});
