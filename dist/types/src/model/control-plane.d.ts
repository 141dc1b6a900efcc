/**
 * The control-plane components a manifest configures, with their command-line flags: from static pods
 * (kubeadm's /etc/kubernetes/manifests layout) and from kubeadm ClusterConfiguration `extraArgs`.
 * Every flag keeps the path of the YAML scalar it came from, so a report lands on the `- --flag=value` line.
 */
import type { Container } from 'kubernetes-types/core/v1.js';
import { type ControlPlaneComponentName } from '../k8s/flags.js';
import { type K8sVersion } from '../k8s/versions.js';
import type { Path } from '../load/positions.js';
import { type Located, type Resource } from './resource.js';
export type { ControlPlaneComponentName } from '../k8s/flags.js';
/** Where a component's flags come from. */
export type ControlPlaneSource = 'static-pod' | 'self-hosted' | 'kubeadm';
/** One occurrence of a flag. */
export interface ControlPlaneFlag extends Located<string> {
    /** Name without leading dashes. */
    readonly name: string;
    /** The value; `true` for a boolean flag written without one. */
    readonly value: string;
    /** Path of the scalar or entry that names the flag (`- --flag=value`, `flag: value`, `- name: flag`). */
    readonly path: Path;
    /** Path of the value when it is a separate scalar (`--flag value`, kubeadm maps and lists). */
    readonly valuePath: Path;
    /** Set for flags kubeadm writes itself when the ClusterConfiguration does not override them. */
    readonly kubeadmDefault?: true;
}
/** Splits a comma-separated flag value into its trimmed, non-empty items. */
export declare function listValue(value: string): string[];
/** A control-plane component as configured by one static pod container or one kubeadm config section. */
export declare class ControlPlaneNode implements Located<readonly ControlPlaneFlag[]> {
    readonly component: ControlPlaneComponentName;
    readonly source: ControlPlaneSource;
    /** Every flag occurrence, in order (kubeadm defaults first, then what the file gives). */
    readonly value: readonly ControlPlaneFlag[];
    /** The container, or the kubeadm section (`apiServer`, `etcd.local`). */
    readonly path: Path;
    /** Where to report a flag that is absent: the `command`/`args` key, or the `extraArgs` key. */
    readonly missingAt: Path;
    readonly resource: Resource;
    constructor(component: ControlPlaneComponentName, source: ControlPlaneSource, 
    /** Every flag occurrence, in order (kubeadm defaults first, then what the file gives). */
    value: readonly ControlPlaneFlag[], 
    /** The container, or the kubeadm section (`apiServer`, `etcd.local`). */
    path: Path, 
    /** Where to report a flag that is absent: the `command`/`args` key, or the `extraArgs` key. */
    missingAt: Path, resource: Resource);
    get flags(): readonly ControlPlaneFlag[];
    /** The effective occurrence of a flag: the last one, as pflag lets later values win. */
    flag(name: string): ControlPlaneFlag | undefined;
    /** Every occurrence of a flag, for flags that may repeat (`--service-account-key-file`). */
    all(name: string): ControlPlaneFlag[];
    /** The items of a comma-separated flag, empty when absent. */
    list(name: string): string[];
}
interface Token {
    readonly text: string;
    readonly path: Path;
}
/** Parses `--a=b`, `--a b`, `--bool` and `-a=b` tokens; anything that is not a flag is skipped. */
export declare function parseFlagTokens(component: ControlPlaneComponentName, tokens: readonly Token[]): ControlPlaneFlag[];
/**
 * Where a container's flags start: `skip` command items are the binary (and a hyperkube or wrapper prefix);
 * `script` is set for `sh -c "exec kube-apiserver --flag …"`, whose words are the flags.
 */
interface ComponentStart {
    readonly component: ControlPlaneComponentName;
    readonly skip: number;
    readonly script?: {
        readonly index: number;
        readonly words: readonly string[];
    };
}
/** Which component a container runs: by its command, then its image name, then its container name. */
export declare function componentOfContainer(container: Container): ComponentStart | undefined;
/** The control-plane components of a static pod (a core-group Pod). */
export declare function staticPodComponents(resource: Resource): ControlPlaneNode[];
/**
 * The control-plane components of a self-hosted control plane: kube-apiserver, kube-controller-manager or
 * kube-scheduler run by an apps/v1 workload. An etcd workload counts only where the control plane's own
 * would be (in kube-system, or labelled `tier: control-plane`): applications run etcd for their own data too.
 */
export declare function selfHostedComponents(resource: Resource): ControlPlaneNode[];
/**
 * A control-plane static pod as kubeadm and most installers lay it out: a Pod running kube-apiserver,
 * kube-controller-manager, kube-scheduler or etcd in kube-system (or labelled `tier: control-plane`).
 * Its settings are checked by the control-plane rules; workload rules do not visit it.
 */
export declare function isControlPlaneStaticPod(resource: Resource): boolean;
/**
 * A control-plane static pod, or a workload of a self-hosted control plane: its settings are checked by the
 * control-plane rules, and workload rules do not visit it (it needs host access by design). Only a pod
 * where the control plane runs (kube-system, or labelled `tier: control-plane`) that runs nothing but
 * components and asks for nothing more than they need (onlyControlPlane) counts: a container named
 * kube-scheduler beside a privileged one, or a scheduler Deployment in an application's namespace, is a
 * workload, and every container of it is checked.
 */
export declare function isControlPlanePod(resource: Resource): boolean;
/** Reads `extraArgs` in the v1beta3 map form or the v1beta4 list-of-{name,value} form. */
export declare function extraArgsFlags(extraArgs: unknown, base: Path): ControlPlaneFlag[];
/** True for a kubeadm ClusterConfiguration of any API version. */
export declare function isKubeadmClusterConfiguration(resource: Resource): boolean;
/**
 * The components a kubeadm ClusterConfiguration configures, with kubeadm's own flags (for the target
 * release) under the file's `extraArgs`. An external etcd is not kubeadm's to configure and is skipped.
 */
export declare function kubeadmComponents(resource: Resource, target: K8sVersion): ControlPlaneNode[];
/** Every control-plane component a resource configures (static pod, self-hosted workload or kubeadm ClusterConfiguration). */
export declare function controlPlaneComponentsOf(resource: Resource, target: K8sVersion): ControlPlaneNode[];
/** Parses a Go duration (`8760h`, `1h30m`, `90s`) into seconds; undefined when it is not one. */
export declare function parseGoDuration(text: string): number | undefined;
/**
 * The kubelet flags a kubeadm InitConfiguration or JoinConfiguration passes in `nodeRegistration.kubeletExtraArgs`.
 * They override the node's KubeletConfiguration file, and are reported at their own entry.
 */
export declare function kubeletExtraArgs(resource: Resource): ControlPlaneFlag[];
/**
 * The flags of a kubelet that a container runs (a self-hosted or containerised kubelet: `kubelet --flag…`,
 * hyperkube's `hyperkube kubelet --flag…`, or a kubelet image given only `args`), each with the path of its
 * entry; undefined when the container does not run the kubelet. Like kubeadm's kubeletExtraArgs, a flag
 * written here beats the kubelet's config file, and a flag left out is decided by that file.
 */
export declare function kubeletContainerFlags(container: Container, path: Path): ControlPlaneFlag[] | undefined;
/**
 * True when a kubelet run by a container has no configuration file to read: its flags name no `--config`
 * and no `--config-dir`, and no entry of its command or args hides flags behind a `$(VAR)` reference. Such
 * a kubelet runs on its flags and the command-line defaults (cmd/kubelet/app/options NewKubeletConfiguration:
 * no client CA, bearer-token webhook off, a self-signed serving certificate), so a flag left out is that
 * default rather than a setting of a file the input does not show.
 */
export declare function kubeletReadsFlagsOnly(container: Container, flags: readonly ControlPlaneFlag[]): boolean;
/** The effective (last) occurrence of a flag in a list of flags. */
export declare function lastFlag(flags: readonly ControlPlaneFlag[], name: string): ControlPlaneFlag | undefined;
/** The `--feature-gates=A=true,B=false` settings of a component (later entries win). */
export declare function featureGates(node: ControlPlaneNode): ReadonlyMap<string, boolean>;
/**
 * The flag's occurrence when it takes effect on the target: the release knows it and, for a gated flag, the
 * gate is on (by default there, or through --feature-gates). Undefined when absent or not in effect.
 */
export declare function effectiveFlag(node: ControlPlaneNode, name: string, target: K8sVersion): ControlPlaneFlag | undefined;
