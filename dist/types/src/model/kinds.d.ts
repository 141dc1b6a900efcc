import type { DaemonSet, Deployment, ReplicaSet, StatefulSet } from 'kubernetes-types/apps/v1.js';
import type { CronJob, Job } from 'kubernetes-types/batch/v1.js';
import type { CertificateSigningRequest } from 'kubernetes-types/certificates/v1.js';
import type { ConfigMap, LimitRange, Namespace, Pod, PodTemplate, ReplicationController, ResourceQuota, Secret, Service, ServiceAccount } from 'kubernetes-types/core/v1.js';
import type { Ingress, NetworkPolicy } from 'kubernetes-types/networking/v1.js';
import type { RuntimeClass } from 'kubernetes-types/node/v1.js';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1.js';
import type { ClusterRole, ClusterRoleBinding, Role, RoleBinding } from 'kubernetes-types/rbac/v1.js';
import type { AuditPolicy, AuthenticationConfiguration, AuthorizationConfiguration, EncryptionConfiguration, KubeadmClusterConfiguration, KubeadmNodeConfiguration, KubeletConfiguration, KubeSchedulerConfiguration } from './config-kinds.js';
/**
 * The value type of each kind a rule can visit by name. Objects are typed by their newest stable API
 * version; rules that care about older versions check `resource.apiVersion`. Kinds not listed here
 * (custom resources, config kinds added by later packs) are visited through the `Resource` visitor.
 */
export interface KindTypes {
    AuthenticationConfiguration: AuthenticationConfiguration;
    AuthorizationConfiguration: AuthorizationConfiguration;
    CertificateSigningRequest: CertificateSigningRequest;
    ClusterRole: ClusterRole;
    ClusterRoleBinding: ClusterRoleBinding;
    ClusterConfiguration: KubeadmClusterConfiguration;
    ConfigMap: ConfigMap;
    CronJob: CronJob;
    DaemonSet: DaemonSet;
    Deployment: Deployment;
    EncryptionConfiguration: EncryptionConfiguration;
    Ingress: Ingress;
    InitConfiguration: KubeadmNodeConfiguration;
    Job: Job;
    JoinConfiguration: KubeadmNodeConfiguration;
    KubeletConfiguration: KubeletConfiguration;
    KubeSchedulerConfiguration: KubeSchedulerConfiguration;
    LimitRange: LimitRange;
    Namespace: Namespace;
    NetworkPolicy: NetworkPolicy;
    Pod: Pod;
    PodDisruptionBudget: PodDisruptionBudget;
    PodTemplate: PodTemplate;
    /** The audit policy (audit.k8s.io); `Policy` of any other group is not visited by this name. */
    Policy: AuditPolicy;
    ReplicaSet: ReplicaSet;
    ReplicationController: ReplicationController;
    ResourceQuota: ResourceQuota;
    Role: Role;
    RoleBinding: RoleBinding;
    RuntimeClass: RuntimeClass;
    Secret: Secret;
    Service: Service;
    ServiceAccount: ServiceAccount;
    StatefulSet: StatefulSet;
}
export type KnownKind = keyof KindTypes;
/**
 * The API groups (`''` is the core group) whose objects each kind's visitor receives: the group of the
 * type above plus older groups that served the same kind. A custom resource that reuses a built-in kind
 * name (Knative's `serving.knative.dev` Service) is visited through the `Resource` visitor only.
 */
export declare const KIND_GROUPS: Readonly<Record<KnownKind, readonly string[]>>;
/** True when an object of this kind and API group is the built-in kind a visitor of that name expects. */
export declare function isKnownKind(kind: string, group: string): kind is KnownKind;
