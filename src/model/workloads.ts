import type { Container, EphemeralContainer, PodSpec } from 'kubernetes-types/core/v1.js';
import type { Path, PathSegment } from '../load/positions.js';
import { formatPath } from '../load/path-text.js';
import { EACH, EVERY, POD_TEMPLATE_KINDS, podTemplateKind, type PodSpecPattern } from '../k8s/pod-templates.js';
import { isPlainObject, own, type Located, type Resource } from './resource.js';

/** Kinds that carry a pod spec (built-in and custom), for docs and tests. */
export const POD_BEARING_KINDS: readonly string[] = [...new Set(POD_TEMPLATE_KINDS.map((row) => row.kind))];

export const CONTAINER_GROUPS = ['initContainers', 'containers', 'ephemeralContainers'] as const;
export type ContainerGroup = (typeof CONTAINER_GROUPS)[number];

/** A pod spec inside a workload: the spec of a Pod, or the pod template's spec of a controller. */
export class PodSpecNode implements Located<PodSpec> {
  constructor(
    readonly value: PodSpec,
    readonly path: Path,
    readonly resource: Resource,
    /** Which of the object's pod templates this is, when it has several (`workerGroupSpecs[1] "gpu"`). */
    readonly template?: string,
  ) {}

  /**
   * The workload as messages name it: `Deployment "web"`, or for an object with several pod templates
   * (a RayCluster's head and worker groups, a PyTorchJob's replica types) also the template:
   * `RayCluster "rc" (workerGroupSpecs[1] "gpu")`.
   */
  get owner(): string {
    const workload = `${this.resource.kind} "${this.resource.name ?? '(unnamed)'}"`;
    return this.template === undefined ? workload : `${workload} (${this.template})`;
  }

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

// Several parts ask for the pod specs of the same object (the walk, the evidence, controlled copies).
const specsByResource = new WeakMap<Resource, readonly PodSpecNode[]>();

/**
 * Every pod spec a resource declares, in document order: a Pod's spec, the pod template's spec of a built-in
 * controller, the pod templates of the custom resources of src/k8s/pod-templates.ts (RayCluster's head and
 * worker groups, a PyTorchJob's replicas, ...). None for any other kind, or a kind of another API group.
 */
export function podSpecsOf(resource: Resource): PodSpecNode[] {
  let specs = specsByResource.get(resource);
  if (!specs) {
    const row = podTemplateKind(resource.kind, resource.group);
    specs = row ? podSpecNodesOf(resource, row.patterns) : [];
    specsByResource.set(resource, specs);
  }
  return [...specs];
}

/**
 * Walks the object once, in the order of its keys (the order they are written), following the patterns that
 * still match: so the specs come out in document order whichever pattern each one matches.
 */
function podSpecNodesOf(resource: Resource, patterns: readonly PodSpecPattern[]): PodSpecNode[] {
  const found: { value: PodSpec; path: PathSegment[] }[] = [];
  const walk = (value: unknown, path: PathSegment[], live: readonly PodSpecPattern[]): void => {
    const depth = path.length;
    if (live.some((pattern) => pattern.length === depth)) {
      if (isPlainObject(value)) found.push({ value: value as unknown as PodSpec, path });
      return;
    }
    if (Array.isArray(value)) {
      const each = live.filter((pattern) => pattern[depth] === EACH);
      if (each.length > 0) value.forEach((item: unknown, i) => { walk(item, [...path, i], each); });
      return;
    }
    if (!isPlainObject(value)) return;
    const every = live.filter((pattern) => pattern[depth] === EVERY);
    for (const key of Object.keys(value)) {
      const next = [...every, ...live.filter((pattern) => pattern[depth] === key)];
      if (next.length > 0) walk(own(value, key), [...path, key], next);
    }
  };
  walk(resource.value, [], patterns);
  const several = found.length > 1;
  return found.map(({ value, path }) =>
    new PodSpecNode(value, resource.pathTo(...path), resource, several ? templateLabel(resource.value, path) : undefined));
}

const TEMPLATE_NAME_FIELDS = ['groupName', 'name'] as const;

/**
 * Names one of several pod templates by where it sits below the object's spec, without the `template.spec`
 * they end in, and by the name of the list element it belongs to (a worker group's
 * `groupName`, a replicated job's `name`): `headGroupSpec`, `workerGroupSpecs[1] "gpu"`,
 * `pytorchReplicaSpecs.Worker`.
 */
function templateLabel(object: unknown, path: readonly PathSegment[]): string {
  let end = path.length;
  while (end > 1 && (path[end - 1] === 'spec' || path[end - 1] === 'template')) end -= 1;
  const start = path[0] === 'spec' && end > 1 ? 1 : 0;
  let name: string | undefined;
  let value: unknown = object;
  for (let i = 0; i < end; i += 1) {
    const segment = path[i];
    value = Array.isArray(value) && typeof segment === 'number' ? value[segment] : isPlainObject(value) && typeof segment === 'string' ? own(value, segment) : undefined;
    if (typeof segment === 'number' && isPlainObject(value)) {
      const named = TEMPLATE_NAME_FIELDS.map((field) => own(value as Record<string, unknown>, field)).find((v) => typeof v === 'string' && v !== '');
      if (typeof named === 'string') name = named;
    }
  }
  const where = formatPath(path.slice(start, end));
  return name === undefined ? where : `${where} "${name}"`;
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
