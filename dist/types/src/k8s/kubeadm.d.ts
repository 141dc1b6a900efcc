/**
 * The flags kubeadm writes into the control-plane static pods before it applies a ClusterConfiguration's
 * `extraArgs` (an extraArg with the same name replaces the default). Only flags that pci-lint's rules read
 * are listed. Source for every row unless noted: kubernetes/kubernetes cmd/kubeadm/app/phases/controlplane/manifests.go
 * (getAPIServerCommand, getControllerManagerCommand, getSchedulerCommand) and cmd/kubeadm/app/phases/etcd/local.go.
 */
import type { ControlPlaneComponentName } from './flags.js';
export interface KubeadmDefaultFlag {
    readonly component: ControlPlaneComponentName;
    readonly flag: string;
    readonly value: string;
    /** First Kubernetes minor whose kubeadm writes the flag; absent = every supported release. */
    readonly since?: string;
    /** First minor whose kubeadm no longer writes it. */
    readonly until?: string;
    /**
     * Written only for kubeadm's local (stacked) etcd; with `etcd.external` kubeadm takes the value from that
     * field of the external configuration instead, and writes nothing when it is empty.
     */
    readonly localEtcd?: {
        readonly externalField: string;
    };
    readonly source: string;
}
export declare const KUBEADM_DEFAULT_FLAGS: readonly KubeadmDefaultFlag[];
