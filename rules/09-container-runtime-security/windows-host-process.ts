import { defineRule } from '../../src/engine/rule.js';
import { isPlainObject } from '../../src/model/resource.js';

function hostProcess(securityContext: unknown): boolean {
  return isPlainObject(securityContext) && isPlainObject(securityContext.windowsOptions) && securityContext.windowsOptions.hostProcess === true;
}

export default defineRule({
  meta: {
    id: 'windows-host-process',
    pci: ['9.2'],
    requirements: ['2.2.3', '2.2.6'],
    inputs: ['workload'],
    severity: 'error',
    checksPatches: true,
    docs: {
      summary: 'Windows pods and containers must not run as HostProcess containers.',
      rationale:
        'A HostProcess container is not isolated at all: it runs as a process on the Windows node, in the host network, with access to the host\'s file system and, typically, as SYSTEM. ' +
        'PCI DSS container guidance 9.2 asks that Windows workloads get real isolation; a HostProcess container has none. ' +
        '`securityContext.windowsOptions.hostProcess: true` is reported on the pod and on every container (init and ephemeral included) that sets it. ' +
        'The field exists from Kubernetes 1.22 (alpha), beta 1.23, GA 1.26; the Pod Security Standards baseline forbids it at every policy version, and the rule reports it on every target.',
      fix: 'Remove `windowsOptions.hostProcess` (or set it to false). Node-level tasks that truly need the host belong on nodes outside the cardholder-data environment, or in the node\'s own configuration management.',
      references: ['https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/', 'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline'],
    },
    messages: {
      pod: '{{owner}} sets windowsOptions.hostProcess: true for the whole pod, so every container runs directly on the Windows node with host access.',
      container: 'Container "{{container}}" sets windowsOptions.hostProcess: true, so it runs directly on the Windows node with host access.',
    },
    fixes: {
      pod: 'Remove hostProcess.',
      container: 'Remove hostProcess.',
    },
  },
  visit: {
    PodSpec(ctx, spec) {
      if (hostProcess(spec.value.securityContext)) {
        const owner = spec.owner;
        ctx.report({ at: spec.pathTo('securityContext', 'windowsOptions', 'hostProcess'), part: 'value', messageId: 'pod', data: { owner } });
      }
    },
    Container(ctx, container) {
      if (hostProcess(container.value.securityContext))
        ctx.report({ at: container.pathTo('securityContext', 'windowsOptions', 'hostProcess'), part: 'value', messageId: 'container', data: { container: container.name } });
    },
  },
});
