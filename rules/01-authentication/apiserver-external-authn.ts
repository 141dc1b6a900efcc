import { defineRule } from '../../src/engine/rule.js';

/** Flags through which the apiserver can authenticate people against an identity provider. */
const EXTERNAL_AUTHN_FLAGS = ['oidc-issuer-url', 'authentication-config', 'authentication-token-webhook-config-file'];

export default defineRule({
  meta: {
    id: 'apiserver-external-authn',
    pci: ['1.6'],
    requirements: ['8.4.1'],
    inputs: ['kube-apiserver'],
    severity: 'info',
    docs: {
      summary: 'People should log in to the kube-apiserver through an external identity provider (OIDC, structured JWT authentication or a webhook).',
      rationale:
        'Without an identity provider, administrators share client certificates or static tokens that cannot enforce MFA, expire with the person\'s employment ' +
        'or be revoked. PCI DSS container guidance 1.6 asks that administrative access goes through the organisation\'s identity management with MFA.',
      fix: 'Configure `--oidc-issuer-url` and `--oidc-client-id`, an AuthenticationConfiguration with `--authentication-config` (1.30+), or `--authentication-token-webhook-config-file`.',
      references: ['https://kubernetes.io/docs/reference/access-authn-authz/authentication/#openid-connect-tokens'],
    },
    messages: {
      none:
        'kube-apiserver has no external authentication for people (--oidc-issuer-url, --authentication-config or --authentication-token-webhook-config-file).',
    },
    fixes: {
      none: 'Connect it to the organisation\'s identity provider so that admin access uses personal, MFA-protected logins.',
    },
  },
  visit: {
    ControlPlaneComponent(ctx, node) {
      if (node.component !== 'kube-apiserver') return;
      if (EXTERNAL_AUTHN_FLAGS.some((name) => node.flag(name))) return;
      ctx.report({ at: node.missingAt, part: 'key', messageId: 'none' });
    },
  },
});
