import { defineRule } from '../../src/engine/rule.js';
import { HEALTH_PATHS } from '../../src/k8s/config-files.js';

export default defineRule({
  meta: {
    id: 'control-plane-always-allow-paths',
    pci: ['1.1'],
    requirements: ['8.3.1', '7.3.3'],
    inputs: ['kube-controller-manager', 'kube-scheduler'],
    severity: 'error',
    docs: {
      summary: 'kube-controller-manager and kube-scheduler may serve only their health endpoints without authorization.',
      rationale:
        'Paths in `--authorization-always-allow-paths` skip authorization on the component\'s secure port; anything beyond `/healthz`, `/readyz` and `/livez` ' +
        '(such as `/metrics` or `/debug/pprof`) is readable by any client that reaches the port. PCI DSS container guidance 1.1 requires authenticated and authorised access to control-plane components.',
      fix: 'Remove every path other than /healthz, /readyz and /livez from `--authorization-always-allow-paths`, and grant access to the others through RBAC.',
      references: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kube-controller-manager/'],
    },
    messages: {
      extraPath:
        '{{component}} serves "{{path}}" without authorization (--authorization-always-allow-paths).',
    },
    fixes: {
      extraPath: 'Keep only /healthz, /readyz and /livez there and grant other paths through RBAC.',
    },
  },
  visit: {
    ControlPlaneComponent(ctx, node) {
      if (node.component !== 'kube-controller-manager' && node.component !== 'kube-scheduler') return;
      const flag = node.flag('authorization-always-allow-paths');
      if (!flag) return;
      for (const path of node.list('authorization-always-allow-paths')) {
        if (!HEALTH_PATHS.includes(path)) ctx.report({ at: flag.path, messageId: 'extraPath', data: { component: node.component, path } });
      }
    },
  },
});
