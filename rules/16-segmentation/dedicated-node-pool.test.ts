import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './dedicated-node-pool.js';

const settings = { inScope: { matchLabels: { 'pci-scope': 'cde' } } };

/** An in-scope Pod whose spec starts with the given lines (indented by two spaces). */
const pod = (specLines: string) => `apiVersion: v1
kind: Pod
metadata:
  name: card-api
  labels:
    pci-scope: cde
spec:
${specLines}
  containers:
    - name: app
`;

const POOL = `  nodeSelector:
    pool: cde
  tolerations:
    - key: pool
      operator: Equal
      value: cde
      effect: NoSchedule`;

testRule(rule, {
  valid: [
    { name: 'nodeSelector and a NoSchedule toleration', code: pod(POOL), settings },
    {
      name: 'required node affinity (every term pins) and a toleration for all effects',
      code: pod(`  affinity:
    nodeAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms:
          - matchExpressions:
              - {key: pool, operator: In, values: [cde]}
          - matchExpressions:
              - {key: dedicated, operator: Exists}
  tolerations:
    - {key: dedicated, operator: Exists}`),
      settings,
    },
    { name: 'configured pool label and taint key', code: pod(POOL), settings, options: { poolLabel: 'pool=cde', taintKey: 'pool' } },
    {
      name: 'a configured pool label key without value accepts an Exists affinity',
      code: pod(`  affinity:
    nodeAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms:
          - matchExpressions:
              - {key: dedicated, operator: Exists}
  tolerations:
    - {key: dedicated, operator: Equal, value: pci, effect: NoExecute}`),
      settings,
      options: { poolLabel: 'dedicated', taintKey: 'dedicated' },
    },
    {
      name: 'out-of-scope workloads are not checked',
      code: dedent`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            metadata:
              labels: {pci-scope: none}
            spec:
              containers: []
      `,
      settings,
    },
  ],
  invalid: [
    {
      name: 'neither: reported on the spec key twice',
      code: pod('  hostname: card'),
      settings,
      errors: [
        { messageId: 'notPinned', data: { owner: 'Pod "card-api"', pool: '' }, line: 7, column: 1, endLine: 7, endColumn: 5 },
        { messageId: 'notTolerating', data: { owner: 'Pod "card-api"', taint: '' }, line: 7, column: 1, endLine: 7, endColumn: 5 },
      ],
    },
    {
      name: 'generic labels and Kubernetes-set taints do not count',
      code: pod(`  nodeSelector:
    kubernetes.io/os: linux
  tolerations:
    - key: node.kubernetes.io/not-ready
      operator: Exists
      effect: NoExecute
    - key: pool
      effect: PreferNoSchedule
    - operator: Exists`),
      settings,
      errors: [
        { messageId: 'notPinned', data: { owner: 'Pod "card-api"', pool: '' }, line: 8, column: 3, endLine: 8, endColumn: 15 },
        { messageId: 'notTolerating', data: { owner: 'Pod "card-api"', taint: '' }, line: 10, column: 3, endLine: 10, endColumn: 14 },
      ],
    },
    {
      name: 'an affinity term that does not pin lets the pod go anywhere',
      code: pod(`  affinity:
    nodeAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms:
          - matchExpressions:
              - {key: pool, operator: In, values: [cde]}
          - matchExpressions:
              - {key: pool, operator: NotIn, values: [general]}
  tolerations:
    - {key: pool, operator: Exists, effect: NoSchedule}`),
      settings,
      errors: [{ messageId: 'notPinned', data: { owner: 'Pod "card-api"', pool: '' }, line: 8, column: 3, endLine: 8, endColumn: 11 }],
    },
    {
      name: 'configured pool label and taint key must be the ones used',
      code: pod(POOL),
      settings,
      options: { poolLabel: 'pool=pci', taintKey: 'dedicated' },
      errors: [
        { messageId: 'notPinned', data: { owner: 'Pod "card-api"', pool: ' (pool=pci)' }, line: 8, column: 3 },
        { messageId: 'notTolerating', data: { owner: 'Pod "card-api"', taint: ' (dedicated)' }, line: 10, column: 3 },
      ],
    },
    {
      name: 'a Deployment in scope by its own label',
      code: dedent`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: vault
          labels: {pci-scope: cde}
        spec:
          template:
            spec:
              nodeSelector: {pool: cde}
              containers: []
      `,
      settings,
      errors: [{ messageId: 'notTolerating', data: { owner: 'Deployment "vault"', taint: '' }, line: 8, column: 5 }],
    },
    {
      name: 'an invalid selector is reported once',
      code: pod(POOL),
      settings: { inScope: { matchLabels: { 'pci-scope': 1 } } } as never,
      errors: [{ messageId: 'invalidSelector', data: { problems: 'matchLabels.pci-scope must be a string' }, line: 7, column: 1, severity: 'error' }],
    },
  ],
});
