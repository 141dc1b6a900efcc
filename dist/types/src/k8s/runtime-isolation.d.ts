/**
 * Facts about container runtime isolation: sandbox RuntimeClass handler names and Windows isolation.
 * Handler names are not Kubernetes API: they are whatever the node's CRI configuration defines
 * (containerd `plugins."io.containerd.grpc.v1.cri".containerd.runtimes.<handler>`, CRI-O
 * `[crio.runtime.runtimes.<handler>]`). The defaults below are the names the projects document.
 */
/** A handler name glob (`*` = any characters) with where the convention comes from. */
export interface HandlerConvention {
    readonly glob: string;
    readonly runtime: string;
    readonly source: string;
}
/** Conventional sandbox (user-space kernel or micro-VM) handler names, the default of `sandboxed-runtime`. */
export declare const SANDBOX_HANDLER_CONVENTIONS: readonly HandlerConvention[];
/**
 * The alpha pod annotation that once asked for Hyper-V isolation of a Windows pod (kubelet gate
 * `HyperVContainer`, dockershim only). Added 1.10 (kubernetes/kubernetes#58751), deprecated 1.20 (#95505),
 * removed 1.21 (#97141): from 1.21 the kubelet ignores it. No replacement API exists; Hyper-V isolation
 * is only available through a node-configured RuntimeClass handler (../shared/k8s-versions.md section 11).
 */
export declare const HYPERV_ISOLATION_ANNOTATION: {
    readonly key: "experimental.windows.kubernetes.io/isolation-type";
    readonly value: "hyperv";
    readonly removedIn: "1.21";
};
