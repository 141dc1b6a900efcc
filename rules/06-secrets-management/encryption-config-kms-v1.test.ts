import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './encryption-config-kms-v1.js';

const v1 = dedent`
  apiVersion: apiserver.config.k8s.io/v1
  kind: EncryptionConfiguration
  resources:
    - resources: [secrets]
      providers:
        - kms:
            name: vault
            endpoint: unix:///var/run/kms/vault.sock
            cachesize: 1000
`;

testRule(rule, {
  valid: [
    dedent`
      apiVersion: apiserver.config.k8s.io/v1
      kind: EncryptionConfiguration
      resources:
        - resources: [secrets]
          providers:
            - kms:
                apiVersion: v2
                name: vault
                endpoint: unix:///var/run/kms/vault.sock
    `,
  ],
  invalid: [
    { name: 'deprecated on 1.28', code: v1, target: '1.28', errors: [{ messageId: 'deprecated', data: { name: 'vault' }, line: 6, column: 9, severity: 'warning' }] },
    { name: 'off by default on 1.29', code: v1, target: '1.29', errors: [{ messageId: 'disabled', data: { name: 'vault' }, line: 6, column: 9, severity: 'error' }] },
    {
      name: 'explicit apiVersion v1',
      code: dedent`
        apiVersion: apiserver.config.k8s.io/v1
        kind: EncryptionConfiguration
        resources:
          - resources: [secrets]
            providers:
              - secretbox: {keys: [{name: k, secret: 9x5cm0LwMq7yqxS1sGnxTvgD4bs6rDqRL0mNnlqU4+8=}]}
              - kms: {apiVersion: v1, name: old, endpoint: unix:///tmp/k.sock}
      `,
      errors: [{ messageId: 'disabled', data: { name: 'old' }, line: 7, column: 15, endColumn: 29 }],
    },
  ],
});
