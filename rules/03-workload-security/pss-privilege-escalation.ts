import { defineRule } from '../../src/engine/rule.js';
import { PSS_CHECKS, pssImplementation, resolvePssPolicy } from '../../src/k8s/pss.js';
import { containerSecurityContext, isWindowsPod } from '../../src/model/pod-security.js';
import { windowsMarkerOf } from '../../src/model/windows.js';

const CHECK = PSS_CHECKS.allowPrivilegeEscalation;

export default defineRule({
  meta: {
    id: 'pss-privilege-escalation',
    pci: ['3.1'],
    requirements: ['2.2.6'],
    inputs: ['workload'],
    severity: 'error',
    pss: { level: CHECK.level, check: CHECK.id },
    docs: {
      summary: 'At the restricted level, every container must set allowPrivilegeEscalation: false (PSS restricted "Privilege Escalation").',
      rationale:
        'Unless `allowPrivilegeEscalation` is explicitly false, a process in the container can gain more privileges than its parent through set-user-ID binaries or file capabilities, the usual first step from an application compromise to root in the container. ' +
        'PCI DSS container guidance 3.1 asks for least privilege for workloads. Unset counts as allowed. ' +
        'From policy v1.25, pods with `spec.os.name: windows` are exempt (the field does not exist on Windows); a pod pinned to Windows nodes only by `nodeSelector` or node affinity is not, and its message says that setting `spec.os.name` is the fix.',
      fix: 'Set `securityContext.allowPrivilegeEscalation: false` on every container, init container and ephemeral container.',
      references: [
        'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted (Privilege Escalation)',
        'kubernetes/pod-security-admission policy/check_allowPrivilegeEscalation.go',
      ],
    },
    messages: {
      notFalse:
        'Container "{{container}}" does not set securityContext.allowPrivilegeEscalation: false, so its processes can gain privileges through set-user-ID binaries.',
      windowsUnmarked:
        'Container "{{container}}" does not set securityContext.allowPrivilegeEscalation: false. Its pod runs on Windows nodes ({{why}}), where the setting does not apply, but it does not set spec.os.name: windows, so the restricted level still requires it and Pod Security Admission rejects the pod.',
    },
    fixes: {
      notFalse: 'Set allowPrivilegeEscalation: false.',
      windowsUnmarked: 'Set spec.os.name: windows on the pod (the restricted level exempts Windows pods), or set allowPrivilegeEscalation: false.',
    },
  },
  visit: {
    Container(ctx, container) {
      const impl = pssImplementation(CHECK, resolvePssPolicy(ctx.settings, ctx.target));
      if (!impl) return;
      if (impl.exemptWindows && isWindowsPod(container.podSpec)) return;
      if (containerSecurityContext(container).allowPrivilegeEscalation === false) return;
      // Pinned to Windows nodes without spec.os.name: there are no set-user-ID binaries to fear, only the admission check to pass.
      const windows = impl.exemptWindows ? windowsMarkerOf(container.podSpec) : undefined;
      if (windows) ctx.report({ at: container.pathTo('securityContext', 'allowPrivilegeEscalation'), messageId: 'windowsUnmarked', data: { container: container.name, why: windows.why }, about: [container] });
      else ctx.report({ at: container.pathTo('securityContext', 'allowPrivilegeEscalation'), messageId: 'notFalse', data: { container: container.name }, about: [container] });
    },
  },
});
