/**
 * KubeletConfiguration (kubelet.config.k8s.io/v1beta1) defaults and version facts pci-lint's kubelet rules read,
 * each with its source. Defaults are what the kubelet applies to a field the file leaves out
 * (pkg/kubelet/apis/config/v1beta1/defaults.go), which can differ from the matching flag's default.
 */
import { type K8sVersion } from './versions.js';
export declare const KUBELET_CONFIG_FACTS: {
    /** A zero or absent value becomes 4h; the flag --streaming-connection-idle-timeout=0 means no timeout at all. */
    readonly streamingConnectionIdleTimeout: {
        readonly defaultSeconds: number;
        readonly source: "kubernetes/kubernetes pkg/kubelet/apis/config/v1beta1/defaults.go (SetDefaults_KubeletConfiguration) (StreamingConnectionIdleTimeout == 0: 4h); kubelet reference (--streaming-connection-idle-timeout, default 4h0m0s)";
    };
    readonly webhookAuthentication: {
        readonly default: true;
        readonly source: "kubernetes/kubernetes pkg/kubelet/apis/config/v1beta1/defaults.go (SetDefaults_KubeletConfiguration) (Authentication.Webhook.Enabled nil: true; the --authentication-token-webhook flag defaults to false)";
    };
    readonly makeIPTablesUtilChains: {
        readonly default: true;
        /**
         * Until 1.25 kube-proxy's drop rules (LoadBalancerSourceRanges, externalTrafficPolicy: Local) jump to the
         * kubelet's KUBE-MARK-DROP chain; from 1.25 kube-proxy drops directly (KEP-3178, unconditional). The
         * kubelet's KUBE-FIREWALL rule that drops packets from other hosts to 127.0.0.0/8 (kubernetes #90259,
         * #91569) is the only copy until kube-proxy adds its own.
         */
        readonly kubeProxyOwnDropRulesSince: "1.25";
        /** From 1.27 kube-proxy in iptables mode (which sets route_localnet) adds its own copy of the martian-packet rule. */
        readonly kubeProxyOwnMartianRuleSince: "1.27";
        readonly source: string;
    };
    readonly eventRecordQPS: {
        /** The default QPS for event creation: 5 until 1.26, 50 from 1.27 (eventBurst 10, then 100). */
        readonly defaults: readonly [{
            readonly since: "1.19";
            readonly qps: 5;
        }, {
            readonly since: "1.27";
            readonly qps: 50;
        }];
        readonly source: string;
    };
    readonly seccompDefault: {
        readonly default: false;
        /** The field needs the SeccompDefault gate: alpha 1.22, beta and on by default 1.25, GA 1.27. */
        readonly onByDefaultSince: "1.25";
        readonly source: "kubernetes/kubernetes pkg/kubelet/apis/config/v1beta1/defaults.go (SetDefaults_KubeletConfiguration) (SeccompDefault nil: false); kubernetes.io seccomp tutorial and KEP-2413 (alpha 1.22, beta 1.25, GA 1.27)";
    };
    readonly rotateCertificates: {
        /** kubeadm overwrites the field with true in every KubeletConfiguration it writes. */
        readonly kubeadmForces: true;
        readonly source: "kubernetes/kubernetes cmd/kubeadm/app/componentconfigs/kubelet.go (Default: \"we must hardcode it to true\", RotateCertificates = kubeletRotateCertificates)";
    };
};
/** The kubelet's default eventRecordQPS on a target release. */
export declare function defaultEventRecordQps(target: K8sVersion): number;
/** The longest idle streaming connection (exec, attach, port-forward) PCI DSS 8.2.8 allows before re-authentication. */
export declare const MAX_IDLE_SESSION_SECONDS: number;
