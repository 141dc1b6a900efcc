import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './runtime-monitoring-present.js';

const daemonSet = (image: string) => dedent`
  apiVersion: apps/v1
  kind: DaemonSet
  metadata:
    name: sensor
    namespace: security
  spec:
    template:
      spec:
        containers:
          - name: sensor
            image: ${image}
`;

testRule(rule, {
  valid: [
    { name: 'Falco DaemonSet', code: daemonSet('docker.io/falcosecurity/falco-no-driver:0.39.2') },
    { name: 'Tetragon DaemonSet from quay.io', code: daemonSet('quay.io/cilium/tetragon:v1.2.0') },
    { name: 'Tracee DaemonSet', code: daemonSet('aquasec/tracee@sha256:0000000000000000000000000000000000000000000000000000000000000000') },
    { name: 'a commercial sensor named in the options', code: daemonSet('registry.example.com/vendor/sensor:1.0'), options: { additionalImages: ['vendor/sensor'] } },
    { name: 'empty input: nothing to report on', code: '# no objects\n' },
    {
      name: 'no workload in the input (CRDs, RBAC, configuration): no containers, no note',
      code: dedent`
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: controller
        ---
        apiVersion: rbac.authorization.k8s.io/v1
        kind: ClusterRole
        metadata:
          name: reader
        rules:
          - apiGroups: [""]
            resources: ["pods"]
            verbs: ["get"]
      `,
    },
  ],
  invalid: [
    {
      name: 'no agent: reported once, at the first object',
      code: dedent`
        apiVersion: v1
        kind: Namespace
        metadata:
          name: payments
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: node-exporter
        spec:
          template:
            spec:
              containers:
                - name: exporter
                  image: prom/node-exporter:v1.8.0
      `,
      errors: [{ messageId: 'missing', line: 2, column: 1, endLine: 2, endColumn: 16, severity: 'info' }],
    },
    {
      name: 'Falco as a Deployment does not watch every node; a look-alike name does not count',
      code: dedent`
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: falco
        spec:
          template:
            spec:
              containers:
                - name: falco
                  image: falcosecurity/falco:0.39.2
        ---
        apiVersion: apps/v1
        kind: DaemonSet
        metadata:
          name: falcon
        spec:
          template:
            spec:
              containers:
                - name: falcon
                  image: acme/falcon:1.0
      `,
      errors: [{ messageId: 'missing', line: 2, column: 1 }],
    },
  ],
});
