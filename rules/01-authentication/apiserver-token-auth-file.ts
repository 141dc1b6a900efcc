import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'apiserver-token-auth-file',
    pci: ['1.4'],
    requirements: ['8.3.2', '8.6.2'],
    inputs: ['kube-apiserver'],
    severity: 'error',
    docs: {
      summary: 'The kube-apiserver must not authenticate users with a static token file.',
      rationale:
        'Tokens in a `--token-auth-file` never expire, cannot be revoked without restarting the apiserver and sit in clear text on every control-plane node. ' +
        'PCI DSS container guidance 1.4 asks for credentials that can be rotated and revoked, tied to individual identities.',
      fix: 'Remove `--token-auth-file` and authenticate people through OIDC or a webhook, and machines through ServiceAccount tokens or client certificates.',
      references: ['CIS Kubernetes Benchmark 1.2.2', 'https://kubernetes.io/docs/reference/access-authn-authz/authentication/#static-token-file'],
    },
    messages: {
      tokenFile:
        'kube-apiserver reads static bearer tokens from {{file}}: they never expire and cannot be revoked without a restart.',
    },
    fixes: {
      tokenFile: 'Remove --token-auth-file and use OIDC, a webhook or client certificates.',
    },
  },
  visit: {
    ControlPlaneComponent(ctx, node) {
      if (node.component !== 'kube-apiserver') return;
      for (const flag of node.all('token-auth-file')) ctx.report({ at: flag.path, messageId: 'tokenFile', data: { file: flag.value } });
    },
  },
});
