import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './rbac-escalation-role.js';

testRule(rule, {
  valid: [
    {
      name: 'a read-only role; every-verb rules are rbac-wildcard\'s; roles Kubernetes ships are skipped',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: reader
        rules:
          - apiGroups: [""]
            resources: ["pods", "services"]
            verbs: ["get", "list", "watch"]
          - apiGroups: ["*"]
            resources: ["*"]
            verbs: ["*"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: system:controller:clusterrole-aggregation-controller
          labels: {kubernetes.io/bootstrapping: rbac-defaults}
        rules:
          - apiGroups: ["rbac.authorization.k8s.io"]
            resources: ["clusterroles"]
            verbs: ["escalate", "get", "list", "patch", "update", "watch"]
      `,
    },
    {
      name: 'a namespaced Role cannot grant cluster-scoped paths (nodes/proxy, webhook configurations)',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: Role
        metadata:
          name: ops
          namespace: ops
        rules:
          - apiGroups: [""]
            resources: ["nodes/proxy"]
            verbs: ["create", "get"]
          - apiGroups: ["admissionregistration.k8s.io"]
            resources: ["mutatingwebhookconfigurations"]
            verbs: ["create", "update"]
      `,
    },
  ],
  invalid: [
    {
      name: 'a project\'s ClusterRole that borrows the system: prefix without the bootstrap label',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: system:sizer-admission
        rules:
          - apiGroups: ["admissionregistration.k8s.io"]
            resources: ["mutatingwebhookconfigurations"]
            verbs: ["get", "patch"]
      `,
      errors: [
        { messageId: 'grants', data: { role: 'ClusterRole "system:sizer-admission"', rule: 1, permissions: 'write admission webhook configurations' }, line: 8, column: 20 },
      ],
    },
    {
      name: 'an unbound ClusterRole with bind and escalate, impersonation and CSR approval: reported where it is defined',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: platform-operator
        rules:
          - apiGroups: ["rbac.authorization.k8s.io"]
            resources: ["clusterroles", "clusterrolebindings"]
            verbs: ["bind", "escalate", "get"]
          - apiGroups: [""]
            resources: ["serviceaccounts"]
            verbs: ["impersonate"]
          - apiGroups: ["certificates.k8s.io"]
            resources: ["certificatesigningrequests/approval"]
            verbs: ["update"]
      `,
      errors: [
        {
          messageId: 'grants',
          data: { role: 'ClusterRole "platform-operator"', rule: 1, permissions: 'escalate roles (grant permissions it does not hold); bind any role' },
          line: 8,
          column: 21,
          endLine: 8,
          endColumn: 31,
        },
        { messageId: 'grants', data: { role: 'ClusterRole "platform-operator"', rule: 2, permissions: 'impersonate serviceaccounts' }, line: 11, column: 13, endLine: 11, endColumn: 26 },
        {
          messageId: 'grants',
          data: { role: 'ClusterRole "platform-operator"', rule: 3, permissions: 'approve certificate signing requests (update certificatesigningrequests/approval)' },
          line: 14,
          column: 13,
          endLine: 14,
          endColumn: 21,
        },
      ],
    },
    {
      name: 'a ClusterRole that writes webhook configurations and reaches kubelets through nodes/proxy',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: webhook-manager
        rules:
          - apiGroups: ["admissionregistration.k8s.io"]
            resources: ["validatingwebhookconfigurations"]
            verbs: ["get", "patch"]
          - apiGroups: [""]
            resources: ["nodes/proxy"]
            verbs: ["*"]
      `,
      errors: [
        { messageId: 'grants', data: { role: 'ClusterRole "webhook-manager"', rule: 1, permissions: 'write admission webhook configurations' }, line: 8, column: 20, endLine: 8, endColumn: 27 },
        { messageId: 'grants', data: { role: 'ClusterRole "webhook-manager"', rule: 2, permissions: 'create nodes/proxy (reach the kubelet API)' }, line: 11, column: 13, endLine: 11, endColumn: 16 },
      ],
    },
  ],
});
