import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './encryption-config-other-resources.js';

const config = (resources: string) => dedent`
  apiVersion: apiserver.config.k8s.io/v1
  kind: EncryptionConfiguration
  resources:
    - resources: [${resources}]
      providers:
        - kms:
            apiVersion: v2
            name: vault
            endpoint: unix:///var/run/kms/vault.sock
        - identity: {}
`;

testRule(rule, {
  valid: [
    config('secrets, configmaps'),
    { name: 'the *.* wildcard from 1.27', code: config('secrets, "*.*"'), target: '1.27' },
    { name: 'the core-group wildcard from 1.27', code: config('"*."'), target: '1.30' },
    { name: 'a file that does not encrypt Secrets is encryption-config-secrets\' finding', code: config('configmaps') },
    { name: 'a custom resource named in the option', code: config('secrets, configmaps, sealedsecrets.bitnami.com'), options: { resources: ['configmaps', 'sealedsecrets.bitnami.com'] } },
  ],
  invalid: [
    { name: 'Secrets only', code: config('secrets'), errors: [{ messageId: 'notCovered', data: { resources: 'configmaps' }, line: 3, column: 1, endColumn: 10, severity: 'info' }] },
    {
      name: '*.* is not a wildcard before 1.27',
      code: config('secrets, "*.*"'),
      target: '1.26',
      errors: [{ messageId: 'notCovered', data: { resources: 'configmaps' }, line: 3, column: 1 }],
    },
    {
      name: 'a custom resource from the option, not covered by its group wildcard on 1.26',
      code: config('secrets, configmaps, "*.bitnami.com"'),
      target: '1.26',
      options: { resources: ['configmaps', 'sealedsecrets.bitnami.com'] },
      errors: [{ messageId: 'notCovered', data: { resources: 'sealedsecrets.bitnami.com' }, line: 3, column: 1 }],
    },
  ],
});
