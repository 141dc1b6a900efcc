declare const _default: import("../../src/engine/rule.js").RuleDefinition<import("../../src/model/shapes/context.js").MessageIdOf<{
    readonly id: "kubelet-iptables-util-chains";
    readonly pci: readonly ["4.2"];
    readonly requirements: readonly ["1.4.2"];
    readonly inputs: readonly ["kubelet-config"];
    readonly severity: "warning";
    readonly k8s: {
        readonly until: "1.27";
    };
    readonly docs: {
        readonly summary: "The kubelet should create its iptables utility chains (`makeIPTablesUtilChains`, on by default).";
        readonly rationale: string;
        readonly fix: "Remove `makeIPTablesUtilChains: false` from the KubeletConfiguration (or set it to true), and `make-iptables-util-chains` from kubeadm `nodeRegistration.kubeletExtraArgs`.";
        readonly references: readonly ["CIS Kubernetes Benchmark 4.2.7 (v1.6; 4.2.6 in later versions)", string, "https://github.com/kubernetes/kubernetes/issues/90259"];
    };
    readonly messages: {
        readonly flagOff: "kubeadm passes --make-iptables-util-chains={{value}} to the kubelet: it does not create its iptables chains, so packets from other hosts to 127.0.0.0/8 are not dropped and localhost-bound services on the node may be reachable from its neighbours.";
        readonly containerOff: "Container \"{{container}}\" runs the kubelet with --make-iptables-util-chains={{value}}: it does not create its iptables chains, so packets from other hosts to 127.0.0.0/8 are not dropped and localhost-bound services on the node may be reachable from its neighbours.";
        readonly off: "KubeletConfiguration sets makeIPTablesUtilChains: {{value}}: the kubelet does not create its iptables chains, so packets from other hosts to 127.0.0.0/8 are not dropped and localhost-bound services on the node may be reachable from its neighbours.";
    };
    readonly fixes: {
        readonly flagOff: "Remove the flag or set it to true.";
        readonly containerOff: "Remove the flag or set it to true.";
        readonly off: "Remove the field or set it to true.";
    };
}>, undefined, never>;
export default _default;
