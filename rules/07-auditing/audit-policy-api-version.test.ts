import { testRule } from '../../src/testing/rule-tester.js';
import rule from './audit-policy-api-version.js';

const beta = 'apiVersion: audit.k8s.io/v1beta1\nkind: Policy\nrules:\n  - level: Metadata\n';
const data = (target: string) => ({ apiVersion: 'audit.k8s.io/v1beta1', deprecated: '1.21', removed: '1.24', target });

testRule(rule, {
  valid: [
    'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Metadata\n',
    { name: 'v1beta1 before its deprecation', code: beta, target: '1.20' },
  ],
  invalid: [
    { name: 'deprecated on 1.23', code: beta, target: '1.23', errors: [{ messageId: 'deprecated', data: data('1.23'), line: 1, column: 13, endColumn: 33, severity: 'warning' }] },
    { name: 'removed on 1.24', code: beta, target: '1.24', errors: [{ messageId: 'removed', data: data('1.24'), line: 1, column: 13, endColumn: 33, severity: 'error' }] },
    {
      name: 'v1alpha1 on 1.30',
      target: '1.30',
      code: 'apiVersion: audit.k8s.io/v1alpha1\nkind: Policy\nrules:\n  - level: Metadata\n',
      errors: [{ messageId: 'removed', data: { apiVersion: 'audit.k8s.io/v1alpha1', deprecated: '1.21', removed: '1.24', target: '1.30' }, line: 1, column: 13 }],
    },
  ],
});
