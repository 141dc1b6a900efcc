import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './network-policy-open-peers.js';

const WORKLOAD = dedent`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: api
    namespace: payments
  spec:
    template:
      metadata:
        labels: { app: api, pci-scope: cde }
      spec:
        containers:
          - name: app
`;

const OPEN_EGRESS = dedent`
  apiVersion: networking.k8s.io/v1
  kind: NetworkPolicy
  metadata:
    name: egress-anywhere
    namespace: payments
  spec:
    podSelector: {}
    policyTypes: [Egress]
    egress:
      - to:
          - ipBlock:
              cidr: 0.0.0.0/0
              except: [10.0.0.0/8]
        ports:
          - port: 443
`;

testRule(rule, {
  valid: [
    {
      name: 'named peers: a CIDR, a labelled namespace, a pod selector',
      code: dedent`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: narrow
          namespace: payments
        spec:
          podSelector: { matchLabels: { app: api } }
          policyTypes: [Ingress, Egress]
          ingress:
            - from:
                - namespaceSelector: { matchLabels: { kubernetes.io/metadata.name: ingress-nginx } }
                  podSelector: { matchLabels: { app: ingress-nginx } }
          egress:
            - to:
                - ipBlock: { cidr: 203.0.113.0/24 }
                - namespaceSelector: {}
                  podSelector: { matchLabels: { k8s-app: kube-dns } }
      `,
    },
    {
      name: 'egress rules of a policy that governs only Ingress are ignored',
      code: dedent`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: ingress-only
        spec:
          podSelector: {}
          policyTypes: [Ingress]
          egress:
            - to:
                - ipBlock: { cidr: 0.0.0.0/0 }
      `,
    },
    {
      name: 'with inScope, a namespace without in-scope workloads is not checked',
      code: `${WORKLOAD.replace('pci-scope: cde', 'pci-scope: none')}\n---\n${OPEN_EGRESS}`,
      settings: { inScope: { matchLabels: { 'pci-scope': 'cde' } } },
    },
  ],
  invalid: [
    {
      name: 'egress to 0.0.0.0/0 (with except) in a namespace of an in-scope workload',
      code: `${WORKLOAD}\n---\n${OPEN_EGRESS}`,
      settings: { inScope: { matchLabels: { 'pci-scope': 'cde' } } },
      errors: [
        {
          messageId: 'anyAddress',
          data: { policy: 'egress-anywhere', direction: 'egress', preposition: 'to', cidr: '0.0.0.0/0', except: ' but the 1 excepted range' },
          line: 25,
          column: 13,
          endColumn: 17,
          severity: 'warning',
        },
      ],
    },
    {
      name: 'without inScope every policy is checked: ::/0 ingress and every namespace',
      code: dedent`
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: open-ingress
          namespace: shop
        spec:
          podSelector: {}
          ingress:
            - from:
                - ipBlock:
                    cidr: "::/0"
                - namespaceSelector: {}
            - from:
                - namespaceSelector: { matchLabels: {} }
                  podSelector: {}
      `,
      errors: [
        { messageId: 'anyAddress', data: { policy: 'open-ingress', direction: 'ingress', preposition: 'from', cidr: '::/0', except: '' }, line: 11, column: 13, endColumn: 17 },
        { messageId: 'allNamespaces', data: { policy: 'open-ingress', direction: 'ingress', preposition: 'from', pods: 'and no podSelector' }, line: 12, column: 11, endColumn: 28 },
        { messageId: 'allNamespaces', data: { policy: 'open-ingress', direction: 'ingress', preposition: 'from', pods: 'and podSelector: {}' }, line: 14, column: 11, endColumn: 28 },
      ],
    },
  ],
});
