import { defineRule } from '../../src/engine/rule.js';
import { kubeletSettingRule } from '../../src/model/shapes/kubelet-setting.js';

export default defineRule(
  kubeletSettingRule({
    meta: {
      id: 'kubelet-protect-kernel-defaults',
      pci: ['3.1'],
      requirements: ['2.2.6'],
      inputs: ['kubelet-config'],
      severity: 'warning',
      docs: {
        summary: 'The kubelet should refuse to run when kernel settings differ from what it expects, instead of changing them.',
        rationale:
          'With `protectKernelDefaults` false (the default for both the flag and the config file) the kubelet silently rewrites kernel tunables such as `vm.overcommit_memory` and ' +
          '`kernel.panic` that the node\'s hardening set. PCI DSS container guidance 3.1 asks that the host stays in its hardened state.',
        fix: 'Set `protectKernelDefaults: true` in the KubeletConfiguration and configure the required sysctls on the node (for example in /etc/sysctl.d/90-kubelet.conf). Do not override it with kubeadm `nodeRegistration.kubeletExtraArgs`, which beats the config file.',
        references: ['CIS Kubernetes Benchmark 4.2.6'],
      },
      messages: {
        flagOff: 'kubeadm passes --protect-kernel-defaults={{value}} to the kubelet (nodeRegistration.kubeletExtraArgs), overriding its config file, so the kubelet may change hardened kernel settings.',
        containerOff: 'Container "{{container}}" runs the kubelet with --protect-kernel-defaults={{value}}, so the kubelet may change hardened kernel settings.',
        off: 'KubeletConfiguration sets protectKernelDefaults: {{value}}, so the kubelet may change hardened kernel settings.',
        offByDefault: 'KubeletConfiguration does not set protectKernelDefaults (default false), so the kubelet may change hardened kernel settings.',
      },
      fixes: {
        flagOff: 'Remove it or set it to true.',
        containerOff: 'Remove the flag or set it to true.',
        off: 'Set protectKernelDefaults: true.',
        offByDefault: 'Add protectKernelDefaults: true.',
      },
    },
    flag: 'protect-kernel-defaults',
    unsafeFlag: (v) => v.toLowerCase() === 'false',
    field: ['protectKernelDefaults'],
    unsafeField: (v) => v !== true,
    messages: { flag: 'flagOff', container: 'containerOff', field: 'off', unset: 'offByDefault' },
  }),
);
