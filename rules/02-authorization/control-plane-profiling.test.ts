import dedent from 'dedent';
import { staticPod } from '../../src/testing/control-plane.js';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './control-plane-profiling.js';

const SCHEDULER_CONFIG_OFF = dedent`
  apiVersion: kubescheduler.config.k8s.io/v1
  kind: KubeSchedulerConfiguration
  enableProfiling: false
`;

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
    {
      name: 'scheduler with --config: the file turns profiling off, the ignored flag does not matter (1.37)',
      code: `${staticPod('kube-scheduler', '--config=/etc/kubernetes/scheduler.yaml', '--profiling=true')}\n---\n${SCHEDULER_CONFIG_OFF}`,
    },
    {
      name: 'scheduler with --config: the file turns profiling off (1.24)',
      target: '1.24',
      code: `${staticPod('kube-scheduler', '--config=/etc/kubernetes/scheduler.yaml')}\n---\n${SCHEDULER_CONFIG_OFF}`,
    },
  ],
  invalid: [
    {
      name: 'scheduler with --config: --profiling=false is ignored and the file is not in the input (1.37)',
      code: staticPod('kube-scheduler', '--config=/etc/kubernetes/scheduler.yaml', '--profiling=false'),
      errors: [{ messageId: 'configNotInInput', data: { config: '/etc/kubernetes/scheduler.yaml' }, line: 13, column: 11, severity: 'warning' }],
    },
    {
      name: 'scheduler with --config and no --profiling, file not in the input (1.24): reported at command',
      target: '1.24',
      code: staticPod('kube-scheduler', '--config=/etc/kubernetes/scheduler.yaml'),
      errors: [{ messageId: 'configNotInInput', data: { config: '/etc/kubernetes/scheduler.yaml' }, line: 10, column: 7, endColumn: 14, severity: 'warning' }],
    },
    {
      name: 'scheduler with --config: --profiling=false is ignored, the file leaves enableProfiling at its default (1.24)',
      target: '1.24',
      code: `${staticPod('kube-scheduler', '--config=/etc/kubernetes/scheduler.yaml', '--profiling=false')}\n---\napiVersion: kubescheduler.config.k8s.io/v1beta3\nkind: KubeSchedulerConfiguration\nclientConnection:\n  kubeconfig: /etc/kubernetes/scheduler.conf\n`,
      errors: [{ messageId: 'configEnabledByDefault', line: 16, column: 1 }],
    },
    {
      name: 'KubeSchedulerConfiguration with enableProfiling: true (1.37)',
      code: 'apiVersion: kubescheduler.config.k8s.io/v1\nkind: KubeSchedulerConfiguration\nenableProfiling: true\n',
      errors: [{ messageId: 'configEnabled', data: { value: 'true' }, line: 3, column: 1 }],
    },
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
