import type { DaemonSet, Deployment, ReplicaSet, StatefulSet } from 'kubernetes-types/apps/v1.js';
import type { CronJob, Job } from 'kubernetes-types/batch/v1.js';
import type { CertificateSigningRequest } from 'kubernetes-types/certificates/v1.js';
import type {
  ConfigMap,
  LimitRange,
  Namespace,
  Pod,
  PodTemplate,
  ReplicationController,
  ResourceQuota,
  Secret,
  Service,
  ServiceAccount,
} from 'kubernetes-types/core/v1.js';
import type { Ingress, NetworkPolicy } from 'kubernetes-types/networking/v1.js';
import type { RuntimeClass } from 'kubernetes-types/node/v1.js';
import type { PodDisruptionBudget } from 'kubernetes-types/policy/v1.js';
import type { ClusterRole, ClusterRoleBinding, Role, RoleBinding } from 'kubernetes-types/rbac/v1.js';

/**
 * The value type of each kind a rule can visit by name. Objects are typed by their newest stable API
 * version; rules that care about older versions check `resource.apiVersion`. Kinds not listed here
 * (custom resources, config kinds added by later packs) are visited through the `Resource` visitor.
 */
export interface KindTypes {
  CertificateSigningRequest: CertificateSigningRequest;
  ClusterRole: ClusterRole;
  ClusterRoleBinding: ClusterRoleBinding;
  ConfigMap: ConfigMap;
  CronJob: CronJob;
  DaemonSet: DaemonSet;
  Deployment: Deployment;
  Ingress: Ingress;
  Job: Job;
  LimitRange: LimitRange;
  Namespace: Namespace;
  NetworkPolicy: NetworkPolicy;
  Pod: Pod;
  PodDisruptionBudget: PodDisruptionBudget;
  PodTemplate: PodTemplate;
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
