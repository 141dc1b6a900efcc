import { defineRule, type Path } from '../../src/engine/rule.js';
import { isCredentialName, isPlaceholderValue } from '../../src/model/credentials.js';
import { isPlainObject, own } from '../../src/model/resource.js';

/**
 * The fields of a kubeconfig user (client-go tools/clientcmd/api/v1 AuthInfo) that hold a credential in the
 * file itself. Paths (`client-key`, `tokenFile`) and the public certificate (`client-certificate-data`) do not.
 */
const INLINE_CREDENTIALS: readonly (readonly [field: string, what: string])[] = [
  ['client-key-data', 'a client private key (client-key-data)'],
  ['token', 'a bearer token (token)'],
  ['password', 'a password (password)'],
];

/** Keys of the legacy `auth-provider.config` map (oidc, gcp, azure) that hold tokens or client secrets. */
const AUTH_PROVIDER_SECRETS: ReadonlySet<string> = new Set(['id-token', 'refresh-token', 'access-token', 'client-secret']);

interface Finding {
  readonly at: Path;
  readonly what: string;
}

function credentialsOf(user: Readonly<Record<string, unknown>>, base: Path): Finding[] {
  const found: Finding[] = [];
  for (const [field, what] of INLINE_CREDENTIALS) {
    const value = own(user, field);
    if (typeof value === 'string' && !isPlaceholderValue(value)) found.push({ at: [...base, field], what });
  }
  const provider = own(user, 'auth-provider');
  const config = isPlainObject(provider) ? own(provider, 'config') : undefined;
  if (isPlainObject(config)) {
    for (const [key, value] of Object.entries(config)) {
      if (typeof value === 'string' && !isPlaceholderValue(value) && (AUTH_PROVIDER_SECRETS.has(key) || isCredentialName(key))) {
        found.push({ at: [...base, 'auth-provider', 'config', key], what: `a token or secret of the auth-provider (${key})` });
      }
    }
  }
  const exec = own(user, 'exec');
  const env = isPlainObject(exec) ? own(exec, 'env') : undefined;
  if (Array.isArray(env)) {
    env.forEach((item: unknown, i) => {
      if (!isPlainObject(item) || typeof item.name !== 'string' || typeof item.value !== 'string') return;
      if (isCredentialName(item.name) && !isPlaceholderValue(item.value)) found.push({ at: [...base, 'exec', 'env', i, 'value'], what: `a credential in the exec plugin's environment (${item.name})` });
    });
  }
  return found;
}

export default defineRule({
  meta: {
    id: 'kubeconfig-credentials',
    pci: ['1.4'],
    requirements: ['8.6.2'],
    inputs: ['kubeconfig'],
    severity: 'error',
    docs: {
      summary: 'Kubeconfig files must not be committed with tokens, passwords or client keys in them.',
      rationale:
        'A kubeconfig (`apiVersion: v1`, `kind: Config`) that holds a user\'s `token`, `password`, `client-key-data`, the tokens or client secret of a legacy `auth-provider`, or a credential in an `exec` plugin\'s `env` gives whoever reads the repository that user\'s access to the cluster; ' +
        'a client certificate cannot even be revoked before it expires. PCI DSS container guidance 1.4 asks for no static credentials, and PCI DSS 8.6.2 forbids passwords of system accounts hard-coded in configuration files. ' +
        'Paths to key and token files (`client-key`, `tokenFile`) and `client-certificate-data` (the public half) are not credentials; values that are empty or obvious placeholders are skipped. ' +
        'Findings point at the field and never repeat its value. Directories are searched for `*.yaml`, `*.yml`, `*.json`, `*.kubeconfig` and files named `kubeconfig`; name other files (such as admin.conf) explicitly.',
      fix: 'Remove the file from the repository (and its history), revoke the credential it held, and have users authenticate through an `exec` credential plugin of the identity provider (kubelogin, cloud CLIs) so the kubeconfig holds no secret.',
      references: [
        'https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/',
        'https://kubernetes.io/docs/reference/config-api/kubeconfig.v1/',
        'https://kubernetes.io/docs/reference/access-authn-authz/authentication/#client-go-credential-plugins',
      ],
    },
    messages: {
      inlineCredential:
        'Kubeconfig user "{{user}}" holds {{what}} in the file, so anyone who can read it can act as that user on the cluster.',
    },
    fixes: {
      inlineCredential: 'Remove the file from version control, revoke the credential, and authenticate through an exec credential plugin instead.',
    },
  },
  visit: {
    Resource(ctx, resource) {
      if (resource.kind !== 'Config' || resource.group !== '') return;
      const users: unknown = resource.value.users;
      if (!Array.isArray(users)) return;
      users.forEach((entry: unknown, i) => {
        if (!isPlainObject(entry) || !isPlainObject(entry.user)) return;
        const name = typeof entry.name === 'string' ? entry.name : `users[${String(i)}]`;
        for (const finding of credentialsOf(entry.user, resource.pathTo('users', i, 'user'))) {
          ctx.report({ at: finding.at, part: 'key', messageId: 'inlineCredential', data: { user: name, what: finding.what } });
        }
      });
    },
  },
});
