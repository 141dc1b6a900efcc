import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './encryption-config-identity-first.js';

testRule(rule, {
  valid: [
    dedent`
      apiVersion: apiserver.config.k8s.io/v1
      kind: EncryptionConfiguration
      resources:
        - resources: [secrets]
          providers:
            - secretbox:
                keys:
                  - name: key1
                    secret: 9x5cm0LwMq7yqxS1sGnxTvgD4bs6rDqRL0mNnlqU4+8=
            - identity: {}
    `,
    {
      name: 'opting events out of a wildcard is not about Secrets',
      code: dedent`
        apiVersion: apiserver.config.k8s.io/v1
        kind: EncryptionConfiguration
        resources:
          - resources: [events]
            providers: [{identity: {}}]
          - resources: ['*.*']
            providers:
              - kms: {apiVersion: v2, name: vault, endpoint: unix:///var/run/kms.sock}
      `,
    },
  ],
  invalid: [
    {
      name: 'identity first for secrets; events entry not reported',
      code: dedent`
        apiVersion: apiserver.config.k8s.io/v1
        kind: EncryptionConfiguration
        resources:
          - resources: [secrets, configmaps]
            providers:
              - identity: {}
              - aesgcm:
                  keys: [{name: k, secret: c2VjcmV0IGlzIHNlY3VyZQ==}]
          - resources: [events]
            providers: [{identity: {}}]
      `,
      errors: [{ messageId: 'identityFirst', data: { resources: 'secrets, configmaps' }, line: 6, column: 9, endColumn: 17 }],
    },
    {
      name: 'identity first for a wildcard entry on 1.27',
      target: '1.27',
      code: dedent`
        apiVersion: apiserver.config.k8s.io/v1
        kind: EncryptionConfiguration
        resources:
          - resources: ['*.*']
            providers: [{identity: {}}]
      `,
      errors: [{ messageId: 'identityFirst', data: { resources: '*.*' }, line: 5, column: 18, endColumn: 26 }],
    },
  ],
});
