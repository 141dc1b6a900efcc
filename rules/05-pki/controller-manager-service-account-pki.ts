import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'controller-manager-service-account-pki',
    pci: ['5.1'],
    requirements: ['8.6.3', '8.3.2'],
    inputs: ['kube-controller-manager'],
    severity: 'warning',
    docs: {
      summary: 'kube-controller-manager should sign ServiceAccount tokens with a dedicated key (--service-account-private-key-file) and give pods the cluster CA (--root-ca-file).',
      rationale:
        'Without `--service-account-private-key-file` the controller manager signs no ServiceAccount tokens: the key that does sign them then lives only with the apiserver and cannot be ' +
        'rotated as a pair the controller manager knows, and token Secrets are left empty. Without `--root-ca-file` the CA published to pods (the `kube-root-ca.crt` ConfigMap and token Secrets) ' +
        'does not include the apiserver\'s CA, so pods cannot verify whom they send their token to. PCI DSS container guidance 5.1 asks that the keys and CAs behind cluster credentials are ' +
        'controlled. kubeadm sets both (cmd/kubeadm/app/phases/controlplane/manifests.go getControllerManagerCommand).',
      fix: 'Add `--service-account-private-key-file` (the private half of the apiserver\'s `--service-account-key-file`) and `--root-ca-file` (the CA that signed the apiserver\'s serving certificate).',
      references: ['CIS Kubernetes Benchmark 1.3.4, 1.3.5', 'kube-controller-manager reference (--service-account-private-key-file, --root-ca-file)'],
    },
    messages: {
      noPrivateKey:
        'kube-controller-manager sets no --service-account-private-key-file: it signs no ServiceAccount tokens, and the signing key cannot be rotated together with the apiserver\'s --service-account-key-file.',
      noRootCa:
        'kube-controller-manager sets no --root-ca-file: the CA it publishes to pods does not include the apiserver\'s CA, so pods cannot verify the API server they send their token to.',
    },
    fixes: {
      noPrivateKey: 'Add the dedicated private key.',
      noRootCa: 'Add --root-ca-file with that CA.',
    },
  },
  visit: {
    ControlPlaneComponent(ctx, node) {
      if (node.component !== 'kube-controller-manager') return;
      if (!node.flag('service-account-private-key-file')?.value.trim()) ctx.report({ at: node.missingAt, part: 'key', messageId: 'noPrivateKey' });
      if (!node.flag('root-ca-file')?.value.trim()) ctx.report({ at: node.missingAt, part: 'key', messageId: 'noRootCa' });
    },
  },
});
