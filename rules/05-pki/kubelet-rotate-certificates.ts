import { defineRuleWithFacts, type Location } from '../../src/engine/rule.js';
import { KUBELET_CONFIG_FACTS } from '../../src/k8s/kubelet.js';
import { kubeletContainerFlags, kubeletExtraArgs, lastFlag } from '../../src/model/control-plane.js';
import { scalarText } from '../../src/model/pod-security.js';
import type { Resource } from '../../src/model/resource.js';

/**
 * A kubeadm configuration in the input (Init, Join or ClusterConfiguration), or a KubeletConfiguration that does not
 * turn rotation on, kept until `finish` knows whether kubeadm writes that KubeletConfiguration.
 */
type Fact = { readonly type: 'kubeadm'; readonly file: string } | { readonly type: 'config'; readonly file: string; readonly at: Location; readonly value?: string };

function isKubeadm(resource: Resource): boolean {
  return resource.group === 'kubeadm.k8s.io';
}

export default defineRuleWithFacts<Fact>()({
  meta: {
    id: 'kubelet-rotate-certificates',
    pci: ['5.1'],
    requirements: ['8.6.3'],
    inputs: ['kubelet-config'],
    severity: 'warning',
    docs: {
      summary: 'The kubelet must renew its client certificate automatically.',
      rationale:
        'With `rotateCertificates` false (the default in a KubeletConfiguration file) a kubelet keeps the client certificate it bootstrapped with until it expires, so a leaked ' +
        'node credential stays valid for its whole lifetime and expiry takes the node down. PCI DSS container guidance 5.1 asks for short-lived, rotated certificates. ' +
        'kubeadm overwrites the field with true in the KubeletConfiguration it writes (cmd/kubeadm/app/componentconfigs/kubelet.go), so a KubeletConfiguration in the same file as a kubeadm ' +
        'InitConfiguration, JoinConfiguration or ClusterConfiguration (the file `kubeadm init/join --config` reads) is not reported; the `rotate-certificates` flag in `nodeRegistration.kubeletExtraArgs` still beats the file and is.',
      fix: 'Set `rotateCertificates: true` in the KubeletConfiguration. Do not override it with kubeadm `nodeRegistration.kubeletExtraArgs`, which beats the config file.',
      references: ['CIS Kubernetes Benchmark 4.2.11', 'https://kubernetes.io/docs/tasks/tls/certificate-rotation/', KUBELET_CONFIG_FACTS.rotateCertificates.source],
    },
    messages: {
      flagOff: 'kubeadm passes --rotate-certificates={{value}} to the kubelet (nodeRegistration.kubeletExtraArgs), overriding its config file: the kubelet never renews its client certificate.',
      containerOff: 'Container "{{container}}" runs the kubelet with --rotate-certificates={{value}}: the kubelet never renews its client certificate.',
      off: 'KubeletConfiguration sets rotateCertificates: {{value}}: the kubelet never renews its client certificate.',
      offByDefault: 'KubeletConfiguration does not set rotateCertificates, which defaults to false: the kubelet never renews its client certificate.',
    },
    fixes: {
      flagOff: 'Remove it.',
      containerOff: 'Remove the flag or set it to true.',
      off: 'Set rotateCertificates: true.',
      offByDefault: 'Add rotateCertificates: true.',
    },
  },
  visit: {
    InitConfiguration(ctx, config) {
      ctx.record({ type: 'kubeadm', file: ctx.file });
      const flag = lastFlag(kubeletExtraArgs(config), 'rotate-certificates');
      if (flag && flag.value.trim().toLowerCase() === 'false') ctx.report({ at: flag.path, messageId: 'flagOff', data: { value: flag.value } });
    },
    JoinConfiguration(ctx, config) {
      ctx.record({ type: 'kubeadm', file: ctx.file });
      const flag = lastFlag(kubeletExtraArgs(config), 'rotate-certificates');
      if (flag && flag.value.trim().toLowerCase() === 'false') ctx.report({ at: flag.path, messageId: 'flagOff', data: { value: flag.value } });
    },
    Container(ctx, container) {
      const flags = kubeletContainerFlags(container.value, container.path);
      const flag = flags && lastFlag(flags, 'rotate-certificates');
      if (flag && flag.value.trim().toLowerCase() === 'false') ctx.report({ at: flag.path, messageId: 'containerOff', data: { container: container.name, value: flag.value } });
    },
    ClusterConfiguration(ctx, config) {
      if (isKubeadm(config)) ctx.record({ type: 'kubeadm', file: ctx.file });
    },
    KubeletConfiguration(ctx, config) {
      const value: unknown = config.value.rotateCertificates;
      if (value === true) return;
      if (value === undefined || value === null) ctx.record({ type: 'config', file: ctx.file, at: ctx.locate(config) });
      else ctx.record({ type: 'config', file: ctx.file, at: ctx.locate(config.pathTo('rotateCertificates')), value: scalarText(value) });
    },
  },
  finish(ctx, project) {
    // kubeadm forces rotateCertificates: true into the KubeletConfiguration of the --config file it is given.
    const kubeadmFiles = new Set(project.facts.filter((f) => f.type === 'kubeadm').map((f) => f.file));
    for (const fact of project.facts) {
      if (fact.type !== 'config' || kubeadmFiles.has(fact.file)) continue;
      if (fact.value === undefined) ctx.report({ at: fact.at, messageId: 'offByDefault' });
      else ctx.report({ at: fact.at, messageId: 'off', data: { value: fact.value } });
    }
  },
});
