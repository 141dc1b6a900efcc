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
export const SANDBOX_HANDLER_CONVENTIONS: readonly HandlerConvention[] = [
  // gVisor's containerd shim is registered as runtime `runsc` (runtime_type io.containerd.runsc.v1).
  { glob: 'runsc', runtime: 'gVisor', source: 'https://gvisor.dev/docs/user_guide/containerd/quick_start/' },
  // GKE Sandbox ships RuntimeClass `gvisor` whose handler is `gvisor` [mem: not re-read this session].
  { glob: 'gvisor', runtime: 'gVisor (GKE Sandbox)', source: 'https://cloud.google.com/kubernetes-engine/docs/how-to/sandbox-pods' },
  // Kata Containers: `kata`, and per-hypervisor handlers installed by kata-deploy (kata-qemu, kata-clh, kata-fc, ...)
  // (../shared/k8s-versions.md section 11; the per-hypervisor names are [mem]).
  { glob: 'kata', runtime: 'Kata Containers', source: 'https://github.com/kata-containers/kata-containers/tree/main/tools/packaging/kata-deploy' },
  { glob: 'kata-*', runtime: 'Kata Containers', source: 'https://github.com/kata-containers/kata-containers/tree/main/tools/packaging/kata-deploy' },
  // firecracker-containerd: the runtime name is chosen by the operator; `firecracker` is a common choice [mem: convention].
  { glob: 'firecracker', runtime: 'Firecracker', source: 'https://github.com/firecracker-microvm/firecracker-containerd' },
];

/**
 * The alpha pod annotation that once asked for Hyper-V isolation of a Windows pod (kubelet gate
 * `HyperVContainer`, dockershim only). Added 1.10 (kubernetes/kubernetes#58751), deprecated 1.20 (#95505),
 * removed 1.21 (#97141): from 1.21 the kubelet ignores it. No replacement API exists; Hyper-V isolation
 * is only available through a node-configured RuntimeClass handler (../shared/k8s-versions.md section 11).
 */
export const HYPERV_ISOLATION_ANNOTATION = {
  key: 'experimental.windows.kubernetes.io/isolation-type',
  value: 'hyperv',
  removedIn: '1.21',
} as const;
