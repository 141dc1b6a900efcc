import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'kubelet-serving-certificate',
    pci: ['5.1'],
    requirements: ['2.2.7'],
    inputs: ['kubelet-config'],
    severity: 'warning',
    docs: {
      summary: 'The kubelet should serve its API with a certificate from the cluster CA: `tlsCertFile`/`tlsPrivateKeyFile`, or `serverTLSBootstrap: true`.',
      rationale:
        'Without either, the kubelet generates a self-signed serving certificate at start-up. The API server then cannot verify whom it sends exec, attach and log traffic (and the credentials ' +
        'with it) to, and `--kubelet-certificate-authority` cannot be set. PCI DSS container guidance 5.1 asks that certificates come from a controlled CA. kubeadm leaves both unset by default.',
      fix: 'Set `serverTLSBootstrap: true` (and approve the kubelet-serving CSRs, or run an approver), or point `tlsCertFile` and `tlsPrivateKeyFile` at a certificate from the cluster CA.',
      references: ['CIS Kubernetes Benchmark 4.2.10', 'https://kubernetes.io/docs/reference/access-authn-authz/kubelet-tls-bootstrapping/#certificate-rotation'],
    },
    messages: {
      selfSigned:
        'KubeletConfiguration sets neither tlsCertFile nor serverTLSBootstrap: true, so the kubelet serves its API with a self-signed certificate the API server cannot verify.',
    },
    fixes: {
      selfSigned: 'Set serverTLSBootstrap: true, or tlsCertFile and tlsPrivateKeyFile from the cluster CA.',
    },
  },
  visit: {
    KubeletConfiguration(ctx, config) {
      const { tlsCertFile, serverTLSBootstrap } = config.value;
      if ((typeof tlsCertFile === 'string' && tlsCertFile.trim() !== '') || serverTLSBootstrap === true) return;
      ctx.report({ at: config.pathTo(serverTLSBootstrap === undefined ? 'kind' : 'serverTLSBootstrap'), messageId: 'selfSigned' });
    },
  },
});
