import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './audit-policy-catch-all.js';

testRule(rule, {
  valid: [
    dedent`
      apiVersion: audit.k8s.io/v1
      kind: Policy
      rules:
        - level: None
          users: ["system:kube-proxy"]
          verbs: [watch]
        - level: Metadata
    `,
    { name: 'empty selector lists match everything', code: 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Metadata\n    users: []\n' },
    { name: 'a Policy of another group is not an audit policy', code: 'apiVersion: example.com/v1\nkind: Policy\nrules: []\n' },
  ],
  invalid: [
    {
      name: 'only specific rules',
      code: dedent`
        apiVersion: audit.k8s.io/v1
        kind: Policy
        rules:
          - level: Metadata
            resources:
              - group: ""
                resources: [secrets]
      `,
      errors: [{ messageId: 'noCatchAll', line: 3, column: 1, endColumn: 6 }],
    },
    {
      name: 'catch-all at None',
      code: dedent`
        apiVersion: audit.k8s.io/v1
        kind: Policy
        rules:
          - level: RequestResponse
            resources: [{group: rbac.authorization.k8s.io}]
          - level: None
      `,
      errors: [{ messageId: 'catchAllNone', data: { index: 2 }, line: 6, column: 5, endColumn: 16 }],
    },
    { name: 'empty rules', code: 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules: []\n', errors: [{ messageId: 'noRules', line: 3, column: 1 }] },
    { name: 'no rules key', code: 'apiVersion: audit.k8s.io/v1\nkind: Policy\nomitStages: [RequestReceived]\n', errors: [{ messageId: 'noRules', line: 2, column: 1 }] },
  ],
});
