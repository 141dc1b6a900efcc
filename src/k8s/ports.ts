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

const PORTS_DOC = 'https://kubernetes.io/docs/reference/networking/ports-and-protocols/';
const PORTS_GO = 'kubernetes/kubernetes pkg/cluster/ports/ports.go (v1.20.13)';

export const ADMIN_PORTS: readonly AdminPort[] = [
  { port: 6443, component: 'kube-apiserver', description: 'the Kubernetes API server', identifiedBy: 'port', source: `${PORTS_DOC} (kube-apiserver --secure-port default, kubeadm)` },
  { port: 443, component: 'kube-apiserver', description: 'the Kubernetes API server', identifiedBy: 'component', source: 'the in-cluster `kubernetes` Service serves the API server on 443; managed control planes listen there' },
  { port: 10250, component: 'kubelet', description: 'the kubelet API', identifiedBy: 'port', source: `${PORTS_DOC}; ${PORTS_GO} KubeletPort` },
  { port: 10255, component: 'kubelet', description: 'the unauthenticated read-only kubelet API', identifiedBy: 'port', source: `${PORTS_GO} KubeletReadOnlyPort` },
  { port: 2379, component: 'etcd', description: 'the etcd client API', identifiedBy: 'port', source: `${PORTS_DOC} (2379-2380 etcd server client API)` },
  { port: 2380, component: 'etcd', description: 'the etcd peer API', identifiedBy: 'port', source: `${PORTS_DOC} (2379-2380 etcd server client API)` },
  { port: 10257, component: 'kube-controller-manager', description: 'the kube-controller-manager secure port', identifiedBy: 'port', source: `${PORTS_DOC}; ${PORTS_GO} KubeControllerManagerPort` },
  { port: 10252, component: 'kube-controller-manager', description: 'the insecure kube-controller-manager port (served before 1.22)', identifiedBy: 'port', source: `${PORTS_GO} InsecureKubeControllerManagerPort` },
  { port: 10259, component: 'kube-scheduler', description: 'the kube-scheduler secure port', identifiedBy: 'port', source: `${PORTS_DOC} (kube-scheduler 10259)` },
  { port: 10251, component: 'kube-scheduler', description: 'the insecure kube-scheduler port (served before 1.23)', identifiedBy: 'port', source: `${PORTS_GO} v0.14 SchedulerPort; removed with insecure serving (kubernetes/kubernetes#105034)` },
  { port: 8443, component: 'kubernetes-dashboard', description: 'the Kubernetes Dashboard', identifiedBy: 'component', source: 'kubernetes/dashboard aio/deploy/recommended.yaml (containerPort 8443)' },
  { port: 9090, component: 'kubernetes-dashboard', description: 'the Kubernetes Dashboard over plain HTTP', identifiedBy: 'component', source: 'kubernetes/dashboard alternative setup (--insecure-port=9090)' },
];

/** How a workload is recognised as a component: a label value, or a fragment of a container image name. */
export interface ComponentMarkers {
  readonly labels: readonly (readonly [key: string, value: string])[];
  /** Matched against the image repository path (registry and tag stripped), as a whole path segment. */
  readonly images: readonly string[];
}

export const ADMIN_COMPONENT_MARKERS: Readonly<Record<AdminComponent, ComponentMarkers>> = {
  // kubeadm static pods carry `component: <name>` and `tier: control-plane` (kubeadm staticpod utils).
  'kube-apiserver': { labels: [['component', 'kube-apiserver']], images: ['kube-apiserver'] },
  kubelet: { labels: [], images: [] },
  etcd: { labels: [['component', 'etcd']], images: ['etcd'] },
  'kube-controller-manager': { labels: [['component', 'kube-controller-manager']], images: ['kube-controller-manager'] },
  'kube-scheduler': { labels: [['component', 'kube-scheduler']], images: ['kube-scheduler'] },
  // kubernetes/dashboard recommended.yaml labels everything `k8s-app: kubernetes-dashboard`; the Helm chart
  // (v7) uses app.kubernetes.io/name.
  'kubernetes-dashboard': {
    labels: [
      ['k8s-app', 'kubernetes-dashboard'],
      ['app.kubernetes.io/name', 'kubernetes-dashboard'],
    ],
    images: ['kubernetesui/dashboard', 'kubernetesui/dashboard-web', 'kubernetesui/dashboard-api'],
  },
};

/** The admin port entries a port number stands for, given the components the backend is known to be. */
export function adminPortsFor(port: number, components: readonly AdminComponent[]): AdminPort[] {
  return ADMIN_PORTS.filter((p) => p.port === port && (p.identifiedBy === 'port' || components.includes(p.component)));
}
