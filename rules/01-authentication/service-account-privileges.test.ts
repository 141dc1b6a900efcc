import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './service-account-privileges.js';

const BUILTIN = 'rule 1 of the Kubernetes bootstrap policy';

testRule(rule, {
  valid: [
    {
      name: 'a least-privilege Role for the workload ServiceAccount',
      code: dedent`
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: api
          namespace: shop
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata:
          name: api
          namespace: shop
        rules:
          - apiGroups: [""]
            resources: ["configmaps"]
            resourceNames: ["api-settings"]
            verbs: ["get", "watch"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: api
          namespace: shop
        roleRef:
          kind: Role
          name: api
        subjects:
          - kind: ServiceAccount
            name: api
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: api
          namespace: shop
        spec:
          serviceAccountName: api
          containers: []
      `,
    },
    {
      name: 'controller bindings Kubernetes ships',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: system:controller:namespace-controller
          labels: {kubernetes.io/bootstrapping: rbac-defaults}
        rules:
          - apiGroups: ["*"]
            resources: ["*"]
            verbs: ["delete", "deletecollection", "get", "list"]
          - apiGroups: [""]
            resources: ["secrets"]
            verbs: ["get", "list"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: system:controller:namespace-controller
          labels: {kubernetes.io/bootstrapping: rbac-defaults}
        roleRef:
          kind: ClusterRole
          name: system:controller:namespace-controller
        subjects:
          - kind: ServiceAccount
            name: namespace-controller
            namespace: kube-system
      `,
    },
  ],
  invalid: [
    {
      name: 'a ServiceAccount that creates pods in every namespace, mounted by a pod',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: pod-starter
        rules:
          - apiGroups: [""]
            resources: ["pods"]
            verbs: ["create"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: launcher-pods
        roleRef:
          kind: ClusterRole
          name: pod-starter
        subjects:
          - kind: ServiceAccount
            name: launcher
            namespace: tools
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: launcher
          namespace: tools
        spec:
          serviceAccountName: launcher
          containers:
            - name: app
      `,
      errors: [
        {
          messageId: 'powerfulServiceAccount',
          data: {
            subject: 'ServiceAccount "tools/launcher"',
            permission: "create pods in every namespace (run pods as any ServiceAccount, kube-system's included, with its token and Secrets)",
            binding: 'ClusterRoleBinding "launcher-pods"',
            role: 'ClusterRole "pod-starter"',
            rule: 'rule 1 at test.yaml:8:13',
            mounted: '; mounted by Pod "launcher"',
          },
          line: 19,
          column: 5,
        },
      ],
    },
    {
      name: 'a project\'s role and binding that borrow the system: prefix without the bootstrap label are judged',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: system:sizer-admission
        rules:
          - apiGroups: ["admissionregistration.k8s.io"]
            resources: ["mutatingwebhookconfigurations"]
            verbs: ["create", "delete", "get", "list", "patch"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: system:sizer-admission
        roleRef:
          kind: ClusterRole
          name: system:sizer-admission
        subjects:
          - kind: ServiceAccount
            name: sizer-admission
            namespace: kube-system
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: sizer-admission
          namespace: kube-system
        spec:
          template:
            spec:
              serviceAccountName: sizer-admission
              containers:
                - name: admission
                  image: sizer:1
      `,
      errors: [
        {
          messageId: 'powerfulServiceAccount',
          data: {
            subject: 'ServiceAccount "kube-system/sizer-admission"',
            permission: 'write admission webhook configurations',
            binding: 'ClusterRoleBinding "system:sizer-admission"',
            role: 'ClusterRole "system:sizer-admission"',
            rule: 'rule 1 at test.yaml:8:13',
            mounted: '; mounted by Deployment "sizer-admission"',
          },
          line: 19,
          column: 5,
        },
      ],
    },
    {
      name: 'the default ServiceAccount with cluster-admin, and a Deployment that names no account',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: shop-default-admin
        roleRef:
          kind: ClusterRole
          name: cluster-admin
        subjects:
          - kind: ServiceAccount
            name: default
            namespace: shop
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: shop
        spec:
          template:
            spec:
              containers:
                - name: web
                  image: web:1
      `,
      errors: [
        {
          messageId: 'powerfulDefaultAccount',
          data: { subject: 'ServiceAccount "shop/default"', permission: 'do anything', binding: 'ClusterRoleBinding "shop-default-admin"', role: 'built-in ClusterRole "cluster-admin"', rule: BUILTIN, mounted: '; mounted by Deployment "web"' },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 18,
        },
      ],
    },
    {
      name: 'a system: name on a binding to an application ServiceAccount is no binding Kubernetes ships',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: system:controller:shop-default
        roleRef:
          kind: ClusterRole
          name: cluster-admin
        subjects:
          - kind: ServiceAccount
            name: default
            namespace: shop
      `,
      errors: [
        {
          messageId: 'powerfulDefaultAccount',
          data: { subject: 'ServiceAccount "shop/default"', permission: 'do anything', binding: 'ClusterRoleBinding "system:controller:shop-default"', role: 'built-in ClusterRole "cluster-admin"', rule: BUILTIN, mounted: '' },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 18,
        },
      ],
    },
    {
      name: 'a ServiceAccount that reads every Secret: the Deployment inherits automount false, the Job turns it back on',
      code: dedent`
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: vault-sync
          namespace: ops
        automountServiceAccountToken: false
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: secret-reader
        rules:
          - apiGroups: [""]
            resources: ["secrets"]
            verbs: ["get", "watch", "list"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: vault-sync
        roleRef:
          kind: ClusterRole
          name: secret-reader
        subjects:
          - kind: ServiceAccount
            name: vault-sync
            namespace: ops
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: vault-sync
          namespace: ops
        spec:
          template:
            spec:
              serviceAccountName: vault-sync
              containers: []
        ---
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: vault-sync-once
          namespace: ops
        spec:
          template:
            spec:
              serviceAccountName: vault-sync
              automountServiceAccountToken: true
              containers: []
      `,
      errors: [
        {
          messageId: 'powerfulServiceAccount',
          data: {
            subject: 'ServiceAccount "ops/vault-sync"',
            permission: 'read Secrets in every namespace',
            binding: 'ClusterRoleBinding "vault-sync"',
            role: 'ClusterRole "secret-reader"',
            rule: 'rule 1 at test.yaml:15:13',
            mounted: '; mounted by Job "vault-sync-once"',
          },
          line: 26,
          column: 5,
        },
      ],
    },
    {
      name: 'every ServiceAccount of a namespace through its group',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata:
          name: debug
          namespace: ci
        rules:
          - apiGroups: [""]
            resources: ["pods/exec"]
            verbs: ["create"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: all-accounts-debug
          namespace: ci
        roleRef:
          kind: Role
          name: debug
        subjects:
          - kind: Group
            name: system:serviceaccounts:ci
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: builder
          namespace: ci
        spec:
          serviceAccountName: builder
          containers: []
      `,
      errors: [
        {
          messageId: 'powerfulGroup',
          data: {
            subject: 'Group "system:serviceaccounts:ci"',
            permission: 'create pods/exec (run commands in pods)',
            binding: 'RoleBinding "ci/all-accounts-debug"',
            role: 'Role "ci/debug"',
            rule: 'rule 1 at test.yaml:9:13',
            mounted: '; mounted by Pod "builder"',
          },
          line: 21,
          column: 5,
        },
      ],
    },
    {
      name: 'an ingress controller bundle: one finding on the binding subject names the workloads that mount the token, none on each pod',
      code: dedent`
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: edge
          namespace: edge
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: edge
        rules:
          - apiGroups: [""]
            resources: ["configmaps", "endpoints", "secrets"]
            verbs: ["list", "watch"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: edge
        roleRef:
          apiGroup: rbac.authorization.k8s.io
          kind: ClusterRole
          name: edge
        subjects:
          - kind: ServiceAccount
            name: edge
            namespace: edge
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: edge-controller
          namespace: edge
        spec:
          template:
            spec:
              serviceAccountName: edge
              containers: []
        ---
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: edge-certs-create
          namespace: edge
        spec:
          template:
            spec:
              serviceAccountName: edge
              containers: []
        ---
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: edge-certs-patch
          namespace: edge
        spec:
          template:
            spec:
              serviceAccountName: edge
              containers: []
      `,
      errors: [
        {
          messageId: 'powerfulServiceAccount',
          data: {
            subject: 'ServiceAccount "edge/edge"',
            permission: 'read Secrets in every namespace',
            binding: 'ClusterRoleBinding "edge"',
            role: 'ClusterRole "edge"',
            rule: 'rule 1 at test.yaml:14:13',
            mounted: '; mounted by Deployment "edge-controller" and 2 more workloads',
          },
          line: 26,
          column: 5,
        },
      ],
    },
  ],
});
