import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './rbac-generic-admin.js';

const SHARED_GROUP = dedent`
  apiVersion: rbac.authorization.k8s.io/v1
  kind: ClusterRoleBinding
  metadata:
    name: shared
  roleRef:
    kind: ClusterRole
    name: cluster-admin
  subjects:
    - kind: Group
      name: ops-shared
    - kind: User
      name: admin
`;

testRule(rule, {
  valid: [
    {
      name: 'a named person may hold a powerful role (other rules judge that)',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: jane-admin
        roleRef:
          kind: ClusterRole
          name: cluster-admin
        subjects:
          - kind: User
            name: jane@example.com
      `,
    },
    {
      name: 'a generic name with a read-only role, and a ServiceAccount called admin',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: admin-view
          namespace: shop
        roleRef:
          kind: ClusterRole
          name: view
        subjects:
          - kind: User
            name: admin
          - kind: ServiceAccount
            name: admin
      `,
    },
    {
      name: 'the names option replaces the list',
      options: { names: ['ops-shared'] },
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: root
        roleRef:
          kind: ClusterRole
          name: cluster-admin
        subjects:
          - kind: User
            name: root
      `,
    },
  ],
  invalid: [
    {
      name: 'the kubeadm admin user bound to cluster-admin',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: kubeadm-admin
        roleRef:
          apiGroup: rbac.authorization.k8s.io
          kind: ClusterRole
          name: cluster-admin
        subjects:
          - apiGroup: rbac.authorization.k8s.io
            kind: User
            name: kubernetes-admin
      `,
      errors: [
        {
          messageId: 'genericAdmin',
          data: {
            subject: 'User "kubernetes-admin"',
            permission: 'every verb on every resource',
            binding: 'ClusterRoleBinding "kubeadm-admin"',
            role: 'built-in ClusterRole "cluster-admin"',
            rule: 'rule 1 of the Kubernetes bootstrap policy',
          },
          line: 12,
          column: 5,
          endLine: 12,
          endColumn: 27,
        },
      ],
    },
    {
      name: 'names compare case-insensitively; impersonation is powerful',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata:
          name: support
          namespace: shop
        rules:
          - apiGroups: [""]
            resources: ["serviceaccounts"]
            verbs: ["impersonate"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: support
          namespace: shop
        roleRef:
          kind: Role
          name: support
        subjects:
          - kind: User
            name: Root
          - kind: Group
            name: support-team
      `,
      errors: [
        {
          messageId: 'genericAdmin',
          data: {
            subject: 'User "Root"',
            permission: 'impersonate serviceaccounts',
            binding: 'RoleBinding "shop/support"',
            role: 'Role "shop/support"',
            rule: 'rule 1 at test.yaml:9:13',
          },
          line: 21,
          column: 5,
        },
      ],
    },
    {
      name: 'a configured shared group',
      options: { names: ['ops-shared'] },
      code: SHARED_GROUP,
      errors: [
        {
          messageId: 'genericAdmin',
          data: {
            subject: 'Group "ops-shared"',
            permission: 'every verb on every resource',
            binding: 'ClusterRoleBinding "shared"',
            role: 'built-in ClusterRole "cluster-admin"',
            rule: 'rule 1 of the Kubernetes bootstrap policy',
          },
          line: 10,
          column: 5,
        },
      ],
    },
    {
      name: 'default names',
      code: SHARED_GROUP,
      errors: [
        {
          messageId: 'genericAdmin',
          data: {
            subject: 'User "admin"',
            permission: 'every verb on every resource',
            binding: 'ClusterRoleBinding "shared"',
            role: 'built-in ClusterRole "cluster-admin"',
            rule: 'rule 1 of the Kubernetes bootstrap policy',
          },
          line: 12,
          column: 5,
        },
      ],
    },
  ],
});
