import { defineRule } from '../../src/engine/rule.js';
import { PSS_CHECKS, pssImplementation, resolvePssPolicy } from '../../src/k8s/pss.js';
import { containerSecurityContext } from '../../src/model/pod-security.js';

const CHECK = PSS_CHECKS.privileged;

export default defineRule({
  meta: {
    id: 'privileged-container',
    // A privileged container has every capability and escalates by definition (the API server rejects
    // privileged: true with allowPrivilegeEscalation: false): those findings cannot be acted on apart.
    supersedes: ['pss-privilege-escalation', 'pss-capabilities-restricted', 'pss-capabilities-baseline'],
    pci: ['3.1'],
    requirements: ['2.2.3', '2.2.6'],
    inputs: ['workload'],
    severity: 'error',
    checksPatches: true,
    pss: { level: CHECK.level, check: CHECK.id },
    docs: {
      summary: 'Containers must not run privileged (PSS baseline "Privileged Containers").',
      rationale:
        'A privileged container has every Linux capability and the host\'s devices; escaping to the node is trivial. ' +
        'The Pod Security Standards baseline level forbids it, and PCI DSS container guidance 3.1 asks for workloads that cannot break out of their isolation. ' +
        'This is the PSS "privileged" check exactly as pod-security-admission runs it (containers, init containers and ephemeral containers; only `privileged: true` fails) and follows the PSS policy version like the pss-* rules; it keeps the id it had before the PSS pack.',
      fix: 'Remove `securityContext.privileged` or set it to `false`; grant the specific capability the container needs with `securityContext.capabilities.add` instead.',
      references: [
        'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline (Privileged Containers)',
        'kubernetes/pod-security-admission policy/check_privileged.go',
      ],
    },
    messages: {
      privileged:
        'Container "{{container}}" runs privileged, with full access to the node.',
    },
    fixes: {
      privileged: 'Remove securityContext.privileged (or set it to false) and add only the capabilities it needs.',
    },
  },
  visit: {
    Container(ctx, container) {
      if (!pssImplementation(CHECK, resolvePssPolicy(ctx.settings, ctx.target))) return;
      if (containerSecurityContext(container).privileged !== true) return;
      ctx.report({ at: container.pathTo('securityContext', 'privileged'), messageId: 'privileged', data: { container: container.name }, about: [container] });
    },
  },
});
