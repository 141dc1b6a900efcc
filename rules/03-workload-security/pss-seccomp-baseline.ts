import { defineRule } from '../../src/engine/rule.js';
import { PSS_CHECKS, pssImplementation, resolvePssPolicy } from '../../src/k8s/pss.js';
import { own } from '../../src/model/resource.js';
import { containersOf } from '../../src/model/workloads.js';
import { containerSecurityContext, isSet, podAnnotations, podSecurityContext, scalarText, stringField, workloadName } from '../../src/model/pod-security.js';

const CHECK = PSS_CHECKS.seccompBaseline;

export default defineRule({
  meta: {
    id: 'pss-seccomp-baseline',
    pci: ['3.1'],
    requirements: ['2.2.6'],
    inputs: ['workload'],
    severity: 'error',
    checksPatches: true,
    pss: { level: CHECK.level, check: CHECK.id },
    docs: {
      summary: 'Pods must not set an Unconfined seccomp profile (PSS baseline "Seccomp").',
      rationale:
        'Seccomp filters the system calls a container can make; an `Unconfined` profile opens the whole kernel interface to a compromised process. ' +
        'PCI DSS container guidance 3.1 asks that the platform\'s isolation mechanisms stay in force. ' +
        'From policy v1.19 the `seccompProfile` fields are checked (before, the alpha annotations). At the restricted level pod-security-admission replaces this check with `pss-seccomp-restricted` (policy v1.19 and later), so this rule then stays silent.',
      fix: 'Set `securityContext.seccompProfile.type` to `RuntimeDefault` or `Localhost`, or remove it.',
      references: [
        'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline (Seccomp)',
        'kubernetes/pod-security-admission policy/check_seccompProfile_baseline.go',
      ],
    },
    messages: {
      podProfile:
        '{{workload}} sets the pod\'s seccomp profile type to "{{type}}", which turns off system call filtering.',
      containerProfile:
        'Container "{{container}}" sets its seccomp profile type to "{{type}}", which turns off system call filtering.',
      annotation:
        'Annotation {{annotation}} is "{{value}}", which turns off system call filtering.',
    },
    fixes: {
      podProfile: 'Set securityContext.seccompProfile.type to RuntimeDefault or Localhost, or remove it.',
      containerProfile: 'Set securityContext.seccompProfile.type to RuntimeDefault or Localhost, or remove it.',
      annotation: 'Use runtime/default or localhost/ followed by a profile name.',
    },
  },
  visit: {
    PodSpec(ctx, spec) {
      const impl = pssImplementation(CHECK, resolvePssPolicy(ctx.settings, ctx.target));
      if (!impl) return;
      if (impl.source === 'annotations') {
        const annotations = podAnnotations(spec);
        const keys = [impl.podAnnotation, ...containersOf(spec).map((c) => `${impl.containerAnnotationPrefix}${c.name}`)];
        for (const key of new Set(keys)) {
          if (!Object.hasOwn(annotations.value, key)) continue;
          const value = scalarText(own(annotations.value, key));
          if ((impl.allowedAnnotationValues as readonly string[]).includes(value) || value.startsWith(impl.allowedAnnotationValuePrefix)) continue;
          ctx.report({ at: [...annotations.path, key], messageId: 'annotation', data: { annotation: key, value } });
        }
        return;
      }
      const allowedTypes: readonly string[] = impl.allowedTypes;
      const podSc = podSecurityContext(spec);
      if (isSet(podSc, 'seccompProfile')) {
        const type = stringField(podSc.seccompProfile, 'type');
        if (!allowedTypes.includes(type)) {
          ctx.report({ at: spec.pathTo('securityContext', 'seccompProfile', 'type'), messageId: 'podProfile', data: { workload: workloadName(spec), type } });
        }
      }
      for (const container of containersOf(spec)) {
        const sc = containerSecurityContext(container);
        if (!isSet(sc, 'seccompProfile')) continue;
        const type = stringField(sc.seccompProfile, 'type');
        if (allowedTypes.includes(type)) continue;
        ctx.report({ at: container.pathTo('securityContext', 'seccompProfile', 'type'), messageId: 'containerProfile', data: { container: container.name, type } });
      }
    },
  },
});
