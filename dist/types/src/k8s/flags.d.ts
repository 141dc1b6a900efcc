/**
 * Command-line flags of the control-plane components that pci-lint's rules read: when each flag appeared,
 * was deprecated and was removed, and its default where the default changed between releases. Versions
 * are Kubernetes minors (for etcd, the Kubernetes minor whose kubeadm ships that etcd). Every row names
 * its source; facts come from ../shared/k8s-versions.md sections 1-4 and 12, checked upstream where a rule
 * fails hard on them.
 */
import { type K8sVersion } from './versions.js';
export type ControlPlaneComponentName = 'kube-apiserver' | 'kube-controller-manager' | 'kube-scheduler' | 'etcd';
export declare const CONTROL_PLANE_COMPONENTS: readonly ControlPlaneComponentName[];
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
    readonly gate?: {
        readonly name: string;
        readonly onByDefaultSince: string;
    };
    /**
     * Set when the component ignores the flag once `--config` names a configuration file: the file's `field`
     * decides instead, with `defaultValue` when the file leaves it out.
     */
    readonly ignoredWithConfig?: {
        readonly field: string;
        readonly defaultValue: string;
    };
    readonly source: string;
}
/** Sorted by component, then flag. A test keeps the table sorted and its versions consistent. */
export declare const FLAG_LIFECYCLE: readonly FlagLifecycle[];
/**
 * Flags that take no value: pflag (and Go's flag package, used by etcd) never let a boolean flag consume
 * the next argument, so `--profiling false` is `--profiling` plus a stray `false`.
 */
/**
 * The kubelet's boolean flags that bear on its security settings (`--flag` alone means true, and the next
 * word is not its value): kubernetes/kubernetes cmd/kubelet/app/options/options.go (BoolVar) and the
 * KubeletConfiguration flags of the same file (`--anonymous-auth`, `--authentication-token-webhook`, ...).
 */
export declare const KUBELET_BOOLEAN_FLAGS: ReadonlySet<string>;
export declare const BOOLEAN_FLAGS: Readonly<Record<ControlPlaneComponentName, ReadonlySet<string>>>;
export declare function flagLifecycle(component: ControlPlaneComponentName, flag: string): FlagLifecycle | undefined;
export type FlagStatus = 'current' | 'deprecated' | 'removed' | 'not-yet-added';
/** Whether the target release knows the flag; flags missing from the table count as current. */
export declare function flagStatus(component: ControlPlaneComponentName, flag: string, target: K8sVersion): FlagStatus;
/** The value the component uses when the flag is not given, on the target release. */
export declare function flagDefault(component: ControlPlaneComponentName, flag: string, target: K8sVersion): string | undefined;
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
export declare const ADMISSION_PLUGINS: readonly AdmissionPluginFact[];
export declare function admissionPlugin(plugin: string): AdmissionPluginFact | undefined;
/** True when the plugin runs on the target without being listed. */
export declare function isDefaultAdmissionPlugin(plugin: string, target: K8sVersion): boolean;
/** True when the target apiserver has the plugin (listed or not). */
export declare function hasAdmissionPlugin(plugin: string, target: K8sVersion): boolean;
/** True when the target apiserver no longer knows the plugin. */
export declare function isRemovedAdmissionPlugin(plugin: string, target: K8sVersion): boolean;
/** True when the target release has the flag and, if it needs a feature gate, that gate is on by default there. */
export declare function isFlagUsableByDefault(component: ControlPlaneComponentName, flag: string, target: K8sVersion): boolean;
