/**
 * A Kubernetes minor release, the unit every version fact in pci-lint is expressed in.
 * Patch levels never change what pci-lint checks, so they are dropped on parsing.
 */
export interface K8sVersion {
    readonly major: number;
    readonly minor: number;
}
/** Oldest target pci-lint checks against. */
export declare const OLDEST_TARGET: K8sVersion;
/**
 * Newest target, and the default one: the newest Pod Security Standards policy version upstream
 * (kubernetes/kubernetes staging/src/k8s.io/pod-security-admission/api, LatestVersion; see
 * ../shared/k8s-versions.md section 8).
 */
export declare const NEWEST_TARGET: K8sVersion;
export declare const DEFAULT_TARGET: K8sVersion;
export declare function formatVersion(v: K8sVersion): string;
/**
 * Parses `1.30`, `v1.30`, `1.30.4` or `v1.30.4-gke.100` into a minor version.
 * Returns undefined for anything else (`1`, `latest`, `1.x`).
 */
export declare function parseVersion(text: string): K8sVersion | undefined;
/** Negative when a is older than b, zero when equal, positive when newer. Hot: called per check. */
export declare function compareVersions(a: K8sVersion, b: K8sVersion): number;
export declare function isSupportedTarget(v: K8sVersion): boolean;
/** Every supported target, oldest first. */
export declare function supportedTargets(): K8sVersion[];
/**
 * A half-open applicability window: `since` inclusive, `until` exclusive (the first release where the
 * check stops making sense, typically the release that removed the thing it checks).
 */
export interface VersionRange {
    readonly since?: string;
    readonly until?: string;
}
export declare function inRange(target: K8sVersion, range: VersionRange | undefined): boolean;
export declare function mustParse(text: string): K8sVersion;
export declare function describeRange(range: VersionRange | undefined): string;
