declare const _default: import("../../src/engine/rule.js").RuleDefinition<import("../../src/model/shapes/context.js").MessageIdOf<{
    readonly id: "kubelet-read-only-port";
    readonly pci: readonly ["4.2"];
    readonly requirements: readonly ["2.2.4", "8.3.1"];
    readonly inputs: readonly ["kubelet-config"];
    readonly severity: "error";
    readonly docs: {
        readonly summary: "The kubelet must not open its unauthenticated read-only port.";
        readonly rationale: string;
        readonly fix: "Set `readOnlyPort: 0` or remove the field from the KubeletConfiguration. Do not override it with kubeadm `nodeRegistration.kubeletExtraArgs`, which beats the config file.";
        readonly references: readonly ["CIS Kubernetes Benchmark 4.2.4"];
    };
    readonly messages: {
        readonly flagOpen: "kubeadm passes --read-only-port={{value}} to the kubelet (nodeRegistration.kubeletExtraArgs), overriding its config file and serving pod and node data over unauthenticated HTTP.";
        readonly containerOpen: "Container \"{{container}}\" runs the kubelet with --read-only-port={{value}}, serving pod and node data over unauthenticated HTTP.";
        readonly open: "KubeletConfiguration sets readOnlyPort: {{value}}, serving pod and node data over unauthenticated HTTP.";
    };
    readonly fixes: {
        readonly flagOpen: "Remove it or set it to 0.";
        readonly containerOpen: "Remove the flag or set it to 0.";
        readonly open: "Set readOnlyPort: 0.";
    };
}>, undefined, never>;
export default _default;
