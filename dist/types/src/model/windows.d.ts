import type { Path } from '../load/positions.js';
import type { PodSpecNode } from './workloads.js';
/** Why a pod spec targets Windows nodes, and the field that says so. */
export interface WindowsMarker {
    readonly why: string;
    readonly at: Path;
}
/**
 * Whether a pod runs on Windows: `spec.os.name: windows` (the PodOS field, GA in 1.25), or a nodeSelector
 * on `kubernetes.io/os: windows` (or `beta.kubernetes.io/os`), or a required node affinity whose every term
 * demands that label `In [windows]` — the ways pods were pinned to Windows nodes before PodOS. Undefined
 * for every other pod.
 */
export declare function windowsMarkerOf(spec: PodSpecNode): WindowsMarker | undefined;
