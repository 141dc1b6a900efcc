import { parseImageReference } from './image.js';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * True when an image's repository (registry, tag and digest stripped) is one of `names` or a variant of
 * it: `falcosecurity/falco` matches `docker.io/falcosecurity/falco:0.39`, `falcosecurity/falco-no-driver`
 * and `mirror.example.com/library/falcosecurity/falco`, but not `acme/falcon`. Names are compared whole
 * path segments at a time; a `-suffix` on the last segment is a variant.
 */
export function imageMatches(image: string, names: readonly string[]): boolean {
  const repository = parseImageReference(image.trim()).repository.toLowerCase();
  return names.some((name) => new RegExp(`(?:^|/)${escape(name.toLowerCase())}(?:-[a-z0-9._-]*)?$`).test(repository));
}
