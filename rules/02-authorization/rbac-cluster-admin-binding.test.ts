import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './rbac-cluster-admin-binding.js';

const BUILTIN = 'rule 1 of the Kubernetes bootstrap policy';

testRule(rule, {
  valid: [
    {
      name: 'a bootstrap role that opts out of reconciliation (autoupdate: "false") is what the input says',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: cluster-admin
          annotations:
            rbac.authorization.kubernetes.io/autoupdate: "false"
        rules:
          - apiGroups: [""]
            resources: ["configmaps"]
            verbs: ["get"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: ops-readers
        roleRef:
          kind: ClusterRole
          name: cluster-admin
        subjects:
          - kind: Group
            name: ops
      `,
    },
    {
      name: 'the bootstrap cluster-admin binding of system:masters is how Kubernetes works',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: cluster-admin
          labels:
            kubernetes.io/bootstrapping: rbac-defaults
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
      name: 'a binding to edit is not cluster-admin',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: developers
          namespace: shop
        roleRef:
          apiGroup: rbac.authorization.k8s.io
          kind: ClusterRole
          name: edit
        subjects:
          - kind: Group
            name: shop-developers
      `,
    },
    {
      name: 'allowedSubjects names a break-glass group',
      options: { allowedSubjects: ['Group:break-glass'] },
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: break-glass
        roleRef:
          kind: ClusterRole
          name: cluster-admin
        subjects:
          - kind: Group
            name: break-glass
      `,
    },
    {
      name: 'a wildcard rule restricted by resourceNames is not everything',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: one-config
        rules:
          - apiGroups: ["*"]
            resources: ["*"]
            resourceNames: ["settings"]
            verbs: ["*"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: one-config
        roleRef:
          kind: ClusterRole
          name: one-config
        subjects:
          - kind: User
            name: alice
      `,
    },
    {
      name: 'every object verb but delete on everything is not everything (nor is "GET": RBAC compares verbs exactly)',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: almost
        rules:
          - apiGroups: ["*"]
            resources: ["*"]
            verbs: ["get", "list", "watch", "create", "update", "patch"]
          - apiGroups: ["*"]
            resources: ["*"]
            verbs: ["GET", "list", "watch", "create", "update", "patch", "delete"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: almost
        roleRef:
          kind: ClusterRole
          name: almost
        subjects:
          - kind: User
            name: alice
      `,
    },
  ],
  invalid: [
    {
      name: 'a ClusterRole named cluster-admin in the input does not replace the built-in one (the API server reconciles it)',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: cluster-admin
        rules:
          - apiGroups: [""]
            resources: ["configmaps"]
            verbs: ["get"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: ops-admins
        roleRef:
          kind: ClusterRole
          name: cluster-admin
        subjects:
          - kind: Group
            name: ops
      `,
      errors: [
        {
          messageId: 'clusterAdmin',
          data: { subject: 'Group "ops"', scope: 'in the whole cluster', binding: 'ClusterRoleBinding "ops-admins"', role: 'ClusterRole "cluster-admin"', rule: BUILTIN },
          line: 19,
          column: 5,
        },
      ],
    },
    {
      name: 'ClusterRoleBinding of a people group to the built-in cluster-admin',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: ops-admins
        roleRef:
          apiGroup: rbac.authorization.k8s.io
          kind: ClusterRole
          name: cluster-admin
        subjects:
          - kind: Group
            name: ops
            apiGroup: rbac.authorization.k8s.io
          - kind: ServiceAccount
            name: deployer
            namespace: ci
      `,
      errors: [
        {
          messageId: 'clusterAdmin',
          data: { subject: 'Group "ops"', scope: 'in the whole cluster', binding: 'ClusterRoleBinding "ops-admins"', role: 'built-in ClusterRole "cluster-admin"', rule: BUILTIN },
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 14,
        },
        {
          messageId: 'clusterAdmin',
          data: { subject: 'ServiceAccount "ci/deployer"', scope: 'in the whole cluster', binding: 'ClusterRoleBinding "ops-admins"', role: 'built-in ClusterRole "cluster-admin"', rule: BUILTIN },
          line: 14,
          column: 5,
          endLine: 14,
          endColumn: 19,
        },
      ],
    },
    {
      name: 'a RoleBinding to a custom all-powerful ClusterRole in another document; system:masters in a non-bootstrap binding still counts',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: superuser
        rules:
          - apiGroups: [""]
            resources: ["pods"]
            verbs: ["get"]
          - apiGroups: ["*"]
            resources: ["*"]
            verbs: ["*"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: shop-root
          namespace: shop
        roleRef:
          kind: ClusterRole
          name: superuser
        subjects:
          - kind: Group
            name: system:masters
      `,
      errors: [
        {
          messageId: 'clusterAdmin',
          data: { subject: 'Group "system:masters"', scope: 'in namespace "shop"', binding: 'RoleBinding "shop/shop-root"', role: 'ClusterRole "superuser"', rule: 'rule 2 at test.yaml:11:13' },
          line: 23,
          column: 5,
        },
      ],
    },
    {
      name: 'cluster-admin redefined in the input and bound by a User',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: alice-admin
        roleRef:
          kind: ClusterRole
          name: cluster-admin
        subjects:
          - {kind: User, name: alice}
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: cluster-admin
        rules:
          - apiGroups: ['*']
            resources: ['*']
            verbs: ['*']
      `,
      errors: [
        {
          messageId: 'clusterAdmin',
          data: { subject: 'User "alice"', scope: 'in the whole cluster', binding: 'ClusterRoleBinding "alice-admin"', role: 'ClusterRole "cluster-admin"', rule: 'rule 1 at test.yaml:18:13' },
          line: 9,
          column: 18,
        },
      ],
    },
    {
      name: 'the seven object verbs listed on every resource of every group, in any order, are cluster-admin in effect',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata:
          name: operator
          namespace: shop
        rules:
          - apiGroups: ["*"]
            resources: ["*"]
            verbs: [delete, patch, update, create, watch, list, get, deletecollection]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: operator
          namespace: shop
        roleRef:
          kind: Role
          name: operator
        subjects:
          - kind: User
            name: bob
      `,
      errors: [
        {
          messageId: 'everyObjectVerb',
          data: { subject: 'User "bob"', scope: 'in namespace "shop"', binding: 'RoleBinding "shop/operator"', role: 'Role "shop/operator"', rule: 'rule 1 at test.yaml:9:13' },
          line: 21,
          column: 5,
        },
      ],
    },
  ],
});
