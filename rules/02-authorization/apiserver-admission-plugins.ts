import { defineRule } from '../../src/engine/rule.js';
import { admissionPlugin, hasAdmissionPlugin, isDefaultAdmissionPlugin, isRemovedAdmissionPlugin } from '../../src/k8s/flags.js';
import { formatVersion } from '../../src/k8s/versions.js';

export default defineRule({
  meta: {
    id: 'apiserver-admission-plugins',
    pci: ['2.2', '3.1'],
    requirements: ['7.3.1', '2.2.6'],
    inputs: ['kube-apiserver'],
    severity: 'error',
    docs: {
      summary: 'The kube-apiserver must run the NodeRestriction and PodSecurity admission plugins, never AlwaysAdmit, and no plugin the target release removed.',
      rationale:
        '`NodeRestriction` stops a kubelet from modifying other nodes and pods, so one compromised node cannot take over the cluster (PCI 2.2). `PodSecurity` enforces the Pod Security ' +
        'Standards on namespaces (PCI 3.1); it is on by default from 1.23 unless disabled. Before 1.22 there is no Pod Security Admission, and the only built-in ' +
        'pod security control is the PodSecurityPolicy plugin: without it (or a policy webhook) nothing stops a privileged pod, which is reported as a warning. ' +
        '`AlwaysAdmit` switches admission control off. Plugins that a release removed (PodPreset in 1.20, DenyEscalatingExec and DenyExecOnPrivileged in 1.21, ' +
        'PodSecurityPolicy in 1.25, SecurityContextDeny in 1.30) stop the apiserver from starting.',
      fix: 'Use `--enable-admission-plugins=NodeRestriction` (plus what you need), keep PodSecurity out of `--disable-admission-plugins`, and drop AlwaysAdmit and removed plugins.',
      references: ['CIS Kubernetes Benchmark 1.2.10-1.2.17', 'https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/'],
    },
    messages: {
      alwaysAdmit: 'kube-apiserver enables the AlwaysAdmit admission plugin, which admits every request unchecked.',
      removedPlugin:
        'kube-apiserver enables the {{plugin}} admission plugin, removed in Kubernetes {{removed}}: the apiserver will refuse to start on {{target}}.',
      noNodeRestriction:
        'kube-apiserver does not enable the NodeRestriction admission plugin, so a compromised kubelet can modify other nodes and their pods.',
      podSecurityDisabled:
        'kube-apiserver disables the PodSecurity admission plugin, so namespace pod-security labels are not enforced.',
      noPodSecurityPolicy:
        'kube-apiserver on Kubernetes {{target}} has no Pod Security Admission (added in 1.22) and does not enable the PodSecurityPolicy admission plugin, so no built-in control stops privileged pods.',
      noPodSecurity:
        'kube-apiserver does not enable the PodSecurity admission plugin (not on by default before 1.23), so namespace pod-security labels are not enforced.',
    },
    fixes: {
      alwaysAdmit: 'Remove it from --enable-admission-plugins.',
      removedPlugin: 'Remove it: {{replacement}}.',
      noNodeRestriction: 'Add NodeRestriction to --enable-admission-plugins.',
      podSecurityDisabled: 'Remove PodSecurity from --disable-admission-plugins.',
      noPodSecurityPolicy: 'Enable PodSecurityPolicy (with policies every namespace can use) or run a policy webhook such as Kyverno or Gatekeeper.',
      noPodSecurity: 'Add PodSecurity to --enable-admission-plugins.',
    },
  },
  visit: {
    ControlPlaneComponent(ctx, node) {
      if (node.component !== 'kube-apiserver') return;
      const enable = node.flag('enable-admission-plugins');
      const disable = node.flag('disable-admission-plugins');
      const enabled = node.list('enable-admission-plugins');
      const disabled = node.list('disable-admission-plugins');
      const target = formatVersion(ctx.target);
      const enableAt = enable ? { at: enable.path } : { at: node.missingAt, part: 'key' as const };
      for (const plugin of enabled) {
        if (plugin === 'AlwaysAdmit') ctx.report({ at: enableAt.at, messageId: 'alwaysAdmit' });
        else if (isRemovedAdmissionPlugin(plugin, ctx.target))
          ctx.report({
            at: enableAt.at,
            messageId: 'removedPlugin',
            data: { plugin, removed: admissionPlugin(plugin)?.removed ?? '?', target, replacement: admissionPlugin(plugin)?.replacement ?? 'nothing replaces it' },
          });
      }
      if (!enabled.includes('NodeRestriction') || disabled.includes('NodeRestriction')) {
        ctx.report({ ...(disabled.includes('NodeRestriction') && disable ? { at: disable.path } : enableAt), messageId: 'noNodeRestriction' });
      }
      if (!hasAdmissionPlugin('PodSecurity', ctx.target)) {
        if (hasAdmissionPlugin('PodSecurityPolicy', ctx.target) && (!enabled.includes('PodSecurityPolicy') || disabled.includes('PodSecurityPolicy'))) {
          ctx.report({ ...(disabled.includes('PodSecurityPolicy') && disable ? { at: disable.path } : enableAt), messageId: 'noPodSecurityPolicy', data: { target }, severity: 'warning' });
        }
        return;
      }
      if (disabled.includes('PodSecurity') && disable) ctx.report({ at: disable.path, messageId: 'podSecurityDisabled' });
      else if (!isDefaultAdmissionPlugin('PodSecurity', ctx.target) && !enabled.includes('PodSecurity')) ctx.report({ ...enableAt, messageId: 'noPodSecurity' });
    },
  },
});
