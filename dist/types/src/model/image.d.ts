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
export declare function parseImageReference(image: string): ImageReference;
export declare function isSha256Digest(digest: string | undefined): boolean;
/**
 * A build tool's reference in place of an image (`ko://example.com/cmd/app`, which `ko resolve` replaces
 * with `registry/app@sha256:…`): a URL scheme, which no image reference can hold (a registry host has no
 * `/`). It names source code, not an image, so nothing about tags, digests or registries applies yet.
 */
export declare function isBuildToolReference(image: string): boolean;
export declare function isRegisteredDigest(digest: string | undefined): boolean;
