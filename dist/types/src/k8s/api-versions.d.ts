import { type K8sVersion } from './versions.js';
/**
 * Lifecycle of the built-in API versions that are deprecated or no longer served, per kind.
 *
 * Scope: every beta API version of a built-in group (the prerelease versions covered by the Kubernetes
 * deprecation policy) from extensions/v1beta1 on, and the GA kinds the API server itself calls deprecated.
 * Not listed: alpha versions (off by default, behind feature gates, not covered by the deprecation
 * policy), and types that are never written in manifests (subresources such as Scale, Eviction and
 * DeploymentRollback, webhook payloads such as AdmissionReview, discovery documents).
 *
 * Primary sources:
 * - `MARKERS`: the `+k8s:prerelease-lifecycle-gen:{introduced,deprecated,removed,replacement}` markers,
 *   as generated into `<group>/<version>/zz_generated.prerelease-lifecycle.go` of kubernetes/api
 *   (k8s.io/api, tags v0.19.0 … v0.36.0 and master of 2026-07-24 = v0.37.0-beta.0). The kube-apiserver stops
 *   serving a kind in the release its `APILifecycleRemoved()` returns and sends a deprecation warning from the
 *   release `APILifecycleDeprecated()` returns; a removal not given explicitly is deprecated + 3 minors.
 * - `GUIDE`: kubernetes/website content/en/docs/reference/using-api/deprecation-guide.md (newest section
 *   v1.32), which lists the removals and the manifest changes they need.
 */
export interface ApiReplacement {
    /** `group/version`, or `v1` for the core group. */
    readonly apiVersion: string;
    readonly kind: string;
    /** First release that serves the replacement. */
    readonly since: string;
}
export interface ApiLifecycle {
    /** `group/version` of the old API, or `v1` for the core group. */
    readonly apiVersion: string;
    readonly kind: string;
    /** First release in which the API server warns that this version is deprecated. */
    readonly deprecated: string;
    /** First release that no longer serves it; absent while no removal is scheduled. */
    readonly removed?: string;
    /** What to use instead, most preferred first; empty when there is no replacement API. */
    readonly replacements: readonly ApiReplacement[];
    /**
     * A sentence for when a new apiVersion is not enough: renamed or moved fields, changed defaults or
     * semantics. Absent when changing `apiVersion` (and the group, where it moved) is all it takes.
     */
    readonly migration?: string;
    /** Where the row comes from. */
    readonly source: string;
}
/** Sorted by apiVersion, then kind (a test keeps it so). */
export declare const API_LIFECYCLE: readonly ApiLifecycle[];
/** The lifecycle row of an apiVersion and kind, when it is deprecated or removed at some release. */
/** The API group of an apiVersion: `apps` for `apps/v1`, the empty string for the core group's `v1`. */
export declare function apiGroupOf(apiVersion: string): string;
export declare function apiLifecycleOf(apiVersion: string, kind: string): ApiLifecycle | undefined;
/** True when the target no longer serves this row's API version. */
export declare function isRemovedAt(row: ApiLifecycle, target: K8sVersion): boolean;
/** True when the target serves this row's API version but warns that it is deprecated. */
export declare function isDeprecatedAt(row: ApiLifecycle, target: K8sVersion): boolean;
/** True when the target serves an apiVersion and kind (as far as the lifecycle table knows). */
export declare function isServedAt(apiVersion: string, kind: string, target: K8sVersion): boolean;
/**
 * The replacement to recommend at a target: the most preferred one the target serves. Undefined when
 * the row has no replacement or none of them is served by the target.
 */
export declare function replacementAt(row: ApiLifecycle, target: K8sVersion): ApiReplacement | undefined;
