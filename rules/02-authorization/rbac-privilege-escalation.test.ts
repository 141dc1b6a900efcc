import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './rbac-privilege-escalation.js';

testRule(rule, {
  valid: [
    {
      name: 'creating pods and Deployments through a RoleBinding stays in one namespace',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: runner
        rules:
          - apiGroups: ["", "apps"]
            resources: ["pods", "deployments"]
            verbs: ["create"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: ci-runner
          namespace: ci
        roleRef:
          kind: ClusterRole
          name: runner
        subjects:
          - kind: User
            name: ci
      `,
    },
    {
      name: 'get on pods/exec from 1.35: a WebSocket exec also needs create',
      target: '1.35',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata:
          name: shell
          namespace: shop
        rules:
          - apiGroups: [""]
            resources: ["pods/exec"]
            verbs: ["get"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: shell
          namespace: shop
        roleRef:
          kind: Role
          name: shell
        subjects:
          - kind: User
            name: dev
      `,
    },
    {
      name: 'controller roles Kubernetes ships are not reported',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: system:controller:clusterrole-aggregation-controller
          labels: {kubernetes.io/bootstrapping: rbac-defaults}
        rules:
          - apiGroups: ["rbac.authorization.k8s.io"]
            resources: ["clusterroles"]
            verbs: ["escalate", "get", "list", "patch", "update", "watch"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: system:controller:clusterrole-aggregation-controller
          labels: {kubernetes.io/bootstrapping: rbac-defaults}
        roleRef:
          kind: ClusterRole
          name: system:controller:clusterrole-aggregation-controller
        subjects:
          - kind: ServiceAccount
            name: clusterrole-aggregation-controller
            namespace: kube-system
      `,
    },
    {
      name: 'reading Secrets through a RoleBinding stays in one namespace; exec restricted to named pods',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata:
          name: app
          namespace: shop
        rules:
          - apiGroups: [""]
            resources: ["secrets"]
            verbs: ["get", "list"]
          - apiGroups: [""]
            resources: ["pods/exec"]
            resourceNames: ["debug-shell"]
            verbs: ["create"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: app
          namespace: shop
        roleRef:
          kind: Role
          name: app
        subjects:
          - kind: ServiceAccount
            name: app
      `,
    },
    {
      name: 'a Role in another namespace does not resolve; all-powerful rules are left to rbac-cluster-admin-binding',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata:
          name: exec
          namespace: other
        rules:
          - apiGroups: [""]
            resources: ["pods/exec"]
            verbs: ["create"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: exec
          namespace: shop
        roleRef:
          kind: Role
          name: exec
        subjects:
          - kind: User
            name: jane
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: root
        roleRef:
          kind: ClusterRole
          name: cluster-admin
        subjects:
          - kind: User
            name: jane
      `,
    },
  ],
  invalid: [
    {
      name: 'creating Jobs in every namespace runs pods as any ServiceAccount, kube-system\'s included',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: batch-runner
        rules:
          - apiGroups: ["batch"]
            resources: ["jobs"]
            verbs: ["create", "get"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: batch-runner
        roleRef:
          kind: ClusterRole
          name: batch-runner
        subjects:
          - kind: User
            name: scheduler-bot
      `,
      errors: [
        {
          messageId: 'escalation',
          data: {
            subject: 'User "scheduler-bot"',
            permissions: "create jobs in every namespace (run pods as any ServiceAccount, kube-system's included, with its token and Secrets)",
            binding: 'ClusterRoleBinding "batch-runner"',
            role: 'ClusterRole "batch-runner"',
            rule: 'rule 1 at test.yaml:8:13',
          },
          line: 19,
          column: 5,
        },
      ],
    },
    {
      name: 'get on pods/exec before 1.35: a WebSocket exec is a GET and runs commands',
      target: '1.34',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata:
          name: shell
          namespace: shop
        rules:
          - apiGroups: [""]
            resources: ["pods/exec"]
            verbs: ["get"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: shell
          namespace: shop
        roleRef:
          kind: Role
          name: shell
        subjects:
          - kind: User
            name: dev
      `,
      errors: [
        {
          messageId: 'escalation',
          data: {
            subject: 'User "dev"',
            permissions: 'get pods/exec (run commands in pods)',
            binding: 'RoleBinding "shop/shell"',
            role: 'Role "shop/shell"',
            rule: 'rule 1 at test.yaml:9:13',
          },
          line: 21,
          column: 5,
          endLine: 21,
          endColumn: 14,
        },
      ],
    },
    {
      name: 'escalate and bind granted cluster-wide to a ServiceAccount',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: rbac-manager
        rules:
          - apiGroups: ["rbac.authorization.k8s.io"]
            resources: ["clusterroles", "clusterrolebindings"]
            verbs: ["get", "bind", "escalate"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: rbac-manager
        roleRef:
          apiGroup: rbac.authorization.k8s.io
          kind: ClusterRole
          name: rbac-manager
        subjects:
          - kind: ServiceAccount
            name: manager
            namespace: ops
      `,
      errors: [
        {
          messageId: 'escalation',
          data: {
            subject: 'ServiceAccount "ops/manager"',
            permissions: 'escalate roles (grant permissions it does not hold); bind any role',
            binding: 'ClusterRoleBinding "rbac-manager"',
            role: 'ClusterRole "rbac-manager"',
            rule: 'rule 1 at test.yaml:8:28',
          },
          line: 20,
          column: 5,
          endLine: 20,
          endColumn: 18,
        },
      ],
    },
    {
      name: 'a system: name, even with the bootstrap label, on a binding to an application ServiceAccount or to every user is no shipped binding',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: system:metrics-helper
        rules:
          - apiGroups: ["rbac.authorization.k8s.io"]
            resources: ["clusterroles"]
            verbs: ["escalate"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: system:metrics-helper
          labels:
            kubernetes.io/bootstrapping: rbac-defaults
        roleRef:
          kind: ClusterRole
          name: system:metrics-helper
        subjects:
          - kind: ServiceAccount
            name: app
            namespace: shop
          - kind: Group
            name: system:authenticated
          - kind: ServiceAccount
            name: clusterrole-aggregation-controller
            namespace: kube-system
          - kind: Group
            name: system:nodes
      `,
      errors: [
        {
          messageId: 'escalation',
          data: {
            subject: 'ServiceAccount "shop/app"',
            permissions: 'escalate roles (grant permissions it does not hold)',
            binding: 'ClusterRoleBinding "system:metrics-helper"',
            role: 'ClusterRole "system:metrics-helper"',
            rule: 'rule 1 at test.yaml:8:13',
          },
          line: 21,
          column: 5,
          endLine: 21,
          endColumn: 14,
        },
        {
          messageId: 'escalation',
          data: {
            subject: 'Group "system:authenticated"',
            permissions: 'escalate roles (grant permissions it does not hold)',
            binding: 'ClusterRoleBinding "system:metrics-helper"',
            role: 'ClusterRole "system:metrics-helper"',
            rule: 'rule 1 at test.yaml:8:13',
          },
          line: 24,
          column: 5,
          endLine: 24,
          endColumn: 31,
        },
      ],
    },
    {
      name: 'Secrets read aggregated into the built-in view role, bound cluster-wide (not through the RoleBinding)',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: secret-peek
          labels:
            rbac.authorization.k8s.io/aggregate-to-view: "true"
        rules:
          - apiGroups: [""]
            resources: ["secrets"]
            verbs: ["list"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: auditors
        roleRef:
          kind: ClusterRole
          name: view
        subjects:
          - kind: Group
            name: auditors
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: shop-viewers
          namespace: shop
        roleRef:
          kind: ClusterRole
          name: view
        subjects:
          - kind: Group
            name: shop-viewers
      `,
      errors: [
        {
          messageId: 'escalation',
          data: {
            subject: 'Group "auditors"',
            permissions: 'read Secrets in every namespace',
            binding: 'ClusterRoleBinding "auditors"',
            role: 'built-in ClusterRole "view" (aggregated from ClusterRole "secret-peek")',
            rule: 'rule 1 at test.yaml:10:13',
          },
          line: 21,
          column: 5,
        },
      ],
    },
    {
      name: 'the built-in edit role allows exec and ServiceAccount impersonation: one finding on the subject names both',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: developers
          namespace: shop
        roleRef:
          kind: ClusterRole
          name: edit
        subjects:
          - kind: User
            name: jane@example.com
      `,
      errors: [
        {
          messageId: 'escalation',
          data: {
            subject: 'User "jane@example.com"',
            permissions: 'impersonate serviceaccounts; create pods/exec (run commands in pods)',
            binding: 'RoleBinding "shop/developers"',
            role: 'built-in ClusterRole "edit" (aggregated from built-in ClusterRole "system:aggregate-to-edit")',
            rule: 'rule 2 of the Kubernetes bootstrap policy and 1 more rule',
          },
          line: 11,
          column: 5,
        },
      ],
    },
    {
      name: 'matchExpressions aggregation, webhook writes, token minting and node proxy: two role rules, one finding on the subject',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: platform
        aggregationRule:
          clusterRoleSelectors:
            - matchExpressions:
                - {key: example.com/team, operator: In, values: [platform, infra]}
                - {key: example.com/retired, operator: DoesNotExist}
        rules: []
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: platform-webhooks
          labels: {example.com/team: infra}
        rules:
          - apiGroups: ["admissionregistration.k8s.io"]
            resources: ["validatingwebhookconfigurations"]
            verbs: ["get", "patch"]
          - apiGroups: [""]
            resources: ["serviceaccounts/token", "nodes/proxy"]
            verbs: ["create"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: platform-old
          labels: {example.com/team: infra, example.com/retired: "yes"}
        rules:
          - apiGroups: ["*"]
            resources: ["*"]
            verbs: ["impersonate"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: platform
        roleRef:
          kind: ClusterRole
          name: platform
        subjects:
          - kind: ServiceAccount
            name: platform-operator
            namespace: platform
      `,
      errors: [
        {
          messageId: 'escalation',
          data: {
            subject: 'ServiceAccount "platform/platform-operator"',
            permissions: 'write admission webhook configurations; create nodes/proxy (reach the kubelet API); create serviceaccounts/token (mint tokens for any ServiceAccount)',
            binding: 'ClusterRoleBinding "platform"',
            role: 'ClusterRole "platform" (aggregated from ClusterRole "platform-webhooks")',
            rule: 'rule 1 at test.yaml:20:20 and 1 more rule',
          },
          line: 44,
          column: 5,
        },
      ],
    },
  ],
});
