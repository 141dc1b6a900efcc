import { describe, expect, it } from 'vitest';
import { detectCredential, isCredentialName, isEnvironmentReference, isNonCredentialEntry, isNsswitchDatabaseList, isPathLikeValue, isPlaceholderValue, isSecretObjectReference } from '../../src/model/credentials.js';

describe('isCredentialName', () => {
  it.each(['DB_PASSWORD', 'password', 'dbPassword', 'db-passwd', 'API_KEY', 'apiKey', 'x-api-key', 'GITHUB_TOKEN', 'authToken', 'client_secret', 'clientSecret', 'PRIVATE_KEY', 'private-key.der', 'AWS_SECRET_ACCESS_KEY', 'ConnectionString', 'SIGNING_KEY', 'credentials.json', 'SESSION_SECRET', 'AZURE_BATCH_KEY', 'AZURE_STORAGE_KEY', 'STORAGE_ACCOUNT_KEY', 'SSH_KEY_CONTENT', 'gcpKeyContent'])(
    '%s names a credential',
    (name) => {
      expect(isCredentialName(name)).toBe(true);
    },
  );

  it.each(['LOG_LEVEL', 'PASSWORD_FILE', 'TOKEN_URL', 'OIDC_TOKEN_ENDPOINT', 'SECRET_NAME', 'SECRET_NAMESPACE', 'SECRET_NAME_PREFIX', 'PASSWORD_MIN_LENGTH', 'TOKEN_TTL', 'AWS_ACCESS_KEY_ID', 'secretKeyRef', 'monkey', 'tokenizer', 'keycloak_realm', 'PUBLIC_KEY', 'SCAN_SECRETS_NAMES', 'TOKEN_PATHS', 'PASSWORD_POLICIES', 'SECRET_PREFIXES', 'SECRET_SHARES', 'UNSEAL_KEY_THRESHOLD', ''])(
    '%s does not',
    (name) => {
      expect(isCredentialName(name)).toBe(false);
    },
  );
});

describe('isPlaceholderValue', () => {
  it.each(['', '   ', '${DB_PASSWORD}', '$(TOKEN)', '<set-me>', '{{ .Values.token }}', '********', 'changeme', 'REDACTED', 'dummy', 'Placeholder', '__DB_PASSWORD__', '__ADMIN_TOKEN__', '#{DbPassword}#', '@@API_KEY@@', '{}', '[]', '{ }'])('%j is a placeholder', (value) => {
    expect(isPlaceholderValue(value)).toBe(true);
  });
  it.each(['hunter2', 'p@ss', 'x1', '__init__x', '_secret_', 'dummy-pass', 'dummy1', '{x}', '[a]'])('%j is not', (value) => {
    expect(isPlaceholderValue(value)).toBe(false);
  });
});

describe('detectCredential', () => {
  const github = ['ghp', 'a'.repeat(36)].join('_');

  it('recognises documented value shapes under any name', () => {
    expect(detectCredential('x', ['AKIA', 'IOSFODNN7EXAMPLE'].join(''))).toEqual({ by: 'value', what: 'an AWS access key id' });
    expect(detectCredential('x', github)).toEqual({ by: 'value', what: 'a GitHub token' });
    expect(detectCredential('x', ['github', 'pat', 'A1_'.repeat(10)].join('_'))).toEqual({ by: 'value', what: 'a GitHub token' });
    expect(detectCredential('x', ['xoxp', '1234567890', 'abcdef'].join('-'))).toEqual({ by: 'value', what: 'a Slack token' });
    expect(detectCredential('x', ['rk', 'test', 'a'.repeat(20)].join('_'))).toEqual({ by: 'value', what: 'a Stripe secret key' });
    expect(detectCredential('x', 'amqp://guest:guest@rabbit:5672/')).toEqual({ by: 'value', what: 'a URL with an embedded password' });
    expect(detectCredential('x', 'Host=db;Username=app;Pwd=S3cret;')).toEqual({ by: 'value', what: 'a connection string with a password' });
    expect(detectCredential('x', '-----BEGIN OPENSSH PRIVATE KEY-----')).toEqual({ by: 'value', what: 'a PEM private key' });
  });

  it('reports the line of a multi-line value', () => {
    expect(detectCredential('bundle.pem', 'subject=x\n-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----\n')).toEqual({ by: 'value', what: 'a PEM private key', valueLine: 2 });
    expect(detectCredential('app.env', 'PORT=8080\nexport STRIPE_API_KEY="abc123"\n')).toEqual({ by: 'value', what: 'a credential-like setting', valueLine: 2 });
    expect(detectCredential('config.yaml', 'db:\n  password: s3cret\n')).toEqual({ by: 'value', what: 'a credential-like setting', valueLine: 2 });
  });

  it('accepts names alone only with a real-looking value', () => {
    expect(detectCredential('DB_PASSWORD', 'hunter2')).toEqual({ by: 'name', what: 'a credential-like name' });
    expect(detectCredential('DB_PASSWORD', '${DB_PASSWORD}')).toBeUndefined();
    expect(detectCredential('TOKEN_AUTH', 'true')).toBeUndefined();
    expect(detectCredential('LOG_LEVEL', 'debug')).toBeUndefined();
  });

  it('ignores public keys, certificates, URLs without passwords and placeholder passwords', () => {
    expect(detectCredential('ca.crt', '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----')).toBeUndefined();
    expect(detectCredential('key.pub', '-----BEGIN PUBLIC KEY-----')).toBeUndefined();
    expect(detectCredential('url', 'https://user@example.com/path')).toBeUndefined();
    expect(detectCredential('url', 'postgres://app:${DB_PASSWORD}@db/shop')).toBeUndefined();
    expect(detectCredential('settings', 'password_policy:\n  min_length: 12\n')).toBeUndefined();
    expect(detectCredential('auth.ini', 'use_token = true\npassword_min = 12\nSECRET_PORT=8443\n')).toBeUndefined();
  });

  it('treats embedded settings that name a variable as references, but not hashes', () => {
    expect(detectCredential('dex.config', 'config:\n  clientSecret: $dex.sso.clientSecret\n')).toBeUndefined();
    expect(detectCredential('app.ini', 'admin_password = $__env{ADMIN_PASSWORD}\n')).toBeUndefined();
    expect(detectCredential('users.ini', 'x = 1\nadmin_password = $2y$10$abcdefghijklmnopqrstuv\n')).toEqual({ by: 'value', what: 'a credential-like setting', valueLine: 2 });
  });

  it('never returns any part of the value', () => {
    const value = 'mysql://root:VerySecretValue@db:3306/x';
    expect(JSON.stringify(detectCredential('DATABASE_URL', value))).not.toContain('VerySecret');
  });
});

describe('paths, bearer tokens and Secret entries', () => {
  it.each(['/var/run/secrets/kubernetes.io/serviceaccount/token', './certs/tls.key', '~/.ssh/id_ed25519', 'C:\\keys\\app.pfx', 'file:///etc/app/password'])('%j is a path, not a credential', (value) => {
    expect(isPathLikeValue(value)).toBe(true);
    expect(detectCredential('DB_PASSWORD', value)).toBeUndefined();
    expect(detectCredential('config', `password=${value}\nuser=app`)).toBeUndefined();
  });

  it.each(['hunter2', '/not a path', 'amqp://u:p@host/'])('%j is not a path', (value) => {
    expect(isPathLikeValue(value)).toBe(false);
  });

  it('recognises an Authorization header value with a bearer token, never a variable', () => {
    const token = ['Bearer', 'a1B2c3D4e5F6g7H8i9J0'].join(' ');
    expect(detectCredential('AUTH_HEADER', token)).toEqual({ by: 'value', what: 'a bearer token' });
    expect(detectCredential('AUTHORIZATION', token)).toEqual({ by: 'value', what: 'a bearer token' });
    expect(detectCredential('AUTH_HEADER', 'Bearer ${API_TOKEN}')).toBeUndefined();
    expect(detectCredential('AUTHORIZATION', 'Bearer $(API_TOKEN)')).toBeUndefined();
    expect(detectCredential('AUTH_HEADER', 'Bearer token')).toBeUndefined();
    // The scheme is case-insensitive (RFC 7235 section 2.1).
    expect(detectCredential('AUTH_HEADER', ['bearer', 'a1B2c3D4e5F6g7H8i9J0'].join(' '))).toEqual({ by: 'value', what: 'a bearer token' });
    expect(detectCredential('HTTP_HEADERS', ['X-Trace: 1; Authorization: BEARER', 'a1B2c3D4e5F6g7H8i9J0'].join(' '))).toEqual({ by: 'value', what: 'a bearer token' });
    expect(detectCredential('GREETING', 'unbearer a1B2c3D4e5F6g7H8i9J0')).toBeUndefined();
  });

  it('knows Secret entries that hold no credential', () => {
    expect(isNonCredentialEntry('ca.crt', '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----')).toBe(true);
    expect(isNonCredentialEntry('username', 'admin')).toBe(true);
    expect(isNonCredentialEntry('url', 'https://vault.example.com')).toBe(true);
    expect(isNonCredentialEntry('token', '')).toBe(true);
    expect(isNonCredentialEntry('password', 'hunter2')).toBe(false);
    expect(isNonCredentialEntry('ca.crt', '-----BEGIN RSA PRIVATE KEY-----')).toBe(false);
    expect(isNonCredentialEntry('config', 'anything')).toBe(false);
    expect(isNonCredentialEntry('encryption-key', 'abc')).toBe(false);
  });
});

describe('references to a Secret object', () => {
  it.each([
    ['credentialsSecret', 'jaeger-creds'],
    ['passwordSecret', '"db-auth"'],
    ['existingSecret', 'shop-db.credentials'],
    ['CREDENTIALS_SECRET', 'cloud-credentials'],
  ])('%s: %s names the Secret, not the credential', (name, value) => {
    expect(isSecretObjectReference(name, value)).toBe(true);
    expect(detectCredential(name, value)).toBeUndefined();
    expect(detectCredential('config.yaml', `endpoint: http://collector:4318\n${name}: ${value}\n`)).toBeUndefined();
  });

  it.each([
    ['clientSecret', 'abc-def-ghi'],
    ['jwtSecret', 'shop-signing'],
    ['tokenSecret', 'oauth-token'],
    ['passwordSecret', 'Sup3rS3cretPepper'],
    ['credentialsSecret', 'nodashes'],
  ])('%s: %s is still a credential', (name, value) => {
    expect(isSecretObjectReference(name, value)).toBe(false);
    expect(detectCredential(name, value)).toEqual({ by: 'name', what: 'a credential-like name' });
  });
});

describe('references to an environment variable', () => {
  it.each([
    ['secretEnv', 'OIDC_CLIENT_SECRET'],
    ['hashFromEnv', 'DEX_USER_PASSWORD'],
    ['passwordEnv', '"DB_PASSWORD"'],
    ['TOKEN_ENV_VAR', 'API_TOKEN'],
    ['clientSecretEnvVariable', 'SSO_SECRET'],
  ])('%s: %s names the variable, not the credential', (name, value) => {
    expect(isEnvironmentReference(name, value)).toBe(true);
    expect(detectCredential(name, value)).toBeUndefined();
    expect(detectCredential('config.yaml', `staticClients:\n- idEnv: OIDC_CLIENT_ID\n  ${name}: ${value}\n`)).toBeUndefined();
  });

  it.each([
    ['secretEnv', 's3cr3t-Value'],
    ['passwordEnv', 'hunter2'],
    ['clientSecret', 'OIDC_CLIENT_SECRET'],
    ['secretVar', 'OIDC_CLIENT_SECRET'],
  ])('%s: %s is still a credential', (name, value) => {
    expect(isEnvironmentReference(name, value)).toBe(false);
    expect(detectCredential(name, value)).toEqual({ by: 'name', what: 'a credential-like name' });
  });
});

describe('isNsswitchDatabaseList', () => {
  const nsswitch = '# Name Service Switch\npasswd: compat\ngroup: compat\nshadow: files\nhosts: files [NOTFOUND=return TRYAGAIN=continue] dns\n';

  it('reads an nsswitch.conf text as databases and sources: its passwd line is no credential', () => {
    expect(isNsswitchDatabaseList(nsswitch.split('\n'))).toBe(true);
    expect(detectCredential('nsswitch.conf', nsswitch)).toBeUndefined();
    expect(isNonCredentialEntry('nsswitch.conf', nsswitch)).toBe(true);
  });

  it.each([
    ['a source that is not an NSS service', 'passwd: hunter2\nhosts: files dns\n'],
    ['a line that is not an nsswitch entry', 'passwd: files\npassword: hunter2\n'],
    ['a database without sources', 'passwd:\nhosts: files\n'],
  ])('%s: not an nsswitch list, so the credential rules apply', (_why, text) => {
    expect(isNsswitchDatabaseList(text.split('\n'))).toBe(false);
  });

  it('leaves a password set in another text a credential', () => {
    expect(detectCredential('app.conf', 'user: admin\npasswd: s3cr3t-Pass\n')).toEqual({ by: 'value', what: 'a credential-like setting', valueLine: 2 });
  });
});
