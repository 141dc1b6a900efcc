import { defineRule } from '../../src/engine/rule.js';
import { kubeletSettingRule } from '../../src/model/shapes/kubelet-setting.js';

export default defineRule(
  kubeletSettingRule({
    meta: {
      id: 'kubelet-anonymous-auth',
      pci: ['1.1'],
      requirements: ['8.2.1', '8.3.1'],
      inputs: ['kubelet-config'],
      severity: 'error',
      docs: {
        summary: 'The kubelet must not serve anonymous requests.',
        rationale:
          'The kubelet API on port 10250 can run commands in containers and read their logs. With anonymous authentication on, requests without credentials reach it as ' +
          '`system:anonymous`. PCI DSS container guidance 1.1 requires authenticated access to node agents. In a KubeletConfiguration file the default is already false ' +
          '(unlike the `--anonymous-auth` flag, which defaults to true), so only an explicit `true` is reported here.',
        fix: 'Set `authentication.anonymous.enabled: false` in the KubeletConfiguration and keep `authentication.webhook.enabled: true`. Do not override it with kubeadm `nodeRegistration.kubeletExtraArgs`, which beats the config file.',
        references: ['CIS Kubernetes Benchmark 4.2.1', 'https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/'],
      },
      messages: {
        flagEnabled: 'kubeadm passes --anonymous-auth={{value}} to the kubelet (nodeRegistration.kubeletExtraArgs), overriding its config file: requests without credentials are served as system:anonymous.',
        containerEnabled: 'Container "{{container}}" runs the kubelet with --anonymous-auth={{value}}: requests without credentials are served as system:anonymous.',
        enabled:
          'KubeletConfiguration enables anonymous requests: anyone who reaches port 10250 is served as system:anonymous.',
      },
      fixes: {
        flagEnabled: 'Remove it or set it to false.',
        containerEnabled: 'Remove the flag or set it to false.',
        enabled: 'Set authentication.anonymous.enabled: false.',
      },
    },
    flag: 'anonymous-auth',
    unsafeFlag: (v) => v.toLowerCase() !== 'false',
    field: ['authentication', 'anonymous', 'enabled'],
    unsafeField: (v) => v === true,
    messages: { flag: 'flagEnabled', container: 'containerEnabled', field: 'enabled' },
  }),
);
