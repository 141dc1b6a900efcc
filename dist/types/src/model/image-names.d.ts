import { type PodSpecNode } from './workloads.js';
/**
 * True when an image's repository (registry, tag and digest stripped) is one of `names` or a variant of
 * it: `falcosecurity/falco` matches `docker.io/falcosecurity/falco:0.39`, `falcosecurity/falco-no-driver`
 * and `mirror.example.com/library/falcosecurity/falco`, but not `acme/falcon`. Names are compared whole
 * path segments at a time; a `-suffix` on the last segment is a variant.
 */
export declare function imageMatches(image: string, names: readonly string[]): boolean;
/** The lower-case repository of an image, as {@link repositoryMatches} compares it. */
export declare function imageRepository(image: string): string;
/** {@link imageMatches} for a repository from {@link imageRepository}, to check one image against several lists. */
export declare function repositoryMatches(repository: string, names: readonly string[]): boolean;
/** True when any container of the pod spec runs an image of `names` (see {@link imageMatches}). */
export declare function podRunsImage(spec: PodSpecNode, names: readonly string[]): boolean;
