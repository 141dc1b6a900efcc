import type { Container, EphemeralContainer, PodSpec } from 'kubernetes-types/core/v1.js';
import type { Path, PathSegment } from '../load/positions.js';
import { type Located, type Resource } from './resource.js';
/** Kinds that carry a pod spec (built-in and custom), for docs and tests. */
export declare const POD_BEARING_KINDS: readonly string[];
export declare const CONTAINER_GROUPS: readonly ["initContainers", "containers", "ephemeralContainers"];
export type ContainerGroup = (typeof CONTAINER_GROUPS)[number];
/** A pod spec inside a workload: the spec of a Pod, or the pod template's spec of a controller. */
export declare class PodSpecNode implements Located<PodSpec> {
    readonly value: PodSpec;
    readonly path: Path;
    readonly resource: Resource;
    /** Which of the object's pod templates this is, when it has several (`workerGroupSpecs[1] "gpu"`). */
    readonly template?: string | undefined;
    constructor(value: PodSpec, path: Path, resource: Resource, 
    /** Which of the object's pod templates this is, when it has several (`workerGroupSpecs[1] "gpu"`). */
    template?: string | undefined);
    /**
     * The workload as messages name it: `Deployment "web"`, or for an object with several pod templates
     * (a RayCluster's head and worker groups, a PyTorchJob's replica types) also the template:
     * `RayCluster "rc" (workerGroupSpecs[1] "gpu")`.
     */
    get owner(): string;
    pathTo(...segments: PathSegment[]): Path;
    /** The ServiceAccount the pods run as (`default` when unset, as the API server defaults it). */
    get serviceAccountName(): string;
}
/** One container of a pod spec: a regular, init or ephemeral container. */
export declare class ContainerNode implements Located<Container | EphemeralContainer> {
    readonly value: Container | EphemeralContainer;
    readonly path: Path;
    readonly group: ContainerGroup;
    readonly podSpec: PodSpecNode;
    constructor(value: Container | EphemeralContainer, path: Path, group: ContainerGroup, podSpec: PodSpecNode);
    get resource(): Resource;
    get name(): string;
    pathTo(...segments: PathSegment[]): Path;
}
/**
 * Every pod spec a resource declares, in document order: a Pod's spec, the pod template's spec of a built-in
 * controller, the pod templates of the custom resources of src/k8s/pod-templates.ts (RayCluster's head and
 * worker groups, a PyTorchJob's replicas, ...). None for any other kind, or a kind of another API group.
 */
export declare function podSpecsOf(resource: Resource): PodSpecNode[];
/** Every container of a pod spec, init containers first, then containers, then ephemeral containers. */
export declare function containersOf(spec: PodSpecNode): ContainerNode[];
