/**
 * Command-line flags of the control-plane components that pci-lint's rules read: when each flag appeared,
 * was deprecated and was removed, and its default where the default changed between releases. Versions
 * are Kubernetes minors (for etcd, the Kubernetes minor whose kubeadm ships that etcd). Every row names
 * its source; facts come from ../shared/k8s-versions.md sections 1-4 and 12, checked upstream where a rule
 * fails hard on them.
 */
import { compareVersions, mustParse, type K8sVersion } from './versions.js';

export type ControlPlaneComponentName = 'kube-apiserver' | 'kube-controller-manager' | 'kube-scheduler' | 'etcd';

export const CONTROL_PLANE_COMPONENTS: readonly ControlPlaneComponentName[] = ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'etcd'];

/** A default that holds from `since` (inclusive) until the next entry's `since`. */
export interface FlagDefault {
  readonly since: string;
  readonly value: string;
}

export interface FlagLifecycle {
  readonly component: ControlPlaneComponentName;
  /** Flag name without leading dashes. */
  readonly flag: string;
  readonly added?: string;
  readonly deprecated?: string;
  /** First release where the binary no longer knows the flag ("unknown flag" at startup). */
  readonly removed?: string;
  /** Defaults in increasing `since` order; absent when the flag has no default that matters to a rule. */
  readonly defaults?: readonly FlagDefault[];
  /** What to do instead, as a phrase completing "Remove it: …". */
  readonly replacement?: string;
  /**
   * First release where the flag is inert and only `0` is accepted: any other value stops the component
   * at start-up ("invalid port value N: only zero is allowed").
   */
  readonly onlyZeroSince?: string;
  /** A feature gate the flag needs, and the first release where that gate is on by default. */
  readonly gate?: { readonly name: string; readonly onByDefaultSince: string };
  /**
   * Set when the component ignores the flag once `--config` names a configuration file: the file's `field`
   * decides instead, with `defaultValue` when the file leaves it out.
   */
  readonly ignoredWithConfig?: { readonly field: string; readonly defaultValue: string };
  readonly source: string;
}

const K8S = 'kubernetes/kubernetes';
const SERVING = `${K8S} staging/src/k8s.io/apiserver/pkg/server/options/serving.go (NewSecureServingOptions: BindAddress 0.0.0.0, every interface)`;

/** Sorted by component, then flag. A test keeps the table sorted and its versions consistent. */
export const FLAG_LIFECYCLE: readonly FlagLifecycle[] = [
  {
    component: 'etcd', flag: 'auto-tls', defaults: [{ since: '1.0', value: 'false' }],
    source: 'etcd.io/docs/v3.5/op-guide/configuration (--auto-tls default false); k8s-versions.md §4',
  },
  {
    component: 'etcd', flag: 'client-cert-auth', defaults: [{ since: '1.0', value: 'false' }],
    source: 'etcd.io/docs/v3.5/op-guide/security (--client-cert-auth default false); k8s-versions.md §4',
  },
  {
    component: 'etcd', flag: 'peer-auto-tls', defaults: [{ since: '1.0', value: 'false' }],
    source: 'etcd.io/docs/v3.5/op-guide/configuration (--peer-auto-tls default false); k8s-versions.md §4',
  },
  {
    component: 'etcd', flag: 'peer-client-cert-auth', defaults: [{ since: '1.0', value: 'false' }],
    source: 'etcd.io/docs/v3.5/op-guide/security (--peer-client-cert-auth default false); k8s-versions.md §4',
  },
  {
    component: 'kube-apiserver', flag: 'address', deprecated: '1.10', removed: '1.24', replacement: 'serve on --bind-address and --secure-port instead',
    source: `${K8S} CHANGELOG-1.24: insecure address flags --address, --insecure-bind-address, --port, --insecure-port removed (inert since 1.20, PR #95856)`,
  },
  {
    component: 'kube-apiserver', flag: 'anonymous-auth', defaults: [{ since: '1.0', value: 'true' }],
    source: `${K8S} pkg/kubeapiserver/options/authentication.go (Anonymous.Allow defaults to true); kubernetes.io kube-apiserver reference`,
  },
  {
    component: 'kube-apiserver', flag: 'audit-log-maxage', defaults: [{ since: '1.0', value: '0' }],
    source: `${K8S} staging/src/k8s.io/apiserver/pkg/server/options/audit.go (MaxAge 0: no age-based retention)`,
  },
  {
    component: 'kube-apiserver', flag: 'audit-log-maxbackup', defaults: [{ since: '1.0', value: '0' }],
    source: `${K8S} staging/src/k8s.io/apiserver/pkg/server/options/audit.go (MaxBackups 0: keep all)`,
  },
  {
    component: 'kube-apiserver', flag: 'audit-log-maxsize', defaults: [{ since: '1.0', value: '0' }],
    source: `${K8S} staging/src/k8s.io/apiserver/pkg/server/options/audit.go (MaxSize 0: never rotate)`,
  },
  {
    component: 'kube-apiserver', flag: 'authentication-config', added: '1.29',
    gate: { name: 'StructuredAuthenticationConfiguration', onByDefaultSince: '1.30' },
    source: `${K8S} PR #119142 (--authentication-config added for 1.29, alpha gate StructuredAuthenticationConfiguration); kubernetes/website PR #45108 (beta and on by default in 1.30)`,
  },
  {
    component: 'kube-apiserver', flag: 'authorization-config', added: '1.29',
    gate: { name: 'StructuredAuthorizationConfiguration', onByDefaultSince: '1.30' },
    source: `${K8S} PR #120154 (--authorization-config added for 1.29, "the alpha StructuredAuthorizationConfiguration feature flag must be enabled"); kubernetes/enhancements#3221 (beta 1.30, GA 1.32)`,
  },
  {
    component: 'kube-apiserver', flag: 'authorization-mode', defaults: [{ since: '1.0', value: 'AlwaysAllow' }],
    source: `${K8S} pkg/kubeapiserver/options/authorization.go (Modes default [AlwaysAllow]); kubernetes.io kube-apiserver reference`,
  },
  {
    component: 'kube-apiserver', flag: 'basic-auth-file', deprecated: '1.16', removed: '1.19', replacement: 'authenticate people with client certificates or OIDC instead (--token-auth-file is no better)',
    source: `${K8S} PR #89069 (remove basic auth), CHANGELOG-1.19`,
  },
  {
    component: 'kube-apiserver', flag: 'insecure-bind-address', deprecated: '1.10', removed: '1.24', replacement: 'serve on --bind-address and --secure-port instead',
    source: `${K8S} PR #95856 (insecure serving removed in 1.20), CHANGELOG-1.24 (flag removed)`,
  },
  {
    component: 'kube-apiserver', flag: 'insecure-port', deprecated: '1.10', removed: '1.24', replacement: 'serve on --secure-port instead',
    defaults: [{ since: '1.0', value: '8080' }, { since: '1.20', value: '0' }], onlyZeroSince: '1.20',
    source: `${K8S} PR #95856 (1.20: only 0 allowed), PR #102121 and issue #102619 ("Error: invalid port value 8080: only zero is allowed"), CHANGELOG-1.24`,
  },
  {
    component: 'kube-apiserver', flag: 'kubelet-https', deprecated: '1.19', removed: '1.22', replacement: 'the apiserver always uses HTTPS to kubelets, so nothing replaces it',
    source: `${K8S} PR #91630 (deprecated), PR #101178 (removed in 1.22)`,
  },
  {
    component: 'kube-apiserver', flag: 'port', deprecated: '1.10', removed: '1.24', replacement: 'serve on --secure-port instead', onlyZeroSince: '1.20',
    source: `${K8S} CHANGELOG-1.24: insecure address flags --address, --insecure-bind-address, --port, --insecure-port removed`,
  },
  {
    component: 'kube-apiserver', flag: 'profiling', defaults: [{ since: '1.0', value: 'true' }],
    source: `${K8S} staging/src/k8s.io/apiserver/pkg/server/options/feature.go (EnableProfiling true)`,
  },
  {
    component: 'kube-apiserver', flag: 'service-account-extend-token-expiration', added: '1.19',
    defaults: [{ since: '1.19', value: 'false' }, { since: '1.20', value: 'true' }],
    source: `${K8S} PR #89549 (flag added in 1.19, default false), PR #96273 (default true, merged 2020-11-05 for 1.20)`,
  },
  {
    component: 'kube-apiserver', flag: 'service-account-lookup', defaults: [{ since: '1.0', value: 'true' }],
    source: `${K8S} pkg/kubeapiserver/options/authentication.go (ServiceAccounts.Lookup true)`,
  },
  {
    component: 'kube-controller-manager', flag: 'address', deprecated: '1.20', removed: '1.24', replacement: 'use --bind-address instead',
    source: `${K8S} CHANGELOG-1.24: "The insecure address flags --address and --port in kube-controller-manager ... are removed in v1.24" (quoted in cybozu-go/cke#574)`,
  },
  {
    component: 'kube-controller-manager', flag: 'authorization-always-allow-paths', defaults: [{ since: '1.0', value: '/healthz,/readyz,/livez' }],
    source: `${K8S} staging/src/k8s.io/apiserver/pkg/server/options/authorization.go (NewDelegatingAuthorizationOptions)`,
  },
  {
    component: 'kube-controller-manager', flag: 'bind-address', defaults: [{ since: '1.0', value: '0.0.0.0' }],
    source: `${K8S} cmd/kube-controller-manager/app/options/options.go (SecureServing: NewSecureServingOptions().WithLoopback(), port 10257); ${SERVING}`,
  },
  {
    component: 'kube-controller-manager', flag: 'port', deprecated: '1.20', removed: '1.24', replacement: 'serve on --secure-port instead',
    defaults: [{ since: '1.0', value: '10252' }, { since: '1.22', value: '0' }], onlyZeroSince: '1.22',
    source: `${K8S} PR #96216 (1.22: insecure serving disabled), kubernetes/kubeadm#2207, CHANGELOG-1.24 (flag removed)`,
  },
  {
    component: 'kube-controller-manager', flag: 'profiling', defaults: [{ since: '1.0', value: 'true' }],
    source: `${K8S} staging/src/k8s.io/apiserver/pkg/server/options (DebuggingOptions EnableProfiling true); kube-controller-manager reference`,
  },
  {
    component: 'kube-controller-manager', flag: 'use-service-account-credentials', defaults: [{ since: '1.0', value: 'false' }],
    source: `${K8S} cmd/kube-controller-manager/app/options (UseServiceAccountCredentials false); kube-controller-manager reference`,
  },
  {
    component: 'kube-scheduler', flag: 'address', deprecated: '1.13', removed: '1.24', replacement: 'use --bind-address instead',
    source: `${K8S} PR #69663 (insecure serving deprecated, 1.13), PR #96345 ("--port and --address have no effect and would be removed in v1.24"), kubernetes/kubeadm#2716 (kube-scheduler 1.24.2: "Error: unknown flag: --address")`,
  },
  {
    component: 'kube-scheduler', flag: 'authorization-always-allow-paths', defaults: [{ since: '1.0', value: '/healthz,/readyz,/livez' }],
    source: `${K8S} staging/src/k8s.io/apiserver/pkg/server/options/authorization.go (NewDelegatingAuthorizationOptions)`,
  },
  {
    component: 'kube-scheduler', flag: 'bind-address', defaults: [{ since: '1.0', value: '0.0.0.0' }],
    source: `${K8S} cmd/kube-scheduler/app/options/options.go (SecureServing: NewSecureServingOptions().WithLoopback(), port 10259); ${SERVING}`,
  },
  {
    component: 'kube-scheduler', flag: 'port', deprecated: '1.13', removed: '1.24', replacement: 'serve on --secure-port instead',
    defaults: [{ since: '1.0', value: '10251' }, { since: '1.23', value: '0' }], onlyZeroSince: '1.23',
    source: `${K8S} PR #69663 (deprecated, 1.13), PR #96345 ("may only be set to 0", 1.23) and #105034 (no-op since 1.23), kubernetes/kubeadm#2716 (kube-scheduler 1.24.2 refuses the insecure flags as unknown; the port row shares --address's removal), kubernetes/kubeadm#2207`,
  },
  {
    component: 'kube-scheduler', flag: 'profiling', defaults: [{ since: '1.0', value: 'true' }],
    ignoredWithConfig: { field: 'enableProfiling', defaultValue: 'true' },
    source:
      `${K8S} cmd/kube-scheduler/app/options/deprecated.go ("--profiling" default true: "This parameter is ignored if a config file is specified in --config"), ` +
      'options.go ApplyTo (with --config only the leader-election flags are applied to the loaded file), pkg/scheduler/apis/config/v1/defaults.go (EnableProfiling nil: true)',
  },
];

/**
 * Flags that take no value: pflag (and Go's flag package, used by etcd) never let a boolean flag consume
 * the next argument, so `--profiling false` is `--profiling` plus a stray `false`.
 */
/**
 * The kubelet's boolean flags that bear on its security settings (`--flag` alone means true, and the next
 * word is not its value): kubernetes/kubernetes cmd/kubelet/app/options/options.go (BoolVar) and the
 * KubeletConfiguration flags of the same file (`--anonymous-auth`, `--authentication-token-webhook`, ...).
 */
export const KUBELET_BOOLEAN_FLAGS: ReadonlySet<string> = new Set([
  'anonymous-auth', 'authentication-token-webhook', 'make-iptables-util-chains', 'protect-kernel-defaults', 'rotate-certificates',
  'rotate-server-certificates', 'seccomp-default', 'fail-swap-on', 'register-node', 'enable-server', 'enable-debugging-handlers',
  'serialize-image-pulls', 'cgroups-per-qos', 'logtostderr',
]);

export const BOOLEAN_FLAGS: Readonly<Record<ControlPlaneComponentName, ReadonlySet<string>>> = {
  'kube-apiserver': new Set([
    'allow-privileged', 'anonymous-auth', 'enable-aggregator-routing', 'enable-bootstrap-token-auth', 'enable-garbage-collector',
    'enable-priority-and-fairness', 'encryption-provider-config-automatic-reload', 'insecure-skip-tls-verify', 'kubelet-https',
    'profiling', 'contention-profiling', 'service-account-extend-token-expiration', 'service-account-lookup', 'audit-log-compress', 'logtostderr',
  ]),
  'kube-controller-manager': new Set(['allocate-node-cidrs', 'leader-elect', 'profiling', 'contention-profiling', 'use-service-account-credentials', 'logtostderr']),
  'kube-scheduler': new Set(['leader-elect', 'profiling', 'contention-profiling', 'logtostderr']),
  etcd: new Set([
    'auto-tls', 'client-cert-auth', 'peer-auto-tls', 'peer-client-cert-auth', 'enable-v2', 'strict-reconfig-check', 'enable-pprof',
    'experimental-initial-corrupt-check', 'force-new-cluster',
  ]),
};

export function flagLifecycle(component: ControlPlaneComponentName, flag: string): FlagLifecycle | undefined {
  return FLAG_LIFECYCLE.find((row) => row.component === component && row.flag === flag);
}

export type FlagStatus = 'current' | 'deprecated' | 'removed' | 'not-yet-added';

function atOrAfter(target: K8sVersion, version: string | undefined): boolean {
  return version !== undefined && compareVersions(target, mustParse(version)) >= 0;
}

/** Whether the target release knows the flag; flags missing from the table count as current. */
export function flagStatus(component: ControlPlaneComponentName, flag: string, target: K8sVersion): FlagStatus {
  const row = flagLifecycle(component, flag);
  if (!row) return 'current';
  if (atOrAfter(target, row.removed)) return 'removed';
  if (row.added !== undefined && !atOrAfter(target, row.added)) return 'not-yet-added';
  if (atOrAfter(target, row.deprecated)) return 'deprecated';
  return 'current';
}

/** The value the component uses when the flag is not given, on the target release. */
export function flagDefault(component: ControlPlaneComponentName, flag: string, target: K8sVersion): string | undefined {
  const row = flagLifecycle(component, flag);
  if (!row?.defaults || flagStatus(component, flag, target) === 'removed') return undefined;
  let value: string | undefined;
  for (const d of row.defaults) if (atOrAfter(target, d.since)) value = d.value;
  return value;
}

/**
 * Admission plugins whose status changes across releases, with the release each fact starts to hold.
 */
export interface AdmissionPluginFact {
  readonly plugin: string;
  /** First release that has the plugin. */
  readonly added?: string;
  /** First release where the plugin is on without being listed in --enable-admission-plugins. */
  readonly defaultOnSince?: string;
  /** First release whose apiserver refuses the plugin name. */
  readonly removed?: string;
  /** What to use instead of a removed plugin, as a phrase completing "Remove it: …". */
  readonly replacement?: string;
  readonly source: string;
}

export const ADMISSION_PLUGINS: readonly AdmissionPluginFact[] = [
  { plugin: 'AlwaysAdmit', source: 'kubernetes.io admission-controllers (deprecated since 1.13, never default); CIS Kubernetes 1.2.x' },
  {
    plugin: 'DenyEscalatingExec', removed: '1.21',
    replacement: 'restrict exec into privileged pods with RBAC (pods/exec) and keep such pods out with Pod Security Admission or PodSecurityPolicy',
    source: `${K8S} PR #98669 ("DenyEscalatingExec and DenyExecOnPrivileged admission plugins, deprecated since v1.14, have been removed", 1.21)`,
  },
  {
    plugin: 'DenyExecOnPrivileged', removed: '1.21',
    replacement: 'restrict exec into privileged pods with RBAC (pods/exec) and keep such pods out with Pod Security Admission or PodSecurityPolicy',
    source: `${K8S} PR #98669 (removed in 1.21, with DenyEscalatingExec)`,
  },
  { plugin: 'NodeRestriction', source: 'kubernetes.io admission-controllers (not in the default set; kubeadm enables it)' },
  {
    plugin: 'PodPreset', removed: '1.20', replacement: 'inject pod defaults with a mutating admission webhook',
    source: `${K8S} PR #94090 ("The v1alpha1 PodPreset API and admission plugin has been removed", 1.20); rancher/rancher#33252 (1.20: plugin "PodPreset" is unknown)`,
  },
  {
    plugin: 'PodSecurity', added: '1.22', defaultOnSince: '1.23',
    source: 'kubernetes.io pod-security-admission (beta and on by default in 1.23, GA 1.25); k8s-versions.md §8.1',
  },
  {
    plugin: 'PodSecurityPolicy', removed: '1.25', replacement: 'enforce the Pod Security Standards with the PodSecurity plugin and namespace labels',
    source: `${K8S} PR #109798 (PodSecurityPolicy admission plugin removed in 1.25)`,
  },
  {
    plugin: 'SecurityContextDeny', removed: '1.30', replacement: 'enforce the Pod Security Standards with the PodSecurity plugin and namespace labels',
    source: `${K8S} PR #122612 (removed in 1.30)`,
  },
];

export function admissionPlugin(plugin: string): AdmissionPluginFact | undefined {
  return ADMISSION_PLUGINS.find((p) => p.plugin === plugin);
}

/** True when the plugin runs on the target without being listed. */
export function isDefaultAdmissionPlugin(plugin: string, target: K8sVersion): boolean {
  return atOrAfter(target, admissionPlugin(plugin)?.defaultOnSince);
}

/** True when the target apiserver has the plugin (listed or not). */
export function hasAdmissionPlugin(plugin: string, target: K8sVersion): boolean {
  const fact = admissionPlugin(plugin);
  if (!fact) return true;
  return (fact.added === undefined || atOrAfter(target, fact.added)) && !atOrAfter(target, fact.removed);
}

/** True when the target apiserver no longer knows the plugin. */
export function isRemovedAdmissionPlugin(plugin: string, target: K8sVersion): boolean {
  return atOrAfter(target, admissionPlugin(plugin)?.removed);
}

/** True when the target release has the flag and, if it needs a feature gate, that gate is on by default there. */
export function isFlagUsableByDefault(component: ControlPlaneComponentName, flag: string, target: K8sVersion): boolean {
  const status = flagStatus(component, flag, target);
  if (status === 'removed' || status === 'not-yet-added') return false;
  const gate = flagLifecycle(component, flag)?.gate;
  return gate === undefined || atOrAfter(target, gate.onByDefaultSince);
}
