import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './pod-security-policy-removed.js';

const psp = dedent`
  apiVersion: policy/v1beta1
  kind: PodSecurityPolicy
  metadata:
    name: restricted
  spec:
    privileged: false
`;

testRule(rule, {
  valid: [
    { name: 'before its deprecation (1.20) a policy/v1beta1 PodSecurityPolicy still works', target: '1.20', code: psp },
    {
      name: 'a custom resource named PodSecurityPolicy',
      code: dedent`
        apiVersion: example.com/v1
        kind: PodSecurityPolicy
        metadata:
          name: mine
      `,
    },
  ],
  invalid: [
    {
      name: 'deprecated from 1.21: information',
      target: '1.21',
      code: psp,
      errors: [
        { messageId: 'deprecated', data: { name: 'restricted', apiVersion: 'policy/v1beta1', deprecated: '1.21', removed: '1.25' }, line: 2, column: 1, severity: 'info' },
      ],
    },
    {
      name: '1.24: still information',
      target: '1.24',
      code: psp,
      errors: [
        { messageId: 'deprecated', data: { name: 'restricted', apiVersion: 'policy/v1beta1', deprecated: '1.21', removed: '1.25' }, line: 2, column: 1, severity: 'info' },
      ],
    },
    {
      name: 'removed in 1.25: error',
      target: '1.25',
      code: psp,
      errors: [
        {
          messageId: 'removed',
          data: { name: 'restricted', apiVersion: 'policy/v1beta1', removed: '1.25', target: '1.25' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 24,
          severity: 'error',
        },
      ],
    },
    {
      name: 'extensions/v1beta1 is not served on any supported target (removed in 1.16)',
      target: '1.19',
      code: dedent`
        apiVersion: extensions/v1beta1
        kind: PodSecurityPolicy
        metadata:
          name: old
      `,
      errors: [{ messageId: 'removed', data: { name: 'old', apiVersion: 'extensions/v1beta1', removed: '1.16', target: '1.19' }, line: 2, column: 1 }],
    },
  ],
});
