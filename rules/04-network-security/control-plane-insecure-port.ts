import { defineRule } from '../../src/engine/rule.js';
import { flagDefault, flagLifecycle } from '../../src/k8s/flags.js';
import { compareVersions, formatVersion, mustParse } from '../../src/k8s/versions.js';

/** The flag that opens each component's unauthenticated HTTP port. */
const INSECURE_PORT_FLAG: Readonly<Record<string, string>> = {
  'kube-apiserver': 'insecure-port',
  'kube-controller-manager': 'port',
  'kube-scheduler': 'port',
};

export default defineRule({
  meta: {
    id: 'control-plane-insecure-port',
    pci: ['4.2', '1.1'],
    requirements: ['8.3.1', '2.2.7'],
    inputs: ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler'],
    severity: 'error',
    // 1.24 removed the flags; control-plane-flag-lifecycle reports any use from then on.
    k8s: { until: '1.24' },
    docs: {
      summary: 'Control-plane components must not serve their API over plain HTTP without authentication.',
      rationale:
        'Before Kubernetes 1.20 (kube-apiserver), 1.22 (controller manager) and 1.23 (scheduler), a non-zero insecure port served the component without TLS, authentication or ' +
        'authorization: anyone reaching it was cluster admin. PCI DSS container guidance 4.2 forbids exposing administrative interfaces without protection.',
      fix: 'Set `--insecure-port=0` on kube-apiserver and `--port=0` on kube-controller-manager and kube-scheduler (until the flags disappear in 1.24). From 1.20 (kube-apiserver), 1.22 (controller manager) and 1.23 (scheduler) a non-zero value is refused at start-up: remove it.',
      references: ['CIS Kubernetes Benchmark 1.2.19, 1.3.x, 1.4.x (older releases)', 'kubernetes/kubernetes PR #95856'],
    },
    messages: {
      open: '{{component}} serves an unauthenticated HTTP API on port {{port}} (--{{flag}}).',
      openByDefault: '{{component}} does not set --{{flag}}, which defaults to {{port}} on {{target}}: it serves an unauthenticated HTTP API.',
      refused:
        '{{component}} will refuse to start on Kubernetes {{target}}: --{{flag}}={{port}} is rejected ("invalid port value {{port}}: only zero is allowed") since insecure serving was removed in {{since}}.',
    },
    fixes: {
      open: 'Set --{{flag}}=0.',
      openByDefault: 'Add --{{flag}}=0.',
      refused: 'Remove the flag.',
    },
  },
  visit: {
    ControlPlaneComponent(ctx, node) {
      const name = INSECURE_PORT_FLAG[node.component];
      if (name === undefined) return;
      const flag = node.flag(name);
      if (flag) {
        const port = flag.value.trim();
        if (port === '0') return;
        const since = flagLifecycle(node.component, name)?.onlyZeroSince;
        if (since !== undefined && compareVersions(ctx.target, mustParse(since)) >= 0) {
          ctx.report({ at: flag.path, messageId: 'refused', data: { component: node.component, port, flag: name, target: formatVersion(ctx.target), since } });
        } else {
          ctx.report({ at: flag.path, messageId: 'open', data: { component: node.component, port: flag.value, flag: name } });
        }
        return;
      }
      const port = flagDefault(node.component, name, ctx.target);
      if (port !== undefined && port !== '0') {
        ctx.report({ at: node.missingAt, part: 'key', messageId: 'openByDefault', data: { component: node.component, port, flag: name, target: formatVersion(ctx.target) } });
      }
    },
  },
});
