/**
 * KubeletConfiguration (kubelet.config.k8s.io/v1beta1) defaults and version facts pci-lint's kubelet rules read,
 * each with its source. Defaults are what the kubelet applies to a field the file leaves out
 * (pkg/kubelet/apis/config/v1beta1/defaults.go), which can differ from the matching flag's default.
 */
const DEFAULTS = 'kubernetes/kubernetes pkg/kubelet/apis/config/v1beta1/defaults.go (SetDefaults_KubeletConfiguration)';

export const KUBELET_CONFIG_FACTS = {
  /** A zero or absent value becomes 4h; the flag --streaming-connection-idle-timeout=0 means no timeout at all. */
  streamingConnectionIdleTimeout: { defaultSeconds: 4 * 3600, source: `${DEFAULTS} (StreamingConnectionIdleTimeout == 0: 4h); kubelet reference (--streaming-connection-idle-timeout, default 4h0m0s)` },
  webhookAuthentication: { default: true, source: `${DEFAULTS} (Authentication.Webhook.Enabled nil: true; the --authentication-token-webhook flag defaults to false)` },
  makeIPTablesUtilChains: { default: true, source: `${DEFAULTS} (MakeIPTablesUtilChains nil: true)` },
  seccompDefault: {
    default: false,
    /** The field needs the SeccompDefault gate: alpha 1.22, beta and on by default 1.25, GA 1.27. */
    onByDefaultSince: '1.25',
    source: `${DEFAULTS} (SeccompDefault nil: false); kubernetes.io seccomp tutorial and KEP-2413 (alpha 1.22, beta 1.25, GA 1.27)`,
  },
  rotateCertificates: {
    /** kubeadm overwrites the field with true in every KubeletConfiguration it writes. */
    kubeadmForces: true,
    source: 'kubernetes/kubernetes cmd/kubeadm/app/componentconfigs/kubelet.go (Default: "we must hardcode it to true", RotateCertificates = kubeletRotateCertificates)',
  },
} as const;

/** The longest idle streaming connection (exec, attach, port-forward) PCI DSS 8.2.8 allows before re-authentication. */
export const MAX_IDLE_SESSION_SECONDS = 15 * 60;
