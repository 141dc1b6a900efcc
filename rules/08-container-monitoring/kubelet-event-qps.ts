import { defineRule } from '../../src/engine/rule.js';
import { defaultEventRecordQps, KUBELET_CONFIG_FACTS } from '../../src/k8s/kubelet.js';
import type { K8sVersion } from '../../src/k8s/versions.js';
import { kubeletSettingRule } from '../../src/model/shapes/kubelet-setting.js';

/** A whole number of events per second as written (a number, or its text); undefined for anything else. */
function qps(value: unknown): number | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : undefined;
  return text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined;
}

/** Positive and below the release's default: events beyond that rate are dropped. 0 is never reported (see the rationale). */
const belowDefault = (value: unknown, target: K8sVersion) => {
  const n = qps(value);
  return n !== undefined && n > 0 && n < defaultEventRecordQps(target);
};

export default defineRule(
  kubeletSettingRule({
    meta: {
      id: 'kubelet-event-qps',
      pci: ['8.1'],
      requirements: ['10.2.1'],
      inputs: ['kubelet-config'],
      severity: 'info',
      docs: {
        summary: 'The kubelet should not record events at a lower rate than its default (`eventRecordQPS`).',
        rationale:
          'Kubelet events are the node\'s record of what happened to each container (started, killed, OOM-killed, evicted, image pulled, probe failed); the log pipeline and monitoring read them. ' +
          'The kubelet drops events above `eventRecordQPS` per second (after a burst of `eventBurst`), so a value below the default (5 until Kubernetes 1.26, 50 from 1.27) loses events exactly when ' +
          'much happens at once. CIS Kubernetes Benchmark 4.2.9 asks for a level that ensures appropriate event capture, and PCI DSS 10.2.1 for logs of the activity of all system components. ' +
          'These events are not the audit trail (that is the API server\'s audit log), so this is information. `eventRecordQPS: 0` is not reported: the kubelet documents it as no limit ' +
          '(which CIS accepts), and older releases treated it as the client default (kubernetes #117101); the flag `--event-qps=0` means the default.',
        fix: 'Remove `eventRecordQPS` from the KubeletConfiguration (and `event-qps` from kubeadm `nodeRegistration.kubeletExtraArgs`), or set it at least to the default for the release, with `eventBurst` above it.',
        references: ['CIS Kubernetes Benchmark 4.2.9 (v1.6; 4.2.8 in later versions)', KUBELET_CONFIG_FACTS.eventRecordQPS.source],
      },
      messages: {
        flagLow: 'kubeadm passes --event-qps={{value}} to the kubelet, below its default: events beyond that rate are dropped, so a burst of container failures leaves gaps in the record.',
        containerLow: 'Container "{{container}}" runs the kubelet with --event-qps={{value}}, below its default: events beyond that rate are dropped, so a burst of container failures leaves gaps in the record.',
        low: 'KubeletConfiguration sets eventRecordQPS: {{value}}, below the kubelet\'s default: events beyond that rate are dropped, so a burst of container failures leaves gaps in the record.',
      },
      fixes: {
        flagLow: 'Remove the flag, or raise it to at least the default (5 until 1.26, 50 from 1.27).',
        containerLow: 'Remove the flag, or raise it to at least the default (5 until 1.26, 50 from 1.27).',
        low: 'Remove the field, or raise it to at least the default (5 until 1.26, 50 from 1.27).',
      },
    },
    flag: 'event-qps',
    unsafeFlag: belowDefault,
    field: ['eventRecordQPS'],
    unsafeField: belowDefault,
    messages: { flag: 'flagLow', container: 'containerLow', field: 'low' },
  }),
);
