import { type K8sVersion } from '../k8s/versions.js';
import type { Path } from '../load/positions.js';
import { type Resource } from './resource.js';
export interface VersionClaimAt {
    readonly version: K8sVersion;
    /** The text as written (`v1.29.3`). */
    readonly text: string;
    /** Where the claim comes from, for people: `kubeadm kubernetesVersion`, `kube-apiserver image tag`. */
    readonly how: string;
    readonly path: Path;
}
export declare function versionClaimsOf(resource: Resource): VersionClaimAt[];
