import { defineRule } from '../../src/engine/rule.js';
import { kubeletSettingRule } from '../../src/model/shapes/kubelet-setting.js';

export default defineRule(
  kubeletSettingRule({
    meta: {
      id: 'kubelet-read-only-port',
      pci: ['4.2'],
      requirements: ['2.2.4', '8.3.1'],
      inputs: ['kubelet-config'],
      severity: 'error',
      docs: {
        summary: 'The kubelet must not open its unauthenticated read-only port.',
        rationale:
          'A non-zero `readOnlyPort` (10255) serves pod specs, environment and node metrics over plain HTTP without authentication. In a KubeletConfiguration file the default is 0 ' +
          '(the `--read-only-port` flag defaults to 10255), so only an explicit non-zero value is reported. PCI DSS container guidance 4.2 forbids unprotected administrative interfaces.',
        fix: 'Set `readOnlyPort: 0` or remove the field from the KubeletConfiguration. Do not override it with kubeadm `nodeRegistration.kubeletExtraArgs`, which beats the config file.',
        references: ['CIS Kubernetes Benchmark 4.2.4'],
      },
      messages: {
        flagOpen: 'kubeadm passes --read-only-port={{value}} to the kubelet (nodeRegistration.kubeletExtraArgs), overriding its config file and serving pod and node data over unauthenticated HTTP.',
        containerOpen: 'Container "{{container}}" runs the kubelet with --read-only-port={{value}}, serving pod and node data over unauthenticated HTTP.',
        open: 'KubeletConfiguration sets readOnlyPort: {{value}}, serving pod and node data over unauthenticated HTTP.',
      },
      fixes: {
        flagOpen: 'Remove it or set it to 0.',
        containerOpen: 'Remove the flag or set it to 0.',
        open: 'Set readOnlyPort: 0.',
      },
    },
    flag: 'read-only-port',
    unsafeFlag: (v) => Number(v) !== 0,
    field: ['readOnlyPort'],
    // Unvalidated input: the port may be written as a string.
    unsafeField: (v) => (typeof v === 'number' || typeof v === 'string') && Number(v) !== 0,
    messages: { flag: 'flagOpen', container: 'containerOpen', field: 'open' },
  }),
);
