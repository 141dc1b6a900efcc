import { defineRule } from '../../src/engine/rule.js';
import { kubeletSettingRule } from '../../src/model/shapes/kubelet-setting.js';

export default defineRule(
  kubeletSettingRule({
    meta: {
      id: 'kubelet-rotate-certificates',
      pci: ['5.1'],
      requirements: ['8.6.3'],
      inputs: ['kubelet-config'],
      severity: 'warning',
      docs: {
        summary: 'The kubelet must renew its client certificate automatically.',
        rationale:
          'With `rotateCertificates` false (the default in a KubeletConfiguration file) a kubelet keeps the client certificate it bootstrapped with until it expires, so a leaked ' +
          'node credential stays valid for its whole lifetime and expiry takes the node down. kubeadm always sets it to true. PCI DSS container guidance 5.1 asks for short-lived, rotated certificates.',
        fix: 'Set `rotateCertificates: true` in the KubeletConfiguration. Do not override it with kubeadm `nodeRegistration.kubeletExtraArgs`, which beats the config file.',
        references: ['CIS Kubernetes Benchmark 4.2.11', 'https://kubernetes.io/docs/tasks/tls/certificate-rotation/'],
      },
      messages: {
        flagOff: 'kubeadm passes --rotate-certificates={{value}} to the kubelet (nodeRegistration.kubeletExtraArgs), overriding its config file: the kubelet never renews its client certificate. Remove it.',
        off: 'KubeletConfiguration sets rotateCertificates: {{value}}: the kubelet never renews its client certificate. Set rotateCertificates: true.',
        offByDefault: 'KubeletConfiguration does not set rotateCertificates, which defaults to false: the kubelet never renews its client certificate. Add rotateCertificates: true.',
      },
    },
    flag: 'rotate-certificates',
    unsafeFlag: (v) => v.toLowerCase() === 'false',
    field: ['rotateCertificates'],
    unsafeField: (v) => v !== true,
    messages: { flag: 'flagOff', field: 'off', unset: 'offByDefault' },
  }),
);
