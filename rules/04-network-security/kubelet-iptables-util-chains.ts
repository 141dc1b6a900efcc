import { defineRule } from '../../src/engine/rule.js';
import { KUBELET_CONFIG_FACTS } from '../../src/k8s/kubelet.js';
import { kubeletSettingRule } from '../../src/model/shapes/kubelet-setting.js';

const FACT = KUBELET_CONFIG_FACTS.makeIPTablesUtilChains;

/** `false` as the kubelet reads a boolean field: the YAML boolean or the string a template may leave. */
const isFalse = (v: unknown) => v === false || (typeof v === 'string' && v.trim().toLowerCase() === 'false');

export default defineRule(
  kubeletSettingRule({
    meta: {
      id: 'kubelet-iptables-util-chains',
      pci: ['4.2'],
      requirements: ['1.4.2'],
      inputs: ['kubelet-config'],
      severity: 'warning',
      k8s: { until: FACT.kubeProxyOwnMartianRuleSince },
      docs: {
        summary: 'The kubelet should create its iptables utility chains (`makeIPTablesUtilChains`, on by default).',
        rationale:
          'With `makeIPTablesUtilChains: false` (or `--make-iptables-util-chains=false`) the kubelet leaves out its iptables chains, among them KUBE-FIREWALL with the rule that drops packets from other hosts ' +
          'addressed to 127.0.0.0/8. kube-proxy in iptables mode sets `route_localnet`, and without that rule a service bound to localhost on the node (a debug or admin endpoint) is reachable from the ' +
          'node\'s neighbours (kubernetes #90259). Before Kubernetes 1.25 kube-proxy\'s drop rules (`loadBalancerSourceRanges`, `externalTrafficPolicy: Local`) also jump to the kubelet\'s KUBE-MARK-DROP ' +
          'chain, so those restrictions depend on it too (KEP-3178). PCI DSS 1.4.2 asks that inbound traffic from untrusted networks be restricted; guidance 4.2 that administrative interfaces stay unexposed. ' +
          'The default is true, so only an explicit false is reported. From Kubernetes 1.27 kube-proxy adds its own copy of the rule (kubernetes #114470) and uses none of the kubelet\'s chains, so the ' +
          'setting no longer removes a protection and the rule does not run on those targets.',
        fix: 'Remove `makeIPTablesUtilChains: false` from the KubeletConfiguration (or set it to true), and `make-iptables-util-chains` from kubeadm `nodeRegistration.kubeletExtraArgs`.',
        references: ['CIS Kubernetes Benchmark 4.2.7 (v1.6; 4.2.6 in later versions)', FACT.source, 'https://github.com/kubernetes/kubernetes/issues/90259'],
      },
      messages: {
        flagOff:
          'kubeadm passes --make-iptables-util-chains={{value}} to the kubelet: it does not create its iptables chains, so packets from other hosts to 127.0.0.0/8 are not dropped and localhost-bound services on the node may be reachable from its neighbours.',
        containerOff: 'Container "{{container}}" runs the kubelet with --make-iptables-util-chains={{value}}: it does not create its iptables chains, so packets from other hosts to 127.0.0.0/8 are not dropped and localhost-bound services on the node may be reachable from its neighbours.',
        off: 'KubeletConfiguration sets makeIPTablesUtilChains: {{value}}: the kubelet does not create its iptables chains, so packets from other hosts to 127.0.0.0/8 are not dropped and localhost-bound services on the node may be reachable from its neighbours.',
      },
      fixes: {
        flagOff: 'Remove the flag or set it to true.',
        containerOff: 'Remove the flag or set it to true.',
        off: 'Remove the field or set it to true.',
      },
    },
    flag: 'make-iptables-util-chains',
    unsafeFlag: (v) => v.trim().toLowerCase() === 'false',
    field: ['makeIPTablesUtilChains'],
    unsafeField: isFalse,
    messages: { flag: 'flagOff', container: 'containerOff', field: 'off' },
  }),
);
