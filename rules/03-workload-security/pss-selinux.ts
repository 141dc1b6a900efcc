import { defineRule, type Path } from '../../src/engine/rule.js';
import { PSS_CHECKS, pssImplementation, resolvePssPolicy } from '../../src/k8s/pss.js';
import { containersOf } from '../../src/model/workloads.js';
import { containerSecurityContext, objectField, podSecurityContext, stringField, workloadName } from '../../src/model/pod-security.js';

const CHECK = PSS_CHECKS.seLinuxOptions;

export default defineRule({
  meta: {
    id: 'pss-selinux',
    pci: ['3.1'],
    requirements: ['2.2.6'],
    inputs: ['workload'],
    severity: 'error',
    checksPatches: true,
    pss: { level: CHECK.level, check: CHECK.id },
    docs: {
      summary: 'Pods must not set a custom SELinux user or role, or a type outside the container types (PSS baseline "SELinux").',
      rationale:
        'SELinux confines containers with the `container_t` family of types; a custom type, user or role can give a container the access of the node\'s own services. ' +
        'PCI DSS container guidance 3.1 asks that the platform\'s isolation mechanisms stay in force. ' +
        'The allowed types follow the policy version: `container_engine_t` is allowed from policy v1.31.',
      fix: 'Remove `seLinuxOptions.user` and `seLinuxOptions.role`; leave `seLinuxOptions.type` unset or use container_t, container_init_t, container_kvm_t (or container_engine_t from v1.31). `seLinuxOptions.level` may be set.',
      references: [
        'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline (SELinux)',
        'kubernetes/pod-security-admission policy/check_seLinuxOptions.go',
      ],
    },
    messages: {
      type: '{{subject}} sets SELinux type "{{type}}", which is not a container type the baseline Pod Security Standard allows ({{allowed}}).',
      user: '{{subject}} sets SELinux user "{{value}}"; a custom SELinux user can lift the container\'s confinement.',
      role: '{{subject}} sets SELinux role "{{value}}"; a custom SELinux role can lift the container\'s confinement.',
    },
    fixes: {
      type: 'Remove seLinuxOptions.type or use one of those.',
      user: 'Remove seLinuxOptions.user.',
      role: 'Remove seLinuxOptions.role.',
    },
  },
  visit: {
    PodSpec(ctx, spec) {
      const impl = pssImplementation(CHECK, resolvePssPolicy(ctx.settings, ctx.target));
      if (!impl) return;
      const allowedTypes: readonly string[] = impl.allowedTypes;
      const check = (options: unknown, path: Path, subject: string) => {
        if (options === undefined) return;
        const type = stringField(options, 'type');
        if (!allowedTypes.includes(type)) {
          ctx.report({ at: [...path, 'type'], part: 'value', messageId: 'type', data: { subject, type, allowed: allowedTypes.filter((t) => t !== '').join(', ') } });
        }
        for (const field of ['user', 'role'] as const) {
          const value = stringField(options, field);
          if (value !== '') ctx.report({ at: [...path, field], part: 'value', messageId: field, data: { subject, value } });
        }
      };
      check(objectField(podSecurityContext(spec), 'seLinuxOptions'), spec.pathTo('securityContext', 'seLinuxOptions'), workloadName(spec));
      for (const container of containersOf(spec)) {
        check(objectField(containerSecurityContext(container), 'seLinuxOptions'), container.pathTo('securityContext', 'seLinuxOptions'), `Container "${container.name}"`);
      }
    },
  },
});
