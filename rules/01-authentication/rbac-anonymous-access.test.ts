import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './rbac-anonymous-access.js';

const METRICS_FOR_ANYONE = dedent`
  apiVersion: rbac.authorization.k8s.io/v1
  kind: ClusterRole
  metadata:
    name: metrics
  rules:
    - nonResourceURLs: ["/metrics"]
      verbs: ["get"]
  ---
  apiVersion: rbac.authorization.k8s.io/v1
  kind: ClusterRoleBinding
  metadata:
    name: metrics
  roleRef:
    kind: ClusterRole
    name: metrics
  subjects:
    - kind: Group
      name: system:unauthenticated
`;

testRule(rule, {
  valid: [
    {
      name: 'the bootstrap system:public-info-viewer binding',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: system:public-info-viewer
        roleRef:
          apiGroup: rbac.authorization.k8s.io
          kind: ClusterRole
          name: system:public-info-viewer
        subjects:
          - apiGroup: rbac.authorization.k8s.io
            kind: Group
            name: system:authenticated
          - apiGroup: rbac.authorization.k8s.io
            kind: Group
            name: system:unauthenticated
      `,
    },
    {
      name: 'health endpoints only, through a role in the input',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: health
        rules:
          - nonResourceURLs: ["/healthz", "/livez", "/readyz"]
            verbs: ["get", "head"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: health
        roleRef:
          kind: ClusterRole
          name: health
        subjects:
          - kind: User
            name: system:anonymous
      `,
    },
    {
      name: 'allowedNonResourceURLs adds /metrics',
      options: { allowedNonResourceURLs: ['/healthz', '/metrics'] },
      code: METRICS_FOR_ANYONE,
    },
    {
      name: 'a RoleBinding cannot grant non-resource URLs',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: discovery
          namespace: shop
        roleRef:
          kind: ClusterRole
          name: system:discovery
        subjects:
          - kind: Group
            name: system:unauthenticated
      `,
    },
    {
      name: 'authenticated users are not anonymous',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: everyone-views
        roleRef:
          kind: ClusterRole
          name: unknown-role
        subjects:
          - kind: Group
            name: system:authenticated
      `,
    },
  ],
  invalid: [
    {
      // The discovery ConfigMap of a kubeadm-style bootstrap (server address and CA): still anonymous access, to the objects named.
      name: 'get on one named ConfigMap of kube-public says which one',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata:
          name: discovery-reader
          namespace: kube-public
        rules:
          - apiGroups: [""]
            resources: ["configmaps"]
            resourceNames: ["cluster-info"]
            verbs: ["get"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: discovery-reader
          namespace: kube-public
        roleRef:
          kind: Role
          name: discovery-reader
        subjects:
          - kind: User
            name: system:anonymous
      `,
      errors: [
        {
          messageId: 'anonymousGrant',
          data: {
            subject: 'User "system:anonymous"',
            what: '"get" on resource "configmaps" named "cluster-info"',
            binding: 'RoleBinding "kube-public/discovery-reader"',
            role: 'Role "kube-public/discovery-reader"',
            rule: 'rule 1 at test.yaml:8:17',
          },
          line: 22,
          column: 5,
        },
      ],
    },
    {
      name: '/metrics is not a health endpoint by default',
      code: METRICS_FOR_ANYONE,
      errors: [
        {
          messageId: 'anonymousGrant',
          data: { subject: 'Group "system:unauthenticated"', what: '"get" on URL "/metrics"', binding: 'ClusterRoleBinding "metrics"', role: 'ClusterRole "metrics"', rule: 'rule 1 at test.yaml:6:23' },
          line: 18,
          column: 5,
          endLine: 18,
          endColumn: 33,
        },
      ],
    },
    {
      name: 'resources and write verbs for system:anonymous',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: public-status
        rules:
          - nonResourceURLs: ["/healthz", "/readyz"]
            verbs: ["get", "post"]
          - apiGroups: [""]
            resources: ["pods", "services"]
            verbs: ["get", "list"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: public-status
        roleRef:
          kind: ClusterRole
          name: public-status
        subjects:
          - kind: User
            name: system:anonymous
      `,
      errors: [
        {
          messageId: 'anonymousGrant',
          data: { subject: 'User "system:anonymous"', what: '"get" on resource "pods"', binding: 'ClusterRoleBinding "public-status"', role: 'ClusterRole "public-status"', rule: 'rule 2 at test.yaml:9:17' },
          line: 21,
          column: 5,
        },
        {
          messageId: 'anonymousGrant',
          data: { subject: 'User "system:anonymous"', what: '"post" on URL "/healthz"', binding: 'ClusterRoleBinding "public-status"', role: 'ClusterRole "public-status"', rule: 'rule 1 at test.yaml:7:20' },
          line: 21,
          column: 5,
        },
      ],
    },
    {
      name: 'the pre-1.14 system:discovery binding kept by upgraded clusters exposes the API listing; a role pci-lint does not know is reported too',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: system:discovery
        roleRef:
          kind: ClusterRole
          name: system:discovery
        subjects:
          - kind: Group
            name: system:unauthenticated
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: anonymous-nodes
        roleRef:
          kind: ClusterRole
          name: system:node
        subjects:
          - kind: User
            name: system:anonymous
      `,
      errors: [
        {
          messageId: 'anonymousGrant',
          data: {
            subject: 'Group "system:unauthenticated"',
            what: '"get" on URL "/openapi"',
            binding: 'ClusterRoleBinding "system:discovery"',
            role: 'built-in ClusterRole "system:discovery"',
            rule: 'rule 1 of the Kubernetes bootstrap policy',
          },
          line: 10,
          column: 5,
        },
        {
          messageId: 'unknownRole',
          data: { binding: 'ClusterRoleBinding "anonymous-nodes"', subject: 'User "system:anonymous"', role: 'ClusterRole "system:node"' },
          line: 21,
          column: 5,
        },
      ],
    },
  ],
});
