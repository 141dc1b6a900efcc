/**
 * KubeletConfiguration (kubelet.config.k8s.io/v1beta1) defaults and version facts pci-lint's kubelet rules read,
 * each with its source. Defaults are what the kubelet applies to a field the file leaves out
 * (pkg/kubelet/apis/config/v1beta1/defaults.go), which can differ from the matching flag's default.
 */
import { compareVersions, mustParse, type K8sVersion } from './versions.js';

const DEFAULTS = 'kubernetes/kubernetes pkg/kubelet/apis/config/v1beta1/defaults.go (SetDefaults_KubeletConfiguration)';

export const KUBELET_CONFIG_FACTS = {
  /** A zero or absent value becomes 4h; the flag --streaming-connection-idle-timeout=0 means no timeout at all. */
  streamingConnectionIdleTimeout: { defaultSeconds: 4 * 3600, source: `${DEFAULTS} (StreamingConnectionIdleTimeout == 0: 4h); kubelet reference (--streaming-connection-idle-timeout, default 4h0m0s)` },
  webhookAuthentication: { default: true, source: `${DEFAULTS} (Authentication.Webhook.Enabled nil: true; the --authentication-token-webhook flag defaults to false)` },
  makeIPTablesUtilChains: {
    default: true,
    /**
     * Until 1.25 kube-proxy's drop rules (LoadBalancerSourceRanges, externalTrafficPolicy: Local) jump to the
     * kubelet's KUBE-MARK-DROP chain; from 1.25 kube-proxy drops directly (KEP-3178, unconditional). The
     * kubelet's KUBE-FIREWALL rule that drops packets from other hosts to 127.0.0.0/8 (kubernetes #90259,
     * #91569) is the only copy until kube-proxy adds its own.
     */
    kubeProxyOwnDropRulesSince: '1.25',
    /** From 1.27 kube-proxy in iptables mode (which sets route_localnet) adds its own copy of the martian-packet rule. */
    kubeProxyOwnMartianRuleSince: '1.27',
    source:
      `${DEFAULTS} (MakeIPTablesUtilChains nil: true); kubernetes/enhancements keps/sig-network/3178-iptables-cleanup (KUBE-MARK-DROP, KUBE-FIREWALL and the martian-packet rule; ` +
      'kube-proxy stops using KUBE-MARK-DROP in 1.25); kubernetes/kubernetes #114470 (kube-proxy creates its own anti-martian-packet rule, merged for 1.27)',
  },
  eventRecordQPS: {
    /** The default QPS for event creation: 5 until 1.26, 50 from 1.27 (eventBurst 10, then 100). */
    defaults: [
      { since: '1.19', qps: 5 },
      { since: '1.27', qps: 50 },
    ],
    source:
      `${DEFAULTS} (EventRecordQPS nil: 5, from 1.27 50); kubelet reference --event-qps ("If 0 will use default QPS", 5 in 1.26, 50 in 1.27: kubernetes/website #41214); ` +
      'an explicit 0 in the file meant the client default until kubernetes/kubernetes #117101 / #117119 (0: no limit)',
  },
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

/** The kubelet's default eventRecordQPS on a target release. */
export function defaultEventRecordQps(target: K8sVersion): number {
  let qps = KUBELET_CONFIG_FACTS.eventRecordQPS.defaults[0].qps as number;
  for (const row of KUBELET_CONFIG_FACTS.eventRecordQPS.defaults) if (compareVersions(target, mustParse(row.since)) >= 0) qps = row.qps;
  return qps;
}

/** The longest idle streaming connection (exec, attach, port-forward) PCI DSS 8.2.8 allows before re-authentication. */
export const MAX_IDLE_SESSION_SECONDS = 15 * 60;
