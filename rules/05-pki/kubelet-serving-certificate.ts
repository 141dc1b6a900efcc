import { defineRule } from '../../src/engine/rule.js';
import { kubeletContainerFlags, kubeletReadsFlagsOnly, lastFlag } from '../../src/model/control-plane.js';

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
        'with it) to, and `--kubelet-certificate-authority` cannot be set. PCI DSS container guidance 5.1 asks that certificates come from a controlled CA. kubeadm leaves both unset by default. ' +
        'A kubelet run by a container is judged by its flags (`--tls-cert-file`, `--tls-private-key-file`, `--rotate-server-certificates`) when it has no config file (no `--config` or `--config-dir`): ' +
        'then a flag left out is its default, none, and a certificate without its key (or a key without its certificate) is a pair the kubelet cannot serve with. With a config file, the file decides what the flags leave out.',
      fix: 'Set `serverTLSBootstrap: true` (and approve the kubelet-serving CSRs, or run an approver), or point `tlsCertFile` and `tlsPrivateKeyFile` at a certificate from the cluster CA.',
      references: ['CIS Kubernetes Benchmark 4.2.10', 'https://kubernetes.io/docs/reference/access-authn-authz/kubelet-tls-bootstrapping/#certificate-rotation'],
    },
    messages: {
      selfSigned:
        'KubeletConfiguration sets neither tlsCertFile nor serverTLSBootstrap: true, so the kubelet serves its API with a self-signed certificate the API server cannot verify.',
      containerSelfSigned:
        'Container "{{container}}" runs the kubelet with no config file (--config), no --tls-cert-file and no --rotate-server-certificates: it serves its API with a self-signed certificate the API server cannot verify.',
      containerHalfPair:
        'Container "{{container}}" runs the kubelet with no config file (--config) and --{{given}} but no --{{missing}}: its serving certificate and key are not a pair the kubelet can serve with.',
    },
    fixes: {
      selfSigned: 'Set serverTLSBootstrap: true, or tlsCertFile and tlsPrivateKeyFile from the cluster CA.',
      containerSelfSigned: 'Add --rotate-server-certificates=true, or --tls-cert-file and --tls-private-key-file from the cluster CA.',
      containerHalfPair: 'Add --{{missing}} with the other half of the pair.',
    },
  },
  visit: {
    Container(ctx, container) {
      const flags = kubeletContainerFlags(container.value, container.path);
      // With a config file, what the flags leave out is the file's; only a kubelet on flags alone is judged.
      if (!flags || !kubeletReadsFlagsOnly(container.value, flags)) return;
      const data = { container: container.name };
      const cert = lastFlag(flags, 'tls-cert-file');
      const key = lastFlag(flags, 'tls-private-key-file');
      const hasCert = cert !== undefined && cert.value.trim() !== '';
      const hasKey = key !== undefined && key.value.trim() !== '';
      const given = hasCert ? cert : key;
      if (hasCert !== hasKey && given) {
        ctx.report({ at: given.path, messageId: 'containerHalfPair', data: { ...data, given: given.name, missing: hasCert ? 'tls-private-key-file' : 'tls-cert-file' } });
        return;
      }
      if (hasCert) return;
      if (lastFlag(flags, 'rotate-server-certificates')?.value.trim().toLowerCase() === 'true') return;
      ctx.report({ at: container.path, part: 'key', messageId: 'containerSelfSigned', data });
    },
    KubeletConfiguration(ctx, config) {
      const { tlsCertFile, serverTLSBootstrap } = config.value;
      if ((typeof tlsCertFile === 'string' && tlsCertFile.trim() !== '') || serverTLSBootstrap === true) return;
      ctx.report({ at: config.pathTo(serverTLSBootstrap === undefined ? 'kind' : 'serverTLSBootstrap'), messageId: 'selfSigned' });
    },
  },
});
