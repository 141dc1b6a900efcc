import { defineRule } from '../../src/engine/rule.js';
import { PSS_CHECKS, pssImplementation, resolvePssPolicy } from '../../src/k8s/pss.js';
import { containersOf } from '../../src/model/workloads.js';
import { containerSecurityContext, isSet, isWindowsPod, podSecurityContext, stringField, workloadName } from '../../src/model/pod-security.js';

const CHECK = PSS_CHECKS.seccompRestricted;

export default defineRule({
  meta: {
    id: 'pss-seccomp-restricted',
    pci: ['3.1'],
    requirements: ['2.2.6'],
    inputs: ['workload'],
    severity: 'error',
    pss: { level: CHECK.level, check: CHECK.id },
    docs: {
      summary: 'At the restricted level, a seccomp profile (RuntimeDefault or Localhost) must be set on the pod or on every container (PSS restricted "Seccomp").',
      rationale:
        'Without a seccomp profile most container runtimes run the container unconfined, with the whole system call interface of the node\'s kernel available to a compromised process. ' +
        'PCI DSS container guidance 3.1 asks that the platform\'s isolation mechanisms are turned on. ' +
        'A pod-level profile covers every container that does not set its own; an `Unconfined` profile anywhere fails. From policy v1.25, pods with `spec.os.name: windows` are exempt. This check replaces `pss-seccomp-baseline` at the restricted level.',
      fix: 'Set `securityContext.seccompProfile.type: RuntimeDefault` in the pod spec (or `Localhost` with a profile), and remove any `Unconfined` profile from containers.',
      references: [
        'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted (Seccomp)',
        'kubernetes/pod-security-admission policy/check_seccompProfile_restricted.go',
      ],
    },
    messages: {
      podProfile:
        '{{workload}} sets the pod\'s seccomp profile type to "{{type}}", which turns off system call filtering.',
      containerProfile:
        'Container "{{container}}" sets its seccomp profile type to "{{type}}", which turns off system call filtering.',
      notSet:
        'Container "{{container}}" runs without a seccomp profile: neither it nor the pod sets securityContext.seccompProfile.',
    },
    fixes: {
      podProfile: 'Set securityContext.seccompProfile.type to RuntimeDefault or Localhost.',
      containerProfile: 'Set securityContext.seccompProfile.type to RuntimeDefault or Localhost.',
      notSet: 'Set seccompProfile.type: RuntimeDefault in the pod\'s securityContext (it covers every container) or in this container\'s.',
    },
  },
  visit: {
    PodSpec(ctx, spec) {
      const impl = pssImplementation(CHECK, resolvePssPolicy(ctx.settings, ctx.target));
      if (!impl) return;
      if (impl.exemptWindows && isWindowsPod(spec)) return;
      const allowedTypes: readonly string[] = impl.allowedTypes;
      const podSc = podSecurityContext(spec);
      let podSet = false;
      if (isSet(podSc, 'seccompProfile')) {
        const type = stringField(podSc.seccompProfile, 'type');
        podSet = allowedTypes.includes(type);
        if (!podSet) ctx.report({ at: spec.pathTo('securityContext', 'seccompProfile', 'type'), messageId: 'podProfile', data: { workload: workloadName(spec), type } });
      }
      for (const container of containersOf(spec)) {
        const sc = containerSecurityContext(container);
        if (isSet(sc, 'seccompProfile')) {
          const type = stringField(sc.seccompProfile, 'type');
          if (!allowedTypes.includes(type)) {
            ctx.report({ at: container.pathTo('securityContext', 'seccompProfile', 'type'), messageId: 'containerProfile', data: { container: container.name, type } });
          }
        } else if (!podSet) {
          ctx.report({ at: container.pathTo('securityContext', 'seccompProfile'), messageId: 'notSet', data: { container: container.name } });
        }
      }
    },
  },
});
