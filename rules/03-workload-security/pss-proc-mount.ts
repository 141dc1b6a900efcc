import { defineRule } from '../../src/engine/rule.js';
import { PSS_CHECKS, pssImplementation, resolvePssPolicy } from '../../src/k8s/pss.js';
import { containerSecurityContext, isSet, usesUserNamespace, scalarText } from '../../src/model/pod-security.js';

const CHECK = PSS_CHECKS.procMount;

export default defineRule({
  meta: {
    id: 'pss-proc-mount',
    pci: ['3.1'],
    requirements: ['2.2.3', '2.2.6'],
    inputs: ['workload'],
    severity: 'error',
    checksPatches: true,
    pss: { level: CHECK.level, check: CHECK.id },
    docs: {
      summary: 'Containers must keep the default /proc mask (PSS baseline "/proc Mount Type").',
      rationale:
        'The default procMount masks kernel interfaces under /proc that leak node information or allow changing kernel state; `Unmasked` exposes them to the container. ' +
        'PCI DSS container guidance 3.1 asks that workloads stay isolated from the node. ' +
        'From policy v1.35 the baseline level allows any procMount in pods that run in their own user namespace (`hostUsers: false`); the restricted level never does (see `pss-proc-mount-restricted`, which replaces this check there from v1.35).',
      fix: 'Remove `securityContext.procMount` or set it to `Default`.',
      references: [
        'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline (/proc Mount Type)',
        'kubernetes/pod-security-admission policy/check_procMount_baseline.go',
      ],
    },
    messages: {
      procMount:
        'Container "{{container}}" sets securityContext.procMount to "{{procMount}}", which unmasks kernel interfaces under /proc.',
    },
    fixes: {
      procMount: 'Remove procMount or set it to Default.',
    },
  },
  visit: {
    Container(ctx, container) {
      const impl = pssImplementation(CHECK, resolvePssPolicy(ctx.settings, ctx.target));
      if (!impl) return;
      if (impl.relaxForUserNamespace && usesUserNamespace(container.podSpec)) return;
      const sc = containerSecurityContext(container);
      if (!isSet(sc, 'procMount') || sc.procMount === 'Default') return;
      ctx.report({ at: container.pathTo('securityContext', 'procMount'), messageId: 'procMount', data: { container: container.name, procMount: scalarText(sc.procMount) } });
    },
  },
});
