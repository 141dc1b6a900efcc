import { parseImageReference } from './image.js';
import { containersOf, type PodSpecNode } from './workloads.js';

const VARIANT_SUFFIX = /^(?:-[a-z0-9._-]*)?$/;

/** True when `name` ends `repository` on a path-segment boundary, optionally followed by a `-suffix`. */
function endsWithName(repository: string, name: string): boolean {
  for (let at = repository.lastIndexOf(name); at !== -1; at = at === 0 ? -1 : repository.lastIndexOf(name, at - 1)) {
    if ((at === 0 || repository[at - 1] === '/') && VARIANT_SUFFIX.test(repository.slice(at + name.length))) return true;
  }
  return false;
}

/**
 * True when an image's repository (registry, tag and digest stripped) is one of `names` or a variant of
 * it: `falcosecurity/falco` matches `docker.io/falcosecurity/falco:0.39`, `falcosecurity/falco-no-driver`
 * and `mirror.example.com/library/falcosecurity/falco`, but not `acme/falcon`. Names are compared whole
 * path segments at a time; a `-suffix` on the last segment is a variant.
 */
export function imageMatches(image: string, names: readonly string[]): boolean {
  return repositoryMatches(imageRepository(image), names);
}

/** The lower-case repository of an image, as {@link repositoryMatches} compares it. */
export function imageRepository(image: string): string {
  return parseImageReference(image.trim()).repository.toLowerCase();
}

/** {@link imageMatches} for a repository from {@link imageRepository}, to check one image against several lists. */
export function repositoryMatches(repository: string, names: readonly string[]): boolean {
  return names.some((name) => endsWithName(repository, name.toLowerCase()));
}

/** True when any container of the pod spec runs an image of `names` (see {@link imageMatches}). */
export function podRunsImage(spec: PodSpecNode, names: readonly string[]): boolean {
  return containersOf(spec).some((c) => typeof c.value.image === 'string' && imageMatches(c.value.image, names));
}
