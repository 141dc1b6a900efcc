import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './kubeconfig-credentials.js';

testRule(rule, {
  valid: [
    {
      name: 'exec plugin, certificate and key by path, a token file',
      code: dedent`
        apiVersion: v1
        kind: Config
        clusters:
          - name: prod
            cluster:
              server: https://api.example.com:6443
              certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t
        users:
          - name: oidc
            user:
              exec:
                apiVersion: client.authentication.k8s.io/v1
                command: kubectl
                args: [oidc-login, get-token]
                env:
                  - name: KUBECACHEDIR
                    value: /tmp/cache
          - name: node
            user:
              client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t
              client-key: /etc/kubernetes/pki/node.key
          - name: ci
            user:
              tokenFile: /var/run/secrets/ci/token
              token: ""
      `,
    },
    {
      name: 'a custom resource named Config is not a kubeconfig',
      code: dedent`
        apiVersion: example.com/v1
        kind: Config
        users:
          - name: admin
            user:
              token: abc123def456
      `,
    },
  ],
  invalid: [
    {
      name: 'client key, token, password and auth-provider tokens',
      code: dedent`
        apiVersion: v1
        kind: Config
        users:
          - name: admin
            user:
              client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t
              client-key-data: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQ==
          - name: ci
            user:
              token: eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjaSJ9.c2ln
          - name: basic
            user:
              username: admin
              password: hunter2
          - name: legacy-oidc
            user:
              auth-provider:
                name: oidc
                config:
                  idp-issuer-url: https://issuer.example.com
                  client-id: kubernetes
                  client-secret: s3cr3t-value
                  refresh-token: r3fr3sh
      `,
      errors: [
        { messageId: 'inlineCredential', data: { user: 'admin', what: 'a client private key (client-key-data)' }, line: 7, column: 7, endColumn: 22 },
        { messageId: 'inlineCredential', data: { user: 'ci', what: 'a bearer token (token)' }, line: 10, column: 7, endColumn: 12 },
        { messageId: 'inlineCredential', data: { user: 'basic', what: 'a password (password)' }, line: 14, column: 7, endColumn: 15 },
        { messageId: 'inlineCredential', data: { user: 'legacy-oidc', what: 'a token or secret of the auth-provider (client-secret)' }, line: 22, column: 11, endColumn: 24 },
        { messageId: 'inlineCredential', data: { user: 'legacy-oidc', what: 'a token or secret of the auth-provider (refresh-token)' }, line: 23, column: 11, endColumn: 24 },
      ],
    },
    {
      name: 'a credential in the exec plugin environment, in JSON',
      code: '{"apiVersion":"v1","kind":"Config","users":[{"name":"aws","user":{"exec":{"command":"aws","env":[{"name":"AWS_SECRET_ACCESS_KEY","value":"wJalrXUtnFEMI"}]}}}]}',
      errors: [{ messageId: 'inlineCredential', data: { user: 'aws', what: "a credential in the exec plugin's environment (AWS_SECRET_ACCESS_KEY)" }, line: 1, column: 130, endColumn: 137 }],
    },
  ],
});
