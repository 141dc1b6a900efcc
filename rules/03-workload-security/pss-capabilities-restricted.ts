import { defineRule } from '../../src/engine/rule.js';
import { PSS_CHECKS, pssImplementation, resolvePssPolicy } from '../../src/k8s/pss.js';
import { containerSecurityContext, isWindowsPod, listField, objectField, scalarText } from '../../src/model/pod-security.js';
import { windowsMarkerOf } from '../../src/model/windows.js';

const CHECK = PSS_CHECKS.capabilitiesRestricted;

export default defineRule({
  meta: {
    id: 'pss-capabilities-restricted',
    pci: ['3.1'],
    requirements: ['2.2.6'],
    inputs: ['workload'],
    severity: 'error',
    pss: { level: CHECK.level, check: CHECK.id },
    docs: {
      summary: 'At the restricted level, every container must drop ALL capabilities and may add back only NET_BIND_SERVICE (PSS restricted "Capabilities", policy v1.22+).',
      rationale:
        'Even the runtime\'s default capability set (CHOWN, DAC_OVERRIDE, SETUID, NET_RAW before some runtimes dropped it, ...) gives a compromised process more power than an application needs. ' +
        'PCI DSS container guidance 3.1 asks for least privilege for workloads. ' +
        'The check exists from policy v1.22 and replaces `pss-capabilities-baseline` at the restricted level; from v1.25, pods with `spec.os.name: windows` are exempt. A pod pinned to Windows nodes only by `nodeSelector` or node affinity is not exempt, and its message says so: Linux capabilities do not apply there, so setting `spec.os.name` is the fix.',
      fix: 'Set `securityContext.capabilities.drop: ["ALL"]` on every container, init container and ephemeral container, and add back at most `NET_BIND_SERVICE`.',
      references: [
        'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted (Capabilities)',
        'kubernetes/pod-security-admission policy/check_capabilities_restricted.go',
      ],
    },
    messages: {
      missingDropAll:
        'Container "{{container}}" does not drop all capabilities, so it keeps the runtime\'s default set.',
      windowsUnmarked:
        'Container "{{container}}" does not drop all capabilities. Its pod runs on Windows nodes ({{why}}), where Linux capabilities do not apply, but it does not set spec.os.name: windows, so the restricted level still requires drop: ["ALL"] and Pod Security Admission rejects the pod.',
      caseOfAll:
        'Container "{{container}}" drops "{{written}}", not "ALL": container runtimes read it as ALL, but Pod Security Admission compares the name exactly, so the restricted level rejects the pod.',
      forbiddenAdd:
        'Container "{{container}}" adds capability {{capability}}; the restricted Pod Security Standard allows adding only NET_BIND_SERVICE.',
    },
    fixes: {
      missingDropAll: 'Add securityContext.capabilities.drop: ["ALL"].',
      windowsUnmarked: 'Set spec.os.name: windows on the pod (the restricted level exempts Windows pods), or add securityContext.capabilities.drop: ["ALL"].',
      caseOfAll: 'Write it as "ALL".',
      forbiddenAdd: 'Remove it from securityContext.capabilities.add.',
    },
  },
  visit: {
    Container(ctx, container) {
      const impl = pssImplementation(CHECK, resolvePssPolicy(ctx.settings, ctx.target));
      if (!impl) return;
      if (impl.exemptWindows && isWindowsPod(container.podSpec)) return;
      const allowedAdd: readonly unknown[] = impl.allowedAdd;
      const capabilities = objectField(containerSecurityContext(container), 'capabilities');
      const drop = listField(capabilities, 'drop');
      if (!drop.includes('ALL')) {
        // `all` or `All`: dropped by the runtime, rejected by the admission check (check_capabilities_restricted.go compares "ALL" exactly).
        const other = drop.findIndex((c) => typeof c === 'string' && c.toUpperCase() === 'ALL');
        if (other !== -1) ctx.report({ at: container.pathTo('securityContext', 'capabilities', 'drop', other), part: 'value', messageId: 'caseOfAll', data: { container: container.name, written: scalarText(drop[other]) }, about: [container] });
        else {
          // Pinned to Windows nodes without spec.os.name: no capability set to keep, only the admission check to pass.
          const windows = impl.exemptWindows ? windowsMarkerOf(container.podSpec) : undefined;
          if (windows) ctx.report({ at: container.pathTo('securityContext', 'capabilities', 'drop'), messageId: 'windowsUnmarked', data: { container: container.name, why: windows.why }, about: [container] });
          else ctx.report({ at: container.pathTo('securityContext', 'capabilities', 'drop'), messageId: 'missingDropAll', data: { container: container.name }, about: [container] });
        }
      }
      listField(capabilities, 'add').forEach((capability, i) => {
        if (allowedAdd.includes(capability)) return;
        ctx.report({ at: container.pathTo('securityContext', 'capabilities', 'add', i), messageId: 'forbiddenAdd', data: { container: container.name, capability: scalarText(capability) }, about: [container] });
      });
    },
  },
});
