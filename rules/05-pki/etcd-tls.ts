import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'etcd-tls',
    pci: ['5.1', '4.2'],
    requirements: ['4.2.1', '8.3.2'],
    inputs: ['etcd', 'kube-apiserver'],
    severity: 'error',
    docs: {
      summary: 'etcd must serve clients over TLS, and the kube-apiserver must verify etcd with the etcd CA and authenticate with a client certificate.',
      rationale:
        'etcd holds every Secret and ServiceAccount token of the cluster. Without `--cert-file` and `--key-file` etcd can serve clients only over plain HTTP; ' +
        'without `--etcd-cafile` the kube-apiserver checks etcd\'s certificate only against the system\'s public roots, not the etcd CA; without `--etcd-certfile` and `--etcd-keyfile` it has no ' +
        'client certificate, so etcd must accept unauthenticated clients for the cluster to work. PCI DSS container guidance 5.1 and 4.2 ask for TLS with certificates from a controlled CA on ' +
        'every control-plane connection. kubeadm writes all three apiserver flags for its local etcd, and for an external etcd when `etcd.external` names the files ' +
        '(cmd/kubeadm/app/phases/controlplane/manifests.go getAPIServerCommand).',
      fix: 'etcd: set `--cert-file` and `--key-file` (and `--client-cert-auth=true` with `--trusted-ca-file`). kube-apiserver: set `--etcd-cafile`, `--etcd-certfile` and `--etcd-keyfile`, and use https:// URLs in `--etcd-servers`; kubeadm with an external etcd: fill `etcd.external.caFile`, `certFile` and `keyFile`.',
      references: ['CIS Kubernetes Benchmark 1.2.29, 1.2.32, 2.1', 'https://etcd.io/docs/v3.5/op-guide/security/', 'kubernetes/kubernetes cmd/kubeadm/app/phases/controlplane/manifests.go (getAPIServerCommand)'],
    },
    messages: {
      noServingCert:
        'etcd sets no {{missing}}: it cannot serve clients over TLS, so the kube-apiserver\'s reads and writes of every Secret cross the network in the clear.',
      noEtcdCa:
        'kube-apiserver sets no --etcd-cafile: it checks etcd\'s certificate only against the system\'s public roots, not the etcd CA, so any publicly trusted certificate for that address passes.',
      noEtcdClientCert:
        'kube-apiserver sets no {{missing}}: it has no client certificate for etcd, so etcd must accept unauthenticated clients for the apiserver to work.',
      plaintextEtcd: 'kube-apiserver reaches etcd at {{url}} without TLS (--etcd-servers): every Secret crosses the network in the clear.',
    },
    fixes: {
      noServingCert: 'Set --cert-file and --key-file from the etcd CA.',
      noEtcdCa: 'Add --etcd-cafile with the etcd CA.',
      noEtcdClientCert: 'Add --etcd-certfile and --etcd-keyfile.',
      plaintextEtcd: 'Use an https:// URL.',
    },
  },
  visit: {
    ControlPlaneComponent(ctx, node) {
      if (node.component === 'etcd') {
        const autoTls = node.flag('auto-tls');
        // --auto-tls serves TLS with a self-signed certificate: etcd-client-cert-auth reports that.
        if (autoTls && autoTls.value.toLowerCase() !== 'false') return;
        const missing = ['cert-file', 'key-file'].filter((f) => !node.flag(f)?.value.trim());
        if (missing.length > 0) ctx.report({ at: node.missingAt, part: 'key', messageId: 'noServingCert', data: { missing: missing.map((f) => `--${f}`).join(' or ') } });
        return;
      }
      if (node.component !== 'kube-apiserver') return;
      const servers = node.flag('etcd-servers');
      const urls = node.list('etcd-servers');
      const plaintext = urls.filter((u) => u.toLowerCase().startsWith('http://'));
      if (servers) for (const url of plaintext) ctx.report({ at: servers.path, messageId: 'plaintextEtcd', data: { url } });
      // Nothing to verify or authenticate to over plain HTTP: the URL is the finding.
      if (urls.length > 0 && plaintext.length === urls.length) return;
      if (!node.flag('etcd-cafile')?.value.trim()) ctx.report({ at: node.missingAt, part: 'key', messageId: 'noEtcdCa' });
      const missing = ['etcd-certfile', 'etcd-keyfile'].filter((f) => !node.flag(f)?.value.trim());
      if (missing.length > 0) ctx.report({ at: node.missingAt, part: 'key', messageId: 'noEtcdClientCert', data: { missing: missing.map((f) => `--${f}`).join(' or ') } });
    },
  },
});
