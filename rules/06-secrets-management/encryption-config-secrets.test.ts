import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './encryption-config-secrets.js';

const config = (resources: string) => dedent`
  apiVersion: apiserver.config.k8s.io/v1
  kind: EncryptionConfiguration
  resources:
    - resources: ${resources}
      providers:
        - kms:
            apiVersion: v2
            name: vault
            endpoint: unix:///var/run/kms/vault.sock
`;

testRule(rule, {
  valid: [
    config('[secrets, configmaps]'),
    { name: 'wildcard from 1.27', code: config("['*.*']"), target: '1.27' },
    { name: 'core-group wildcard from 1.27', code: config("['*.']"), target: '1.30' },
  ],
  invalid: [
    { name: 'configmaps only', code: config('[configmaps]'), errors: [{ messageId: 'notCovered', line: 3, column: 1, endColumn: 10 }] },
    { name: 'wildcards are not understood before 1.27', code: config("['*.*']"), target: '1.26', errors: [{ messageId: 'notCovered', line: 3, column: 1 }] },
    { name: 'no resources at all', code: 'apiVersion: apiserver.config.k8s.io/v1\nkind: EncryptionConfiguration\n', errors: [{ messageId: 'notCovered', line: 2, column: 1 }] },
  ],
});
