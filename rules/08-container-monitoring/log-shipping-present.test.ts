import dedent from 'dedent';
import { testRule } from '../../src/testing/rule-tester.js';
import rule from './log-shipping-present.js';

const daemonSet = (image: string) => dedent`
  apiVersion: apps/v1
  kind: DaemonSet
  metadata:
    name: logs
    namespace: logging
  spec:
    template:
      spec:
        initContainers:
          - name: setup
            image: busybox:1.36
        containers:
          - name: shipper
            image: ${image}
`;

testRule(rule, {
  valid: [
    { name: 'Fluent Bit', code: daemonSet('cr.fluentbit.io/fluent/fluent-bit:3.1.9') },
    { name: 'Fluentd Kubernetes DaemonSet image', code: daemonSet('fluent/fluentd-kubernetes-daemonset:v1-debian-elasticsearch') },
    { name: 'Vector', code: daemonSet('timberio/vector:0.41.1-distroless-libc') },
    { name: 'Filebeat from Elastic', code: daemonSet('docker.elastic.co/beats/filebeat:8.15.0') },
    { name: 'OpenTelemetry Collector contrib', code: daemonSet('otel/opentelemetry-collector-contrib:0.110.0') },
    { name: 'Datadog agent from GCR', code: daemonSet('gcr.io/datadoghq/agent:7') },
    { name: 'AWS for Fluent Bit', code: daemonSet('public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.2') },
    { name: 'an in-house shipper named in the options', code: daemonSet('registry.example.com/platform/log-forwarder:2'), options: { additionalImages: ['platform/log-forwarder'] } },
    { name: 'empty input', code: '' },
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
      name: 'no shipper: reported once at the first object',
      code: dedent`
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: fluent-bit-config
        data:
          fluent-bit.conf: "[INPUT]"
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: vector-aggregator
        spec:
          template:
            spec:
              containers:
                - name: vector
                  image: timberio/vector:0.41.1
      `,
      errors: [{ messageId: 'missing', line: 2, column: 1, severity: 'info' }],
    },
    {
      name: 'generic agent images do not count',
      code: daemonSet('acme/agent:1.0'),
      errors: [{ messageId: 'missing', line: 2, column: 1 }],
    },
  ],
});
