declare const _default: import("../../src/engine/rule.js").RuleDefinition<import("../../src/model/shapes/context.js").MessageIdOf<{
    readonly id: "controller-manager-service-account-credentials";
    readonly pci: readonly ["2.1"];
    readonly requirements: readonly ["7.2.5"];
    readonly inputs: readonly ["kube-controller-manager"];
    readonly severity: "error";
    readonly docs: {
        readonly summary: "kube-controller-manager must run each controller with its own ServiceAccount credentials.";
        readonly rationale: string;
        readonly fix: "Add `--use-service-account-credentials=true` (kubeadm sets it by default).";
        readonly references: readonly ["CIS Kubernetes Benchmark 1.3.3"];
    };
    readonly messages: {
        readonly off: "kube-controller-manager sets --use-service-account-credentials={{value}}: every controller acts with the same broad identity.";
        readonly offByDefault: "kube-controller-manager does not set --use-service-account-credentials, which defaults to false: every controller acts with the same broad identity.";
    };
    readonly fixes: {
        readonly off: "Set it to true.";
        readonly offByDefault: "Add --use-service-account-credentials=true.";
    };
}>, undefined, never>;
export default _default;
