import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './namespace-pod-security-label.js';

const baselineNamespace = dedent`
  apiVersion: v1
  kind: Namespace
  metadata:
    name: shop
    labels:
      pod-security.kubernetes.io/enforce: baseline
`;

const pinnedNamespace = dedent`
  apiVersion: v1
  kind: Namespace
  metadata:
    name: shop
    labels:
      pod-security.kubernetes.io/enforce: restricted
      pod-security.kubernetes.io/enforce-version: v1.29
`;

testRule(rule, {
  valid: [
    {
      name: 'restricted, latest version',
      code: dedent`
        apiVersion: v1
        kind: Namespace
        metadata:
          name: payments
          labels:
            pod-security.kubernetes.io/enforce: restricted
            pod-security.kubernetes.io/enforce-version: latest
            pod-security.kubernetes.io/warn: restricted
      `,
    },
    { name: 'baseline is enough when the configured level is baseline', settings: { pssLevel: 'baseline' }, code: baselineNamespace },
    { name: 'a version pinned at the target', target: '1.29', code: pinnedNamespace },
    { name: 'a version pinned at the pinned PSS policy version', settings: { pssVersion: '1.29' }, code: pinnedNamespace },
    {
      name: 'a version newer than the target',
      target: '1.19',
      code: pinnedNamespace,
    },
    {
      name: 'other kinds are not namespaces',
      code: dedent`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: shop
      `,
    },
  ],
  invalid: [
    {
      name: 'no labels at all: the metadata key is reported',
      code: dedent`
        apiVersion: v1
        kind: Namespace
        metadata:
          name: shop
      `,
      errors: [{ messageId: 'missing', data: { namespace: 'shop', level: 'restricted' }, line: 3, column: 1, endLine: 3, endColumn: 9 }],
    },
    {
      name: 'labels without enforce (warn and audit do not enforce): the labels key is reported',
      settings: { pssLevel: 'baseline' },
      code: dedent`
        apiVersion: v1
        kind: Namespace
        metadata:
          name: shop
          labels:
            pod-security.kubernetes.io/warn: restricted
            pod-security.kubernetes.io/audit: restricted
      `,
      errors: [{ messageId: 'missing', data: { namespace: 'shop', level: 'baseline' }, line: 5, column: 3, endLine: 5, endColumn: 9 }],
    },
    {
      name: 'baseline is weaker than the default restricted level',
      code: baselineNamespace,
      errors: [{ messageId: 'weaker', data: { namespace: 'shop', actual: 'baseline', level: 'restricted' }, line: 6, column: 5, endLine: 6, endColumn: 49 }],
    },
    {
      name: 'privileged is weaker than baseline',
      settings: { pssLevel: 'baseline' },
      code: dedent`
        apiVersion: v1
        kind: Namespace
        metadata:
          name: tools
          labels: {pod-security.kubernetes.io/enforce: privileged}
      `,
      errors: [{ messageId: 'weaker', data: { namespace: 'tools', actual: 'privileged', level: 'baseline' }, line: 5, column: 12 }],
    },
    {
      name: 'a version older than the target is a warning',
      target: '1.30',
      code: pinnedNamespace,
      errors: [{ messageId: 'oldVersion', data: { namespace: 'shop', value: 'v1.29', version: 'v1.30' }, line: 7, column: 5, severity: 'warning' }],
    },
    {
      name: 'values Pod Security Admission rejects',
      code: dedent`
        apiVersion: v1
        kind: Namespace
        metadata:
          name: shop
          labels:
            pod-security.kubernetes.io/enforce: Restricted
            pod-security.kubernetes.io/enforce-version: "1.30"
      `,
      errors: [
        { messageId: 'invalidLevel', data: { namespace: 'shop', value: 'Restricted', level: 'restricted' }, line: 6, column: 5 },
        { messageId: 'invalidVersion', data: { namespace: 'shop', value: '1.30' }, line: 7, column: 5 },
      ],
    },
  ],
});
