/**
 * What the API server fills in on pod specs when a manifest leaves a field out, for rules that must judge
 * the effective value rather than the written one. Each fact names the upstream code it was read from.
 */
/**
 * `imagePullPolicy` when the container leaves it empty. Source: kubernetes/kubernetes
 * pkg/apis/core/v1/defaults.go `SetDefaults_Container`: `Always` when the parsed tag is `latest`,
 * otherwise `IfNotPresent`; the tag comes from pkg/util/parsers `ParseImageName`, which uses `latest`
 * only when the reference has neither a tag nor a digest (so `name@sha256:…` defaults to IfNotPresent).
 * Unchanged in every release pci-lint targets (1.19 and newer).
 */
export declare function defaultImagePullPolicy(tag: string | undefined, digest: string | undefined): 'Always' | 'IfNotPresent';
/**
 * `expirationSeconds` of a projected `serviceAccountToken` volume source when unset: one hour. Source:
 * kubernetes/kubernetes pkg/apis/core/v1/defaults.go `SetDefaults_ServiceAccountTokenProjection`
 * (`hour := int64(time.Hour.Seconds())`), present since projected tokens were added (1.12).
 */
export declare const PROJECTED_TOKEN_DEFAULT_EXPIRATION_SECONDS = 3600;
/**
 * The volume the ServiceAccount admission plugin adds to every pod that automounts its token: named
 * `kube-api-access-` and five random characters, its token source with this `expirationSeconds` (an hour
 * and seven seconds, the value that marks an injected token; with --service-account-extend-token-expiration
 * the API server makes it valid a year). Source: kubernetes/kubernetes
 * plugin/pkg/admission/serviceaccount/admission.go (`ServiceAccountVolumeName`, the projected sources) and
 * pkg/serviceaccount/claims.go `WarnOnlyBoundTokenExpirationSeconds = 60*60 + 7`. Exported pods carry it.
 */
export declare const INJECTED_TOKEN_VOLUME_PREFIX = "kube-api-access-";
export declare const INJECTED_TOKEN_EXPIRATION_SECONDS = 3607;
/**
 * Smallest `expirationSeconds` the API server accepts for a projected token: 10 minutes. Source:
 * kubernetes/kubernetes pkg/apis/core/validation `validateProjectionSources` ("may not specify a duration
 * less than 10 minutes"; ../shared/k8s-versions.md section 7).
 */
export declare const PROJECTED_TOKEN_MIN_EXPIRATION_SECONDS = 600;
/**
 * A container resource request left out while its limit is set defaults to the limit. Source:
 * kubernetes/kubernetes pkg/apis/core/v1/defaults.go `SetDefaults_Pod` ("If limits are specified, but
 * requests are not, default requests to limits"), applied to containers and init containers of every Pod
 * object, including the pods controllers create from templates (the template itself is not defaulted).
 */
export declare function hasEffectiveRequest(request: unknown, limit: unknown): boolean;
/**
 * Node labels and taints that Kubernetes itself (or the cloud integration) sets on nodes: selecting or
 * tolerating them does not place a pod on a pool reserved for it. Sources: kubernetes.io
 * docs/reference/labels-annotations-taints/ (well-known labels and taints) and
 * staging/src/k8s.io/api/core/v1/well_known_taints.go.
 */
export declare const GENERIC_NODE_LABELS: readonly string[];
export declare const GENERIC_NODE_TAINTS: readonly string[];
/**
 * Pod-level `spec.resources` (KEP-2837, feature gate PodLevelResources): alpha and off by default in 1.32,
 * beta and on by default from 1.34 (kubernetes/kubernetes pkg/features/versioned_kube_features.go). With
 * the gate off the API server drops the field, so it only counts from `onByDefaultSince`. Containers
 * without their own limits are bounded by the pod-level limits.
 */
export declare const POD_LEVEL_RESOURCES: {
    readonly alphaSince: "1.32";
    readonly onByDefaultSince: "1.34";
};
