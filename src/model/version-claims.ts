/**
 * What a manifest says about the cluster's Kubernetes version: kubeadm's `kubernetesVersion`, and the tag
 * of a control-plane component's image (kube-apiserver, kube-controller-manager, kube-scheduler; etcd
 * has its own version line). The run uses a claim as the target when none is given, and warns when the
 * given target differs.
 */
import type { Container } from 'kubernetes-types/core/v1.js';
import { parseVersion, type K8sVersion } from '../k8s/versions.js';
import type { Path } from '../load/positions.js';
import { componentOfContainer, isControlPlaneStaticPod, isKubeadmClusterConfiguration } from './control-plane.js';
import { parseImageReference } from './image.js';
import { isPlainObject, type Resource } from './resource.js';

export interface VersionClaimAt {
  readonly version: K8sVersion;
  /** The text as written (`v1.29.3`). */
  readonly text: string;
  /** Where the claim comes from, for people: `kubeadm kubernetesVersion`, `kube-apiserver image tag`. */
  readonly how: string;
  readonly path: Path;
}

/** `v1.29.3`, `1.29`, `v1.30.0-rc.1` → 1.29 / 1.30; anything else (`stable`, `latest`, `stable-1.29`) is no claim. */
const versionOf = parseVersion;

export function versionClaimsOf(resource: Resource): VersionClaimAt[] {
  if (isKubeadmClusterConfiguration(resource)) {
    const value: unknown = resource.value.kubernetesVersion;
    const version = typeof value === 'string' ? versionOf(value) : undefined;
    return version && typeof value === 'string' ? [{ version, text: value, how: 'kubeadm ClusterConfiguration kubernetesVersion', path: resource.pathTo('kubernetesVersion') }] : [];
  }
  if (!isControlPlaneStaticPod(resource)) return [];
  const out: VersionClaimAt[] = [];
  const containers: unknown = isPlainObject(resource.value.spec) ? resource.value.spec.containers : undefined;
  if (!Array.isArray(containers)) return out;
  containers.forEach((c: unknown, i) => {
    if (!isPlainObject(c) || typeof c.image !== 'string') return;
    const component = componentOfContainer(c as unknown as Container)?.component;
    if (component === undefined || component === 'etcd') return;
    const tag = parseImageReference(c.image).tag;
    const version = tag !== undefined ? versionOf(tag) : undefined;
    if (version && tag !== undefined) out.push({ version, text: tag, how: `${component} image tag`, path: resource.pathTo('spec', 'containers', i, 'image') });
  });
  return out;
}
