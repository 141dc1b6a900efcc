import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'privileged-container',
    pci: ['3.1'],
    severity: 'error',
    docs: {
      summary: 'Containers must not run privileged.',
      rationale:
        'A privileged container has every Linux capability and the host\'s devices; escaping to the node is trivial. ' +
        'The Pod Security Standards baseline level forbids it, and PCI DSS container guidance 3.1 asks for workloads that cannot break out of their isolation.',
      fix: 'Remove `securityContext.privileged` or set it to `false`; grant the specific capability the container needs with `securityContext.capabilities.add` instead.',
      references: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline (Privileged Containers)'],
    },
    messages: {
      privileged:
        'Container "{{container}}" runs privileged, with full access to the node. Remove securityContext.privileged (or set it to false) and add only the capabilities it needs.',
    },
  },
  visit: {
    Container(ctx, container) {
      if (container.value.securityContext?.privileged !== true) return;
      ctx.report({ at: container.pathTo('securityContext', 'privileged'), messageId: 'privileged', data: { container: container.name } });
    },
  },
});
