import { defineRule } from '../../src/engine/rule.js';
import { flagDefault, flagLifecycle } from '../../src/k8s/flags.js';

/** A loopback address as pflag's IP flag parses it: 127.0.0.0/8 or ::1 (also written out in full). */
function isLoopback(address: string): boolean {
  const text = address.trim().replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(text)) return true;
  return text === '::1' || /^(?:0{1,4}:){7}0{0,3}1$/.test(text) || text === '::ffff:127.0.0.1';
}

export default defineRule({
  meta: {
    id: 'control-plane-bind-address',
    pci: ['4.2'],
    requirements: ['1.4.2', '2.2.4'],
    inputs: ['kube-controller-manager', 'kube-scheduler'],
    severity: 'warning',
    docs: {
      summary: 'kube-controller-manager and kube-scheduler should serve their HTTPS endpoints (health, metrics, profiling) on loopback only.',
      rationale:
        'Both components serve `/healthz`, `/metrics` and, with profiling on, `/debug/pprof` on their secure port (10257, 10259). Their `--bind-address` defaults to 0.0.0.0, every interface ' +
        '(k8s.io/apiserver serving.go), which puts those administrative endpoints on the node network; kubeadm binds them to 127.0.0.1. PCI DSS container guidance 4.2 asks that administrative ' +
        'interfaces are not exposed beyond what needs them.',
      fix: 'Set `--bind-address=127.0.0.1` (kubeadm: `bind-address: "127.0.0.1"` in `controllerManager.extraArgs` / `scheduler.extraArgs`, which is kubeadm\'s default). Scrape metrics through a local agent or the API server proxy.',
      references: ['CIS Kubernetes Benchmark 1.3.7, 1.4.2', flagLifecycle('kube-controller-manager', 'bind-address')?.source ?? ''],
    },
    messages: {
      exposed: '{{component}} sets --bind-address={{value}}, serving its health, metrics and profiling endpoints beyond loopback.',
      exposedByDefault:
        '{{component}} does not set --bind-address, which defaults to {{default}} (every interface): its health, metrics and profiling endpoints are reachable from the node network.',
    },
    fixes: {
      exposed: 'Set --bind-address=127.0.0.1.',
      exposedByDefault: 'Add --bind-address=127.0.0.1.',
    },
  },
  visit: {
    ControlPlaneComponent(ctx, node) {
      const component = node.component;
      if (component !== 'kube-controller-manager' && component !== 'kube-scheduler') return;
      const flag = node.flag('bind-address');
      if (flag) {
        if (!isLoopback(flag.value)) ctx.report({ at: flag.path, messageId: 'exposed', data: { component, value: flag.value.trim() } });
        return;
      }
      const fallback = flagDefault(component, 'bind-address', ctx.target);
      if (fallback !== undefined && !isLoopback(fallback)) ctx.report({ at: node.missingAt, part: 'key', messageId: 'exposedByDefault', data: { component, default: fallback } });
    },
  },
});
