import { defineRule } from '../../src/engine/rule.js';
import { PSS_CHECKS, pssImplementation, resolvePssPolicy } from '../../src/k8s/pss.js';
import { containerSecurityContext, listField, objectField, scalarText } from '../../src/model/pod-security.js';

const CHECK = PSS_CHECKS.capabilitiesBaseline;

export default defineRule({
  meta: {
    id: 'pss-capabilities-baseline',
    pci: ['3.1'],
    requirements: ['2.2.3', '2.2.6'],
    inputs: ['workload'],
    severity: 'error',
    checksPatches: true,
    pss: { level: CHECK.level, check: CHECK.id },
    docs: {
      summary: 'Containers may only add capabilities from the runtime\'s default set (PSS baseline "Capabilities").',
      rationale:
        'Capabilities such as SYS_ADMIN, NET_ADMIN, SYS_PTRACE or NET_RAW give a container powers over the node\'s kernel, network or other processes that an application serving cardholder data does not need, and are common container escape paths. ' +
        'PCI DSS container guidance 3.1 asks for least privilege for workloads. ' +
        'At the restricted level (policy v1.22 and later) pod-security-admission replaces this check with the stricter `pss-capabilities-restricted`, so this rule then stays silent.',
      fix: 'Remove the capability from `securityContext.capabilities.add`; only AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID and SYS_CHROOT may be added.',
      references: [
        'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline (Capabilities)',
        'kubernetes/pod-security-admission policy/check_capabilities_baseline.go',
      ],
    },
    messages: {
      forbiddenCapability:
        'Container "{{container}}" adds capability {{capability}}, which is outside the default set the baseline Pod Security Standard allows.',
    },
    fixes: {
      forbiddenCapability: 'Remove it from securityContext.capabilities.add.',
    },
  },
  visit: {
    Container(ctx, container) {
      const impl = pssImplementation(CHECK, resolvePssPolicy(ctx.settings, ctx.target));
      if (!impl) return;
      const allowed: readonly string[] = impl.allowedCapabilities;
      listField(objectField(containerSecurityContext(container), 'capabilities'), 'add').forEach((capability, i) => {
        if (typeof capability === 'string' && allowed.includes(capability)) return;
        ctx.report({
          at: container.pathTo('securityContext', 'capabilities', 'add', i),
          messageId: 'forbiddenCapability',
          data: { container: container.name, capability: scalarText(capability) },
        });
      });
    },
  },
});
