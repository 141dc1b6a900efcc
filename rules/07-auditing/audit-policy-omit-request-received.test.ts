import { testRule } from '../../src/testing/rule-tester.js';
import rule from './audit-policy-omit-request-received.js';

testRule(rule, {
  valid: [
    'apiVersion: audit.k8s.io/v1\nkind: Policy\nomitStages: [RequestReceived]\nrules:\n  - level: Metadata\n',
    { name: 'every logging rule omits it', code: 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: None\n    users: [system:kube-proxy]\n  - level: Metadata\n    omitStages: [RequestReceived]\n' },
  ],
  invalid: [
    { name: 'not omitted', code: 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Metadata\n', errors: [{ messageId: 'notOmitted', line: 2, column: 1, severity: 'info' }] },
    {
      name: 'other stages omitted',
      code: 'apiVersion: audit.k8s.io/v1\nkind: Policy\nomitStages: [Panic]\nrules:\n  - level: Metadata\n',
      errors: [{ messageId: 'notOmitted', line: 3, column: 1, endColumn: 11 }],
    },
  ],
});
