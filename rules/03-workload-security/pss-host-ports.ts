import { defineRule } from '../../src/engine/rule.js';
import { PSS_CHECKS, pssImplementation, resolvePssPolicy } from '../../src/k8s/pss.js';
import { listField } from '../../src/model/pod-security.js';

const CHECK = PSS_CHECKS.hostPorts;

export default defineRule({
  meta: {
    id: 'pss-host-ports',
    pci: ['3.1'],
    requirements: ['2.2.6'],
    inputs: ['workload'],
    severity: 'error',
    checksPatches: true,
    pss: { level: CHECK.level, check: CHECK.id },
    docs: {
      summary: 'Containers must not bind host ports (PSS baseline "Host Ports").',
      rationale:
        'A hostPort opens a port on the node\'s own network interfaces, bypassing Services and most NetworkPolicy implementations, and ties the pod to the node. ' +
        'PCI DSS container guidance 3.1 asks that workloads do not reach into the node; exposure should go through Services and ingress that segmentation controls can see. ' +
        'Only ports that set hostPort are reported: in a Pod with `hostNetwork: true` the API server also fills hostPort in from containerPort before admission, but such a pod is already reported by `pss-host-namespaces`.',
      fix: 'Remove `hostPort` (or set it to 0) and expose the container through a Service.',
      references: [
        'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline (Host Ports)',
        'kubernetes/pod-security-admission policy/check_hostPorts.go',
      ],
    },
    messages: {
      hostPort:
        'Container "{{container}}" binds host port {{hostPort}}, which opens the port on the node itself and bypasses Services.',
    },
    fixes: {
      hostPort: 'Remove hostPort and expose the container through a Service.',
    },
  },
  visit: {
    Container(ctx, container) {
      if (!pssImplementation(CHECK, resolvePssPolicy(ctx.settings, ctx.target))) return;
      listField(container.value, 'ports').forEach((port, i) => {
        const hostPort = (port as { hostPort?: unknown } | null)?.hostPort;
        if (typeof hostPort !== 'number' || hostPort === 0) return;
        ctx.report({ at: container.pathTo('ports', i, 'hostPort'), messageId: 'hostPort', data: { container: container.name, hostPort } });
      });
    },
  },
});
