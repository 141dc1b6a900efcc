import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './service-account-automount.js';

testRule(rule, {
  valid: [
    {
      name: 'opts out',
      code: dedent`
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: api
          namespace: payments
        automountServiceAccountToken: false
      `,
    },
    {
      name: 'pods are not checked here (automount-service-account-token does)',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers: []
      `,
    },
    {
      name: 'a custom resource called ServiceAccount is not checked',
      code: dedent`
        apiVersion: iam.example.com/v1
        kind: ServiceAccount
        metadata:
          name: robot
      `,
    },
  ],
  invalid: [
    {
      name: 'unset: reported on the kind line',
      code: dedent`
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: builder
      `,
      errors: [{ messageId: 'unset', data: { name: 'builder' }, line: 2, column: 1, endLine: 2, endColumn: 21 }],
    },
    {
      name: 'explicitly true: reported on the field',
      code: dedent`
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: agent
        automountServiceAccountToken: true
      `,
      errors: [{ messageId: 'enabled', data: { name: 'agent' }, line: 5, column: 1, endLine: 5, endColumn: 35 }],
    },
    {
      name: 'List items, each on its own kind line',
      code: dedent`
        apiVersion: v1
        kind: List
        items:
          - apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: a
          - apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: b
            automountServiceAccountToken: false
          - apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: c
            automountServiceAccountToken: "false"
      `,
      errors: [
        { messageId: 'unset', data: { name: 'a' }, line: 5, column: 5 },
        { messageId: 'notBoolean', data: { name: 'c', value: '"false"' }, line: 17, column: 35 },
      ],
    },
  ],
});
