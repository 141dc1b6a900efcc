import { defineRule } from '../../src/engine/rule.js';
import { PSS_CHECKS, pssImplementation, resolvePssPolicy } from '../../src/k8s/pss.js';
import { containersOf } from '../../src/model/workloads.js';
import { containerSecurityContext, podSecurityContext, usesUserNamespace, workloadName } from '../../src/model/pod-security.js';

const CHECK = PSS_CHECKS.runAsUser;

export default defineRule({
  meta: {
    id: 'pss-run-as-user',
    pci: ['3.1'],
    requirements: ['2.2.6'],
    inputs: ['workload'],
    severity: 'error',
    checksPatches: true,
    pss: { level: CHECK.level, check: CHECK.id },
    docs: {
      summary: 'At the restricted level, pods and containers must not set runAsUser: 0 (PSS restricted "Running as Non-root user", policy v1.23+).',
      rationale:
        '`runAsUser: 0` runs the container\'s processes as root whatever the image says. PCI DSS container guidance 3.1 asks for least privilege for workloads. ' +
        'The check exists from policy v1.23; from v1.35 pods in their own user namespace (`hostUsers: false`) are exempt, because UID 0 there is not root on the node.',
      fix: 'Remove `runAsUser: 0` or set a non-zero UID, at pod level and on every container.',
      references: [
        'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted (Running as Non-root user)',
        'kubernetes/pod-security-admission policy/check_runAsUser.go',
      ],
    },
    messages: {
      podRoot: '{{workload}} sets securityContext.runAsUser: 0 at pod level, so its containers run as root.',
      containerRoot: 'Container "{{container}}" sets securityContext.runAsUser: 0, so it runs as root.',
    },
    fixes: {
      podRoot: 'Set a non-zero UID.',
      containerRoot: 'Set a non-zero UID.',
    },
  },
  visit: {
    PodSpec(ctx, spec) {
      const impl = pssImplementation(CHECK, resolvePssPolicy(ctx.settings, ctx.target));
      if (!impl) return;
      if (impl.relaxForUserNamespace && usesUserNamespace(spec)) return;
      if (podSecurityContext(spec).runAsUser === 0) {
        // The fact is about the containers that inherit the pod's UID 0 (run-as-non-root reports them too).
        const about = containersOf(spec).filter((c) => typeof containerSecurityContext(c).runAsUser !== 'number');
        ctx.report({ at: spec.pathTo('securityContext', 'runAsUser'), messageId: 'podRoot', data: { workload: workloadName(spec) }, ...(about.length > 0 && { about }) });
      }
      for (const container of containersOf(spec)) {
        if (containerSecurityContext(container).runAsUser !== 0) continue;
        ctx.report({ at: container.pathTo('securityContext', 'runAsUser'), messageId: 'containerRoot', data: { container: container.name }, about: [container] });
      }
    },
  },
});
