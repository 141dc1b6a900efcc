import { defineRule } from '../../src/engine/rule.js';
import { flagLifecycle, flagStatus } from '../../src/k8s/flags.js';
import { formatVersion } from '../../src/k8s/versions.js';

export default defineRule({
  meta: {
    id: 'control-plane-flag-lifecycle',
    pci: ['10.1'],
    severity: 'error',
    docs: {
      summary: 'Control-plane components must not be given flags that the target Kubernetes release removed (and should drop deprecated ones).',
      rationale:
        'A removed flag is an "unknown flag" error: the component refuses to start, so the upgrade to the target release fails or is rolled back and the cluster stays on an ' +
        'unpatched version. Deprecated flags announce the same failure for a later release. PCI DSS container guidance 10.1 requires keeping the orchestrator on supported, patched releases.',
      fix: 'Remove the flag (see the message for its replacement) before upgrading to the target release.',
      references: ['https://kubernetes.io/releases/', 'src/k8s/flags.ts (sources per flag)'],
    },
    messages: {
      removed: '{{component}} will refuse to start on Kubernetes {{target}}: unknown flag --{{flag}} (removed in {{removed}}). Remove it: {{replacement}}.',
      deprecated: '{{component}} flag --{{flag}} is deprecated since Kubernetes {{deprecated}}{{removal}}. Remove it: {{replacement}}.',
    },
  },
  visit: {
    ControlPlaneComponent(ctx, node) {
      const seen = new Set<string>();
      for (const flag of node.flags) {
        if (flag.kubeadmDefault || seen.has(flag.name)) continue;
        seen.add(flag.name);
        const row = flagLifecycle(node.component, flag.name);
        if (!row) continue;
        const status = flagStatus(node.component, flag.name, ctx.target);
        const data = {
          component: node.component,
          flag: flag.name,
          target: formatVersion(ctx.target),
          removed: row.removed ?? '',
          deprecated: row.deprecated ?? '',
          removal: row.removed ? ` and removed in ${row.removed}` : '',
          replacement: row.replacement ?? 'nothing replaces it',
        };
        if (status === 'removed') ctx.report({ at: flag.path, messageId: 'removed', data });
        else if (status === 'deprecated') ctx.report({ at: flag.path, messageId: 'deprecated', data, severity: 'warning' });
      }
    },
  },
});
