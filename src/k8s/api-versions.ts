import { compareVersions, mustParse, type K8sVersion } from './versions.js';

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

const MARKERS = (pkg: string, tag: string) => `kubernetes/api ${pkg}/zz_generated.prerelease-lifecycle.go (${tag})`;
const GUIDE = (section: string) => `kubernetes/website deprecation-guide.md, section ${section}`;
const STAGING = (path: string) => `kubernetes/kubernetes staging/src/k8s.io/${path}/zz_generated.prerelease-lifecycle.go`;
const HEAD = 'master 2026-07-24, v0.37.0-beta.0';

const r = (apiVersion: string, kind: string, since: string): ApiReplacement => ({ apiVersion, kind, since });

const WORKLOAD_SELECTOR =
  'apps/v1 requires spec.selector (copy the pod template labels) and makes it immutable; rolling updates become the default update strategy.';
const INGRESS =
  'networking.k8s.io/v1 renames spec.backend to spec.defaultBackend and backend serviceName/servicePort to service.name and service.port.number (or service.port.name), and every path needs a pathType (ImplementationSpecific keeps the old matching).';
const WEBHOOKS =
  'admissionregistration.k8s.io/v1 requires webhooks[].sideEffects (None or NoneOnDryRun) and webhooks[].admissionReviewVersions, and defaults failurePolicy to Fail, matchPolicy to Equivalent and timeoutSeconds to 10.';
const ACCESS_REVIEW = 'authorization.k8s.io/v1 renames spec.group to spec.groups.';
const PLC_SHARES = 'PriorityLevelConfiguration spec.limited.assuredConcurrencyShares is renamed nominalConcurrencyShares.';
const PSP =
  'There is no replacement API: enforce pod security with Pod Security Admission (pod-security.kubernetes.io/enforce namespace labels) or an admission webhook.';

/** Sorted by apiVersion, then kind (a test keeps it so). */
export const API_LIFECYCLE: readonly ApiLifecycle[] = [
  {
    apiVersion: 'admissionregistration.k8s.io/v1beta1',
    kind: 'MutatingAdmissionPolicy',
    deprecated: '1.37',
    removed: '1.40',
    replacements: [r('admissionregistration.k8s.io/v1', 'MutatingAdmissionPolicy', '1.36')],
    source: MARKERS('admissionregistration/v1beta1', HEAD),
  },
  {
    apiVersion: 'admissionregistration.k8s.io/v1beta1',
    kind: 'MutatingAdmissionPolicyBinding',
    deprecated: '1.37',
    removed: '1.40',
    replacements: [r('admissionregistration.k8s.io/v1', 'MutatingAdmissionPolicyBinding', '1.36')],
    source: MARKERS('admissionregistration/v1beta1', HEAD),
  },
  {
    apiVersion: 'admissionregistration.k8s.io/v1beta1',
    kind: 'MutatingWebhookConfiguration',
    deprecated: '1.16',
    removed: '1.22',
    replacements: [r('admissionregistration.k8s.io/v1', 'MutatingWebhookConfiguration', '1.16')],
    migration: WEBHOOKS,
    source: `${MARKERS('admissionregistration/v1beta1', 'v0.36.0')}; ${GUIDE('v1.22 Webhook resources')}`,
  },
  {
    apiVersion: 'admissionregistration.k8s.io/v1beta1',
    kind: 'ValidatingAdmissionPolicy',
    deprecated: '1.31',
    removed: '1.34',
    replacements: [r('admissionregistration.k8s.io/v1', 'ValidatingAdmissionPolicy', '1.30')],
    source: `${MARKERS('admissionregistration/v1beta1', 'v0.36.0')} (introduced 1.28; removal = deprecated + 3); v1 introduced 1.30`,
  },
  {
    apiVersion: 'admissionregistration.k8s.io/v1beta1',
    kind: 'ValidatingAdmissionPolicyBinding',
    deprecated: '1.31',
    removed: '1.34',
    replacements: [r('admissionregistration.k8s.io/v1', 'ValidatingAdmissionPolicyBinding', '1.30')],
    source: `${MARKERS('admissionregistration/v1beta1', 'v0.36.0')} (introduced 1.28; removal = deprecated + 3); v1 introduced 1.30`,
  },
  {
    apiVersion: 'admissionregistration.k8s.io/v1beta1',
    kind: 'ValidatingWebhookConfiguration',
    deprecated: '1.16',
    removed: '1.22',
    replacements: [r('admissionregistration.k8s.io/v1', 'ValidatingWebhookConfiguration', '1.16')],
    migration: WEBHOOKS,
    source: `${MARKERS('admissionregistration/v1beta1', 'v0.36.0')}; ${GUIDE('v1.22 Webhook resources')}`,
  },
  {
    apiVersion: 'apiextensions.k8s.io/v1beta1',
    kind: 'CustomResourceDefinition',
    deprecated: '1.16',
    removed: '1.22',
    replacements: [r('apiextensions.k8s.io/v1', 'CustomResourceDefinition', '1.16')],
    migration:
      'apiextensions.k8s.io/v1 requires spec.scope and a structural schema in spec.versions[].schema.openAPIV3Schema; spec.version, spec.validation, spec.subresources and spec.additionalPrinterColumns move into spec.versions[], and spec.preserveUnknownFields: true is not allowed.',
    source: `${STAGING('apiextensions-apiserver/pkg/apis/apiextensions/v1beta1')}; ${GUIDE('v1.22 CustomResourceDefinition')}`,
  },
  {
    apiVersion: 'apiregistration.k8s.io/v1beta1',
    kind: 'APIService',
    deprecated: '1.19',
    removed: '1.22',
    replacements: [r('apiregistration.k8s.io/v1', 'APIService', '1.10')],
    source: `${STAGING('kube-aggregator/pkg/apis/apiregistration/v1beta1')}; ${GUIDE('v1.22 APIService')}`,
  },
  {
    apiVersion: 'apps/v1beta1',
    kind: 'ControllerRevision',
    deprecated: '1.8',
    removed: '1.16',
    replacements: [r('apps/v1', 'ControllerRevision', '1.9')],
    source: MARKERS('apps/v1beta1', 'v0.36.0'),
  },
  {
    apiVersion: 'apps/v1beta1',
    kind: 'Deployment',
    deprecated: '1.8',
    removed: '1.16',
    replacements: [r('apps/v1', 'Deployment', '1.9')],
    migration: `spec.rollbackTo is gone; ${WORKLOAD_SELECTOR}`,
    source: `${MARKERS('apps/v1beta1', 'v0.36.0')}; ${GUIDE('v1.16 Deployment')}`,
  },
  {
    // apps/v1beta1 never defined ReplicaSet in k8s.io/api; the guide lists it among the 1.16 removals, so it is
    // kept here for completeness (such a manifest was never accepted by any release pci-lint targets).
    apiVersion: 'apps/v1beta1',
    kind: 'ReplicaSet',
    deprecated: '1.8',
    removed: '1.16',
    replacements: [r('apps/v1', 'ReplicaSet', '1.9')],
    migration: WORKLOAD_SELECTOR,
    source: `${GUIDE('v1.16 ReplicaSet')}; deprecated-in as for the other apps/v1beta1 kinds (markers)`,
  },
  {
    apiVersion: 'apps/v1beta1',
    kind: 'StatefulSet',
    deprecated: '1.8',
    removed: '1.16',
    replacements: [r('apps/v1', 'StatefulSet', '1.9')],
    migration: WORKLOAD_SELECTOR,
    source: `${MARKERS('apps/v1beta1', 'v0.36.0')}; ${GUIDE('v1.16 StatefulSet')}`,
  },
  {
    apiVersion: 'apps/v1beta2',
    kind: 'ControllerRevision',
    deprecated: '1.9',
    removed: '1.16',
    replacements: [r('apps/v1', 'ControllerRevision', '1.9')],
    source: MARKERS('apps/v1beta2', 'v0.36.0'),
  },
  {
    apiVersion: 'apps/v1beta2',
    kind: 'DaemonSet',
    deprecated: '1.9',
    removed: '1.16',
    replacements: [r('apps/v1', 'DaemonSet', '1.9')],
    migration: `spec.templateGeneration is gone; ${WORKLOAD_SELECTOR}`,
    source: `${MARKERS('apps/v1beta2', 'v0.36.0')}; ${GUIDE('v1.16 DaemonSet')}`,
  },
  {
    apiVersion: 'apps/v1beta2',
    kind: 'Deployment',
    deprecated: '1.9',
    removed: '1.16',
    replacements: [r('apps/v1', 'Deployment', '1.9')],
    migration: `spec.rollbackTo is gone; ${WORKLOAD_SELECTOR}`,
    source: `${MARKERS('apps/v1beta2', 'v0.36.0')}; ${GUIDE('v1.16 Deployment')}`,
  },
  {
    apiVersion: 'apps/v1beta2',
    kind: 'ReplicaSet',
    deprecated: '1.9',
    removed: '1.16',
    replacements: [r('apps/v1', 'ReplicaSet', '1.9')],
    migration: WORKLOAD_SELECTOR,
    source: `${MARKERS('apps/v1beta2', 'v0.36.0')}; ${GUIDE('v1.16 ReplicaSet')}`,
  },
  {
    apiVersion: 'apps/v1beta2',
    kind: 'StatefulSet',
    deprecated: '1.9',
    removed: '1.16',
    replacements: [r('apps/v1', 'StatefulSet', '1.9')],
    migration: WORKLOAD_SELECTOR,
    source: `${MARKERS('apps/v1beta2', 'v0.36.0')}; ${GUIDE('v1.16 StatefulSet')}`,
  },
  {
    apiVersion: 'authentication.k8s.io/v1beta1',
    kind: 'SelfSubjectReview',
    deprecated: '1.30',
    removed: '1.33',
    replacements: [r('authentication.k8s.io/v1', 'SelfSubjectReview', '1.28')],
    source: `${MARKERS('authentication/v1beta1', 'v0.36.0')} (introduced 1.27; removal = deprecated + 3); v1 introduced 1.28`,
  },
  {
    apiVersion: 'authentication.k8s.io/v1beta1',
    kind: 'TokenReview',
    deprecated: '1.19',
    removed: '1.22',
    replacements: [r('authentication.k8s.io/v1', 'TokenReview', '1.6')],
    source: `${MARKERS('authentication/v1beta1', 'v0.36.0')}; ${GUIDE('v1.22 TokenReview')}`,
  },
  {
    apiVersion: 'authorization.k8s.io/v1beta1',
    kind: 'LocalSubjectAccessReview',
    deprecated: '1.19',
    removed: '1.22',
    replacements: [r('authorization.k8s.io/v1', 'LocalSubjectAccessReview', '1.6')],
    migration: ACCESS_REVIEW,
    source: `${MARKERS('authorization/v1beta1', 'v0.36.0')}; ${GUIDE('v1.22 SubjectAccessReview resources')}`,
  },
  {
    apiVersion: 'authorization.k8s.io/v1beta1',
    kind: 'SelfSubjectAccessReview',
    deprecated: '1.19',
    removed: '1.22',
    replacements: [r('authorization.k8s.io/v1', 'SelfSubjectAccessReview', '1.6')],
    migration: ACCESS_REVIEW,
    source: `${MARKERS('authorization/v1beta1', 'v0.36.0')}; ${GUIDE('v1.22 SubjectAccessReview resources')}`,
  },
  {
    apiVersion: 'authorization.k8s.io/v1beta1',
    kind: 'SelfSubjectRulesReview',
    deprecated: '1.19',
    removed: '1.22',
    replacements: [r('authorization.k8s.io/v1', 'SelfSubjectRulesReview', '1.6')],
    source: `${MARKERS('authorization/v1beta1', 'v0.36.0')}; ${GUIDE('v1.22 SubjectAccessReview resources')}`,
  },
  {
    apiVersion: 'authorization.k8s.io/v1beta1',
    kind: 'SubjectAccessReview',
    deprecated: '1.19',
    removed: '1.22',
    replacements: [r('authorization.k8s.io/v1', 'SubjectAccessReview', '1.6')],
    migration: ACCESS_REVIEW,
    source: `${MARKERS('authorization/v1beta1', 'v0.36.0')}; ${GUIDE('v1.22 SubjectAccessReview resources')}`,
  },
  {
    apiVersion: 'autoscaling/v2beta1',
    kind: 'HorizontalPodAutoscaler',
    deprecated: '1.22',
    removed: '1.25',
    replacements: [r('autoscaling/v2', 'HorizontalPodAutoscaler', '1.23'), r('autoscaling/v2beta2', 'HorizontalPodAutoscaler', '1.12')],
    migration:
      'autoscaling/v2 metrics use a target block: targetAverageUtilization becomes target.type: Utilization with target.averageUtilization (likewise targetAverageValue and targetValue).',
    source: `${MARKERS('autoscaling/v2beta1', 'v0.25.0')}; ${GUIDE('v1.25 HorizontalPodAutoscaler')}`,
  },
  {
    apiVersion: 'autoscaling/v2beta2',
    kind: 'HorizontalPodAutoscaler',
    deprecated: '1.23',
    removed: '1.26',
    replacements: [r('autoscaling/v2', 'HorizontalPodAutoscaler', '1.23')],
    source: `${MARKERS('autoscaling/v2beta2', 'v0.25.0')}; ${GUIDE('v1.26 HorizontalPodAutoscaler')}`,
  },
  {
    apiVersion: 'batch/v1beta1',
    kind: 'CronJob',
    deprecated: '1.21',
    removed: '1.25',
    replacements: [r('batch/v1', 'CronJob', '1.21')],
    source: `${MARKERS('batch/v1beta1', 'v0.36.0')}; ${GUIDE('v1.25 CronJob')} ("No notable changes")`,
  },
  {
    apiVersion: 'certificates.k8s.io/v1beta1',
    kind: 'CertificateSigningRequest',
    deprecated: '1.19',
    removed: '1.22',
    replacements: [r('certificates.k8s.io/v1', 'CertificateSigningRequest', '1.19')],
    migration:
      'certificates.k8s.io/v1 requires spec.signerName (kubernetes.io/legacy-unknown is not accepted) and spec.usages, with no duplicate or unknown usages.',
    source: `${MARKERS('certificates/v1beta1', 'v0.36.0')}; ${GUIDE('v1.22 CertificateSigningRequest')}`,
  },
  {
    apiVersion: 'certificates.k8s.io/v1beta1',
    kind: 'ClusterTrustBundle',
    deprecated: '1.37',
    removed: '1.40',
    replacements: [r('certificates.k8s.io/v1', 'ClusterTrustBundle', '1.37')],
    source: `${MARKERS('certificates/v1beta1', HEAD)}; v1 introduced 1.37`,
  },
  {
    apiVersion: 'certificates.k8s.io/v1beta1',
    kind: 'PodCertificateRequest',
    deprecated: '1.37',
    removed: '1.40',
    replacements: [r('certificates.k8s.io/v1', 'PodCertificateRequest', '1.37')],
    source: `${MARKERS('certificates/v1beta1', HEAD)}; v1 introduced 1.37`,
  },
  {
    apiVersion: 'coordination.k8s.io/v1beta1',
    kind: 'Lease',
    deprecated: '1.19',
    removed: '1.22',
    replacements: [r('coordination.k8s.io/v1', 'Lease', '1.14')],
    source: `${MARKERS('coordination/v1beta1', 'v0.36.0')}; ${GUIDE('v1.22 Lease')}`,
  },
  {
    apiVersion: 'coordination.k8s.io/v1beta1',
    kind: 'LeaseCandidate',
    deprecated: '1.36',
    removed: '1.39',
    replacements: [],
    migration: 'No GA version of LeaseCandidate exists yet; keep it only where coordinated leader election is deliberately enabled.',
    source: `${MARKERS('coordination/v1beta1', 'v0.36.0')} (introduced 1.33; no GA version yet)`,
  },
  {
    apiVersion: 'discovery.k8s.io/v1beta1',
    kind: 'EndpointSlice',
    deprecated: '1.21',
    removed: '1.25',
    replacements: [r('discovery.k8s.io/v1', 'EndpointSlice', '1.21')],
    migration:
      'discovery.k8s.io/v1 replaces endpoints[].topology with the per-endpoint nodeName and zone fields (topology becomes the read-only deprecatedTopology).',
    source: `${MARKERS('discovery/v1beta1', 'v0.36.0')}; ${GUIDE('v1.25 EndpointSlice')}`,
  },
  {
    apiVersion: 'events.k8s.io/v1beta1',
    kind: 'Event',
    deprecated: '1.22',
    removed: '1.25',
    replacements: [r('events.k8s.io/v1', 'Event', '1.19')],
    migration:
      'events.k8s.io/v1 limits type to Normal and Warning, renames involvedObject to regarding, requires action, reason, reportingController and reportingInstance, and replaces firstTimestamp, lastTimestamp, count and source with eventTime, series and the reporting fields.',
    source: `${MARKERS('events/v1beta1', 'v0.36.0')}; ${GUIDE('v1.25 Event')}`,
  },
  {
    apiVersion: 'extensions/v1beta1',
    kind: 'DaemonSet',
    deprecated: '1.8',
    removed: '1.16',
    replacements: [r('apps/v1', 'DaemonSet', '1.9')],
    migration: `The kind moves to the apps group; spec.templateGeneration is gone and the default update strategy changes from OnDelete to RollingUpdate; ${WORKLOAD_SELECTOR}`,
    source: `${MARKERS('extensions/v1beta1', 'v0.36.0')}; ${GUIDE('v1.16 DaemonSet')}`,
  },
  {
    apiVersion: 'extensions/v1beta1',
    kind: 'Deployment',
    deprecated: '1.8',
    removed: '1.16',
    replacements: [r('apps/v1', 'Deployment', '1.9')],
    migration: `The kind moves to the apps group; spec.rollbackTo is gone and progressDeadlineSeconds, revisionHistoryLimit, maxSurge and maxUnavailable get new defaults; ${WORKLOAD_SELECTOR}`,
    source: `${MARKERS('extensions/v1beta1', 'v0.36.0')}; ${GUIDE('v1.16 Deployment')}`,
  },
  {
    apiVersion: 'extensions/v1beta1',
    kind: 'Ingress',
    deprecated: '1.14',
    removed: '1.22',
    replacements: [r('networking.k8s.io/v1', 'Ingress', '1.19'), r('networking.k8s.io/v1beta1', 'Ingress', '1.14')],
    migration: `The kind moves to the networking.k8s.io group; ${INGRESS}`,
    source: `${MARKERS('extensions/v1beta1', 'v0.36.0')}; ${GUIDE('v1.22 Ingress')}`,
  },
  {
    apiVersion: 'extensions/v1beta1',
    kind: 'NetworkPolicy',
    deprecated: '1.9',
    removed: '1.16',
    replacements: [r('networking.k8s.io/v1', 'NetworkPolicy', '1.8')],
    source: `${MARKERS('extensions/v1beta1', 'v0.36.0')}; ${GUIDE('v1.16 NetworkPolicy')}`,
  },
  {
    apiVersion: 'extensions/v1beta1',
    kind: 'PodSecurityPolicy',
    deprecated: '1.11',
    removed: '1.16',
    replacements: [r('policy/v1beta1', 'PodSecurityPolicy', '1.10')],
    migration: 'policy/v1beta1 PodSecurityPolicy is itself removed in 1.25; plan for Pod Security Admission instead.',
    source: MARKERS('extensions/v1beta1', 'v0.26.0'),
  },
  {
    apiVersion: 'extensions/v1beta1',
    kind: 'ReplicaSet',
    deprecated: '1.8',
    removed: '1.16',
    replacements: [r('apps/v1', 'ReplicaSet', '1.9')],
    migration: `The kind moves to the apps group; ${WORKLOAD_SELECTOR}`,
    source: `${MARKERS('extensions/v1beta1', 'v0.36.0')}; ${GUIDE('v1.16 ReplicaSet')}`,
  },
  {
    apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta1',
    kind: 'FlowSchema',
    deprecated: '1.23',
    removed: '1.26',
    replacements: [
      r('flowcontrol.apiserver.k8s.io/v1', 'FlowSchema', '1.29'),
      r('flowcontrol.apiserver.k8s.io/v1beta3', 'FlowSchema', '1.26'),
      r('flowcontrol.apiserver.k8s.io/v1beta2', 'FlowSchema', '1.23'),
    ],
    source: `${MARKERS('flowcontrol/v1beta1', 'v0.36.0')}; ${GUIDE('v1.26 Flow control resources')}`,
  },
  {
    apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta1',
    kind: 'PriorityLevelConfiguration',
    deprecated: '1.23',
    removed: '1.26',
    replacements: [
      r('flowcontrol.apiserver.k8s.io/v1', 'PriorityLevelConfiguration', '1.29'),
      r('flowcontrol.apiserver.k8s.io/v1beta3', 'PriorityLevelConfiguration', '1.26'),
      r('flowcontrol.apiserver.k8s.io/v1beta2', 'PriorityLevelConfiguration', '1.23'),
    ],
    migration: 'From v1beta3 on, spec.limited.assuredConcurrencyShares is renamed nominalConcurrencyShares.',
    source: `${MARKERS('flowcontrol/v1beta1', 'v0.36.0')}; ${GUIDE('v1.26 and v1.29 Flow control resources')}`,
  },
  {
    apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2',
    kind: 'FlowSchema',
    deprecated: '1.26',
    removed: '1.29',
    replacements: [r('flowcontrol.apiserver.k8s.io/v1', 'FlowSchema', '1.29'), r('flowcontrol.apiserver.k8s.io/v1beta3', 'FlowSchema', '1.26')],
    source: `${MARKERS('flowcontrol/v1beta2', 'v0.36.0')}; ${GUIDE('v1.29 Flow control resources')}`,
  },
  {
    apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2',
    kind: 'PriorityLevelConfiguration',
    deprecated: '1.26',
    removed: '1.29',
    replacements: [
      r('flowcontrol.apiserver.k8s.io/v1', 'PriorityLevelConfiguration', '1.29'),
      r('flowcontrol.apiserver.k8s.io/v1beta3', 'PriorityLevelConfiguration', '1.26'),
    ],
    migration: PLC_SHARES,
    source: `${MARKERS('flowcontrol/v1beta2', 'v0.36.0')}; ${GUIDE('v1.29 Flow control resources')}`,
  },
  {
    apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3',
    kind: 'FlowSchema',
    deprecated: '1.29',
    removed: '1.32',
    replacements: [r('flowcontrol.apiserver.k8s.io/v1', 'FlowSchema', '1.29')],
    source: `${MARKERS('flowcontrol/v1beta3', 'v0.36.0')}; ${GUIDE('v1.32 Flow control resources')}`,
  },
  {
    apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3',
    kind: 'PriorityLevelConfiguration',
    deprecated: '1.29',
    removed: '1.32',
    replacements: [r('flowcontrol.apiserver.k8s.io/v1', 'PriorityLevelConfiguration', '1.29')],
    migration: 'In v1 an explicit spec.limited.nominalConcurrencyShares: 0 stays 0 (v1beta3 turned it into 30).',
    source: `${MARKERS('flowcontrol/v1beta3', 'v0.36.0')}; ${GUIDE('v1.32 Flow control resources')}`,
  },
  {
    apiVersion: 'networking.k8s.io/v1beta1',
    kind: 'IPAddress',
    deprecated: '1.34',
    removed: '1.37',
    replacements: [r('networking.k8s.io/v1', 'IPAddress', '1.33')],
    source: `${MARKERS('networking/v1beta1', 'v0.36.0')} (introduced 1.31; removal = deprecated + 3); v1 introduced 1.33`,
  },
  {
    apiVersion: 'networking.k8s.io/v1beta1',
    kind: 'Ingress',
    deprecated: '1.19',
    removed: '1.22',
    replacements: [r('networking.k8s.io/v1', 'Ingress', '1.19')],
    migration: INGRESS,
    source: `${MARKERS('networking/v1beta1', 'v0.36.0')}; ${GUIDE('v1.22 Ingress')}`,
  },
  {
    apiVersion: 'networking.k8s.io/v1beta1',
    kind: 'IngressClass',
    deprecated: '1.19',
    removed: '1.22',
    replacements: [r('networking.k8s.io/v1', 'IngressClass', '1.19')],
    source: `${MARKERS('networking/v1beta1', 'v0.36.0')} (its replacement marker names IngressClassList by mistake); ${GUIDE('v1.22 IngressClass')}`,
  },
  {
    apiVersion: 'networking.k8s.io/v1beta1',
    kind: 'ServiceCIDR',
    deprecated: '1.34',
    removed: '1.37',
    replacements: [r('networking.k8s.io/v1', 'ServiceCIDR', '1.33')],
    source: `${MARKERS('networking/v1beta1', 'v0.36.0')} (introduced 1.31; removal = deprecated + 3); v1 introduced 1.33`,
  },
  {
    apiVersion: 'node.k8s.io/v1beta1',
    kind: 'RuntimeClass',
    deprecated: '1.22',
    removed: '1.25',
    replacements: [r('node.k8s.io/v1', 'RuntimeClass', '1.20')],
    source: `${MARKERS('node/v1beta1', 'v0.36.0')}; ${GUIDE('v1.25 RuntimeClass')}`,
  },
  {
    apiVersion: 'policy/v1beta1',
    kind: 'PodDisruptionBudget',
    deprecated: '1.21',
    removed: '1.25',
    replacements: [r('policy/v1', 'PodDisruptionBudget', '1.21')],
    migration:
      'In policy/v1 an empty spec.selector ({}) selects every pod in the namespace, where in policy/v1beta1 it selected none; check the selector before switching.',
    source: `${MARKERS('policy/v1beta1', 'v0.36.0')}; ${GUIDE('v1.25 PodDisruptionBudget')}`,
  },
  {
    apiVersion: 'policy/v1beta1',
    kind: 'PodSecurityPolicy',
    deprecated: '1.21',
    removed: '1.25',
    replacements: [],
    migration: PSP,
    source: `${MARKERS('policy/v1beta1', 'v0.24.0')}; ${GUIDE('v1.25 PodSecurityPolicy')}`,
  },
  {
    apiVersion: 'rbac.authorization.k8s.io/v1beta1',
    kind: 'ClusterRole',
    deprecated: '1.17',
    removed: '1.22',
    replacements: [r('rbac.authorization.k8s.io/v1', 'ClusterRole', '1.8')],
    source: `${MARKERS('rbac/v1beta1', 'v0.36.0')}; ${GUIDE('v1.22 RBAC resources')}`,
  },
  {
    apiVersion: 'rbac.authorization.k8s.io/v1beta1',
    kind: 'ClusterRoleBinding',
    deprecated: '1.17',
    removed: '1.22',
    replacements: [r('rbac.authorization.k8s.io/v1', 'ClusterRoleBinding', '1.8')],
    source: `${MARKERS('rbac/v1beta1', 'v0.36.0')}; ${GUIDE('v1.22 RBAC resources')}`,
  },
  {
    apiVersion: 'rbac.authorization.k8s.io/v1beta1',
    kind: 'Role',
    deprecated: '1.17',
    removed: '1.22',
    replacements: [r('rbac.authorization.k8s.io/v1', 'Role', '1.8')],
    source: `${MARKERS('rbac/v1beta1', 'v0.36.0')}; ${GUIDE('v1.22 RBAC resources')}`,
  },
  {
    apiVersion: 'rbac.authorization.k8s.io/v1beta1',
    kind: 'RoleBinding',
    deprecated: '1.17',
    removed: '1.22',
    replacements: [r('rbac.authorization.k8s.io/v1', 'RoleBinding', '1.8')],
    source: `${MARKERS('rbac/v1beta1', 'v0.36.0')}; ${GUIDE('v1.22 RBAC resources')}`,
  },
  ...(['DeviceClass', 'ResourceClaim', 'ResourceClaimTemplate', 'ResourceSlice'] as const).map(
    (kind): ApiLifecycle => ({
      apiVersion: 'resource.k8s.io/v1beta1',
      kind,
      deprecated: '1.35',
      removed: '1.38',
      replacements: [r('resource.k8s.io/v1', kind, '1.34')],
      source: `${MARKERS('resource/v1beta1', 'v0.36.0')} (introduced 1.32; removal = deprecated + 3); v1 introduced 1.34`,
    }),
  ),
  ...(['DeviceClass', 'ResourceClaim', 'ResourceClaimTemplate', 'ResourceSlice'] as const).map(
    (kind): ApiLifecycle => ({
      apiVersion: 'resource.k8s.io/v1beta2',
      kind,
      deprecated: '1.36',
      removed: '1.39',
      replacements: [r('resource.k8s.io/v1', kind, '1.34')],
      source: `${MARKERS('resource/v1beta2', 'v0.36.0')} (introduced 1.33; removal = deprecated + 3); v1 introduced 1.34`,
    }),
  ),
  {
    apiVersion: 'scheduling.k8s.io/v1beta1',
    kind: 'PriorityClass',
    deprecated: '1.14',
    removed: '1.22',
    replacements: [r('scheduling.k8s.io/v1', 'PriorityClass', '1.14')],
    source: `${MARKERS('scheduling/v1beta1', 'v0.36.0')}; ${GUIDE('v1.22 PriorityClass')}`,
  },
  {
    apiVersion: 'storage.k8s.io/v1beta1',
    kind: 'CSIDriver',
    deprecated: '1.19',
    removed: '1.22',
    replacements: [r('storage.k8s.io/v1', 'CSIDriver', '1.19')],
    source: `${MARKERS('storage/v1beta1', 'v0.36.0')}; ${GUIDE('v1.22 Storage resources')}`,
  },
  {
    apiVersion: 'storage.k8s.io/v1beta1',
    kind: 'CSINode',
    deprecated: '1.17',
    removed: '1.22',
    replacements: [r('storage.k8s.io/v1', 'CSINode', '1.17')],
    source: `${MARKERS('storage/v1beta1', 'v0.36.0')}; ${GUIDE('v1.22 Storage resources')}`,
  },
  {
    apiVersion: 'storage.k8s.io/v1beta1',
    kind: 'CSIStorageCapacity',
    deprecated: '1.24',
    removed: '1.27',
    replacements: [r('storage.k8s.io/v1', 'CSIStorageCapacity', '1.24')],
    source: `${MARKERS('storage/v1beta1', 'v0.36.0')}; ${GUIDE('v1.27 CSIStorageCapacity')}`,
  },
  {
    apiVersion: 'storage.k8s.io/v1beta1',
    kind: 'StorageClass',
    deprecated: '1.19',
    removed: '1.22',
    replacements: [r('storage.k8s.io/v1', 'StorageClass', '1.6')],
    source: `${MARKERS('storage/v1beta1', 'v0.36.0')}; ${GUIDE('v1.22 Storage resources')}`,
  },
  {
    apiVersion: 'storage.k8s.io/v1beta1',
    kind: 'VolumeAttachment',
    deprecated: '1.19',
    removed: '1.22',
    replacements: [r('storage.k8s.io/v1', 'VolumeAttachment', '1.13')],
    source: `${MARKERS('storage/v1beta1', 'v0.36.0')}; ${GUIDE('v1.22 Storage resources')}`,
  },
  {
    apiVersion: 'storage.k8s.io/v1beta1',
    kind: 'VolumeAttributesClass',
    deprecated: '1.34',
    removed: '1.37',
    replacements: [r('storage.k8s.io/v1', 'VolumeAttributesClass', '1.34')],
    source: `${MARKERS('storage/v1beta1', 'v0.36.0')} (introduced 1.31; removal = deprecated + 3); v1 introduced 1.34`,
  },
  {
    apiVersion: 'storagemigration.k8s.io/v1beta1',
    kind: 'StorageVersionMigration',
    deprecated: '1.37',
    removed: '1.40',
    replacements: [r('storagemigration.k8s.io/v1', 'StorageVersionMigration', '1.37')],
    source: `${MARKERS('storagemigration/v1beta1', HEAD)}; v1 introduced 1.37`,
  },
  {
    apiVersion: 'v1',
    kind: 'ComponentStatus',
    deprecated: '1.19',
    replacements: [],
    migration: 'Check component health through their /livez and /readyz endpoints instead.',
    source: 'kube-apiserver warning "v1 ComponentStatus is deprecated in v1.19+" (kubernetes/kubernetes pkg/registry/core/componentstatus)',
  },
  {
    apiVersion: 'v1',
    kind: 'Endpoints',
    deprecated: '1.33',
    replacements: [r('discovery.k8s.io/v1', 'EndpointSlice', '1.21')],
    migration:
      'One Endpoints object becomes one or more EndpointSlices labelled kubernetes.io/service-name: <service>, with addressType and per-endpoint conditions; for a Service with a selector the control plane manages them for you.',
    source: 'Kubernetes v1.33 release blog ("Deprecation of the stable Endpoints API"); kube-apiserver warning "v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice"',
  },
];

const BY_KEY = new Map(API_LIFECYCLE.map((row) => [`${row.apiVersion}\u0000${row.kind}`, row] as const));

/** The lifecycle row of an apiVersion and kind, when it is deprecated or removed at some release. */
/** The API group of an apiVersion: `apps` for `apps/v1`, the empty string for the core group's `v1`. */
export function apiGroupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? '' : apiVersion.slice(0, slash);
}

export function apiLifecycleOf(apiVersion: string, kind: string): ApiLifecycle | undefined {
  return BY_KEY.get(`${apiVersion}\u0000${kind}`);
}

/** True when the target no longer serves this row's API version. */
export function isRemovedAt(row: ApiLifecycle, target: K8sVersion): boolean {
  return row.removed !== undefined && compareVersions(target, mustParse(row.removed)) >= 0;
}

/** True when the target serves this row's API version but warns that it is deprecated. */
export function isDeprecatedAt(row: ApiLifecycle, target: K8sVersion): boolean {
  return compareVersions(target, mustParse(row.deprecated)) >= 0 && !isRemovedAt(row, target);
}

/** True when the target serves an apiVersion and kind (as far as the lifecycle table knows). */
export function isServedAt(apiVersion: string, kind: string, target: K8sVersion): boolean {
  const row = apiLifecycleOf(apiVersion, kind);
  return !row || !isRemovedAt(row, target);
}

/**
 * The replacement to recommend at a target: the most preferred one the target serves. Undefined when
 * the row has no replacement or none of them is served by the target.
 */
export function replacementAt(row: ApiLifecycle, target: K8sVersion): ApiReplacement | undefined {
  return row.replacements.find((rep) => compareVersions(target, mustParse(rep.since)) >= 0 && isServedAt(rep.apiVersion, rep.kind, target));
}
