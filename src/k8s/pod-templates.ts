/**
 * Where each pod-bearing kind keeps its pod specs: the kind, the API groups that define it, and one path
 * pattern per pod spec it embeds (a Pod's `spec`, a controller's `spec.template.spec`, a custom resource's
 * several templates). A segment of a pattern is a field name, `EACH` (every element of a list: RayCluster's
 * worker groups, JobSet's replicated jobs) or `EVERY` (every value of a map: Kubeflow's replica specs keyed
 * by replica type). Each row of a custom resource names its source: repository, commit, the types file and
 * the Go field that is a corev1.PodTemplateSpec (or the PodSpec itself).
 */

/** A pattern segment that stands for every element of a list. */
export const EACH = '[*]';
/** A pattern segment that stands for every value of a map. */
export const EVERY = '{*}';

export type PodSpecPattern = readonly string[];

export interface PodTemplateKind {
  readonly kind: string;
  readonly groups: readonly string[];
  /** Where its pod specs sit, in the order they are read (the document order of a conventional manifest). */
  readonly patterns: readonly PodSpecPattern[];
}

const T = ['template', 'spec'] as const;
/** A RayClusterSpec's pod templates (`prefix` is where the RayClusterSpec sits). */
const rayCluster = (...prefix: string[]): PodSpecPattern[] => [
  [...prefix, 'headGroupSpec', ...T],
  [...prefix, 'workerGroupSpecs', EACH, ...T],
];
/** A Kubeflow training job: `spec.<field>.<replica type>.template.spec`. */
const replicaSpecs = (field: string): PodSpecPattern[] => [['spec', field, EVERY, ...T]];

export const POD_TEMPLATE_KINDS: readonly PodTemplateKind[] = [
  { kind: 'Pod', groups: [''], patterns: [['spec']] },
  { kind: 'PodTemplate', groups: [''], patterns: [[...T]] },
  { kind: 'ReplicationController', groups: [''], patterns: [['spec', ...T]] },
  { kind: 'Deployment', groups: ['apps', 'extensions'], patterns: [['spec', ...T]] },
  { kind: 'StatefulSet', groups: ['apps'], patterns: [['spec', ...T]] },
  { kind: 'DaemonSet', groups: ['apps', 'extensions'], patterns: [['spec', ...T]] },
  { kind: 'ReplicaSet', groups: ['apps', 'extensions'], patterns: [['spec', ...T]] },
  { kind: 'Job', groups: ['batch'], patterns: [['spec', ...T]] },
  { kind: 'CronJob', groups: ['batch'], patterns: [['spec', 'jobTemplate', 'spec', ...T]] },
  // OpenShift's DeploymentConfig runs its pod template like a Deployment: apps.openshift.io/v1, and the
  // unprefixed legacy `v1` that OpenShift 3 served it under (openshift/api apps/v1 types.go; OpenShift 3.x
  // "Deployments and DeploymentConfigs" examples use `apiVersion: v1`).
  { kind: 'DeploymentConfig', groups: ['apps.openshift.io', ''], patterns: [['spec', ...T]] },
  // Argo Rollouts' Rollout replaces a Deployment and runs its pod template the same way (argoproj/argo-rollouts
  // 9f8d111d8f8e3e88b6d7f8bbdf62fd3cd863ef9d, pkg/apis/rollouts/v1alpha1/types.go: RolloutSpec.Template is a
  // corev1.PodTemplateSpec; group argoproj.io, pkg/apis/rollouts/register.go). One that names a Deployment by
  // workloadRef instead has no template: that Deployment's pod template is read where it is written.
  { kind: 'Rollout', groups: ['argoproj.io'], patterns: [['spec', ...T]] },

  // KubeRay, group ray.io (ray-project/kuberay feeaf72facab4881ba2b179248bb67315634e229,
  // ray-operator/apis/ray/v1/groupversion_info.go). raycluster_types.go: RayCluster.Spec is a RayClusterSpec,
  // whose HeadGroupSpec.Template (`headGroupSpec.template`) and WorkerGroupSpecs[].Template
  // (`workerGroupSpecs[].template`) are corev1.PodTemplateSpec. rayjob_types.go: RayJobSpec.RayClusterSpec
  // (`rayClusterSpec`) is a RayClusterSpec and SubmitterPodTemplate (`submitterPodTemplate`) a
  // corev1.PodTemplateSpec. rayservice_types.go: RayServiceSpec.RayClusterSpec is a RayClusterSpec under
  // `rayClusterConfig`. raycronjob_types.go: RayCronJobSpec.JobTemplate (`jobTemplate`) is a RayJobSpec.
  { kind: 'RayCluster', groups: ['ray.io'], patterns: rayCluster('spec') },
  { kind: 'RayJob', groups: ['ray.io'], patterns: [...rayCluster('spec', 'rayClusterSpec'), ['spec', 'submitterPodTemplate', 'spec']] },
  { kind: 'RayService', groups: ['ray.io'], patterns: rayCluster('spec', 'rayClusterConfig') },
  { kind: 'RayCronJob', groups: ['ray.io'], patterns: [...rayCluster('spec', 'jobTemplate', 'rayClusterSpec'), ['spec', 'jobTemplate', 'submitterPodTemplate', 'spec']] },

  // Kubeflow training-operator v1, group kubeflow.org (kubeflow/training-operator release-1.9
  // 078ec30ff26649a07d2e28893c332d4cef70e233, pkg/apis/kubeflow.org/v1/groupversion_info.go). Each job's
  // spec holds a map[ReplicaType]*ReplicaSpec (pytorch_types.go PyTorchJobSpec.PyTorchReplicaSpecs
  // `pytorchReplicaSpecs`, tensorflow_types.go TFJobSpec.TFReplicaSpecs `tfReplicaSpecs`, xgboost_types.go
  // XGBoostJobSpec.XGBReplicaSpecs `xgbReplicaSpecs`, paddlepaddle_types.go PaddleJobSpec.PaddleReplicaSpecs
  // `paddleReplicaSpecs`, jax_types.go JAXJobSpec.JAXReplicaSpecs `jaxReplicaSpecs`, mpi_types.go
  // MPIJobSpec.MPIReplicaSpecs `mpiReplicaSpecs`), and common_types.go ReplicaSpec.Template is a
  // v1.PodTemplateSpec. MPIJob v2beta1 (kubeflow/mpi-operator caa3c47fc42eb762635f78045ec0fcd1a89eb038,
  // pkg/apis/kubeflow/v2beta1/types.go: MPIJobSpec.MPIReplicaSpecs `mpiReplicaSpecs`, ReplicaSpec.Template a
  // v1.PodTemplateSpec; register.go GroupName kubeflow.org) has the same shape.
  { kind: 'PyTorchJob', groups: ['kubeflow.org'], patterns: replicaSpecs('pytorchReplicaSpecs') },
  { kind: 'TFJob', groups: ['kubeflow.org'], patterns: replicaSpecs('tfReplicaSpecs') },
  { kind: 'XGBoostJob', groups: ['kubeflow.org'], patterns: replicaSpecs('xgbReplicaSpecs') },
  { kind: 'PaddleJob', groups: ['kubeflow.org'], patterns: replicaSpecs('paddleReplicaSpecs') },
  { kind: 'JAXJob', groups: ['kubeflow.org'], patterns: replicaSpecs('jaxReplicaSpecs') },
  { kind: 'MPIJob', groups: ['kubeflow.org'], patterns: replicaSpecs('mpiReplicaSpecs') },

  // Knative Serving, group serving.knative.dev (knative/serving 98e5ef90aa7033797aa0a61ef97f3ff7e49a3944,
  // pkg/apis/serving/register.go). pkg/apis/serving/v1/revision_types.go: RevisionSpec embeds corev1.PodSpec
  // inline, so a Revision's `spec` is its pod spec, and RevisionTemplateSpec.Spec (with its ObjectMeta) is a
  // RevisionSpec; configuration_types.go ConfigurationSpec.Template (`template`) is a RevisionTemplateSpec;
  // service_types.go ServiceSpec embeds ConfigurationSpec inline.
  { kind: 'Service', groups: ['serving.knative.dev'], patterns: [['spec', ...T]] },
  { kind: 'Configuration', groups: ['serving.knative.dev'], patterns: [['spec', ...T]] },
  { kind: 'Revision', groups: ['serving.knative.dev'], patterns: [['spec']] },

  // KEDA, group keda.sh (kedacore/keda 8b4f083ca8c8c2baf8477e322bd4d16ac4dfa09a,
  // apis/keda/v1alpha1/groupversion_info.go): scaledjob_types.go ScaledJobSpec.JobTargetRef (`jobTargetRef`)
  // is a batchv1.JobSpec, whose Template is a PodTemplateSpec.
  { kind: 'ScaledJob', groups: ['keda.sh'], patterns: [['spec', 'jobTargetRef', ...T]] },

  // JobSet, group jobset.x-k8s.io (kubernetes-sigs/jobset 08dfbdfd682714a9ab929633eca8dc95315187e7,
  // api/jobset/v1alpha2/groupversion_info.go): jobset_types.go JobSetSpec.ReplicatedJobs (`replicatedJobs`)
  // is a []ReplicatedJob, whose Template is a batchv1.JobTemplateSpec (its spec a JobSpec with a pod template).
  { kind: 'JobSet', groups: ['jobset.x-k8s.io'], patterns: [['spec', 'replicatedJobs', EACH, 'template', 'spec', ...T]] },

  // LeaderWorkerSet, group leaderworkerset.x-k8s.io (kubernetes-sigs/lws 060ab4da17eea1f0865fcbd3236bb1075e2cea32,
  // api/leaderworkerset/v1/groupversion_info.go): leaderworkerset_types.go LeaderWorkerSetSpec.LeaderWorkerTemplate
  // (`leaderWorkerTemplate`), whose LeaderTemplate (`leaderTemplate`, optional) and WorkerTemplate
  // (`workerTemplate`) are corev1.PodTemplateSpec.
  {
    kind: 'LeaderWorkerSet',
    groups: ['leaderworkerset.x-k8s.io'],
    patterns: [
      ['spec', 'leaderWorkerTemplate', 'leaderTemplate', 'spec'],
      ['spec', 'leaderWorkerTemplate', 'workerTemplate', 'spec'],
    ],
  },

  // OpenKruise, group apps.kruise.io (openkruise/kruise 07169cfac7b9cf7800dda1b8652f850cc3184132,
  // apis/apps/v1alpha1/groupversion_info.go and apis/apps/v1beta1/groupversion_info.go): CloneSetSpec.Template,
  // StatefulSetSpec.Template (Advanced StatefulSet) and DaemonSetSpec.Template (Advanced DaemonSet) are
  // v1.PodTemplateSpec under `spec.template`, in v1alpha1 and v1beta1 (apis/apps/*/cloneset_types.go,
  // statefulset_types.go, daemonset_types.go).
  { kind: 'CloneSet', groups: ['apps.kruise.io'], patterns: [['spec', ...T]] },
  { kind: 'StatefulSet', groups: ['apps.kruise.io'], patterns: [['spec', ...T]] },
  { kind: 'DaemonSet', groups: ['apps.kruise.io'], patterns: [['spec', ...T]] },

  // Volcano, group batch.volcano.sh (volcano-sh/volcano ed72c7c815a9fd547a787134676f73d42e9d049c,
  // staging/src/volcano.sh/apis/pkg/apis/batch/v1alpha1/register.go): job.go JobSpec.Tasks (`tasks`) is a
  // []TaskSpec, whose Template is a v1.PodTemplateSpec.
  { kind: 'Job', groups: ['batch.volcano.sh'], patterns: [['spec', 'tasks', EACH, ...T]] },

  // Operator Lifecycle Manager's ClusterServiceVersion, group operators.coreos.com (operator-framework/api
  // v0.45.0 as vendored by operator-framework/operator-lifecycle-manager 992bb097749e5994eedc5e4882583df952d8a70e,
  // pkg/operators/v1alpha1/clusterserviceversion_types.go, register.go GroupName): ClusterServiceVersionSpec
  // .InstallStrategy (`install`) is a NamedInstallStrategy, whose StrategySpec (`spec`) is a
  // StrategyDetailsDeployment with DeploymentSpecs (`deployments`), a []StrategyDeploymentSpec whose Spec
  // (`spec`) is an appsv1.DeploymentSpec: OLM creates each as a Deployment in the CSV's namespace.
  { kind: 'ClusterServiceVersion', groups: ['operators.coreos.com'], patterns: [['spec', 'install', 'spec', 'deployments', EACH, 'spec', ...T]] },
];

const BY_GROUP_KIND = new Map<string, PodTemplateKind>(POD_TEMPLATE_KINDS.flatMap((row) => row.groups.map((group) => [`${group}/${row.kind}`, row] as const)));

/** The row of a kind in an API group, if it carries pod specs. */
export function podTemplateKind(kind: string, group: string): PodTemplateKind | undefined {
  return BY_GROUP_KIND.get(`${group}/${kind}`);
}

/** True for a kind (in its API group) that carries pod specs: a workload. */
export function isPodBearing(kind: string, group: string): boolean {
  return podTemplateKind(kind, group) !== undefined;
}
