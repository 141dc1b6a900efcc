import type { Container, EphemeralContainer, PodSpec } from 'kubernetes-types/core/v1.js';
import type { Path, PathSegment } from '../load/positions.js';
import { isPlainObject, own, type Located, type Resource } from './resource.js';

/** Where the pod template's spec sits in each pod-bearing kind, and the API groups that define the kind. */
const POD_SPEC_PATHS: Readonly<Record<string, { readonly groups: readonly string[]; readonly path: readonly string[] }>> = {
  Pod: { groups: [''], path: ['spec'] },
  PodTemplate: { groups: [''], path: ['template', 'spec'] },
  ReplicationController: { groups: [''], path: ['spec', 'template', 'spec'] },
  Deployment: { groups: ['apps', 'extensions'], path: ['spec', 'template', 'spec'] },
  StatefulSet: { groups: ['apps'], path: ['spec', 'template', 'spec'] },
  DaemonSet: { groups: ['apps', 'extensions'], path: ['spec', 'template', 'spec'] },
  ReplicaSet: { groups: ['apps', 'extensions'], path: ['spec', 'template', 'spec'] },
  Job: { groups: ['batch'], path: ['spec', 'template', 'spec'] },
  CronJob: { groups: ['batch'], path: ['spec', 'jobTemplate', 'spec', 'template', 'spec'] },
  // OpenShift's DeploymentConfig runs its pod template like a Deployment: apps.openshift.io/v1, and the
  // unprefixed legacy `v1` that OpenShift 3 served it under (openshift/api apps/v1 types.go; OpenShift 3.x
  // "Deployments and DeploymentConfigs" examples use `apiVersion: v1`).
  DeploymentConfig: { groups: ['apps.openshift.io', ''], path: ['spec', 'template', 'spec'] },
  // Argo Rollouts' Rollout replaces a Deployment and runs its pod template the same way (argoproj/argo-rollouts
  // 9f8d111d8f8e3e88b6d7f8bbdf62fd3cd863ef9d, pkg/apis/rollouts/v1alpha1/types.go: RolloutSpec.Template is a
  // corev1.PodTemplateSpec; group argoproj.io, pkg/apis/rollouts/register.go). One that names a Deployment by
  // workloadRef instead has no template: that Deployment's pod template is read where it is written.
  Rollout: { groups: ['argoproj.io'], path: ['spec', 'template', 'spec'] },
};

/** Kinds that carry a pod spec, for docs and tests. */
export const POD_BEARING_KINDS: readonly string[] = Object.keys(POD_SPEC_PATHS);

export const CONTAINER_GROUPS = ['initContainers', 'containers', 'ephemeralContainers'] as const;
export type ContainerGroup = (typeof CONTAINER_GROUPS)[number];

/** A pod spec inside a workload: the spec of a Pod, or the pod template's spec of a controller. */
export class PodSpecNode implements Located<PodSpec> {
  constructor(
    readonly value: PodSpec,
    readonly path: Path,
    readonly resource: Resource,
  ) {}

  pathTo(...segments: PathSegment[]): Path {
    return [...this.path, ...segments];
  }

  /** The ServiceAccount the pods run as (`default` when unset, as the API server defaults it). */
  get serviceAccountName(): string {
    const name = this.value.serviceAccountName ?? (this.value as { serviceAccount?: string }).serviceAccount;
    return typeof name === 'string' && name !== '' ? name : 'default';
  }
}

/** One container of a pod spec: a regular, init or ephemeral container. */
export class ContainerNode implements Located<Container | EphemeralContainer> {
  constructor(
    readonly value: Container | EphemeralContainer,
    readonly path: Path,
    readonly group: ContainerGroup,
    readonly podSpec: PodSpecNode,
  ) {}

  get resource(): Resource {
    return this.podSpec.resource;
  }

  get name(): string {
    return typeof this.value.name === 'string' ? this.value.name : `#${String(this.path[this.path.length - 1])}`;
  }

  pathTo(...segments: PathSegment[]): Path {
    return [...this.path, ...segments];
  }
}

function dig(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (!isPlainObject(current)) return undefined;
    current = own(current, key);
  }
  return current;
}

/** The pod spec a resource declares, for Pod and every built-in controller kind; undefined otherwise. */
export function podSpecOf(resource: Resource): PodSpecNode | undefined {
  const where = own(POD_SPEC_PATHS, resource.kind);
  if (!where || !where.groups.includes(resource.group)) return undefined;
  const spec = dig(resource.value, where.path);
  if (!isPlainObject(spec)) return undefined;
  return new PodSpecNode(spec as unknown as PodSpec, resource.pathTo(...where.path), resource);
}

// Several rules ask for the containers of the same pod spec: built once per spec (the nodes are immutable).
const containersBySpec = new WeakMap<PodSpecNode, readonly ContainerNode[]>();

/** Every container of a pod spec, init containers first, then containers, then ephemeral containers. */
export function containersOf(spec: PodSpecNode): ContainerNode[] {
  let containers = containersBySpec.get(spec);
  if (!containers) {
    containers = containerNodesOf(spec);
    containersBySpec.set(spec, containers);
  }
  return [...containers];
}

function containerNodesOf(spec: PodSpecNode): ContainerNode[] {
  const out: ContainerNode[] = [];
  for (const group of CONTAINER_GROUPS) {
    const list: unknown = (spec.value as unknown as Record<string, unknown>)[group];
    if (!Array.isArray(list)) continue;
    list.forEach((container: unknown, i) => {
      if (isPlainObject(container)) out.push(new ContainerNode(container as unknown as Container, spec.pathTo(group, i), group, spec));
    });
  }
  return out;
}
