import { defineRule } from '../../src/engine/rule.js';
import { PSS_CHECKS, pssImplementation, resolvePssPolicy } from '../../src/k8s/pss.js';
import { containersOf } from '../../src/model/workloads.js';
import { containerSecurityContext, isSet, podSecurityContext, usesUserNamespace, workloadName } from '../../src/model/pod-security.js';

const CHECK = PSS_CHECKS.runAsNonRoot;

export default defineRule({
  meta: {
    id: 'pss-run-as-non-root',
    pci: ['3.1'],
    requirements: ['2.2.6'],
    inputs: ['workload'],
    severity: 'error',
    pss: { level: CHECK.level, check: CHECK.id },
    docs: {
      summary: 'At the restricted level, containers must be required to run as non-root: runAsNonRoot: true on the pod or on every container (PSS restricted "Running as Non-root").',
      rationale:
        'A container that runs as UID 0 is root inside the container and, through any kernel or runtime flaw, close to root on the node. `runAsNonRoot: true` makes the kubelet refuse to start a container whose user would be root. ' +
        'PCI DSS container guidance 3.1 asks for least privilege for workloads. ' +
        'Set at pod level it covers every container that does not override it; an explicit `false` anywhere fails. From policy v1.35, pods in their own user namespace (`hostUsers: false`) are exempt.',
      fix: 'Set `securityContext.runAsNonRoot: true` in the pod spec (it applies to every container), and remove any `runAsNonRoot: false`; make sure the image runs as a non-zero UID (or set `runAsUser`).',
      references: [
        'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted (Running as Non-root)',
        'kubernetes/pod-security-admission policy/check_runAsNonRoot.go',
      ],
    },
    messages: {
      podFalse: '{{workload}} sets securityContext.runAsNonRoot: false at pod level, which allows its containers to run as root.',
      containerFalse: 'Container "{{container}}" sets securityContext.runAsNonRoot: false, which allows it to run as root.',
      notSet:
        'Container "{{container}}" may run as root: neither it nor the pod sets securityContext.runAsNonRoot: true.',
      notSetWithUser:
        'Container "{{container}}" runs as UID {{uid}}, but neither it nor the pod sets securityContext.runAsNonRoot: true, which the restricted Pod Security Standard requires whatever the UID: admission rejects the pod.',
    },
    fixes: {
      podFalse: 'Set it to true.',
      containerFalse: 'Set it to true, or remove it when the pod sets runAsNonRoot: true.',
      notSet: 'Set runAsNonRoot: true in the pod\'s securityContext (it covers every container) or in this container\'s.',
      notSetWithUser: 'Set runAsNonRoot: true in the pod\'s securityContext (it covers every container) or in this container\'s.',
    },
  },
  visit: {
    PodSpec(ctx, spec) {
      const impl = pssImplementation(CHECK, resolvePssPolicy(ctx.settings, ctx.target));
      if (!impl) return;
      if (impl.relaxForUserNamespace && usesUserNamespace(spec)) return;
      const podSc = podSecurityContext(spec);
      const podTrue = podSc.runAsNonRoot === true;
      if (isSet(podSc, 'runAsNonRoot') && !podTrue) {
        // About the containers it leaves to run as root: those that do not set runAsNonRoot themselves.
        const about = containersOf(spec).filter((c) => !isSet(containerSecurityContext(c), 'runAsNonRoot'));
        ctx.report({ at: spec.pathTo('securityContext', 'runAsNonRoot'), messageId: 'podFalse', data: { workload: workloadName(spec) }, ...(about.length > 0 && { about }) });
      }
      for (const container of containersOf(spec)) {
        const sc = containerSecurityContext(container);
        const at = container.pathTo('securityContext', 'runAsNonRoot');
        if (isSet(sc, 'runAsNonRoot')) {
          if (sc.runAsNonRoot !== true) ctx.report({ at, messageId: 'containerFalse', data: { container: container.name }, about: [container] });
        } else if (!isSet(podSc, 'runAsNonRoot')) {
          // A pod-level runAsNonRoot: false is reported once, above. A non-zero runAsUser (the container's,
          // else the pod's) keeps the container off root, though the check still fails: the message says so.
          const uid = isSet(sc, 'runAsUser') ? sc.runAsUser : podSc.runAsUser;
          if (typeof uid === 'number' && Number.isInteger(uid) && uid > 0) {
            ctx.report({ at, messageId: 'notSetWithUser', data: { container: container.name, uid: String(uid) }, about: [container] });
          } else {
            ctx.report({ at, messageId: 'notSet', data: { container: container.name }, about: [container] });
          }
        }
      }
    },
  },
});
