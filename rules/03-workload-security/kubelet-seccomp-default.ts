import { defineRule } from '../../src/engine/rule.js';
import { KUBELET_CONFIG_FACTS } from '../../src/k8s/kubelet.js';
import { kubeletContainerFlags, kubeletExtraArgs, lastFlag, type ControlPlaneFlag } from '../../src/model/control-plane.js';
import { scalarText } from '../../src/model/pod-security.js';
import type { Resource } from '../../src/model/resource.js';

const FACT = KUBELET_CONFIG_FACTS.seccompDefault;

export default defineRule({
  meta: {
    id: 'kubelet-seccomp-default',
    pci: ['3.1'],
    requirements: ['2.2.6'],
    inputs: ['kubelet-config'],
    severity: 'warning',
    k8s: { since: FACT.onByDefaultSince },
    docs: {
      summary: 'The kubelet should run every container with the RuntimeDefault seccomp profile unless the pod asks for another (`seccompDefault: true`).',
      rationale:
        'Without `seccompDefault` (false by default) a container whose pod names no seccomp profile runs Unconfined, with every system call open, wherever Pod Security Admission is not at ' +
        'restricted; the kubelet setting closes that gap node-wide. PCI DSS container guidance 3.1 asks that workload hardening is enforced, not left to each manifest. ' +
        'The setting needs the SeccompDefault gate, on by default from 1.25 (GA 1.27), so the rule applies from 1.25.',
      fix: 'Set `seccompDefault: true` in the KubeletConfiguration (or `seccomp-default: "true"` in kubeadm `nodeRegistration.kubeletExtraArgs`), after checking that workloads run under RuntimeDefault.',
      references: ['CIS Kubernetes Benchmark 4.2.x (seccomp default)', 'https://kubernetes.io/docs/tutorials/security/seccomp/#enable-the-use-of-runtimedefault-as-the-default-seccomp-profile-for-all-workloads', FACT.source],
    },
    messages: {
      flagOff: 'kubeadm passes --seccomp-default={{value}} to the kubelet (nodeRegistration.kubeletExtraArgs), overriding its config file: containers without a seccomp profile run Unconfined.',
      containerOff: 'Container "{{container}}" runs the kubelet with --seccomp-default={{value}}: containers without a seccomp profile run Unconfined.',
      off: 'KubeletConfiguration sets seccompDefault: {{value}}: containers whose pod names no seccomp profile run Unconfined.',
      offByDefault: 'KubeletConfiguration does not set seccompDefault, which defaults to false: containers whose pod names no seccomp profile run Unconfined.',
    },
    fixes: {
      flagOff: 'Remove it.',
      containerOff: 'Remove the flag or set it to true.',
      off: 'Set seccompDefault: true.',
      offByDefault: 'Add seccompDefault: true.',
    },
  },
  visit: {
    InitConfiguration(ctx, config) {
      const flag = flagOff(config);
      if (flag) ctx.report({ at: flag.path, messageId: 'flagOff', data: { value: flag.value } });
    },
    JoinConfiguration(ctx, config) {
      const flag = flagOff(config);
      if (flag) ctx.report({ at: flag.path, messageId: 'flagOff', data: { value: flag.value } });
    },
    Container(ctx, container) {
      const flags = kubeletContainerFlags(container.value, container.path);
      const flag = flags && offIn(flags);
      if (flag) ctx.report({ at: flag.path, messageId: 'containerOff', data: { container: container.name, value: flag.value } });
    },
    KubeletConfiguration(ctx, config) {
      const value: unknown = config.value.seccompDefault;
      if (value === true) return;
      if (value === undefined || value === null) ctx.report({ at: config.pathTo('kind'), messageId: 'offByDefault' });
      else ctx.report({ at: config.pathTo('seccompDefault'), messageId: 'off', data: { value: scalarText(value) } });
    },
  },
});

function flagOff(config: Resource) {
  return offIn(kubeletExtraArgs(config));
}

function offIn(flags: readonly ControlPlaneFlag[]) {
  const flag = lastFlag(flags, 'seccomp-default');
  return flag && flag.value.trim().toLowerCase() === 'false' ? flag : undefined;
}
