import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './rbac-csr-approval.js';

const SELF_SERVICE_ROLE = dedent`
  apiVersion: rbac.authorization.k8s.io/v1
  kind: ClusterRole
  metadata:
    name: csr-self-service
  rules:
    - apiGroups: ["certificates.k8s.io"]
      resources: ["certificatesigningrequests"]
      verbs: ["create", "get", "list"]
    - apiGroups: ["certificates.k8s.io"]
      resources: ["certificatesigningrequests/approval"]
      verbs: ["update"]
    - apiGroups: ["certificates.k8s.io"]
      resources: ["signers"]
      resourceNames: ["kubernetes.io/kube-apiserver-client"]
      verbs: ["approve"]
`;

const join = (...documents: string[]): string => documents.join('\n---\n');

const LEGACY_DEFAULT_CSR = dedent`
  apiVersion: certificates.k8s.io/v1beta1
  kind: CertificateSigningRequest
  metadata:
    name: ops-client
  spec:
    request: LS0tLS1CRUdJTi==
    usages: ["client auth"]
`;

const LIFETIME_BEFORE_1_22 = "kube-controller-manager's --cluster-signing-duration (default 8760h, one year)";

testRule(rule, {
  valid: [
    {
      name: '1.22: legacy-unknown left with the v1beta1 API (removed-api reports the object)',
      target: '1.22',
      code: LEGACY_DEFAULT_CSR,
    },
    {
      name: '1.37: approving legacy-unknown only grants nothing that authenticates',
      code: join(
        SELF_SERVICE_ROLE.replace('kubernetes.io/kube-apiserver-client', 'kubernetes.io/legacy-unknown'),
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: ops-csr\nroleRef:\n  kind: ClusterRole\n  name: csr-self-service\nsubjects:\n  - kind: User\n    name: ops',
      ),
    },
    {
      name: 'a RoleBinding cannot grant cluster-scoped CSR permissions',
      code: join(
        SELF_SERVICE_ROLE,
        dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: platform-csr
          namespace: platform
        roleRef:
          kind: ClusterRole
          name: csr-self-service
        subjects:
          - kind: Group
            name: platform-team
        `,
      ),
    },
    {
      name: 'approving only the kubelet signers, and the approver binding Kubernetes ships',
      code: join(
        dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: kubelet-csr-approver
        rules:
          - apiGroups: ["certificates.k8s.io"]
            resources: ["certificatesigningrequests", "certificatesigningrequests/approval"]
            verbs: ["create", "update"]
          - apiGroups: ["certificates.k8s.io"]
            resources: ["signers"]
            resourceNames: ["kubernetes.io/kubelet-serving", "kubernetes.io/kube-apiserver-client-kubelet"]
            verbs: ["approve"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: kubelet-csr-approver
        roleRef:
          kind: ClusterRole
          name: kubelet-csr-approver
        subjects:
          - kind: ServiceAccount
            name: kubelet-csr-approver
            namespace: kube-system
        `,
        SELF_SERVICE_ROLE,
        dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: system:controller:csr-approver
          labels: {kubernetes.io/bootstrapping: rbac-defaults}
        roleRef:
          kind: ClusterRole
          name: csr-self-service
        subjects:
          - kind: ServiceAccount
            name: certificate-controller
            namespace: kube-system
        `,
      ),
    },
    {
      name: 'a CSR for kubelet serving certificates',
      code: dedent`
        apiVersion: certificates.k8s.io/v1
        kind: CertificateSigningRequest
        metadata:
          name: node-1-serving
        spec:
          request: LS0tLS1CRUdJTi==
          signerName: kubernetes.io/kubelet-serving
          usages: ["server auth"]
      `,
    },
  ],
  invalid: [
    {
      name: 'one role that creates and approves client certificates',
      code: join(
        SELF_SERVICE_ROLE,
        dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: platform-csr
        roleRef:
          kind: ClusterRole
          name: csr-self-service
        subjects:
          - kind: Group
            name: platform-team
        `,
      ),
      errors: [
        {
          messageId: 'selfApproval',
          data: { subject: 'Group "platform-team"', signer: 'kubernetes.io/kube-apiserver-client', binding: 'ClusterRoleBinding "platform-csr"', role: 'ClusterRole "csr-self-service"', rule: 'rule 3 at test.yaml:15:13' },
          line: 26,
          column: 5,
          endLine: 26,
          endColumn: 24,
        },
      ],
    },
    {
      name: 'create and approve held through two bindings, the signer by its domain wildcard',
      code: dedent`
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: csr-approver
        rules:
          - apiGroups: ["certificates.k8s.io"]
            resources: ["certificatesigningrequests/approval"]
            verbs: ["patch"]
          - apiGroups: ["certificates.k8s.io"]
            resources: ["signers"]
            resourceNames: ["kubernetes.io/*"]
            verbs: ["get", "approve"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: bob-approves
        roleRef:
          kind: ClusterRole
          name: csr-approver
        subjects:
          - kind: User
            name: bob
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: csr-requester
        rules:
          - apiGroups: ["certificates.k8s.io"]
            resources: ["*"]
            verbs: ["create"]
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: bob-requests
        roleRef:
          kind: ClusterRole
          name: csr-requester
        subjects:
          - kind: User
            name: bob
      `,
      errors: [
        {
          messageId: 'selfApproval',
          data: { subject: 'User "bob"', signer: 'kubernetes.io/kube-apiserver-client', binding: 'ClusterRoleBinding "bob-approves"', role: 'ClusterRole "csr-approver"', rule: 'rule 2 at test.yaml:12:20' },
          line: 23,
          column: 5,
        },
      ],
    },
    {
      name: 'a CSR asking for an API client certificate',
      code: dedent`
        apiVersion: certificates.k8s.io/v1
        kind: CertificateSigningRequest
        metadata:
          name: jane-client
        spec:
          request: LS0tLS1CRUdJTi==
          signerName: kubernetes.io/kube-apiserver-client
          expirationSeconds: 86400
          usages: ["client auth"]
      `,
      errors: [
        {
          messageId: 'clientCertificateRequest',
          data: { name: 'jane-client', signer: 'kubernetes.io/kube-apiserver-client', shortLived: 'spec.expirationSeconds' },
          severity: 'warning',
          line: 7,
          column: 15,
          endLine: 7,
          endColumn: 50,
        },
      ],
    },
    {
      name: '1.21: a v1beta1 CSR without signerName defaults to legacy-unknown; expirationSeconds does not exist yet',
      target: '1.21',
      code: LEGACY_DEFAULT_CSR,
      errors: [{ messageId: 'legacyDefaultRequest', data: { name: 'ops-client', shortLived: LIFETIME_BEFORE_1_22 }, severity: 'warning', line: 5, column: 1, endColumn: 5 }],
    },
    {
      name: '1.21: a v1beta1 CSR asking kubernetes.io/legacy-unknown by name',
      target: '1.21',
      code: LEGACY_DEFAULT_CSR.replace('spec:\n', 'spec:\n  signerName: kubernetes.io/legacy-unknown\n'),
      errors: [
        {
          messageId: 'clientCertificateRequest',
          data: { name: 'ops-client', signer: 'kubernetes.io/legacy-unknown', shortLived: LIFETIME_BEFORE_1_22 },
          severity: 'warning',
          line: 6,
          column: 15,
        },
      ],
    },
    {
      name: '1.21: creating CSRs and approving them for legacy-unknown',
      target: '1.21',
      code: join(
        SELF_SERVICE_ROLE.replace('kubernetes.io/kube-apiserver-client', 'kubernetes.io/legacy-unknown'),
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: ops-csr\nroleRef:\n  kind: ClusterRole\n  name: csr-self-service\nsubjects:\n  - kind: User\n    name: ops',
      ),
      errors: [
        {
          messageId: 'selfApproval',
          data: { subject: 'User "ops"', signer: 'kubernetes.io/legacy-unknown', binding: 'ClusterRoleBinding "ops-csr"', role: 'ClusterRole "csr-self-service"', rule: 'rule 3 at test.yaml:15:13' },
          line: 26,
          column: 5,
        },
      ],
    },
  ],
});
