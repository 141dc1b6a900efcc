import { defineRule } from '../../src/engine/rule.js';
import { flagDefault } from '../../src/k8s/flags.js';

export default defineRule({
  meta: {
    id: 'control-plane-profiling',
    pci: ['2.2'],
    requirements: ['2.2.4'],
    inputs: ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler'],
    severity: 'warning',
    docs: {
      summary: 'kube-apiserver, kube-controller-manager and kube-scheduler should not serve profiling endpoints.',
      rationale:
        'With `--profiling` (on by default) the component serves `/debug/pprof`, which reveals internals and lets a caller with access tie up CPU. ' +
        'PCI DSS container guidance 2.2 asks that control-plane components expose only the functions they need.',
      fix: 'Add `--profiling=false` to each component (kubeadm: `profiling: "false"` in its `extraArgs`).',
      references: ['CIS Kubernetes Benchmark 1.2.18, 1.3.2, 1.4.1'],
    },
    messages: {
      enabled: '{{component}} sets --profiling={{value}}, serving /debug/pprof. Set --profiling=false.',
      enabledByDefault: '{{component}} does not set --profiling, which defaults to true and serves /debug/pprof. Add --profiling=false.',
    },
  },
  visit: {
    ControlPlaneComponent(ctx, node) {
      if (node.component === 'etcd') return;
      const flag = node.flag('profiling');
      if (flag) {
        if (flag.value.toLowerCase() !== 'false') ctx.report({ at: flag.path, messageId: 'enabled', data: { component: node.component, value: flag.value } });
      } else if (flagDefault(node.component, 'profiling', ctx.target) === 'true') {
        ctx.report({ at: node.missingAt, part: 'key', messageId: 'enabledByDefault', data: { component: node.component } });
      }
    },
  },
});
