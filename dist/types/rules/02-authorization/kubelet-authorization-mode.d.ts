declare const _default: import("../../src/engine/rule.js").RuleDefinition<import("../../src/model/shapes/context.js").MessageIdOf<{
    readonly id: "kubelet-authorization-mode";
    readonly pci: readonly ["2.2"];
    readonly requirements: readonly ["7.3.1", "7.3.3"];
    readonly inputs: readonly ["kubelet-config"];
    readonly severity: "error";
    readonly docs: {
        readonly summary: "The kubelet must ask the API server to authorise requests (authorization mode Webhook).";
        readonly rationale: string;
        readonly fix: "Set `authorization.mode: Webhook` in the KubeletConfiguration. Do not override it with kubeadm `nodeRegistration.kubeletExtraArgs`, which beats the config file.";
        readonly references: readonly ["CIS Kubernetes Benchmark 4.2.2", "https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/"];
    };
    readonly messages: {
        readonly flagAlwaysAllow: "kubeadm passes --authorization-mode={{value}} to the kubelet (nodeRegistration.kubeletExtraArgs), overriding its config file: every authenticated client may use the kubelet API.";
        readonly containerAlwaysAllow: "Container \"{{container}}\" runs the kubelet with --authorization-mode={{value}}: every authenticated client may use the kubelet API.";
        readonly alwaysAllow: "KubeletConfiguration sets authorization.mode: {{value}}: every authenticated client may use the kubelet API.";
    };
    readonly fixes: {
        readonly flagAlwaysAllow: "Remove it or set it to Webhook.";
        readonly containerAlwaysAllow: "Remove the flag or set it to Webhook.";
        readonly alwaysAllow: "Set authorization.mode: Webhook.";
    };
}>, undefined, never>;
export default _default;
