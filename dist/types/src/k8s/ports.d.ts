/**
 * Well-known administrative ports of Kubernetes components: APIs that control the cluster or a node and
 * must never be reachable from outside the cluster network (PCI DSS container guidance 4.2).
 */
/** A control-plane, node or dashboard component whose API is administrative. */
export type AdminComponent = 'kube-apiserver' | 'kubelet' | 'etcd' | 'kube-controller-manager' | 'kube-scheduler' | 'kubernetes-dashboard';
export interface AdminPort {
    readonly port: number;
    readonly component: AdminComponent;
    /** What listens there, for messages: `the kubelet API`. */
    readonly description: string;
    /**
     * `port`: the number alone identifies the component (nothing else conventionally listens there).
     * `component`: the number is common (443, 8443, 9090); it counts only when the backend is known to be
     * the component (see {@link ADMIN_COMPONENT_MARKERS}).
     */
    readonly identifiedBy: 'port' | 'component';
    readonly source: string;
}
export declare const ADMIN_PORTS: readonly AdminPort[];
/** How a workload is recognised as a component: a label value, or a fragment of a container image name. */
export interface ComponentMarkers {
    readonly labels: readonly (readonly [key: string, value: string])[];
    /** Matched against the image repository path (registry and tag stripped), as a whole path segment. */
    readonly images: readonly string[];
}
export declare const ADMIN_COMPONENT_MARKERS: Readonly<Record<AdminComponent, ComponentMarkers>>;
/** The admin port entries a port number stands for, given the components the backend is known to be. */
export declare function adminPortsFor(port: number, components: readonly AdminComponent[]): AdminPort[];
