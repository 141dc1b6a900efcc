import { defineRule } from '../../src/engine/rule.js';
import { PSS_CHECKS, pssImplementation, resolvePssPolicy } from '../../src/k8s/pss.js';
import { containersOf } from '../../src/model/workloads.js';
import { containerSecurityContext, isSet, podSecurityContext, usesUserNamespace, workloadName } from '../../src/model/pod-security.js';
import { windowsMarkerOf } from '../../src/model/windows.js';

const CHECK = PSS_CHECKS.runAsNonRoot;

/** The Windows user a container runs as (windowsOptions.runAsUserName, the container's over the pod's), unless it is ContainerAdministrator. */
function windowsUser(container: Readonly<Record<string, unknown>>, pod: Readonly<Record<string, unknown>>): string | undefined {
  const nameOf = (sc: Readonly<Record<string, unknown>>): unknown => {
    const options = sc.windowsOptions;
    return typeof options === 'object' && options !== null && !Array.isArray(options) ? (options as Record<string, unknown>).runAsUserName : undefined;
  };
  const name = nameOf(container) ?? nameOf(pod);
  return typeof name === 'string' && name !== '' && name.toLowerCase() !== 'containeradministrator' ? name : undefined;
}

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
        'Set at pod level it covers every container that does not override it; an explicit `false` anywhere fails. Windows pods are not exempt: there the kubelet refuses, with `runAsNonRoot: true`, to start a container as ContainerAdministrator, and the message of a pod that runs on Windows nodes says so. From policy v1.35, pods in their own user namespace (`hostUsers: false`) are exempt.',
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
      notSetWindows:
        'Container "{{container}}" may run as ContainerAdministrator, the administrator account of Windows containers: its pod runs on Windows nodes ({{why}}) and neither it nor the pod sets securityContext.runAsNonRoot: true, with which the kubelet refuses to start it as ContainerAdministrator.',
      notSetWithWindowsUser:
        'Container "{{container}}" runs as Windows user {{user}}, but neither it nor the pod sets securityContext.runAsNonRoot: true, which the restricted Pod Security Standard requires whatever the user: admission rejects the pod.',
      notSetWithUser:
        'Container "{{container}}" runs as UID {{uid}}, but neither it nor the pod sets securityContext.runAsNonRoot: true, which the restricted Pod Security Standard requires whatever the UID: admission rejects the pod.',
    },
    fixes: {
      podFalse: 'Set it to true.',
      containerFalse: 'Set it to true, or remove it when the pod sets runAsNonRoot: true.',
      notSet: 'Set runAsNonRoot: true in the pod\'s securityContext (it covers every container) or in this container\'s.',
      notSetWindows: 'Set runAsNonRoot: true in the pod\'s securityContext (it covers every container) or in this container\'s, and run the container as a non-administrator user (windowsOptions.runAsUserName: ContainerUser).',
      notSetWithWindowsUser: 'Set runAsNonRoot: true in the pod\'s securityContext (it covers every container) or in this container\'s.',
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
      // On Windows there is no UID 0: runAsNonRoot keeps a container from running as ContainerAdministrator.
      const windows = windowsMarkerOf(spec);
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
          } else if (windows && windowsUser(sc, podSc) !== undefined) {
            ctx.report({ at, messageId: 'notSetWithWindowsUser', data: { container: container.name, user: windowsUser(sc, podSc) ?? '' }, about: [container] });
          } else if (windows) {
            ctx.report({ at, messageId: 'notSetWindows', data: { container: container.name, why: windows.why }, about: [container] });
          } else {
            ctx.report({ at, messageId: 'notSet', data: { container: container.name }, about: [container] });
          }
        }
      }
    },
  },
});
