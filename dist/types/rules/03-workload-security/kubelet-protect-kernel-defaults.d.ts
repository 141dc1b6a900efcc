declare const _default: import("../../src/engine/rule.js").RuleDefinition<import("../../src/model/shapes/context.js").MessageIdOf<{
    readonly id: "kubelet-protect-kernel-defaults";
    readonly pci: readonly ["3.1"];
    readonly requirements: readonly ["2.2.6"];
    readonly inputs: readonly ["kubelet-config"];
    readonly severity: "warning";
    readonly docs: {
        readonly summary: "The kubelet should refuse to run when kernel settings differ from what it expects, instead of changing them.";
        readonly rationale: string;
        readonly fix: "Set `protectKernelDefaults: true` in the KubeletConfiguration and configure the required sysctls on the node (for example in /etc/sysctl.d/90-kubelet.conf). Do not override it with kubeadm `nodeRegistration.kubeletExtraArgs`, which beats the config file.";
        readonly references: readonly ["CIS Kubernetes Benchmark 4.2.6"];
    };
    readonly messages: {
        readonly flagOff: "kubeadm passes --protect-kernel-defaults={{value}} to the kubelet (nodeRegistration.kubeletExtraArgs), overriding its config file, so the kubelet may change hardened kernel settings.";
        readonly containerOff: "Container \"{{container}}\" runs the kubelet with --protect-kernel-defaults={{value}}, so the kubelet may change hardened kernel settings.";
        readonly off: "KubeletConfiguration sets protectKernelDefaults: {{value}}, so the kubelet may change hardened kernel settings.";
        readonly offByDefault: "KubeletConfiguration does not set protectKernelDefaults (default false), so the kubelet may change hardened kernel settings.";
    };
    readonly fixes: {
        readonly flagOff: "Remove it or set it to true.";
        readonly containerOff: "Remove the flag or set it to true.";
        readonly off: "Set protectKernelDefaults: true.";
        readonly offByDefault: "Add protectKernelDefaults: true.";
    };
}>, undefined, never>;
export default _default;
