import { defineRule } from '../../src/engine/rule.js';
import { formatPssVersion, PSS_CHECKS, pssImplementation, resolvePssPolicy } from '../../src/k8s/pss.js';
import { listField, podSecurityContext, stringField, workloadName } from '../../src/model/pod-security.js';

const CHECK = PSS_CHECKS.sysctls;

export default defineRule({
  meta: {
    id: 'pss-sysctls',
    pci: ['3.1'],
    requirements: ['2.2.6'],
    inputs: ['workload'],
    severity: 'error',
    checksPatches: true,
    pss: { level: CHECK.level, check: CHECK.id },
    docs: {
      summary: 'Pods may only set the namespaced "safe" sysctls of their policy version (PSS baseline "Sysctls").',
      rationale:
        'Most kernel parameters are shared by every pod on the node or can turn off kernel protections; only a short list is namespaced and isolated per pod. ' +
        'PCI DSS container guidance 3.1 asks that a workload cannot change the node for others. ' +
        'The safe list grows with the policy version: net.ipv4.ip_local_reserved_ports from v1.27, the TCP keepalive and fin_timeout sysctls from v1.29, tcp_rmem and tcp_wmem from v1.32, tcp_slow_start_after_idle and tcp_notsent_lowat from v1.37.',
      fix: 'Remove the sysctl from `spec.securityContext.sysctls`, or set it on the nodes through their own configuration.',
      references: [
        'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline (Sysctls)',
        'kubernetes/pod-security-admission policy/check_sysctls.go',
      ],
    },
    messages: {
      sysctl:
        '{{workload}} sets sysctl {{sysctl}}, which is not in the safe set of PSS policy {{version}}; unsafe sysctls can affect the node and other pods.',
    },
    fixes: {
      sysctl: 'Remove it from securityContext.sysctls.',
    },
  },
  visit: {
    PodSpec(ctx, spec) {
      const policy = resolvePssPolicy(ctx.settings, ctx.target);
      const impl = pssImplementation(CHECK, policy);
      if (!impl) return;
      const allowed: readonly string[] = impl.allowedSysctls;
      listField(podSecurityContext(spec), 'sysctls').forEach((sysctl, i) => {
        const name = stringField(sysctl, 'name');
        if (allowed.includes(name)) return;
        ctx.report({
          at: spec.pathTo('securityContext', 'sysctls', i, 'name'),
          part: 'value',
          messageId: 'sysctl',
          data: { workload: workloadName(spec), sysctl: name, version: formatPssVersion(policy.version) },
        });
      });
    },
  },
});
