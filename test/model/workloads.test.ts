import { describe, expect, it } from 'vitest';
import { Resource, resourcesIn, type PlainObject } from '../../src/model/resource.js';
import { containersOf, podSpecsOf, POD_BEARING_KINDS } from '../../src/model/workloads.js';
import { inputKindsOfObject } from '../../src/k8s/input-kinds.js';

/** The first pod spec of a resource (these cases have one). */
const podSpecOf = (resource: Resource) => podSpecsOf(resource)[0];

const SPEC = { containers: [{ name: 'app', image: 'nginx' }] };

/** Builds an object of `kind` whose pod spec is SPEC at `path`. */
function withSpecAt(apiVersion: string, kind: string, path: readonly string[]): PlainObject {
  let inner: unknown = SPEC;
  for (const key of [...path].reverse()) inner = { [key]: inner };
  return { apiVersion, kind, metadata: { name: 'x' }, ...(inner as PlainObject) };
}

describe('podSpecOf', () => {
  const cases: [apiVersion: string, kind: string, path: string[]][] = [
    ['v1', 'Pod', ['spec']],
    ['v1', 'PodTemplate', ['template', 'spec']],
    ['v1', 'ReplicationController', ['spec', 'template', 'spec']],
    ['apps/v1', 'Deployment', ['spec', 'template', 'spec']],
    ['extensions/v1beta1', 'Deployment', ['spec', 'template', 'spec']],
    ['apps/v1', 'StatefulSet', ['spec', 'template', 'spec']],
    ['apps/v1', 'DaemonSet', ['spec', 'template', 'spec']],
    ['apps/v1', 'ReplicaSet', ['spec', 'template', 'spec']],
    ['batch/v1', 'Job', ['spec', 'template', 'spec']],
    ['batch/v1', 'CronJob', ['spec', 'jobTemplate', 'spec', 'template', 'spec']],
    ['batch/v1beta1', 'CronJob', ['spec', 'jobTemplate', 'spec', 'template', 'spec']],
    ['apps.openshift.io/v1', 'DeploymentConfig', ['spec', 'template', 'spec']],
    ['v1', 'DeploymentConfig', ['spec', 'template', 'spec']],
    ['argoproj.io/v1alpha1', 'Rollout', ['spec', 'template', 'spec']],
  ];

  it.each(cases)('finds the pod spec of %s %s at %j', (apiVersion, kind, path) => {
    const resource = new Resource(withSpecAt(apiVersion, kind, path), []);
    const spec = podSpecOf(resource);
    expect(spec?.path).toEqual(path);
    expect(spec?.value).toEqual(SPEC);
    expect(spec?.resource).toBe(resource);
  });

  it('covers every kind it lists', () => {
    expect([...POD_BEARING_KINDS].sort()).toEqual(
      ['CloneSet', 'ClusterServiceVersion', 'Configuration', 'CronJob', 'DaemonSet', 'Deployment', 'DeploymentConfig', 'JAXJob', 'Job', 'JobSet', 'LeaderWorkerSet', 'MPIJob', 'PaddleJob', 'Pod', 'PodTemplate', 'PyTorchJob', 'RayCluster', 'RayCronJob', 'RayJob', 'RayService', 'ReplicaSet', 'ReplicationController', 'Revision', 'Rollout', 'ScaledJob', 'Service', 'StatefulSet', 'TFJob', 'XGBoostJob'],
    );
  });
});

describe('podSpecsOf: custom resources with several pod templates', () => {
  const c = (name: string) => ({ containers: [{ name }] });
  const cases: [what: string, object: PlainObject, paths: (string | number)[][]][] = [
    [
      'RayCluster head and worker groups',
      { apiVersion: 'ray.io/v1', kind: 'RayCluster', spec: { headGroupSpec: { template: { spec: c('head') } }, workerGroupSpecs: [{ template: { spec: c('w0') } }, { template: { spec: c('w1') } }] } },
      [['spec', 'headGroupSpec', 'template', 'spec'], ['spec', 'workerGroupSpecs', 0, 'template', 'spec'], ['spec', 'workerGroupSpecs', 1, 'template', 'spec']],
    ],
    [
      'RayCluster in document order (workers written first)',
      { apiVersion: 'ray.io/v1', kind: 'RayCluster', spec: { workerGroupSpecs: [{ template: { spec: c('w0') } }], headGroupSpec: { template: { spec: c('head') } } } },
      [['spec', 'workerGroupSpecs', 0, 'template', 'spec'], ['spec', 'headGroupSpec', 'template', 'spec']],
    ],
    [
      'RayJob cluster and submitter',
      { apiVersion: 'ray.io/v1', kind: 'RayJob', spec: { rayClusterSpec: { headGroupSpec: { template: { spec: c('head') } } }, submitterPodTemplate: { spec: c('s') } } },
      [['spec', 'rayClusterSpec', 'headGroupSpec', 'template', 'spec'], ['spec', 'submitterPodTemplate', 'spec']],
    ],
    [
      'RayService rayClusterConfig',
      { apiVersion: 'ray.io/v1', kind: 'RayService', spec: { rayClusterConfig: { workerGroupSpecs: [{ template: { spec: c('w') } }] } } },
      [['spec', 'rayClusterConfig', 'workerGroupSpecs', 0, 'template', 'spec']],
    ],
    [
      'PyTorchJob replicas by type',
      { apiVersion: 'kubeflow.org/v1', kind: 'PyTorchJob', spec: { pytorchReplicaSpecs: { Master: { template: { spec: c('m') } }, Worker: { template: { spec: c('w') } } } } },
      [['spec', 'pytorchReplicaSpecs', 'Master', 'template', 'spec'], ['spec', 'pytorchReplicaSpecs', 'Worker', 'template', 'spec']],
    ],
    ['MPIJob v2beta1', { apiVersion: 'kubeflow.org/v2beta1', kind: 'MPIJob', spec: { mpiReplicaSpecs: { Launcher: { template: { spec: c('l') } } } } }, [['spec', 'mpiReplicaSpecs', 'Launcher', 'template', 'spec']]],
    ['Knative Service', { apiVersion: 'serving.knative.dev/v1', kind: 'Service', spec: { template: { spec: c('k') } } }, [['spec', 'template', 'spec']]],
    ['Knative Revision', { apiVersion: 'serving.knative.dev/v1', kind: 'Revision', spec: c('k') }, [['spec']]],
    ['KEDA ScaledJob', { apiVersion: 'keda.sh/v1alpha1', kind: 'ScaledJob', spec: { jobTargetRef: { template: { spec: c('j') } } } }, [['spec', 'jobTargetRef', 'template', 'spec']]],
    [
      'JobSet replicated jobs',
      { apiVersion: 'jobset.x-k8s.io/v1alpha2', kind: 'JobSet', spec: { replicatedJobs: [{ template: { spec: { template: { spec: c('j') } } } }] } },
      [['spec', 'replicatedJobs', 0, 'template', 'spec', 'template', 'spec']],
    ],
    [
      'LeaderWorkerSet leader and worker',
      { apiVersion: 'leaderworkerset.x-k8s.io/v1', kind: 'LeaderWorkerSet', spec: { leaderWorkerTemplate: { leaderTemplate: { spec: c('l') }, workerTemplate: { spec: c('w') } } } },
      [['spec', 'leaderWorkerTemplate', 'leaderTemplate', 'spec'], ['spec', 'leaderWorkerTemplate', 'workerTemplate', 'spec']],
    ],
    ['Kruise CloneSet', { apiVersion: 'apps.kruise.io/v1alpha1', kind: 'CloneSet', spec: { template: { spec: c('x') } } }, [['spec', 'template', 'spec']]],
    ['Kruise Advanced StatefulSet', { apiVersion: 'apps.kruise.io/v1beta1', kind: 'StatefulSet', spec: { template: { spec: c('x') } } }, [['spec', 'template', 'spec']]],
    ['Volcano Job tasks', { apiVersion: 'batch.volcano.sh/v1alpha1', kind: 'Job', spec: { tasks: [{ template: { spec: c('a') } }, { template: { spec: c('b') } }] } }, [['spec', 'tasks', 0, 'template', 'spec'], ['spec', 'tasks', 1, 'template', 'spec']]],
    [
      'OLM ClusterServiceVersion install deployments',
      { apiVersion: 'operators.coreos.com/v1alpha1', kind: 'ClusterServiceVersion', spec: { install: { strategy: 'deployment', spec: { deployments: [{ name: 'a', spec: { template: { spec: c('a') } } }, { name: 'b', spec: { template: { spec: c('b') } } }] } } } },
      [['spec', 'install', 'spec', 'deployments', 0, 'spec', 'template', 'spec'], ['spec', 'install', 'spec', 'deployments', 1, 'spec', 'template', 'spec']],
    ],
    ['a ClusterServiceVersion of another group: none', { apiVersion: 'example.com/v1', kind: 'ClusterServiceVersion', spec: { install: { spec: { deployments: [{ spec: { template: { spec: c('a') } } }] } } } }, []],
    ['a map where a list is expected: none', { apiVersion: 'ray.io/v1', kind: 'RayCluster', spec: { workerGroupSpecs: { a: { template: { spec: c('w') } } } } }, []],
    ['a list where a map is expected: none', { apiVersion: 'kubeflow.org/v1', kind: 'TFJob', spec: { tfReplicaSpecs: [{ template: { spec: c('w') } }] } }, []],
    ['Argo Workflow: not a pod template', { apiVersion: 'argoproj.io/v1alpha1', kind: 'Workflow', spec: { templates: [{ container: { name: 'x' } }] } }, []],
  ];
  it.each(cases)('%s', (_what, object, paths) => {
    expect(podSpecsOf(new Resource(object, [])).map((s) => s.path)).toEqual(paths);
  });

  it('prefixes the path of an object inside a List', () => {
    const spec = podSpecOf(new Resource(withSpecAt('apps/v1', 'Deployment', ['spec', 'template', 'spec']), ['items', 2]));
    expect(spec?.path).toEqual(['items', 2, 'spec', 'template', 'spec']);
    expect(spec?.pathTo('containers', 0)).toEqual(['items', 2, 'spec', 'template', 'spec', 'containers', 0]);
  });

  it.each([
    ['example.com/v1', 'Deployment', ['spec', 'template', 'spec']],
    ['serving.knative.dev/v1', 'Pod', ['spec']],
    ['apps/v1', 'Job', ['spec', 'template', 'spec']],
    ['v1', 'Deployment', ['spec', 'template', 'spec']],
    ['apps/v1', 'DeploymentConfig', ['spec', 'template', 'spec']],
    ['apps.kruise.io/v1alpha1', 'Rollout', ['spec', 'template', 'spec']],
    ['v1', 'ConfigMap', ['spec']],
  ])('finds none for %s %s (not a built-in pod-bearing kind)', (apiVersion, kind, path) => {
    expect(podSpecOf(new Resource(withSpecAt(apiVersion, kind, path), []))).toBeUndefined();
  });

  it('finds none when the template or its spec is missing or not a map', () => {
    expect(podSpecOf(new Resource({ apiVersion: 'apps/v1', kind: 'Deployment', spec: {} }, []))).toBeUndefined();
    expect(podSpecOf(new Resource({ apiVersion: 'apps/v1', kind: 'Deployment', spec: { template: { spec: 'x' } } }, []))).toBeUndefined();
    expect(podSpecOf(new Resource({ apiVersion: 'v1', kind: 'Pod', spec: [] }, []))).toBeUndefined();
  });

  it('defaults the ServiceAccount to "default" and reads the deprecated serviceAccount field', () => {
    const named = (spec: PlainObject) => podSpecOf(new Resource({ apiVersion: 'v1', kind: 'Pod', spec }, []))!.serviceAccountName;
    expect(named({})).toBe('default');
    expect(named({ serviceAccountName: '' })).toBe('default');
    expect(named({ serviceAccountName: 'builder' })).toBe('builder');
    expect(named({ serviceAccount: 'legacy' })).toBe('legacy');
    expect(named({ serviceAccountName: 'new', serviceAccount: 'legacy' })).toBe('new');
  });
});

describe('containersOf', () => {
  const pod = new Resource(
    {
      apiVersion: 'v1',
      kind: 'Pod',
      spec: {
        // Written in the opposite order: the result is ordered init, regular, ephemeral regardless.
        ephemeralContainers: [{ name: 'debug' }],
        containers: [{ name: 'app' }, null, { image: 'sidecar' }],
        initContainers: [{ name: 'migrate' }, { name: 'wait' }],
      },
    },
    [],
  );

  it('lists init containers, then containers, then ephemeral containers, with their paths', () => {
    const spec = podSpecOf(pod)!;
    expect(containersOf(spec).map((c) => [c.group, c.name, c.path])).toEqual([
      ['initContainers', 'migrate', ['spec', 'initContainers', 0]],
      ['initContainers', 'wait', ['spec', 'initContainers', 1]],
      ['containers', 'app', ['spec', 'containers', 0]],
      // Index 1 is null and skipped; the unnamed container keeps its real index and is named by it.
      ['containers', '#2', ['spec', 'containers', 2]],
      ['ephemeralContainers', 'debug', ['spec', 'ephemeralContainers', 0]],
    ]);
  });

  it('links each container to its pod spec and resource', () => {
    const spec = podSpecOf(pod)!;
    const [first] = containersOf(spec);
    expect(first?.podSpec).toBe(spec);
    expect(first?.resource).toBe(pod);
    expect(first?.pathTo('securityContext', 'privileged')).toEqual(['spec', 'initContainers', 0, 'securityContext', 'privileged']);
  });

  it('uses the full CronJob path', () => {
    const [cronJob] = resourcesIn({
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      spec: { jobTemplate: { spec: { template: { spec: { containers: [{ name: 'job' }] } } } } },
    });
    expect(containersOf(podSpecOf(cronJob!)!).map((c) => c.path)).toEqual([['spec', 'jobTemplate', 'spec', 'template', 'spec', 'containers', 0]]);
  });

  it('gives nothing when no container list is an array', () => {
    const spec = podSpecOf(new Resource({ apiVersion: 'v1', kind: 'Pod', spec: { containers: { name: 'app' } } }, []))!;
    expect(containersOf(spec)).toEqual([]);
  });
});

describe("the 'workload' input kind follows the same table", () => {
  it.each([
    ['ray.io/v1', 'RayCluster', true],
    ['kubeflow.org/v1', 'PyTorchJob', true],
    ['batch.volcano.sh/v1alpha1', 'Job', true],
    ['apps.kruise.io/v1beta1', 'StatefulSet', true],
    ['operators.coreos.com/v1alpha1', 'ClusterServiceVersion', true],
    ['argoproj.io/v1alpha1', 'Workflow', false],
    ['example.com/v1', 'RayCluster', false],
  ] as const)('%s %s: %s', (apiVersion, kind, workload) => {
    expect(inputKindsOfObject(apiVersion, kind).includes('workload')).toBe(workload);
  });
});
