import { defineRule } from '../../src/engine/rule.js';
import { kubeletSettingRule } from '../../src/model/shapes/kubelet-setting.js';

export default defineRule(
  kubeletSettingRule({
    meta: {
      id: 'kubelet-authorization-mode',
      pci: ['2.2'],
      requirements: ['7.3.1', '7.3.3'],
      inputs: ['kubelet-config'],
      severity: 'error',
      docs: {
        summary: 'The kubelet must ask the API server to authorise requests (authorization mode Webhook).',
        rationale:
          'With `authorization.mode: AlwaysAllow` any client that authenticates to the kubelet may exec into containers, read logs and port-forward on the node. ' +
          'In a KubeletConfiguration file the default is Webhook (the `--authorization-mode` flag defaults to AlwaysAllow), so only an explicit AlwaysAllow is reported. PCI DSS container guidance 2.2.',
        fix: 'Set `authorization.mode: Webhook` in the KubeletConfiguration. Do not override it with kubeadm `nodeRegistration.kubeletExtraArgs`, which beats the config file.',
        references: ['CIS Kubernetes Benchmark 4.2.2', 'https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/'],
      },
      messages: {
        flagAlwaysAllow: 'kubeadm passes --authorization-mode={{value}} to the kubelet (nodeRegistration.kubeletExtraArgs), overriding its config file: every authenticated client may use the kubelet API.',
        containerAlwaysAllow: 'Container "{{container}}" runs the kubelet with --authorization-mode={{value}}: every authenticated client may use the kubelet API.',
        alwaysAllow: 'KubeletConfiguration sets authorization.mode: {{value}}: every authenticated client may use the kubelet API.',
      },
      fixes: {
        flagAlwaysAllow: 'Remove it or set it to Webhook.',
        containerAlwaysAllow: 'Remove the flag or set it to Webhook.',
        alwaysAllow: 'Set authorization.mode: Webhook.',
      },
    },
    flag: 'authorization-mode',
    unsafeFlag: (v) => v === 'AlwaysAllow',
    field: ['authorization', 'mode'],
    unsafeField: (v) => v === 'AlwaysAllow',
    messages: { flag: 'flagAlwaysAllow', container: 'containerAlwaysAllow', field: 'alwaysAllow' },
  }),
);
