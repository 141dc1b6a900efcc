declare const _default: import("../../src/engine/rule.js").RuleDefinition<import("../../src/model/shapes/context.js").MessageIdOf<{
    readonly id: "kubelet-anonymous-auth";
    readonly pci: readonly ["1.1"];
    readonly requirements: readonly ["8.2.1", "8.3.1"];
    readonly inputs: readonly ["kubelet-config"];
    readonly severity: "error";
    readonly docs: {
        readonly summary: "The kubelet must not serve anonymous requests.";
        readonly rationale: string;
        readonly fix: "Set `authentication.anonymous.enabled: false` in the KubeletConfiguration and keep `authentication.webhook.enabled: true`. Do not override it with kubeadm `nodeRegistration.kubeletExtraArgs`, which beats the config file.";
        readonly references: readonly ["CIS Kubernetes Benchmark 4.2.1", "https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/"];
    };
    readonly messages: {
        readonly flagEnabled: "kubeadm passes --anonymous-auth={{value}} to the kubelet (nodeRegistration.kubeletExtraArgs), overriding its config file: requests without credentials are served as system:anonymous.";
        readonly containerEnabled: "Container \"{{container}}\" runs the kubelet with --anonymous-auth={{value}}: requests without credentials are served as system:anonymous.";
        readonly enabled: "KubeletConfiguration enables anonymous requests: anyone who reaches port 10250 is served as system:anonymous.";
    };
    readonly fixes: {
        readonly flagEnabled: "Remove it or set it to false.";
        readonly containerEnabled: "Remove the flag or set it to false.";
        readonly enabled: "Set authentication.anonymous.enabled: false.";
    };
}>, undefined, never>;
export default _default;
