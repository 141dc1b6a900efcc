import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './rbac-wildcard.js';

testRule(rule, {
  valid: [
    {
      name: 'explicit verbs, resources and groups',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata:
          name: reader
          namespace: shop
        rules:
          - apiGroups: ["", "apps"]
            resources: ["pods", "deployments", "*/scale"]
            verbs: ["get", "list", "watch"]
      `,
    },
    {
      name: 'ClusterRoles Kubernetes ships are not reported',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: cluster-admin
          labels:
            kubernetes.io/bootstrapping: rbac-defaults
        rules:
          - apiGroups: ["*"]
            resources: ["*"]
            verbs: ["*"]
          - nonResourceURLs: ["*"]
            verbs: ["*"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: system:controller:namespace-controller
          labels: {kubernetes.io/bootstrapping: rbac-defaults}
        rules:
          - apiGroups: ["*"]
            resources: ["*"]
            verbs: ["delete", "deletecollection", "get", "list"]
      `,
    },
    {
      name: 'nonResourceURLs wildcards are not in scope and aggregated roles have no rules',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: metrics-reader
        rules:
          - nonResourceURLs: ["/metrics/*"]
            verbs: ["get"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: monitoring
        aggregationRule:
          clusterRoleSelectors:
            - matchLabels: {example.com/aggregate-to-monitoring: "true"}
        rules: []
      `,
    },
  ],
  invalid: [
    {
      name: 'an operator ClusterRole with every verb on its own API group',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: prometheus-operator
        rules:
          - apiGroups: ["monitoring.coreos.com"]
            resources: ["*"]
            verbs: ["*"]
      `,
      errors: [
        {
          messageId: 'severalOfGroups',
          data: { role: 'ClusterRole "prometheus-operator"', rule: 1, fields: 'verb and resource', groups: 'API group "monitoring.coreos.com"' },
          line: 8,
          column: 13,
          endLine: 8,
          endColumn: 16,
        },
      ],
    },
    {
      name: 'every verb and resource of the core group among others: no groups named',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: pipeline-runner
        rules:
          - apiGroups: ["", "apps"]
            resources: ["*"]
            verbs: ["*"]
      `,
      errors: [{ messageId: 'several', data: { role: 'ClusterRole "pipeline-runner"', rule: 1, fields: 'verb and resource' }, line: 8, column: 13, endLine: 8, endColumn: 16 }],
    },
    {
      name: 'every verb on named resources; every resource of one group in a second rule',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata:
          name: operator
          namespace: ops
        rules:
          - apiGroups: ["apps"]
            resources: ["deployments"]
            verbs: ["*"]
          - apiGroups: ["batch"]
            resources: ["*"]
            verbs: ["get"]
      `,
      errors: [
        { messageId: 'verbs', data: { role: 'Role "ops/operator"', rule: 1 }, line: 9, column: 13, endLine: 9, endColumn: 16 },
        { messageId: 'resourcesOfGroups', data: { role: 'Role "ops/operator"', rule: 2, groups: 'API group "batch"' }, line: 11, column: 17, endLine: 11, endColumn: 20 },
      ],
    },
    {
      // Secrets are in the core group: only a `*` resource list over it (or over every group) reaches them.
      name: 'every resource of the core group, of named groups (an operator\'s own CRDs), and of named groups and the core group',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: crd-editor
        rules:
          - apiGroups: [""]
            resources: ["*"]
            verbs: ["get"]
          - apiGroups: ["queue.example.com", "events.queue.example.com", "queue.example.com"]
            resources: ["*"]
            verbs: ["get", "list", "watch"]
          - apiGroups: ["queue.example.com", ""]
            resources: ["*"]
            verbs: ["get"]
          - apiGroups: ["a.example.com", "b.example.com", "c.example.com", "d.example.com", "e.example.com"]
            resources: ["*"]
            verbs: ["get"]
      `,
      errors: [
        { messageId: 'resources', data: { role: 'ClusterRole "crd-editor"', rule: 1 }, line: 7, column: 17, endLine: 7, endColumn: 20 },
        {
          messageId: 'resourcesOfGroups',
          data: { role: 'ClusterRole "crd-editor"', rule: 2, groups: 'API groups "queue.example.com" and "events.queue.example.com"' },
          line: 10,
          column: 17,
          endLine: 10,
          endColumn: 20,
        },
        { messageId: 'resources', data: { role: 'ClusterRole "crd-editor"', rule: 3 }, line: 13, column: 17, endLine: 13, endColumn: 20 },
        {
          messageId: 'resourcesOfGroups',
          data: { role: 'ClusterRole "crd-editor"', rule: 4, groups: 'API groups "a.example.com", "b.example.com", "c.example.com" and 2 more' },
          line: 16,
          column: 17,
          endLine: 16,
          endColumn: 20,
        },
      ],
    },
    {
      name: 'a rule with "*" verbs, resources and API groups is one finding',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: argocd-application-controller
        rules:
          - apiGroups: ['*']
            resources: ['*']
            verbs: ['*']
          - nonResourceURLs: ['*']
            verbs: ['*']
      `,
      errors: [
        { messageId: 'everything', data: { role: 'ClusterRole "argocd-application-controller"', rule: 1 }, line: 8, column: 13, endLine: 8, endColumn: 16 },
        { messageId: 'verbs', data: { role: 'ClusterRole "argocd-application-controller"', rule: 2 }, line: 10, column: 13, endLine: 10, endColumn: 16 },
      ],
    },
    {
      name: 'a namespaced Role with every API group, block-style list, second rule',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1beta1
        kind: Role
        metadata:
          name: deployer
          namespace: ci
        rules:
          - apiGroups: [""]
            resources: ["configmaps"]
            verbs: ["get"]
          - apiGroups:
              - apps
              - '*'
            resources:
              - deployments
            verbs:
              - patch
      `,
      errors: [{ messageId: 'apiGroups', data: { role: 'Role "ci/deployer"', rule: 2 }, line: 12, column: 9, endLine: 12, endColumn: 12 }],
    },
  ],
});
