import { defineRule } from '../../src/engine/rule.js';
import { controlPlaneFlagRule } from '../../src/model/shapes/control-plane-flag.js';

export default defineRule(
  controlPlaneFlagRule({
    meta: {
      id: 'apiserver-service-account-lookup',
      pci: ['1.3'],
      requirements: ['8.2.5', '8.6.3'],
      inputs: ['kube-apiserver'],
      severity: 'error',
      docs: {
        summary: 'The kube-apiserver must check that a ServiceAccount token still belongs to an existing ServiceAccount.',
        rationale:
          'With `--service-account-lookup=false` a token stays valid after its ServiceAccount or Secret is deleted, so revoking a leaked workload credential does not work. ' +
          'PCI DSS container guidance 1.3 requires that workload credentials can be revoked.',
        fix: 'Remove `--service-account-lookup=false` (the default is true) or set it to true.',
        references: ['CIS Kubernetes Benchmark 1.2.24'],
      },
      messages: {
        disabled:
          'kube-apiserver sets --service-account-lookup={{value}}: tokens of deleted ServiceAccounts keep working, so a leaked token cannot be revoked.',
      },
      fixes: {
        disabled: 'Remove the flag or set it to true.',
      },
    },
    components: ['kube-apiserver'],
    flag: 'service-account-lookup',
    unsafe: (value) => value.toLowerCase() === 'false',
    messages: { unsafe: 'disabled' },
  }),
);
