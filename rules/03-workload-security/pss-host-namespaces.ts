import { defineRule } from '../../src/engine/rule.js';
import { PSS_CHECKS, pssImplementation, resolvePssPolicy } from '../../src/k8s/pss.js';
import { workloadName } from '../../src/model/pod-security.js';
import { own } from '../../src/model/resource.js';

const CHECK = PSS_CHECKS.hostNamespaces;
const NAMESPACES = { hostNetwork: 'network', hostPID: 'process (PID)', hostIPC: 'IPC' } as const;

export default defineRule({
  meta: {
    id: 'pss-host-namespaces',
    pci: ['3.1'],
    requirements: ['2.2.3', '2.2.6'],
    inputs: ['workload'],
    severity: 'error',
    checksPatches: true,
    pss: { level: CHECK.level, check: CHECK.id },
    docs: {
      summary: 'Pods must not share the node\'s network, PID or IPC namespace (PSS baseline "Host Namespaces").',
      rationale:
        'A pod in the host network namespace sees every interface of the node and can bind to node ports; in the host PID or IPC namespace it can see, signal and read the memory of every process on the node, including other tenants\' workloads. ' +
        'PCI DSS container guidance 3.1 asks that workloads stay isolated from the node and from each other.',
      fix: 'Remove `hostNetwork`, `hostPID` and `hostIPC` from the pod spec, or set them to `false`.',
      references: [
        'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline (Host Namespaces)',
        'kubernetes/pod-security-admission policy/check_hostNamespaces.go',
      ],
    },
    messages: {
      hostNamespace:
        '{{workload}} sets {{field}}: true, so its containers share the node\'s {{namespace}} namespace and can observe the node and other pods.',
    },
    fixes: {
      hostNamespace: 'Remove {{field}} or set it to false.',
    },
  },
  visit: {
    PodSpec(ctx, spec) {
      if (!pssImplementation(CHECK, resolvePssPolicy(ctx.settings, ctx.target))) return;
      for (const [field, namespace] of Object.entries(NAMESPACES)) {
        if (own(spec.value as unknown as Record<string, unknown>, field) !== true) continue;
        ctx.report({ at: spec.pathTo(field), messageId: 'hostNamespace', data: { workload: workloadName(spec), field, namespace } });
      }
    },
  },
});
