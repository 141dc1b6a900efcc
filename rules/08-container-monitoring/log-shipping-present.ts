import { defineRuleWithFacts } from '../../src/engine/rule.js';
import { daemonSetPresentRule, type DaemonSetFact } from '../../src/model/shapes/daemonset-present.js';

/**
 * Node-level log shippers and the image repositories their projects publish: Fluent Bit (fluent/fluent-bit),
 * Fluentd (fluent/fluentd, fluent/fluentd-kubernetes-daemonset), Vector (timberio/vector), Filebeat and
 * Elastic Agent (docker.elastic.co/beats/*), Promtail, Grafana Alloy and Grafana Agent (grafana/*), the
 * OpenTelemetry Collector (otel/opentelemetry-collector*), the Datadog Agent (datadog/agent,
 * gcr.io/datadoghq/agent), the Splunk OpenTelemetry Collector (signalfx/splunk-otel-collector) and
 * redistributions of Fluent Bit and Fluentd.
 */
const LOG_SHIPPERS: readonly string[] = [
  'fluent/fluent-bit',
  'fluent/fluentd',
  'timberio/vector',
  'beats/filebeat',
  'beats/elastic-agent',
  'grafana/promtail',
  'grafana/alloy',
  'grafana/agent',
  'otel/opentelemetry-collector',
  'datadog/agent',
  'datadoghq/agent',
  'signalfx/splunk-otel-collector',
  // Redistributions: Bitnami's images and AWS for Fluent Bit (public.ecr.aws/aws-observability/aws-for-fluent-bit).
  'bitnami/fluent-bit',
  'bitnami/fluentd',
  'aws-observability/aws-for-fluent-bit',
];

export default defineRuleWithFacts<DaemonSetFact>()(
  daemonSetPresentRule({
    meta: {
      id: 'log-shipping-present',
      pci: ['8.1'],
      requirements: ['10.3.3'],
      inputs: ['workload'],
      severity: 'info',
      docs: {
        summary: 'The cluster manifests should include a log-shipping DaemonSet that centralises container logs.',
        rationale:
          'Container logs live on the node and disappear with the pod or the node. PCI DSS container guidance 8.1 and 8.2 ask that container logs be collected centrally, where they are protected and kept for review. ' +
          'A DaemonSet running a log shipper (Fluent Bit, Fluentd, Vector, Filebeat, Promtail, Grafana Alloy, the OpenTelemetry Collector, …) is the usual way. When none is in a project that runs workloads this is reported once for the project, as an evidence request (info, at its first object): logging may be provided by the platform, and the assessor will ask for proof.',
        fix: 'Deploy a log shipper as a DaemonSet that forwards container logs to central, access-controlled storage (name other collectors in the `additionalImages` option), or keep evidence of the managed logging that does it.',
        references: ['https://kubernetes.io/docs/concepts/cluster-administration/logging/#using-a-node-logging-agent'],
      },
      messages: {
        missing:
          'No log-shipping DaemonSet (Fluent Bit, Fluentd, Vector, Filebeat, Promtail, Grafana Alloy, OpenTelemetry Collector, …) is in this project, so container logs may stay on the nodes and be lost with them. (Reported once per project.)',
      },
      fixes: {
        missing: 'Deploy one that forwards logs to central storage, or keep evidence of the platform logging for the assessor.',
      },
    },
    images: LOG_SHIPPERS,
    messages: { missing: 'missing' },
  }),
);
