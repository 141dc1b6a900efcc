declare const _default: import("../../src/engine/rule.js").RuleDefinition<import("../../src/model/shapes/context.js").MessageIdOf<{
    readonly id: "kubelet-event-qps";
    readonly pci: readonly ["8.1"];
    readonly requirements: readonly ["10.2.1"];
    readonly inputs: readonly ["kubelet-config"];
    readonly severity: "info";
    readonly docs: {
        readonly summary: "The kubelet should not record events at a lower rate than its default (`eventRecordQPS`).";
        readonly rationale: string;
        readonly fix: "Remove `eventRecordQPS` from the KubeletConfiguration (and `event-qps` from kubeadm `nodeRegistration.kubeletExtraArgs`), or set it at least to the default for the release, with `eventBurst` above it.";
        readonly references: readonly ["CIS Kubernetes Benchmark 4.2.9 (v1.6; 4.2.8 in later versions)", string];
    };
    readonly messages: {
        readonly flagLow: "kubeadm passes --event-qps={{value}} to the kubelet, below its default: events beyond that rate are dropped, so a burst of container failures leaves gaps in the record.";
        readonly containerLow: "Container \"{{container}}\" runs the kubelet with --event-qps={{value}}, below its default: events beyond that rate are dropped, so a burst of container failures leaves gaps in the record.";
        readonly low: "KubeletConfiguration sets eventRecordQPS: {{value}}, below the kubelet's default: events beyond that rate are dropped, so a burst of container failures leaves gaps in the record.";
    };
    readonly fixes: {
        readonly flagLow: "Remove the flag, or raise it to at least the default (5 until 1.26, 50 from 1.27).";
        readonly containerLow: "Remove the flag, or raise it to at least the default (5 until 1.26, 50 from 1.27).";
        readonly low: "Remove the field, or raise it to at least the default (5 until 1.26, 50 from 1.27).";
    };
}>, undefined, never>;
export default _default;
