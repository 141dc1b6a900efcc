import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './encryption-config-placeholder-key.js';

const withKey = (provider: string, secret: string) => dedent`
  apiVersion: apiserver.config.k8s.io/v1
  kind: EncryptionConfiguration
  resources:
    - resources: [secrets]
      providers:
        - ${provider}:
            keys:
              - name: key1
                secret: ${secret}
`;

const data = (provider: string, bytes = 0, expected = provider === 'secretbox' ? '32' : '16 or 24 or 32') => ({ provider, key: 'key1', bytes, expected });

testRule(rule, {
  valid: [
    withKey('secretbox', '9x5cm0LwMq7yqxS1sGnxTvgD4bs6rDqRL0mNnlqU4+8='),
    withKey('aesgcm', 'q2VH0ZlcFsw4Su7NWGqRxw=='),
    { name: 'kms providers have no key in the file', code: 'apiVersion: apiserver.config.k8s.io/v1\nkind: EncryptionConfiguration\nresources:\n  - resources: [secrets]\n    providers:\n      - kms: {apiVersion: v2, name: k, endpoint: unix:///k.sock}\n' },
  ],
  invalid: [
    { name: 'documentation placeholder', code: withKey('aescbc', '<BASE 64 ENCODED SECRET>'), errors: [{ messageId: 'placeholder', data: data('aescbc'), line: 9, column: 15, endColumn: 21 }] },
    { name: 'template variable', code: withKey('secretbox', '${ENCRYPTION_KEY}'), errors: [{ messageId: 'placeholder', data: data('secretbox'), line: 9, column: 15 }] },
    { name: 'readable passphrase from the docs', code: withKey('aesgcm', 'c2VjcmV0IGlzIHNlY3VyZQ=='), errors: [{ messageId: 'readable', data: data('aesgcm', 0), line: 9, column: 15 }] },
    { name: 'all zero bytes', code: withKey('secretbox', 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='), errors: [{ messageId: 'placeholder', data: data('secretbox'), line: 9, column: 15 }] },
    { name: 'too short for secretbox', code: withKey('secretbox', 'q2VH0ZlcFsw4Su7NWGqRxw=='), errors: [{ messageId: 'wrongLength', data: data('secretbox', 16), line: 9, column: 15 }] },
    { name: 'not base64', code: withKey('aescbc', 'not-a-key!!'), errors: [{ messageId: 'notBase64', data: data('aescbc'), line: 9, column: 15 }] },
  ],
});
