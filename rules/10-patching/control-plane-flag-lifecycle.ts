import { defineRule } from '../../src/engine/rule.js';
import { flagLifecycle, flagStatus, isFlagUsableByDefault } from '../../src/k8s/flags.js';
import { formatVersion } from '../../src/k8s/versions.js';
import { featureGates } from '../../src/model/control-plane.js';

export default defineRule({
  meta: {
    id: 'control-plane-flag-lifecycle',
    pci: ['10.1'],
    requirements: ['6.3.3', '12.3.4'],
    inputs: ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'etcd'],
    severity: 'error',
    docs: {
      summary:
        'Control-plane components must not be given flags that the target Kubernetes release does not have (removed, or not yet added), nor gated flags without their feature gate; deprecated ones should go.',
      rationale:
        'A removed flag is an "unknown flag" error: the component refuses to start, so the upgrade to the target release fails or is rolled back and the cluster stays on an ' +
        'unpatched version. A flag newer than the target (`--authentication-config` before 1.29) fails the same way, and a flag whose feature gate is off by default on the target ' +
        '(`--authentication-config` and `--authorization-config` on 1.29) is refused unless `--feature-gates` turns the gate on. ' +
        'Deprecated flags announce the same failure for a later release. PCI DSS container guidance 10.1 requires keeping the orchestrator on supported, patched releases.',
      fix: 'Remove the flag (see the message for its replacement) before upgrading to the target release; for a flag newer than the target, upgrade first or remove it.',
      references: ['https://kubernetes.io/releases/', 'src/k8s/flags.ts (sources per flag)'],
    },
    messages: {
      removed: '{{component}} will refuse to start on Kubernetes {{target}}: unknown flag --{{flag}} (removed in {{removed}}).',
      deprecated: '{{component}} flag --{{flag}} is deprecated since Kubernetes {{deprecated}}{{removal}}.',
      notYetAdded: '{{component}} will refuse to start on Kubernetes {{target}}: unknown flag --{{flag}} (added in {{added}}).',
      gateOff:
        '{{component}} refuses --{{flag}} on Kubernetes {{target}} unless the {{gate}} feature gate is on (it is on by default from {{onByDefault}}).',
    },
    fixes: {
      removed: 'Remove it: {{replacement}}.',
      deprecated: 'Remove it: {{replacement}}.',
      notYetAdded: 'Remove it, or upgrade to {{added}} or newer first.',
      gateOff: 'Add --feature-gates={{gate}}=true or upgrade to {{onByDefault}}.',
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
        else if (status === 'not-yet-added') ctx.report({ at: flag.path, messageId: 'notYetAdded', data: { ...data, added: row.added ?? '' } });
        else if (status === 'deprecated') ctx.report({ at: flag.path, messageId: 'deprecated', data, severity: 'warning' });
        else if (row.gate && !isFlagUsableByDefault(node.component, flag.name, ctx.target) && featureGates(node).get(row.gate.name) !== true) {
          ctx.report({ at: flag.path, messageId: 'gateOff', data: { ...data, gate: row.gate.name, onByDefault: row.gate.onByDefaultSince } });
        }
      }
    },
  },
});
