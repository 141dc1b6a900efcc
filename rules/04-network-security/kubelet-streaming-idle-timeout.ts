import { defineRule, type Path } from '../../src/engine/rule.js';
import { KUBELET_CONFIG_FACTS, MAX_IDLE_SESSION_SECONDS } from '../../src/k8s/kubelet.js';
import { kubeletContainerFlags, kubeletExtraArgs, lastFlag, parseGoDuration, type ControlPlaneFlag } from '../../src/model/control-plane.js';
import { scalarText } from '../../src/model/pod-security.js';

const FLAG = 'streaming-connection-idle-timeout';

export default defineRule({
  meta: {
    id: 'kubelet-streaming-idle-timeout',
    pci: ['4.2'],
    requirements: ['8.2.8'],
    inputs: ['kubelet-config'],
    severity: 'warning',
    docs: {
      summary: 'The kubelet must close idle exec, attach and port-forward streams within 15 minutes.',
      rationale:
        'An interactive `kubectl exec` or `attach` session runs through the kubelet, which closes it only after `streamingConnectionIdleTimeout` without traffic. PCI DSS 8.2.8 asks that a session idle ' +
        'for more than 15 minutes requires re-authentication. In a KubeletConfiguration an absent or zero value becomes 4 hours (defaults.go); the flag `--streaming-connection-idle-timeout=0` ' +
        '(kubeadm `kubeletExtraArgs`) means no timeout at all.',
      fix: 'Set `streamingConnectionIdleTimeout: 5m` (at most 15m) in the KubeletConfiguration, or `streaming-connection-idle-timeout: 5m` in kubeadm `nodeRegistration.kubeletExtraArgs`.',
      references: ['CIS Kubernetes Benchmark 4.2.5', KUBELET_CONFIG_FACTS.streamingConnectionIdleTimeout.source],
    },
    messages: {
      flagNever: 'kubeadm passes --streaming-connection-idle-timeout={{value}} to the kubelet: idle exec, attach and port-forward sessions are never closed.',
      flagLong: 'kubeadm passes --streaming-connection-idle-timeout={{value}} to the kubelet: idle exec, attach and port-forward sessions stay open longer than 15 minutes.',
      containerNever: 'Container "{{container}}" runs the kubelet with --streaming-connection-idle-timeout={{value}}: idle exec, attach and port-forward sessions are never closed.',
      containerLong: 'Container "{{container}}" runs the kubelet with --streaming-connection-idle-timeout={{value}}: idle exec, attach and port-forward sessions stay open longer than 15 minutes.',
      long: 'KubeletConfiguration sets streamingConnectionIdleTimeout: {{value}}: idle exec, attach and port-forward sessions stay open longer than 15 minutes.',
      zero: 'KubeletConfiguration sets streamingConnectionIdleTimeout: {{value}}, which the kubelet replaces with its default of 4h: idle exec, attach and port-forward sessions stay open for hours.',
      unset: 'KubeletConfiguration does not set streamingConnectionIdleTimeout, which defaults to 4h: idle exec, attach and port-forward sessions stay open for hours.',
    },
    fixes: {
      flagNever: 'Set it to 5m (at most 15m).',
      flagLong: 'Set it to 5m (at most 15m).',
      containerNever: 'Set it to 5m (at most 15m).',
      containerLong: 'Set it to 5m (at most 15m).',
      long: 'Set it to 5m (at most 15m).',
      zero: 'Set it to 5m (at most 15m).',
      unset: 'Add streamingConnectionIdleTimeout: 5m.',
    },
  },
  visit: {
    InitConfiguration(ctx, config) {
      checkFlag(ctx, lastFlag(kubeletExtraArgs(config), FLAG), { never: 'flagNever', long: 'flagLong' });
    },
    JoinConfiguration(ctx, config) {
      checkFlag(ctx, lastFlag(kubeletExtraArgs(config), FLAG), { never: 'flagNever', long: 'flagLong' });
    },
    Container(ctx, container) {
      const flags = kubeletContainerFlags(container.value, container.path);
      if (flags) checkFlag(ctx, lastFlag(flags, FLAG), { never: 'containerNever', long: 'containerLong' }, { container: container.name });
    },
    KubeletConfiguration(ctx, config) {
      const raw: unknown = config.value.streamingConnectionIdleTimeout;
      if (raw === undefined || raw === null) {
        ctx.report({ at: config.pathTo('kind'), messageId: 'unset' });
        return;
      }
      const value = scalarText(raw);
      const seconds = parseGoDuration(value);
      if (seconds === undefined) return;
      const at = config.pathTo('streamingConnectionIdleTimeout');
      if (seconds === 0) ctx.report({ at, messageId: 'zero', data: { value } });
      else if (seconds > MAX_IDLE_SESSION_SECONDS) ctx.report({ at, messageId: 'long', data: { value } });
    },
  },
});

type FlagMessage = 'flagNever' | 'flagLong' | 'containerNever' | 'containerLong';

function checkFlag(
  ctx: { report(r: { at: Path; messageId: FlagMessage; data: Record<string, string> }): void },
  flag: ControlPlaneFlag | undefined,
  messages: { never: FlagMessage; long: FlagMessage },
  data: Record<string, string> = {},
): void {
  if (!flag) return;
  const seconds = parseGoDuration(flag.value);
  if (seconds === 0) ctx.report({ at: flag.path, messageId: messages.never, data: { ...data, value: flag.value } });
  else if (seconds !== undefined && seconds > MAX_IDLE_SESSION_SECONDS) ctx.report({ at: flag.path, messageId: messages.long, data: { ...data, value: flag.value } });
}
