import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './rbac-system-masters.js';

testRule(rule, {
  valid: [
    {
      name: 'the bootstrap cluster-admin ClusterRoleBinding',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: cluster-admin
        roleRef:
          apiGroup: rbac.authorization.k8s.io
          kind: ClusterRole
          name: cluster-admin
        subjects:
          - apiGroup: rbac.authorization.k8s.io
            kind: Group
            name: system:masters
      `,
    },
    {
      name: 'a User named system:masters is not the group',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: odd
          namespace: shop
        roleRef:
          kind: ClusterRole
          name: view
        subjects:
          - kind: User
            name: system:masters
      `,
    },
  ],
  invalid: [
    {
      name: 'a ClusterRoleBinding that reuses the group for another role',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: masters-view
        roleRef:
          apiGroup: rbac.authorization.k8s.io
          kind: ClusterRole
          name: view
        subjects:
          - kind: Group
            name: ops
          - kind: Group
            name: system:masters
      `,
      errors: [{ messageId: 'systemMasters', data: { binding: 'ClusterRoleBinding "masters-view"', role: 'ClusterRole "view"' }, line: 13, column: 5, endLine: 13, endColumn: 25 }],
    },
    {
      name: 'a binding named cluster-admin with an extra role is not the bootstrap one; RoleBindings count too',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: cluster-admin
        roleRef:
          kind: ClusterRole
          name: admin
        subjects:
          - {kind: Group, name: system:masters}
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: masters-edit
          namespace: shop
        roleRef:
          kind: Role
          name: editor
        subjects:
          - kind: Group
            name: system:masters
      `,
      errors: [
        { messageId: 'systemMasters', data: { binding: 'ClusterRoleBinding "cluster-admin"', role: 'ClusterRole "admin"' }, line: 9, column: 19 },
        { messageId: 'systemMasters', data: { binding: 'RoleBinding "shop/masters-edit"', role: 'Role "editor"' }, line: 21, column: 5 },
      ],
    },
  ],
});
