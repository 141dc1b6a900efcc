import { defineRule, type Path } from '../../src/engine/rule.js';
import { KUBELET_CONFIG_FACTS } from '../../src/k8s/kubelet.js';
import { kubeletContainerFlags, kubeletExtraArgs, kubeletReadsFlagsOnly, lastFlag, type ControlPlaneFlag } from '../../src/model/control-plane.js';
import { isPlainObject, own } from '../../src/model/resource.js';

type MessageId = 'flagWebhookOff' | 'flagNoClientCa' | 'containerWebhookOff' | 'containerNoClientCa' | 'containerWebhookDefault' | 'containerClientCaDefault';

function checkFlags(
  ctx: { report(r: { at: Path; messageId: MessageId; data?: Record<string, string> }): void },
  args: readonly ControlPlaneFlag[],
  messages: { webhookOff: MessageId; noClientCa: MessageId },
  data: Record<string, string> = {},
): void {
  const webhook = lastFlag(args, 'authentication-token-webhook');
  if (webhook && webhook.value.trim().toLowerCase() === 'false') ctx.report({ at: webhook.path, messageId: messages.webhookOff, data: { ...data, value: webhook.value } });
  const ca = lastFlag(args, 'client-ca-file');
  if (ca && ca.value.trim() === '') ctx.report({ at: ca.path, messageId: messages.noClientCa, ...(Object.keys(data).length > 0 && { data }) });
}

const KUBEADM = { webhookOff: 'flagWebhookOff', noClientCa: 'flagNoClientCa' } as const;

export default defineRule({
  meta: {
    id: 'kubelet-client-authentication',
    pci: ['1.1', '5.1'],
    requirements: ['8.3.1'],
    inputs: ['kubelet-config'],
    severity: 'error',
    docs: {
      summary: 'The kubelet must authenticate its clients: bearer tokens through the API server (webhook) and client certificates against the cluster CA (x509.clientCAFile).',
      rationale:
        'The kubelet API (port 10250) runs commands in containers and reads their logs. With `authentication.webhook.enabled: false` it cannot check bearer tokens with the API server, so ' +
        'callers are pushed to broad client certificates or anonymous access; without `authentication.x509.clientCAFile` it cannot verify any client certificate, including the API server\'s, ' +
        'and every request is anonymous or refused. PCI DSS container guidance 1.1 and requirement 8.3.1 ask that every access is authenticated. In a KubeletConfiguration the webhook is on ' +
        'when left out (defaults.go); the `--authentication-token-webhook` flag defaults to false, so only an explicit false is reported for it. ' +
        'A kubelet run by a container with no config file (no `--config` or `--config-dir`) runs on its flags and their defaults, so there a left-out `--client-ca-file` (no client CA) or `--authentication-token-webhook` (off) is reported too; with a config file, a flag left out is decided by that file.',
      fix: 'Set `authentication.webhook.enabled: true` and `authentication.x509.clientCAFile` to the cluster CA (kubeadm: /etc/kubernetes/pki/ca.crt); do not pass `authentication-token-webhook: "false"` or an empty `client-ca-file` in kubeadm `kubeletExtraArgs`.',
      references: ['CIS Kubernetes Benchmark 4.2.3 (client CA)', KUBELET_CONFIG_FACTS.webhookAuthentication.source],
    },
    messages: {
      webhookOff:
        'KubeletConfiguration sets authentication.webhook.enabled: {{value}}: the kubelet cannot check bearer tokens with the API server.',
      noClientCa:
        'KubeletConfiguration sets no authentication.x509.clientCAFile: the kubelet cannot verify client certificates, the API server\'s included.',
      flagWebhookOff:
        'kubeadm passes --authentication-token-webhook={{value}} to the kubelet (nodeRegistration.kubeletExtraArgs), overriding its config file: bearer tokens are not checked with the API server.',
      flagNoClientCa:
        'kubeadm passes an empty --client-ca-file to the kubelet (nodeRegistration.kubeletExtraArgs), overriding its config file: client certificates are not verified.',
      containerWebhookOff: 'Container "{{container}}" runs the kubelet with --authentication-token-webhook={{value}}: bearer tokens are not checked with the API server.',
      containerNoClientCa: 'Container "{{container}}" runs the kubelet with an empty --client-ca-file: client certificates are not verified.',
      containerWebhookDefault:
        'Container "{{container}}" runs the kubelet with no config file (--config) and no --authentication-token-webhook, which then defaults to false: bearer tokens are not checked with the API server.',
      containerClientCaDefault:
        'Container "{{container}}" runs the kubelet with no config file (--config) and no --client-ca-file: it has no client CA, so client certificates, the API server\'s included, are not verified.',
    },
    fixes: {
      webhookOff: 'Set it to true.',
      noClientCa: 'Set it to the cluster CA.',
      flagWebhookOff: 'Remove it.',
      flagNoClientCa: 'Set it to the cluster CA or remove it.',
      containerWebhookOff: 'Set it to true.',
      containerNoClientCa: 'Set it to the cluster CA.',
      containerWebhookDefault: 'Add --authentication-token-webhook=true, or a config file with authentication.webhook.enabled: true.',
      containerClientCaDefault: 'Add --client-ca-file with the cluster CA, or a config file that sets authentication.x509.clientCAFile.',
    },
  },
  visit: {
    InitConfiguration(ctx, config) {
      checkFlags(ctx, kubeletExtraArgs(config), KUBEADM);
    },
    JoinConfiguration(ctx, config) {
      checkFlags(ctx, kubeletExtraArgs(config), KUBEADM);
    },
    Container(ctx, container) {
      const flags = kubeletContainerFlags(container.value, container.path);
      if (!flags) return;
      const data = { container: container.name };
      checkFlags(ctx, flags, { webhookOff: 'containerWebhookOff', noClientCa: 'containerNoClientCa' }, data);
      // Without a config file a flag left out is the kubelet's command-line default.
      if (!kubeletReadsFlagsOnly(container.value, flags)) return;
      if (!lastFlag(flags, 'authentication-token-webhook')) ctx.report({ at: container.path, part: 'key', messageId: 'containerWebhookDefault', data });
      if (!lastFlag(flags, 'client-ca-file')) ctx.report({ at: container.path, part: 'key', messageId: 'containerClientCaDefault', data });
    },
    KubeletConfiguration(ctx, config) {
      const authentication: unknown = config.value.authentication;
      const webhook = isPlainObject(authentication) ? own(authentication, 'webhook') : undefined;
      const enabled = isPlainObject(webhook) ? own(webhook, 'enabled') : undefined;
      if (enabled === false || enabled === 'false') ctx.report({ at: config.pathTo('authentication', 'webhook', 'enabled'), messageId: 'webhookOff', data: { value: String(enabled) } });
      const x509 = isPlainObject(authentication) ? own(authentication, 'x509') : undefined;
      const ca = isPlainObject(x509) ? own(x509, 'clientCAFile') : undefined;
      if (typeof ca !== 'string' || ca.trim() === '') {
        const at = isPlainObject(x509) ? config.pathTo('authentication', 'x509') : isPlainObject(authentication) ? config.pathTo('authentication') : config.pathTo('kind');
        ctx.report({ at, part: 'key', messageId: 'noClientCa' });
      }
    },
  },
});
