import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './encryption-config-aescbc.js';

testRule(rule, {
  valid: [
    {
      name: 'aescbc kept as a read fallback after kms v2',
      code: dedent`
        apiVersion: apiserver.config.k8s.io/v1
        kind: EncryptionConfiguration
        resources:
          - resources: [secrets]
            providers:
              - kms: {apiVersion: v2, name: vault, endpoint: unix:///var/run/kms.sock}
              - aescbc:
                  keys: [{name: old, secret: 9x5cm0LwMq7yqxS1sGnxTvgD4bs6rDqRL0mNnlqU4+8=}]
      `,
    },
  ],
  invalid: [
    {
      name: 'aescbc first',
      code: dedent`
        apiVersion: apiserver.config.k8s.io/v1
        kind: EncryptionConfiguration
        resources:
          - resources:
              - secrets
            providers:
              - aescbc:
                  keys:
                    - name: key1
                      secret: 9x5cm0LwMq7yqxS1sGnxTvgD4bs6rDqRL0mNnlqU4+8=
      `,
      errors: [{ messageId: 'aescbc', data: { resources: 'secrets' }, line: 7, column: 9, endColumn: 15 }],
    },
  ],
});
