import dedent from 'dedent';
import { staticPod } from '../../src/testing/control-plane.js';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './control-plane-profiling.js';

testRule(rule, {
  valid: [
    staticPod('kube-apiserver', '--profiling=false'),
    staticPod('kube-scheduler', '--profiling=false'),
    { name: 'etcd has its own pprof flag, not checked here', code: staticPod('etcd', '--data-dir=/var/lib/etcd') },
    {
      name: 'kubeadm with profiling off everywhere',
      code: dedent`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        apiServer:
          extraArgs:
            profiling: "false"
        controllerManager:
          extraArgs:
            profiling: "false"
        scheduler:
          extraArgs:
            profiling: "false"
      `,
    },
  ],
  invalid: [
    {
      name: 'controller manager with profiling on',
      code: staticPod('kube-controller-manager', '--profiling=true'),
      errors: [{ messageId: 'enabled', data: { component: 'kube-controller-manager', value: 'true' }, line: 12, column: 11 }],
    },
    {
      name: 'scheduler relying on the default',
      code: staticPod('kube-scheduler', '--leader-elect=true'),
      errors: [{ messageId: 'enabledByDefault', data: { component: 'kube-scheduler' }, line: 10, column: 7 }],
    },
    {
      name: 'kubeadm: only the apiserver turns it off',
      code: dedent`
        apiVersion: kubeadm.k8s.io/v1beta3
        kind: ClusterConfiguration
        apiServer:
          extraArgs:
            profiling: "false"
        scheduler: {}
      `,
      errors: [
        { messageId: 'enabledByDefault', data: { component: 'kube-controller-manager' }, line: 2, column: 1 },
        { messageId: 'enabledByDefault', data: { component: 'kube-scheduler' }, line: 6, column: 1 },
      ],
    },
  ],
});
