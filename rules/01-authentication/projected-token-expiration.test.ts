import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './projected-token-expiration.js';

const pod = (token: string) => dedent`
  apiVersion: v1
  kind: Pod
  metadata:
    name: web
  spec:
    containers: []
    volumes:
      - name: api-token
        projected:
          sources:
            - configMap:
                name: ca
            - serviceAccountToken:
                path: token
                ${token}
`;

testRule(rule, {
  valid: [
    { name: 'one hour', code: pod('expirationSeconds: 3600') },
    { name: 'ten minutes', code: pod('expirationSeconds: 600') },
    { name: 'unset defaults to 3600, within the default maximum', code: pod('audience: vault') },
    { name: "the ServiceAccount admission plugin's injected volume of an exported pod", code: pod('expirationSeconds: 3607').replace('name: api-token', 'name: kube-api-access-7x2kq') },
    { name: 'a larger configured maximum', code: pod('expirationSeconds: 7200'), options: { maxExpirationSeconds: 7200 } },
    {
      name: 'other volume types',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers: []
          volumes:
            - name: cache
              emptyDir: {}
            - name: cfg
              projected:
                sources:
                  - downwardAPI:
                      items: []
      `,
    },
  ],
  invalid: [
    {
      name: 'a volume named like the injected one with another lifetime is written by the manifest',
      code: pod('expirationSeconds: 86400').replace('name: api-token', 'name: kube-api-access-7x2kq'),
      errors: [{ messageId: 'tooLong', data: { volume: 'kube-api-access-7x2kq', seconds: 86400, max: 3600 }, line: 15, column: 34, endLine: 15, endColumn: 39 }],
    },
    {
      name: 'the injected lifetime on a volume of another name',
      code: pod('expirationSeconds: 3607'),
      errors: [{ messageId: 'tooLong', data: { volume: 'api-token', seconds: 3607, max: 3600 }, line: 15, column: 34, endLine: 15, endColumn: 38 }],
    },
    {
      name: 'longer than one hour: reported on the value',
      code: pod('expirationSeconds: 86400'),
      errors: [{ messageId: 'tooLong', data: { volume: 'api-token', seconds: 86400, max: 3600 }, line: 15, column: 34, endLine: 15, endColumn: 39 }],
    },
    {
      name: 'configured maximum below the default: an unset value is reported on serviceAccountToken',
      code: pod('audience: vault'),
      options: { maxExpirationSeconds: 1800 },
      errors: [{ messageId: 'defaultTooLong', data: { volume: 'api-token', seconds: 3600, max: 1800 }, line: 13, column: 13, endLine: 13, endColumn: 32 }],
    },
    {
      name: 'configured maximum below an explicit value',
      code: pod('expirationSeconds: 3600'),
      options: { maxExpirationSeconds: 900 },
      errors: [{ messageId: 'tooLong', data: { volume: 'api-token', seconds: 3600, max: 900 }, line: 15, column: 34 }],
    },
    {
      name: 'every projected source of a Deployment template',
      code: dedent`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
        spec:
          template:
            spec:
              containers: []
              volumes:
                - name: a
                  projected:
                    sources:
                      - serviceAccountToken: {path: a, expirationSeconds: 7200}
                      - serviceAccountToken: {path: b, expirationSeconds: 3601}
      `,
      errors: [
        { messageId: 'tooLong', data: { volume: 'a', seconds: 7200, max: 3600 }, line: 13, column: 67 },
        { messageId: 'tooLong', data: { volume: 'a', seconds: 3601, max: 3600 }, line: 14, column: 67 },
      ],
    },
  ],
});
