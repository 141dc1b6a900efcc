import { defineRule } from '../../src/engine/rule.js';
import { checkControlPlaneFlag } from '../../src/model/shapes/control-plane-flag.js';

export default defineRule({
  meta: {
    id: 'etcd-peer-cert-auth',
    pci: ['1.1'],
    requirements: ['8.3.1'],
    inputs: ['etcd'],
    severity: 'error',
    docs: {
      summary: 'etcd must require certificates signed by its CA from other etcd members, and must not use self-signed auto TLS or plain HTTP.',
      rationale:
        'etcd holds every Secret of the cluster. Without `--peer-client-cert-auth=true` anyone who reaches port 2380 can read or write it; with `--peer-auto-tls` ' +
        'etcd generates throw-away self-signed certificates that no one can verify. PCI DSS container guidance 1.1 requires authenticated access to the orchestrator\'s data store.',
      fix: 'Set `--peer-client-cert-auth=true` with `--peer-trusted-ca-file`, `--peer-cert-file` and `--peer-key-file` from your cluster CA, and remove `--peer-auto-tls`. Listen for peers on https:// URLs only (`--listen-peer-urls`).',
      references: ['CIS Kubernetes Benchmark 2.5, 2.6', 'https://etcd.io/docs/v3.5/op-guide/security/'],
    },
    messages: {
      certAuthOff: 'etcd sets --peer-client-cert-auth={{value}}: other etcd members can connect without a certificate signed by the etcd CA.',
      certAuthDefault: 'etcd does not set --peer-client-cert-auth, which defaults to false: other etcd members can connect without a certificate signed by the etcd CA.',
      plaintext: 'etcd listens on {{url}} without TLS (--listen-{{which}}-urls), where certificate authentication cannot apply.',
      autoTls: 'etcd sets --peer-auto-tls={{value}}: it uses self-signed certificates that nobody can verify.',
      noPeerCert:
        'etcd is set up for peer TLS but sets no {{missing}}: it has no certificate to present to other etcd members, so peer connections (which replicate every Secret) cannot use TLS.',
    },
    fixes: {
      certAuthOff: 'Set --peer-client-cert-auth=true.',
      certAuthDefault: 'Add --peer-client-cert-auth=true.',
      plaintext: 'Use an https:// URL.',
      autoTls: 'Remove it and configure certificates from the etcd CA.',
      noPeerCert: 'Set --peer-cert-file and --peer-key-file from the etcd CA.',
    },
  },
  visit: {
    ControlPlaneComponent(ctx, node) {
      if (node.component !== 'etcd') return;
      checkControlPlaneFlag(ctx, node, {
        components: ['etcd'],
        flag: 'peer-client-cert-auth',
        unsafe: (value) => value.toLowerCase() !== 'true',
        unset: 'default',
        messages: { unsafe: 'certAuthOff', unset: 'certAuthDefault' },
      });
      const listen = node.flag('listen-peer-urls');
      for (const url of node.list('listen-peer-urls')) {
        if (listen && url.toLowerCase().startsWith('http://')) ctx.report({ at: listen.path, messageId: 'plaintext', data: { url, which: 'peer' } });
      }
      checkControlPlaneFlag(ctx, node, { components: ['etcd'], flag: 'peer-auto-tls', unsafe: (value) => value.toLowerCase() !== 'false', messages: { unsafe: 'autoTls' } });
      // A member set up for peer TLS (an https:// peer listener, or any peer certificate flag) needs both its
      // certificate and key; --peer-auto-tls makes its own (reported above). A single member left on the
      // default peer listener (http://localhost:2380, no peer flags) has no peers to protect.
      const autoTls = (node.flag('peer-auto-tls')?.value.toLowerCase() ?? 'false') !== 'false';
      const peerTls =
        node.list('listen-peer-urls').some((url) => url.toLowerCase().startsWith('https://')) ||
        ['peer-cert-file', 'peer-key-file', 'peer-trusted-ca-file'].some((f) => node.flag(f)?.value.trim());
      const missing = ['peer-cert-file', 'peer-key-file'].filter((f) => !node.flag(f)?.value.trim());
      if (peerTls && !autoTls && missing.length > 0)
        ctx.report({ at: node.missingAt, part: 'key', messageId: 'noPeerCert', data: { missing: missing.map((f) => `--${f}`).join(' or ') } });
    },
  },
});
