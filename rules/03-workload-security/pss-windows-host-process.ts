import { defineRule } from '../../src/engine/rule.js';
import { PSS_CHECKS, pssImplementation, resolvePssPolicy } from '../../src/k8s/pss.js';
import { containersOf } from '../../src/model/workloads.js';
import { containerSecurityContext, objectField, podSecurityContext, workloadName } from '../../src/model/pod-security.js';

const CHECK = PSS_CHECKS.windowsHostProcess;

export default defineRule({
  meta: {
    id: 'pss-windows-host-process',
    pci: ['3.1'],
    requirements: ['2.2.3', '2.2.6'],
    inputs: ['workload'],
    severity: 'error',
    checksPatches: true,
    pss: { level: CHECK.level, check: CHECK.id },
    docs: {
      summary: 'Windows pods must not run HostProcess containers (PSS baseline "HostProcess").',
      rationale:
        'A Windows HostProcess container runs directly on the node as a host process, with the node\'s network and file system and typically as SYSTEM: there is no container isolation left. ' +
        'PCI DSS container guidance 3.1 (and 9.2 for Windows workloads) asks that workloads stay isolated from the node.',
      fix: 'Remove `windowsOptions.hostProcess` from the pod and container security contexts, or set it to `false`.',
      references: [
        'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline (HostProcess)',
        'kubernetes/pod-security-admission policy/check_windowsHostProcess.go',
      ],
    },
    messages: {
      podHostProcess:
        '{{workload}} sets securityContext.windowsOptions.hostProcess: true, so its containers run as processes on the Windows node without isolation.',
      containerHostProcess:
        'Container "{{container}}" sets securityContext.windowsOptions.hostProcess: true, so it runs as a process on the Windows node without isolation.',
    },
    fixes: {
      podHostProcess: 'Remove hostProcess or set it to false.',
      containerHostProcess: 'Remove hostProcess or set it to false.',
    },
  },
  visit: {
    PodSpec(ctx, spec) {
      if (!pssImplementation(CHECK, resolvePssPolicy(ctx.settings, ctx.target))) return;
      if (objectField(podSecurityContext(spec), 'windowsOptions')?.hostProcess === true) {
        ctx.report({ at: spec.pathTo('securityContext', 'windowsOptions', 'hostProcess'), messageId: 'podHostProcess', data: { workload: workloadName(spec) } });
      }
      for (const container of containersOf(spec)) {
        if (objectField(containerSecurityContext(container), 'windowsOptions')?.hostProcess !== true) continue;
        ctx.report({ at: container.pathTo('securityContext', 'windowsOptions', 'hostProcess'), messageId: 'containerHostProcess', data: { container: container.name } });
      }
    },
  },
});
