import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './network-default-deny.js';

const UNSPECIFIED = 'The unspecified namespace (objects without metadata.namespace; set the defaultNamespace setting to name it)';
const BOTH = { direction: 'ingress and egress', effect: 'accept connections from anywhere and can connect anywhere', policyTypes: 'Ingress, Egress' };

const loosePod = dedent`
  apiVersion: v1
  kind: Pod
  metadata:
    name: loose
  spec:
    containers:
      - name: c
        image: c
`;

testRule(rule, {
  valid: [
    {
      name: "Cilium: a CiliumNetworkPolicy with an empty endpointSelector and both sections (Cilium's deny-all: empty rules)",
      code: dedent`
        apiVersion: cilium.io/v2
        kind: CiliumNetworkPolicy
        metadata:
          name: deny-all
          namespace: payments
        spec:
          endpointSelector: {}
          ingress:
            - {}
          egress:
            - toEndpoints:
                - matchLabels: {}
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: api
          namespace: payments
        spec:
          containers:
            - name: app
              image: app
      `,
    },
    {
      name: 'Cilium: a CiliumClusterwideNetworkPolicy covers every namespace; specs lists several rules',
      code: dedent`
        apiVersion: cilium.io/v2
        kind: CiliumClusterwideNetworkPolicy
        metadata:
          name: baseline
        specs:
          - endpointSelector:
              matchLabels: {}
            ingressDeny:
              - fromEntities: [world]
          - endpointSelector: {}
            egress:
              - toEntities: [kube-apiserver]
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: api
          namespace: payments
        spec:
          containers:
            - name: app
              image: app
      `,
    },
    {
      name: 'one policy denies both directions for every pod in the namespace',
      code: dedent`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: default-deny
          namespace: payments
        spec:
          podSelector: {}
          policyTypes: [Ingress, Egress]
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
          namespace: payments
        spec:
          template:
            spec:
              containers:
                - name: app
                  image: app
      `,
    },
    {
      name: 'two policies, one per direction; a rule naming its peers keeps the deny',
      code: dedent`
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: agent
          namespace: ops
        spec:
          template:
            spec:
              containers:
                - name: agent
                  image: agent
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: deny-ingress
          namespace: ops
        spec:
          podSelector: {}
          ingress:
            - from:
                - podSelector:
                    matchLabels: {app: prometheus}
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: deny-egress
          namespace: ops
        spec:
          podSelector:
            matchLabels: {}
          policyTypes:
            - Egress
      `,
    },
    {
      name: 'hostNetwork pods are outside NetworkPolicy and not counted',
      code: dedent`
        apiVersion: v1
        kind: Pod
        metadata:
          name: node-exporter
          namespace: monitoring
        spec:
          hostNetwork: true
          containers:
            - name: exporter
              image: exporter
      `,
    },
    {
      name: 'objects without a namespace go to the configured default namespace',
      settings: { defaultNamespace: 'shop' },
      code: dedent`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            spec:
              containers:
                - name: web
                  image: web
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: default-deny
          namespace: shop
        spec:
          podSelector: {}
          policyTypes: [Ingress, Egress]
      `,
    },
    {
      name: 'no workloads, nothing to protect',
      code: dedent`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
          namespace: payments
        data:
          mode: strict
      `,
    },
  ],
  invalid: [
    {
      name: 'Cilium: a policy for some endpoints, an opened direction, a disabled default deny, and a policy of another group are no default deny',
      code: dedent`
        apiVersion: cilium.io/v2
        kind: CiliumNetworkPolicy
        metadata:
          name: app-only
          namespace: shop
        spec:
          endpointSelector:
            matchLabels: {app: web}
          ingress: [{}]
          egress: [{}]
        ---
        apiVersion: cilium.io/v2
        kind: CiliumNetworkPolicy
        metadata:
          name: open
          namespace: shop
        specs:
          - endpointSelector: {}
            ingress:
              - fromEntities: [all]
            egress: [{}]
            enableDefaultDeny: {egress: false}
        ---
        apiVersion: example.com/v1
        kind: CiliumNetworkPolicy
        metadata:
          name: lookalike
          namespace: shop
        spec:
          endpointSelector: {}
          ingress: [{}]
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          namespace: shop
        spec:
          containers:
            - name: web
              image: web
      `,
      errors: [{ messageId: 'missing', data: { namespace: 'Namespace "shop"', ...BOTH }, line: 37, column: 3 }],
    },
    {
      name: 'workload without any policy: reported on its namespace field',
      code: dedent`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
          namespace: payments
        spec:
          template:
            spec:
              containers:
                - name: app
                  image: app
      `,
      errors: [{ messageId: 'missing', data: { namespace: 'Namespace "payments"', ...BOTH }, line: 5, column: 3 }],
    },
    {
      name: 'ingress-only default deny: egress missing, reported on the Namespace object',
      code: dedent`
        apiVersion: v1
        kind: Namespace
        metadata:
          name: shop
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: deny-ingress
          namespace: shop
        spec:
          podSelector: {}
        ---
        apiVersion: v1
        kind: Pod
        metadata:
          name: web
          namespace: shop
        spec:
          containers:
            - name: web
              image: web
      `,
      errors: [{ messageId: 'missing', data: { namespace: 'Namespace "shop"', direction: 'egress', effect: 'can connect anywhere', policyTypes: 'Egress' }, line: 4, column: 3, endLine: 4, endColumn: 13 }],
    },
    {
      name: 'a policy that selects some pods is not a default deny',
      code: dedent`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: web-only
          namespace: shop
        spec:
          podSelector:
            matchLabels:
              app: web
          policyTypes: [Ingress, Egress]
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: db
          namespace: shop
        spec:
          template:
            spec:
              containers:
                - name: db
                  image: db
      `,
      errors: [{ messageId: 'missing', data: { namespace: 'Namespace "shop"', ...BOTH }, line: 16, column: 3 }],
    },
    {
      name: 'allow-all ingress rule is a finding and cancels the ingress deny',
      code: dedent`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: open
          namespace: shop
        spec:
          podSelector: {}
          policyTypes: [Ingress, Egress]
          ingress:
            - {}
        ---
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: migrate
          namespace: shop
        spec:
          template:
            spec:
              containers:
                - name: m
                  image: m
      `,
      errors: [
        { messageId: 'allowAll', data: { policy: 'open', direction: 'ingress' }, line: 10, column: 7, endLine: 10, endColumn: 9 },
        { messageId: 'missing', data: { namespace: 'Namespace "shop"', direction: 'ingress', effect: 'accept connections from anywhere', policyTypes: 'Ingress' }, line: 16, column: 3, endLine: 16, endColumn: 18 },
      ],
    },
    {
      name: 'allow-all egress rule in a policy of a namespace without workloads',
      code: dedent`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: egress-open
        spec:
          podSelector: {}
          policyTypes:
            - Egress
          egress:
            - {}
      `,
      errors: [{ messageId: 'allowAll', data: { policy: 'egress-open', direction: 'egress' }, line: 10, column: 7 }],
    },
    {
      name: 'no namespace and no defaultNamespace: the unspecified namespace, reported on the kind line',
      code: loosePod,
      errors: [{ messageId: 'missing', data: { namespace: UNSPECIFIED, ...BOTH }, line: 2, column: 1 }],
    },
    {
      name: 'no namespace with defaultNamespace set: named, and said to be implicit',
      code: loosePod,
      settings: { defaultNamespace: 'default' },
      errors: [{ messageId: 'missing', data: { namespace: 'Namespace "default" (objects without metadata.namespace)', ...BOTH }, line: 2, column: 1 }],
    },
  ],
});
