import { defineRule } from '../../src/engine/rule.js';
import { checkControlPlaneFlag } from '../../src/model/shapes/control-plane-flag.js';

export default defineRule({
  meta: {
    id: 'etcd-client-cert-auth',
    pci: ['1.1'],
    requirements: ['8.2.1', '8.3.1'],
    inputs: ['etcd'],
    severity: 'error',
    docs: {
      summary: 'etcd must require certificates signed by its CA from clients (the kube-apiserver), and must not use self-signed auto TLS or plain HTTP.',
      rationale:
        'etcd holds every Secret of the cluster. Without `--client-cert-auth=true` anyone who reaches port 2379 can read or write it; with `--auto-tls` ' +
        'etcd generates throw-away self-signed certificates that no one can verify. PCI DSS container guidance 1.1 requires authenticated access to the orchestrator\'s data store.',
      fix: 'Set `--client-cert-auth=true` with `--trusted-ca-file`, `--cert-file` and `--key-file` from your cluster CA, and remove `--auto-tls`. Listen for clients on https:// URLs only (`--listen-client-urls`).',
      references: ['CIS Kubernetes Benchmark 2.2, 2.3', 'https://etcd.io/docs/v3.5/op-guide/security/'],
    },
    messages: {
      certAuthOff: 'etcd sets --client-cert-auth={{value}}: clients (the kube-apiserver) can connect without a certificate signed by the etcd CA.',
      certAuthDefault: 'etcd does not set --client-cert-auth, which defaults to false: clients (the kube-apiserver) can connect without a certificate signed by the etcd CA.',
      plaintext: 'etcd listens on {{url}} without TLS (--listen-{{which}}-urls), where certificate authentication cannot apply.',
      autoTls: 'etcd sets --auto-tls={{value}}: it uses self-signed certificates that nobody can verify.',
    },
    fixes: {
      certAuthOff: 'Set --client-cert-auth=true.',
      certAuthDefault: 'Add --client-cert-auth=true.',
      plaintext: 'Use an https:// URL.',
      autoTls: 'Remove it and configure certificates from the etcd CA.',
    },
  },
  visit: {
    ControlPlaneComponent(ctx, node) {
      if (node.component !== 'etcd') return;
      checkControlPlaneFlag(ctx, node, {
        components: ['etcd'],
        flag: 'client-cert-auth',
        unsafe: (value) => value.toLowerCase() !== 'true',
        unset: 'default',
        messages: { unsafe: 'certAuthOff', unset: 'certAuthDefault' },
      });
      const listen = node.flag('listen-client-urls');
      for (const url of node.list('listen-client-urls')) {
        if (listen && url.toLowerCase().startsWith('http://')) ctx.report({ at: listen.path, messageId: 'plaintext', data: { url, which: 'client' } });
      }
      checkControlPlaneFlag(ctx, node, { components: ['etcd'], flag: 'auto-tls', unsafe: (value) => value.toLowerCase() !== 'false', messages: { unsafe: 'autoTls' } });
    },
  },
});
