import { defineRule, type Path } from '../../src/engine/rule.js';
import { isPlainObject, own } from '../../src/model/resource.js';
import { windowsMarkerOf } from '../../src/model/windows.js';
import { containersOf, type ContainerNode } from '../../src/model/workloads.js';

/** A securityContext field as the container sees it: the container's own value, else the pod's. */
interface Effective<T> {
  readonly value: T;
  readonly at: Path;
  readonly where: 'the container' | 'the pod';
}

export default defineRule({
  meta: {
    id: 'run-as-non-root',
    // The same container's "may run as root" and its runAsUser: 0; this rule also judges runAsUser and reports a pod-level cause once.
    supersedes: ['pss-run-as-non-root', 'pss-run-as-user'],
    pci: ['12.3'],
    requirements: ['2.2.6'],
    inputs: ['workload'],
    severity: 'error',
    docs: {
      summary: 'Containers must be guaranteed to run as a non-root user.',
      rationale:
        'A process running as UID 0 inside a container is root on the host as soon as it escapes the container, and can change files root owns in mounted volumes. ' +
        'PCI DSS container guidance 12.3 asks that containers do not run as root. A container is accepted when its effective `runAsUser` is a non-zero UID, ' +
        'or when its effective `runAsNonRoot` is `true` and its effective `runAsUser` is not 0 (the kubelet then refuses to start an image whose USER is root). ' +
        '"Effective" means the container\'s `securityContext` value when set, else the pod\'s `securityContext` value. `runAsUser: 0` is always reported. ' +
        'When neither field is set the image\'s USER decides, which cannot be known from the manifest: that is reported too. ' +
        'Every container is checked, init and ephemeral containers included. Windows pods (`spec.os.name: windows`, or pinned to Windows nodes by `nodeSelector` or required node affinity on `kubernetes.io/os`) are out of scope: Windows uses `windowsOptions.runAsUserName`, not UIDs (`windows-host-process` and `windows-process-isolation` cover them).',
      fix: 'Set `securityContext.runAsNonRoot: true` on the pod (or on each container), and preferably a non-zero `runAsUser` (and `runAsGroup`) as well; build images with a non-root `USER`.',
      references: ['https://kubernetes.io/docs/tasks/configure-pod-container/security-context/', 'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted'],
    },
    messages: {
      rootUser:
        'UID 0 (root) is set for {{subject}}: {{where}} sets runAsUser: 0. Root in a container is root on the host after an escape (and with runAsNonRoot: true the kubelet refuses to start the container instead).',
      explicitlyRoot:
        'Root is allowed for {{subject}}: {{where}} sets runAsNonRoot: false and no non-zero runAsUser is set, so the image\'s USER decides, which cannot be checked offline.',
      unset:
        'Nothing keeps {{subject}} from running as root: neither runAsNonRoot: true nor a non-zero runAsUser is set on the container or the pod, so the image\'s USER decides, which cannot be known from the manifest and is often root.',
    },
    fixes: {
      rootUser: 'Set runAsUser to a non-zero UID.',
      explicitlyRoot: 'Set runAsNonRoot: true (and a non-zero runAsUser).',
      unset: 'Set securityContext.runAsNonRoot: true (and a non-zero runAsUser).',
    },
  },
  visit: {
    PodSpec(ctx, spec) {
      if (windowsMarkerOf(spec)) return;
      const podContext: unknown = spec.value.securityContext;
      // Containers whose finding comes from the same pod-level field share one report there.
      const shared = new Map<string, { messageId: 'rootUser' | 'explicitlyRoot'; at: Path; names: string[]; containers: ContainerNode[] }>();
      for (const container of containersOf(spec)) {
        const ownContext: unknown = container.value.securityContext;
        const effective = <T>(field: string, accept: (v: unknown) => v is T): Effective<T> | undefined => {
          const mine = isPlainObject(ownContext) ? own(ownContext, field) : undefined;
          if (accept(mine)) return { value: mine, at: container.pathTo('securityContext', field), where: 'the container' };
          const pods = isPlainObject(podContext) ? own(podContext, field) : undefined;
          if (accept(pods)) return { value: pods, at: spec.pathTo('securityContext', field), where: 'the pod' };
          return undefined;
        };
        const user = effective('runAsUser', (v): v is number => typeof v === 'number');
        const nonRoot = effective('runAsNonRoot', (v): v is boolean => typeof v === 'boolean');
        let finding: { messageId: 'rootUser' | 'explicitlyRoot'; setting: Effective<unknown> } | undefined;
        if (user?.value === 0) finding = { messageId: 'rootUser', setting: user };
        else if (user === undefined && nonRoot?.value === false) finding = { messageId: 'explicitlyRoot', setting: nonRoot };
        else if (user === undefined && nonRoot === undefined) {
          const at = isPlainObject(ownContext) ? container.pathTo('securityContext') : container.path;
          ctx.report({ at, part: 'key', messageId: 'unset', data: { subject: `container "${container.name}"` }, about: [container] });
        }
        if (!finding) continue;
        if (finding.setting.where === 'the container') {
          ctx.report({ at: finding.setting.at, part: 'value', messageId: finding.messageId, data: { subject: `container "${container.name}"`, where: 'the container' }, about: [container] });
          continue;
        }
        const key = finding.messageId;
        const entry = shared.get(key) ?? { messageId: finding.messageId, at: finding.setting.at, names: [], containers: [] };
        entry.names.push(`"${container.name}"`);
        entry.containers.push(container);
        shared.set(key, entry);
      }
      for (const { messageId, at, names, containers } of shared.values()) {
        const subject = names.length === 1 ? `container ${names[0] ?? ''}` : `containers ${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
        ctx.report({ at, part: 'value', messageId, data: { subject, where: 'the pod' }, about: containers });
      }
    },
  },
});
