import { defineRule } from '../../src/engine/rule.js';
import { PSS_CHECKS, pssImplementation, resolvePssPolicy } from '../../src/k8s/pss.js';
import { containersOf } from '../../src/model/workloads.js';
import { containerSecurityContext, isSet, podAnnotations, podSecurityContext, scalarText, stringField, workloadName } from '../../src/model/pod-security.js';

const CHECK = PSS_CHECKS.appArmorProfile;

export default defineRule({
  meta: {
    id: 'pss-apparmor',
    pci: ['3.1'],
    requirements: ['2.2.6'],
    inputs: ['workload'],
    severity: 'error',
    checksPatches: true,
    pss: { level: CHECK.level, check: CHECK.id },
    docs: {
      summary: 'Pods must not disable or override the default AppArmor profile with an unconfined one (PSS baseline "AppArmor").',
      rationale:
        'On nodes with AppArmor the runtime confines every container with its default profile; `Unconfined` removes that mandatory access control layer and widens what a compromised container can touch on the node. ' +
        'PCI DSS container guidance 3.1 asks that the isolation mechanisms of the platform stay on. ' +
        'Both the `appArmorProfile` fields (pod and container) and the older `container.apparmor.security.beta.kubernetes.io/*` annotations are checked, at every policy version, as pod-security-admission does.',
      fix: 'Set `appArmorProfile.type` to `RuntimeDefault` or `Localhost` (or remove it); for the annotation use `runtime/default` or `localhost/<profile>`.',
      references: [
        'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline (AppArmor)',
        'kubernetes/pod-security-admission policy/check_appArmorProfile.go',
      ],
    },
    messages: {
      podProfile:
        '{{workload}} sets the pod\'s AppArmor profile type to "{{type}}", which lifts the default confinement of every container.',
      containerProfile:
        'Container "{{container}}" sets its AppArmor profile type to "{{type}}", which lifts the default confinement.',
      annotation:
        'Annotation {{annotation}} is "{{value}}", which lifts the default AppArmor confinement.',
    },
    fixes: {
      podProfile: 'Set securityContext.appArmorProfile.type to RuntimeDefault or Localhost, or remove it.',
      containerProfile: 'Set securityContext.appArmorProfile.type to RuntimeDefault or Localhost, or remove it.',
      annotation: 'Use runtime/default or localhost/ followed by a profile name, or remove the annotation.',
    },
  },
  visit: {
    PodSpec(ctx, spec) {
      const impl = pssImplementation(CHECK, resolvePssPolicy(ctx.settings, ctx.target));
      if (!impl) return;
      const allowedTypes: readonly string[] = impl.allowedTypes;
      const podSc = podSecurityContext(spec);
      if (isSet(podSc, 'appArmorProfile')) {
        const type = stringField(podSc.appArmorProfile, 'type');
        if (!allowedTypes.includes(type)) {
          ctx.report({ at: spec.pathTo('securityContext', 'appArmorProfile', 'type'), messageId: 'podProfile', data: { workload: workloadName(spec), type } });
        }
      }
      for (const container of containersOf(spec)) {
        const sc = containerSecurityContext(container);
        if (!isSet(sc, 'appArmorProfile')) continue;
        const type = stringField(sc.appArmorProfile, 'type');
        if (allowedTypes.includes(type)) continue;
        ctx.report({ at: container.pathTo('securityContext', 'appArmorProfile', 'type'), messageId: 'containerProfile', data: { container: container.name, type } });
      }
      const annotations = podAnnotations(spec);
      for (const [key, raw] of Object.entries(annotations.value)) {
        if (!key.startsWith(impl.annotationPrefix)) continue;
        const value = scalarText(raw);
        if ((impl.allowedAnnotationValues as readonly string[]).includes(value) || value.startsWith(impl.allowedAnnotationValuePrefix)) continue;
        ctx.report({ at: [...annotations.path, key], messageId: 'annotation', data: { annotation: key, value } });
      }
    },
  },
});
