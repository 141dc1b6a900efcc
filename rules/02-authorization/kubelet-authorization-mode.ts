import { defineRule } from '../../src/engine/rule.js';
import { unsafeKubeletFlag } from '../../src/model/control-plane.js';
import type { Resource } from '../../src/model/resource.js';

const unsafeFlag = (resource: Resource) => unsafeKubeletFlag(resource, 'authorization-mode', (v) => v === 'AlwaysAllow');

export default defineRule({
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
      flagAlwaysAllow: 'kubeadm passes --authorization-mode={{value}} to the kubelet (nodeRegistration.kubeletExtraArgs), overriding its config file: every authenticated client may use the kubelet API. Remove it or set it to Webhook.',
      alwaysAllow: 'KubeletConfiguration sets authorization.mode: {{mode}}: every authenticated client may use the kubelet API. Set authorization.mode: Webhook.',
    },
  },
  visit: {
    InitConfiguration(ctx, config) {
      const flag = unsafeFlag(config);
      if (flag) ctx.report({ at: flag.path, messageId: 'flagAlwaysAllow', data: { value: flag.value } });
    },
    JoinConfiguration(ctx, config) {
      const flag = unsafeFlag(config);
      if (flag) ctx.report({ at: flag.path, messageId: 'flagAlwaysAllow', data: { value: flag.value } });
    },
    KubeletConfiguration(ctx, config) {
      const mode = config.value.authorization?.mode;
      if (mode === 'AlwaysAllow') ctx.report({ at: config.pathTo('authorization', 'mode'), messageId: 'alwaysAllow', data: { mode } });
    },
  },
});
