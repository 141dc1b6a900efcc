import { defineRule } from '../../src/engine/rule.js';
import { controlPlaneFlagRule } from '../../src/model/shapes/control-plane-flag.js';

export default defineRule(
  controlPlaneFlagRule({
    meta: {
      id: 'controller-manager-service-account-credentials',
      pci: ['2.1'],
      requirements: ['7.2.5'],
      inputs: ['kube-controller-manager'],
      severity: 'error',
      docs: {
        summary: 'kube-controller-manager must run each controller with its own ServiceAccount credentials.',
        rationale:
          'Without `--use-service-account-credentials=true` all controllers share the controller manager\'s own, very broad identity, so RBAC cannot limit any one of them ' +
          'and the audit log cannot tell them apart. PCI DSS container guidance 2.1 requires least privilege for every identity.',
        fix: 'Add `--use-service-account-credentials=true` (kubeadm sets it by default).',
        references: ['CIS Kubernetes Benchmark 1.3.3'],
      },
      messages: {
        off: 'kube-controller-manager sets --use-service-account-credentials={{value}}: every controller acts with the same broad identity.',
        offByDefault:
          'kube-controller-manager does not set --use-service-account-credentials, which defaults to false: every controller acts with the same broad identity.',
      },
      fixes: {
        off: 'Set it to true.',
        offByDefault: 'Add --use-service-account-credentials=true.',
      },
    },
    components: ['kube-controller-manager'],
    flag: 'use-service-account-credentials',
    unsafe: (value) => value.toLowerCase() !== 'true',
    unset: 'default',
    messages: { unsafe: 'off', unset: 'offByDefault' },
  }),
);
