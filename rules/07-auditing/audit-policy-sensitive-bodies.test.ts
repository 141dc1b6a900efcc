import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './audit-policy-sensitive-bodies.js';

testRule(rule, {
  valid: [
    dedent`
      apiVersion: audit.k8s.io/v1
      kind: Policy
      rules:
        - level: Metadata
          resources:
            - group: ""
              resources: [secrets, configmaps]
            - group: authentication.k8s.io
              resources: [tokenreviews]
        - level: RequestResponse
    `,
    { name: 'only metadata at all', code: 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Metadata\n' },
    {
      name: 'URL-only rules do not match resources',
      code: 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Request\n    nonResourceURLs: ["/api*"]\n  - level: Metadata\n',
    },
  ],
  invalid: [
    {
      name: 'catch-all at RequestResponse with nothing before it',
      code: 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: RequestResponse\n',
      errors: [{ messageId: 'bodies', data: { index: 1, resources: 'secrets, configmaps, tokenreviews', level: 'RequestResponse' }, line: 4, column: 5, endColumn: 27 }],
    },
    {
      name: 'secrets at Metadata only for one namespace, then Request for everything',
      code: dedent`
        apiVersion: audit.k8s.io/v1
        kind: Policy
        rules:
          - level: Metadata
            namespaces: [payments]
            resources: [{group: "", resources: [secrets]}]
          - level: Metadata
            resources: [{group: "", resources: [configmaps]}, {group: authentication.k8s.io, resources: [tokenreviews]}]
          - level: Request
            resources: [{group: ""}]
          - level: Metadata
      `,
      errors: [{ messageId: 'bodies', data: { index: 3, resources: 'secrets', level: 'Request' }, line: 9, column: 5 }],
    },
    {
      name: 'explicit secrets rule at Request',
      code: dedent`
        apiVersion: audit.k8s.io/v1
        kind: Policy
        rules:
          - level: Request
            resources: [{group: "", resources: ["secrets"]}]
          - level: Metadata
      `,
      errors: [{ messageId: 'bodies', data: { index: 1, resources: 'secrets', level: 'Request' }, line: 4, column: 5 }],
    },
  ],
});
