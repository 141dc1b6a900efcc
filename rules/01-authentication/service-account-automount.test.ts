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
    {
      name: 'explicitly true: the account is meant to call the API',
      code: dedent`
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: agent
        automountServiceAccountToken: true
      `,
    },
    {
      name: 'an account a binding in the input names calls the API on purpose (by subject, or by its user name)',
      code: dedent`
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: controller
          namespace: argocd
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: server
          namespace: argocd
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: controller
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: controller}
        subjects:
          - kind: ServiceAccount
            name: controller
            namespace: argocd
          - kind: User
            name: system:serviceaccount:argocd:server
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
      name: 'a binding elsewhere in the input names another account: this one is still reported',
      code: dedent`
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: web
          namespace: shop
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: reader
          namespace: shop
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader}
        subjects:
          - kind: ServiceAccount
            name: operator
            namespace: shop
          - kind: Group
            name: system:serviceaccounts
      `,
      errors: [{ messageId: 'unset', data: { name: 'web' }, line: 2, column: 1, endLine: 2, endColumn: 21 }],
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
