import { defineRule } from '../../src/engine/rule.js';
import { PSS_CHECKS, pssImplementation, resolvePssPolicy } from '../../src/k8s/pss.js';
import { containerSecurityContext, isSet, scalarText } from '../../src/model/pod-security.js';

const CHECK = PSS_CHECKS.procMountRestricted;

export default defineRule({
  meta: {
    id: 'pss-proc-mount-restricted',
    pci: ['3.1'],
    requirements: ['2.2.6'],
    inputs: ['workload'],
    severity: 'error',
    pss: { level: CHECK.level, check: CHECK.id },
    docs: {
      summary: 'At the restricted level, containers must keep the default /proc mask even in user-namespace pods (PSS restricted "/proc Mount Type", policy v1.35+).',
      rationale:
        'From policy v1.35 the baseline /proc check lets pods with `hostUsers: false` unmask /proc; the restricted level keeps the unconditional rule and replaces the baseline check with this one. ' +
        'PCI DSS container guidance 3.1 asks for the strictest isolation the platform offers for workloads in scope. ' +
        'Before v1.35, and at the baseline level, this rule stays silent and `pss-proc-mount` applies.',
      fix: 'Remove `securityContext.procMount` or set it to `Default`.',
      references: [
        'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted',
        'kubernetes/pod-security-admission policy/check_procMount_restricted.go',
      ],
    },
    messages: {
      procMount:
        'Container "{{container}}" sets securityContext.procMount to "{{procMount}}", which unmasks kernel interfaces under /proc; the restricted level forbids it even with hostUsers: false.',
    },
    fixes: {
      procMount: 'Remove procMount or set it to Default.',
    },
  },
  visit: {
    Container(ctx, container) {
      if (!pssImplementation(CHECK, resolvePssPolicy(ctx.settings, ctx.target))) return;
      const sc = containerSecurityContext(container);
      if (!isSet(sc, 'procMount') || sc.procMount === 'Default') return;
      ctx.report({ at: container.pathTo('securityContext', 'procMount'), messageId: 'procMount', data: { container: container.name, procMount: scalarText(sc.procMount) } });
    },
  },
});
