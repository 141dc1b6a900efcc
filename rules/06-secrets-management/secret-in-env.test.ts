import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './secret-in-env.js';

const AWS_KEY_ID = ['AKIA', 'IOSFODNN7EXAMPLE'].join('');

testRule(rule, {
  valid: [
    {
      name: 'values from Secrets, references to other variables and descriptive names',
      code: dedent`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
        spec:
          template:
            spec:
              containers:
                - name: app
                  image: app
                  env:
                    - name: DB_PASSWORD
                      valueFrom:
                        secretKeyRef: {name: db, key: password}
                    - name: API_TOKEN
                      value: $(TOKEN_FROM_FILE)
                    - name: TOKEN_PATH
                      value: /var/run/secrets/tokens/api
                    - name: DB_USER
                      value: app
                    - name: SECRET_PASSWORD_ENABLED
                      value: "false"
                    - name: EMPTY_SECRET
                      value: ""
      `,
    },
    {
      name: 'where the Secret a tool writes lives and how it is named',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: cert-writer
        spec:
          containers:
            - name: writer
              image: example.com/cert-writer:2.1
              env:
                - name: SECRET_NAMESPACE
                  value: default
                - name: TLS_SECRET_NAME_PREFIX
                  value: shop
                - name: TOKEN_SECRET_SUFFIX
                  value: -tls
      `,
    },
    {
      name: 'how many key shares a secret is split into and how many unseal it are counts',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: vault
        spec:
          containers:
            - name: vault
              image: example.com/vault:1.13.3
              env:
                - name: SECRET_SHARES
                  value: "5"
                - name: SECRET_THRESHOLD
                  value: "3"
      `,
    },
  ],
  invalid: [
    {
      name: 'a credential written as a number is a literal too (a boolean switch is not a credential)',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: api
        spec:
          containers:
            - name: app
              image: app
              env:
                - name: DB_PASSWORD
                  value: 987654321
                - name: API_TOKEN_ENABLED
                  value: true
                - name: SECRET_KEY
                  value: 12.5e3
      `,
      errors: [
        { messageId: 'namedLikeCredential', data: { container: 'app', variable: 'DB_PASSWORD' }, line: 11, column: 11, endLine: 11, endColumn: 16 },
        { messageId: 'namedLikeCredential', data: { container: 'app', variable: 'SECRET_KEY' }, line: 15, column: 11, endLine: 15, endColumn: 16 },
      ],
    },
    {
      name: 'credential names and shapes in containers and init containers',
      code: dedent`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
          namespace: payments
        spec:
          template:
            spec:
              initContainers:
                - name: migrate
                  image: migrate
                  env:
                    - name: DATABASE_URL
                      value: mysql://root:r00t@db:3306/shop
              containers:
                - name: app
                  image: app
                  env:
                    - name: JWT_SECRET
                      value: dev-secret-please-change
                    - name: AWS_ACCESS_KEY_ID
                      value: ${AWS_KEY_ID}
      `,
      errors: [
        { messageId: 'credentialValue', data: { container: 'migrate', variable: 'DATABASE_URL', what: 'a URL with an embedded password' }, line: 14, column: 15, endLine: 14, endColumn: 20 },
        { messageId: 'namedLikeCredential', data: { container: 'app', variable: 'JWT_SECRET' }, line: 20, column: 15, endLine: 20, endColumn: 20 },
        { messageId: 'credentialValue', data: { container: 'app', variable: 'AWS_ACCESS_KEY_ID', what: 'an AWS access key id' }, line: 22, column: 15, endLine: 22, endColumn: 20 },
      ],
    },
    {
      name: 'bare Pod with a camelCase name',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: tool
        spec:
          containers:
            - name: tool
              image: tool
              env:
                - name: adminPassword
                  value: Winter2024!
      `,
      errors: [{ messageId: 'namedLikeCredential', data: { container: 'tool', variable: 'adminPassword' }, line: 11, column: 11 }],
    },
  ],
});
