/** A container image reference split the way container runtimes read it. */
export interface ImageReference {
  /** Registry host (with port), `docker.io` when the reference names none. */
  readonly registry: string;
  readonly repository: string;
  readonly tag?: string;
  /** `algorithm:hex`, e.g. `sha256:…`. */
  readonly digest?: string;
}

/**
 * Splits `[registry[:port]/]repository[:tag][@digest]`. The first path component is a registry when it
 * contains a `.` or a `:` or is `localhost` (the rule container runtimes use); otherwise the image lives
 * on Docker Hub.
 */
export function parseImageReference(image: string): ImageReference {
  const at = image.indexOf('@');
  const name = at === -1 ? image : image.slice(0, at);
  const digest = at === -1 ? undefined : image.slice(at + 1);
  const lastSlash = name.lastIndexOf('/');
  const colon = name.indexOf(':', lastSlash + 1);
  const path = colon === -1 ? name : name.slice(0, colon);
  const tag = colon === -1 ? undefined : name.slice(colon + 1);
  const firstSlash = path.indexOf('/');
  const first = firstSlash === -1 ? '' : path.slice(0, firstSlash);
  const hasRegistry = first !== '' && (first.includes('.') || first.includes(':') || first === 'localhost');
  return {
    registry: hasRegistry ? first : 'docker.io',
    repository: hasRegistry ? path.slice(firstSlash + 1) : path,
    ...(tag !== undefined && { tag }),
    ...(digest !== undefined && { digest }),
  };
}

const SHA256_DIGEST = /^sha256:[a-f0-9]{64}$/;

export function isSha256Digest(digest: string | undefined): boolean {
  return digest !== undefined && SHA256_DIGEST.test(digest);
}

/**
 * A build tool's reference in place of an image (`ko://example.com/cmd/app`, which `ko resolve` replaces
 * with `registry/app@sha256:…`): a URL scheme, which no image reference can hold (a registry host has no
 * `/`). It names source code, not an image, so nothing about tags, digests or registries applies yet.
 */
export function isBuildToolReference(image: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(image);
}

/**
 * A digest of an algorithm the OCI image specification registers, in its encoding: `sha256:` and 64, or
 * `sha512:` and 128 lowercase hex characters (opencontainers/image-spec descriptor.md, "Registered
 * algorithms", at 023b0770450c25e763723dd37a7996600206b190). Any other algorithm is not one a runtime is
 * required to verify content with.
 */
const REGISTERED_DIGEST = /^(?:sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128})$/;

export function isRegisteredDigest(digest: string | undefined): boolean {
  return digest !== undefined && REGISTERED_DIGEST.test(digest);
}
