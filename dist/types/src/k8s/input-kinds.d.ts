export declare const INPUT_KINDS: {
    readonly workload: {
        readonly label: "workloads (Pods and pod templates of Deployments, DaemonSets, StatefulSets, Jobs…)";
        readonly supply: "the rendered workload manifests (helm template / kustomize build output)";
    };
    readonly namespace: {
        readonly label: "Namespace objects";
        readonly supply: "the Namespace manifests of the cluster";
    };
    readonly service: {
        readonly label: "Service objects";
        readonly supply: "the Service manifests";
    };
    readonly 'network-policy': {
        readonly label: "NetworkPolicy objects";
        readonly supply: "the NetworkPolicy manifests (kubectl get networkpolicies -A -o yaml)";
    };
    readonly ingress: {
        readonly label: "Ingress and Gateway API routes";
        readonly supply: "the Ingress / HTTPRoute manifests";
    };
    readonly 'rbac-role': {
        readonly label: "RBAC Roles and ClusterRoles";
        readonly supply: "the Role and ClusterRole manifests (kubectl get roles,clusterroles -A -o yaml)";
    };
    readonly 'rbac-binding': {
        readonly label: "RBAC RoleBindings and ClusterRoleBindings";
        readonly supply: "the RoleBinding and ClusterRoleBinding manifests (kubectl get rolebindings,clusterrolebindings -A -o yaml)";
    };
    readonly 'service-account': {
        readonly label: "ServiceAccount objects";
        readonly supply: "the ServiceAccount manifests";
    };
    readonly secret: {
        readonly label: "Secret objects";
        readonly supply: "the Secret manifests (with values redacted if need be)";
    };
    readonly configmap: {
        readonly label: "ConfigMap objects";
        readonly supply: "the ConfigMap manifests";
    };
    readonly csr: {
        readonly label: "CertificateSigningRequest objects";
        readonly supply: "the CertificateSigningRequest manifests";
    };
    readonly 'kube-apiserver': {
        readonly label: "the kube-apiserver configuration";
        readonly supply: "the kube-apiserver static pod manifest (/etc/kubernetes/manifests/kube-apiserver.yaml) or the kubeadm ClusterConfiguration";
    };
    readonly 'kube-controller-manager': {
        readonly label: "the kube-controller-manager configuration";
        readonly supply: "the kube-controller-manager static pod manifest or the kubeadm ClusterConfiguration";
    };
    readonly 'kube-scheduler': {
        readonly label: "the kube-scheduler configuration";
        readonly supply: "the kube-scheduler static pod manifest or the kubeadm ClusterConfiguration, and the KubeSchedulerConfiguration its --config names";
    };
    readonly etcd: {
        readonly label: "the etcd configuration";
        readonly supply: "the etcd static pod manifest (/etc/kubernetes/manifests/etcd.yaml) or the kubeadm ClusterConfiguration";
    };
    readonly 'kubelet-config': {
        readonly label: "kubelet configuration (KubeletConfiguration, kubeadm Init/JoinConfiguration, a kubelet run by a container)";
        readonly supply: "the KubeletConfiguration of each node pool (/var/lib/kubelet/config.yaml)";
    };
    readonly 'audit-policy': {
        readonly label: "the audit Policy (audit.k8s.io)";
        readonly supply: "the file --audit-policy-file names";
    };
    readonly 'admission-config': {
        readonly label: "the admission configuration (AdmissionConfiguration, PodSecurityConfiguration)";
        readonly supply: "the file --admission-control-config-file names, and the plugin configuration files it points to";
    };
    readonly 'encryption-config': {
        readonly label: "the EncryptionConfiguration (apiserver.config.k8s.io)";
        readonly supply: "the file --encryption-provider-config names";
    };
    readonly 'image-policy': {
        readonly label: "image signature policies (Kyverno verifyImages and ImageValidatingPolicy, Sigstore ClusterImagePolicy, Ratify Verifier and its RatifyVerification constraint)";
        readonly supply: "the admission policies of the cluster (kubectl get clusterpolicies,policies,clusterimagepolicies -A -o yaml)";
    };
    readonly kubeconfig: {
        readonly label: "kubeconfig files (apiVersion: v1, kind: Config)";
        readonly supply: "the kubeconfig files kept in the repository (admin.conf, CI kubeconfigs)";
    };
    readonly 'any-object': {
        readonly label: "Kubernetes objects of any kind";
        readonly supply: "the manifests deployed to the cluster";
    };
    readonly 'cluster-version': {
        readonly label: "the cluster's Kubernetes version";
        readonly supply: "--k8s-version (or `k8sVersion:` in .pci-lint.yaml), or a kubeadm ClusterConfiguration / control-plane manifest that states it";
    };
};
export type InputKind = keyof typeof INPUT_KINDS;
export declare const INPUT_KIND_NAMES: InputKind[];
export declare function isInputKind(value: string): value is InputKind;
/** The control-plane components, as input kinds. */
export declare const CONTROL_PLANE_INPUTS: readonly ["kube-apiserver", "kube-controller-manager", "kube-scheduler", "etcd"];
/**
 * The input kinds one object is, from its apiVersion and kind alone (control-plane components are added by
 * the caller, which knows the model). `any-object` is every object.
 */
export declare function inputKindsOfObject(apiVersion: string, kind: string): InputKind[];
