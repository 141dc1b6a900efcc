import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './secret-in-configmap.js';

// Fake credentials with real shapes, assembled here so the source holds no scanner-shaped literal.
// AKIAIOSFODNN7EXAMPLE is the example key id from the AWS documentation.
const AWS_KEY_ID = ['AKIA', 'IOSFODNN7EXAMPLE'].join('');
const GITHUB_TOKEN = ['ghp', 'x'.repeat(36)].join('_');
const SLACK_TOKEN = ['xoxb', '000000000000', 'fake', 'for', 'tests'].join('-');
const STRIPE_KEY = ['sk', 'live', '0'.repeat(24)].join('_');
const JWT = ['eyJhbGciOiJIUzI1NiJ9', 'eyJzdWIiOiJ0ZXN0In0', 'c2lnbmF0dXJlLWZha2U'].join('.');

testRule(rule, {
  valid: [
    {
      name: 'ordinary settings, placeholders and names that only describe a credential',
      code: dedent`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: app-config
        data:
          LOG_LEVEL: info
          PASSWORD_FILE: /run/secrets/db-password
          PASSWORD_MIN_LENGTH: "12"
          TOKEN_TTL: "3600"
          OIDC_TOKEN_URL: https://id.example.com/token
          DB_SECRET_NAME: db-credentials
          ENABLE_TOKEN_AUTH: "true"
          DB_PASSWORD: \${DB_PASSWORD}
          API_KEY: <set-me>
          DATABASE_URL: postgres://app@db:5432/shop
          CACHE_URL: redis://:\${REDIS_PASSWORD}@cache:6379
          STRIPE_PUBLISHABLE: pk_live_1234567890abcdef
          settings.yaml: |
            password_policy:
              min_length: 12
            token_url: https://id.example.com/token
      `,
    },
    {
      name: 'embedded settings that refer to a secret kept elsewhere by variable',
      code: dedent`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: sso-config
        data:
          connectors.yaml: |
            connectors:
              - type: oidc
                config:
                  clientID: shop-portal
                  clientSecret: $sso.portal.clientSecret
          dashboard.ini: |
            [security]
            admin_password = $__env{DASHBOARD_ADMIN_PASSWORD}
            secret_key = $__file{/etc/dashboard/secret-key}
          start.sh: |
            export API_TOKEN=$API_TOKEN_FROM_VAULT
      `,
    },
    {
      name: 'embedded settings that name the environment variable holding the secret',
      code: dedent`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: idp
        data:
          config.yaml: |
            enablePasswordDB: true
            staticPasswords:
            - email: admin@example.com
              hashFromEnv: IDP_ADMIN_HASH
            staticClients:
            - idEnv: PORTAL_CLIENT_ID
              secretEnv: PORTAL_CLIENT_SECRET
          TOKEN_ENV_VAR: PORTAL_TOKEN
      `,
    },
    {
      name: 'an nsswitch.conf database list: passwd, shadow and group name databases, not passwords',
      code: dedent`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: nss
        data:
          nsswitch.conf: |
            # /etc/nsswitch.conf
            passwd:     compat
            group:      compat sss
            shadow:     files
            gshadow:    files
            hosts:      files mdns4_minimal [NOTFOUND=return] dns
            netgroup:   nis
      `,
    },
    {
      // trivy-operator's operator ConfigMap: the key names Secrets (namespace to Secret names), and is empty.
      name: 'plural descriptive names and empty JSON values',
      code: dedent`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: operator-config
        data:
          OPERATOR_PRIVATE_REGISTRY_SCAN_SECRETS_NAMES: "{}"
          REGISTRY_SECRETS_NAMES: '{"team-a": "pull-secret,mirror-pull"}'
          TOKEN_PATHS: /run/a,/run/b
          PASSWORD_POLICIES: strict
          DB_PASSWORD: "[]"
      `,
    },
    {
      name: 'binaryData judged by name only',
      code: dedent`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: assets
        binaryData:
          logo.png: iVBORw0KGgo=
      `,
    },
  ],
  invalid: [
    {
      name: 'plurals of credential words are still credentials',
      code: dedent`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: operator-config
        data:
          REGISTRY_SECRETS: a1b2c3d4e5f6
          DB_PASSWORDS: '{"app": "hunter2-prod"}'
      `,
      errors: [
        { messageId: 'namedLikeCredential', data: { configMap: 'operator-config', key: 'REGISTRY_SECRETS' }, line: 6, column: 3, endLine: 6, endColumn: 19 },
        { messageId: 'namedLikeCredential', data: { configMap: 'operator-config', key: 'DB_PASSWORDS' }, line: 7, column: 3, endLine: 7, endColumn: 15 },
      ],
    },
    {
      name: 'names, URLs, key ids, PEM keys and embedded config files',
      code: dedent`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: app-config
          namespace: shop
        data:
          LOG_LEVEL: info
          DB_PASSWORD: hunter2-prod
          DATABASE_URL: postgres://app:s3cr3t@db:5432/shop
          AWS_ACCESS_KEY_ID: ${AWS_KEY_ID}
          tls.key: |
            -----BEGIN PRIVATE KEY-----
            MIIBVQIBADANBgkqhkiG9w0BAQEFAASCAT8wggE7AgEAAkEA
            -----END PRIVATE KEY-----
          app.properties: |
            server.port=8080
            spring.datasource.password=topsecret
      `,
      errors: [
        { messageId: 'namedLikeCredential', data: { configMap: 'app-config', key: 'DB_PASSWORD' }, line: 8, column: 3, endLine: 8, endColumn: 14 },
        { messageId: 'credentialValue', data: { configMap: 'app-config', key: 'DATABASE_URL', what: 'a URL with an embedded password', where: '' }, line: 9, column: 3, endLine: 9, endColumn: 15 },
        { messageId: 'credentialValue', data: { configMap: 'app-config', key: 'AWS_ACCESS_KEY_ID', what: 'an AWS access key id', where: '' }, line: 10, column: 3, endLine: 10, endColumn: 20 },
        { messageId: 'credentialValue', data: { configMap: 'app-config', key: 'tls.key', what: 'a PEM private key', where: ' (line 1 of the value)' }, line: 12, column: 5, endLine: 12, endColumn: 32 },
        { messageId: 'credentialValue', data: { configMap: 'app-config', key: 'app.properties', what: 'a credential-like setting', where: ' (line 2 of the value)' }, line: 17, column: 5, endLine: 17, endColumn: 31 },
      ],
    },
    {
      name: 'documented token formats under innocent names',
      code: dedent`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: integrations
        data:
          github: ${GITHUB_TOKEN}
          slack: ${SLACK_TOKEN}
          billing: ${STRIPE_KEY}
          session: ${JWT}
          mssql: "Server=db;Database=shop;User Id=app;Password=Pa55word;"
      `,
      errors: [
        { messageId: 'credentialValue', data: { configMap: 'integrations', key: 'github', what: 'a GitHub token', where: '' }, line: 6, column: 3 },
        { messageId: 'credentialValue', data: { configMap: 'integrations', key: 'slack', what: 'a Slack token', where: '' }, line: 7, column: 3 },
        { messageId: 'credentialValue', data: { configMap: 'integrations', key: 'billing', what: 'a Stripe secret key', where: '' }, line: 8, column: 3 },
        { messageId: 'credentialValue', data: { configMap: 'integrations', key: 'session', what: 'a JSON Web Token', where: '' }, line: 9, column: 3 },
        { messageId: 'credentialValue', data: { configMap: 'integrations', key: 'mssql', what: 'a connection string with a password', where: '' }, line: 10, column: 3 },
      ],
    },
    {
      name: 'a password among nsswitch-looking lines is still a credential',
      code: dedent`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: nss
        data:
          nsswitch.conf: |
            hosts:      files dns
            passwd:     hunter2
      `,
      errors: [
        { messageId: 'credentialValue', data: { configMap: 'nss', key: 'nsswitch.conf', what: 'a credential-like setting', where: ' (line 2 of the value)' }, line: 8, column: 5, endLine: 8, endColumn: 11 },
      ],
    },
    {
      name: 'a key named for an environment variable that holds a literal instead',
      code: dedent`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: idp
        data:
          config.yaml: |
            staticClients:
            - idEnv: PORTAL_CLIENT_ID
              secretEnv: pOrTaL-s3cr3t
      `,
      errors: [
        { messageId: 'credentialValue', data: { configMap: 'idp', key: 'config.yaml', what: 'a credential-like setting', where: ' (line 3 of the value)' }, line: 9, column: 7, endLine: 9, endColumn: 16 },
      ],
    },
    {
      name: 'literal blocks point at the line; folded and quoted values fall back to the key',
      // The double-quoted value's \n escape is added after dedent, which would turn it into a line break.
      code: `${dedent`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: files
        data:
          settings.yaml: |-
              database:
                host: db

                password: s3cr3t-value
          notes.txt: >
            first line

            password=folded-away
      `}\n  inline.env: "MODE=prod\\nDB_PASSWORD=quoted-away"\n`,
      errors: [
        { messageId: 'credentialValue', data: { configMap: 'files', key: 'settings.yaml', what: 'a credential-like setting', where: ' (line 4 of the value)' }, line: 10, column: 9, endLine: 10, endColumn: 17 },
        { messageId: 'credentialValue', data: { configMap: 'files', key: 'notes.txt', what: 'a connection string with a password', where: ' (line 2 of the value)' }, line: 11, column: 3, endLine: 11, endColumn: 12 },
        { messageId: 'credentialValue', data: { configMap: 'files', key: 'inline.env', what: 'a credential-like setting', where: ' (line 2 of the value)' }, line: 15, column: 3, endLine: 15, endColumn: 13 },
      ],
    },
    {
      name: 'camelCase names and binaryData keys',
      code: dedent`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: legacy
        data:
          clientSecret: abc123def456
        binaryData:
          private-key.der: MIIBVQIBADANBg==
      `,
      errors: [
        { messageId: 'namedLikeCredential', data: { configMap: 'legacy', key: 'clientSecret' }, line: 6, column: 3 },
        { messageId: 'namedLikeCredential', data: { configMap: 'legacy', key: 'private-key.der' }, line: 8, column: 3 },
      ],
    },
  ],
});
