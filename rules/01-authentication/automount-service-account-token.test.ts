import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './automount-service-account-token.js';

const DIGEST = 'sha256:0000000000000000000000000000000000000000000000000000000000000000';

testRule(rule, {
  valid: [
    {
      name: 'pod spec opts out',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          automountServiceAccountToken: false
          containers:
            - name: app
              image: app@${DIGEST}
      `,
    },
    {
      name: 'ServiceAccount later in the stream opts out for the Deployment that uses it',
      code: dedent`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
          namespace: payments
        spec:
          template:
            spec:
              serviceAccountName: api
              containers:
                - name: app
                  image: app@${DIGEST}
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: api
          namespace: payments
        automountServiceAccountToken: false
      `,
    },
    {
      name: 'default ServiceAccount opts out for pods that name none',
      code: dedent`
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: default
        automountServiceAccountToken: false
        ---
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: migrate
        spec:
          template:
            spec:
              restartPolicy: Never
              containers:
                - name: migrate
                  image: migrate@${DIGEST}
      `,
    },
    {
      name: 'List items are checked one by one',
      code: dedent`
        apiVersion: v1
        kind: List
        items:
          - apiVersion: v1
            kind: Pod
            metadata:
              name: a
            spec:
              automountServiceAccountToken: false
              containers: []
      `,
    },
    {
      name: 'objects without a pod spec are not checked',
      code: dedent`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        data:
          spec: "not a pod"
      `,
    },
    {
      name: 'a custom resource that looks like a Deployment is not a workload',
      code: dedent`
        apiVersion: example.com/v1
        kind: Deployment
        metadata:
          name: not-ours
        spec:
          template:
            spec:
              containers: []
      `,
    },
    {
      name: 'explicit true on the pod: it asks for the token, so it calls the API on purpose',
      code: dedent`
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: agent
        automountServiceAccountToken: false
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: agent
        spec:
          template:
            spec:
              serviceAccountName: agent
              automountServiceAccountToken: true
              containers:
                - name: agent
                  image: agent@${DIGEST}
      `,
    },
    {
      name: 'the ServiceAccount sets true itself, or a binding in the input names it: its pods call the API on purpose',
      code: dedent`
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: agent
          namespace: ops
        automountServiceAccountToken: true
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: agent
          namespace: ops
        spec:
          template:
            spec:
              serviceAccountName: agent
              containers:
                - name: agent
                  image: agent@${DIGEST}
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: argocd-server
        spec:
          template:
            spec:
              serviceAccountName: argocd-server
              containers:
                - name: server
                  image: argocd@${DIGEST}
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRoleBinding
        metadata:
          name: argocd-server
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: argocd-server}
        subjects:
          - kind: ServiceAccount
            name: argocd-server
            namespace: argocd
      `,
    },
  ],
  invalid: [
    {
      name: 'bare Pod: reported on its spec key',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
        spec:
          containers:
            - name: app
              image: app@${DIGEST}
      `,
      errors: [{ messageId: 'tokenMounted', data: { owner: 'Pod "web"', serviceAccount: 'default' }, line: 5, column: 1, endLine: 5, endColumn: 5 }],
    },
    {
      name: 'ServiceAccount in another namespace does not count',
      code: dedent`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
          namespace: payments
        spec:
          selector:
            matchLabels: {app: api}
          template:
            metadata:
              labels: {app: api}
            spec:
              serviceAccountName: api
              containers:
                - name: app
                  image: app@${DIGEST}
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: api
          namespace: other
        automountServiceAccountToken: false
      `,
      errors: [{ messageId: 'tokenMounted', data: { owner: 'Deployment "api"', serviceAccount: 'api' }, line: 12, column: 5 }],
    },
    {
      name: 'ServiceAccount that keeps automounting does not help',
      code: dedent`
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: builder
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: nightly
        spec:
          schedule: "0 1 * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  serviceAccountName: builder
                  containers:
                    - name: build
                      image: build@${DIGEST}
      `,
      errors: [{ messageId: 'tokenMounted', data: { owner: 'CronJob "nightly"', serviceAccount: 'builder' }, line: 15, column: 9 }],
    },
    {
      name: 'a binding naming another account, or every account through a group, does not make this one deliberate',
      code: dedent`
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
                  image: web@${DIGEST}
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: RoleBinding
        metadata:
          name: viewers
          namespace: shop
        roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}
        subjects:
          - kind: Group
            name: system:serviceaccounts:shop
          - kind: ServiceAccount
            name: operator
            namespace: shop
      `,
      errors: [{ messageId: 'tokenMounted', data: { owner: 'Deployment "web"', serviceAccount: 'default' }, line: 8, column: 5, endLine: 8, endColumn: 9 }],
    },
    {
      name: 'deprecated serviceAccount field is honoured; third document reported on its own line',
      code: dedent`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: one
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: two
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: legacy
        spec:
          serviceAccount: old-style
          containers:
            - name: app
              image: app@${DIGEST}
      `,
      errors: [{ messageId: 'tokenMounted', data: { owner: 'Pod "legacy"', serviceAccount: 'old-style' }, line: 15, column: 1 }],
    },
    {
      name: 'List item',
      code: dedent`
        apiVersion: v1
        kind: List
        items:
          - apiVersion: v1
            kind: Pod
            metadata:
              name: in-list
            spec:
              containers: []
      `,
      errors: [{ messageId: 'tokenMounted', data: { owner: 'Pod "in-list"', serviceAccount: 'default' }, line: 8, column: 5 }],
    },
  ],
});
