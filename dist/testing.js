import { createRequire as __pciLintCreateRequire } from 'node:module';
const require = __pciLintCreateRequire(import.meta.url);
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});

// src/testing/rule-tester.ts
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";

// src/k8s/versions.ts
var NEWEST_TARGET = { major: 1, minor: 37 };
var DEFAULT_TARGET = NEWEST_TARGET;
function formatVersion(v) {
  return `${v.major}.${v.minor}`;
}
function parseVersion(text) {
  const trimmed = text.trim();
  if (!/^v?\d+\.\d+(\.\d+)?([-+].*)?$/.test(trimmed)) return void 0;
  return coerced(trimmed);
}
var COERCE = /(^|\D)(\d{1,16})(?:\.(\d{1,16}))?(?:\.(\d{1,16}))?(?:$|\D)/;
var STRICT_NUMBER = /^(?:0|[1-9]\d*)$/;
function coerced(text) {
  const match = COERCE.exec(text);
  if (!match) return void 0;
  const parts = [match[2] ?? "", match[3] ?? "0", match[4] ?? "0"];
  if (!parts.every((part) => STRICT_NUMBER.test(part) && Number(part) <= Number.MAX_SAFE_INTEGER)) return void 0;
  return { major: Number(parts[0]), minor: Number(parts[1]) };
}
function compareVersions(a, b) {
  return a.major - b.major || a.minor - b.minor;
}
function inRange(target, range) {
  if (!range) return true;
  if (range.since !== void 0 && compareVersions(target, mustParse(range.since)) < 0) return false;
  if (range.until !== void 0 && compareVersions(target, mustParse(range.until)) >= 0) return false;
  return true;
}
function mustParse(text) {
  const v = parseVersion(text);
  if (!v) throw new Error(`invalid Kubernetes version "${text}"`);
  return v;
}

// src/k8s/api-versions.ts
var MARKERS = (pkg, tag) => `kubernetes/api ${pkg}/zz_generated.prerelease-lifecycle.go (${tag})`;
var GUIDE = (section) => `kubernetes/website deprecation-guide.md, section ${section}`;
var STAGING = (path) => `kubernetes/kubernetes staging/src/k8s.io/${path}/zz_generated.prerelease-lifecycle.go`;
var HEAD = "master 2026-07-24, v0.37.0-beta.0";
var r = (apiVersion, kind, since) => ({ apiVersion, kind, since });
var WORKLOAD_SELECTOR = "apps/v1 requires spec.selector (copy the pod template labels) and makes it immutable; rolling updates become the default update strategy.";
var INGRESS = "networking.k8s.io/v1 renames spec.backend to spec.defaultBackend and backend serviceName/servicePort to service.name and service.port.number (or service.port.name), and every path needs a pathType (ImplementationSpecific keeps the old matching).";
var WEBHOOKS = "admissionregistration.k8s.io/v1 requires webhooks[].sideEffects (None or NoneOnDryRun) and webhooks[].admissionReviewVersions, and defaults failurePolicy to Fail, matchPolicy to Equivalent and timeoutSeconds to 10.";
var ACCESS_REVIEW = "authorization.k8s.io/v1 renames spec.group to spec.groups.";
var PLC_SHARES = "PriorityLevelConfiguration spec.limited.assuredConcurrencyShares is renamed nominalConcurrencyShares.";
var PSP = "There is no replacement API: enforce pod security with Pod Security Admission (pod-security.kubernetes.io/enforce namespace labels) or an admission webhook.";
var API_LIFECYCLE = [
  {
    apiVersion: "admissionregistration.k8s.io/v1beta1",
    kind: "MutatingAdmissionPolicy",
    deprecated: "1.37",
    removed: "1.40",
    replacements: [r("admissionregistration.k8s.io/v1", "MutatingAdmissionPolicy", "1.36")],
    source: MARKERS("admissionregistration/v1beta1", HEAD)
  },
  {
    apiVersion: "admissionregistration.k8s.io/v1beta1",
    kind: "MutatingAdmissionPolicyBinding",
    deprecated: "1.37",
    removed: "1.40",
    replacements: [r("admissionregistration.k8s.io/v1", "MutatingAdmissionPolicyBinding", "1.36")],
    source: MARKERS("admissionregistration/v1beta1", HEAD)
  },
  {
    apiVersion: "admissionregistration.k8s.io/v1beta1",
    kind: "MutatingWebhookConfiguration",
    deprecated: "1.16",
    removed: "1.22",
    replacements: [r("admissionregistration.k8s.io/v1", "MutatingWebhookConfiguration", "1.16")],
    migration: WEBHOOKS,
    source: `${MARKERS("admissionregistration/v1beta1", "v0.36.0")}; ${GUIDE("v1.22 Webhook resources")}`
  },
  {
    apiVersion: "admissionregistration.k8s.io/v1beta1",
    kind: "ValidatingAdmissionPolicy",
    deprecated: "1.31",
    removed: "1.34",
    replacements: [r("admissionregistration.k8s.io/v1", "ValidatingAdmissionPolicy", "1.30")],
    source: `${MARKERS("admissionregistration/v1beta1", "v0.36.0")} (introduced 1.28; removal = deprecated + 3); v1 introduced 1.30`
  },
  {
    apiVersion: "admissionregistration.k8s.io/v1beta1",
    kind: "ValidatingAdmissionPolicyBinding",
    deprecated: "1.31",
    removed: "1.34",
    replacements: [r("admissionregistration.k8s.io/v1", "ValidatingAdmissionPolicyBinding", "1.30")],
    source: `${MARKERS("admissionregistration/v1beta1", "v0.36.0")} (introduced 1.28; removal = deprecated + 3); v1 introduced 1.30`
  },
  {
    apiVersion: "admissionregistration.k8s.io/v1beta1",
    kind: "ValidatingWebhookConfiguration",
    deprecated: "1.16",
    removed: "1.22",
    replacements: [r("admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration", "1.16")],
    migration: WEBHOOKS,
    source: `${MARKERS("admissionregistration/v1beta1", "v0.36.0")}; ${GUIDE("v1.22 Webhook resources")}`
  },
  {
    apiVersion: "apiextensions.k8s.io/v1beta1",
    kind: "CustomResourceDefinition",
    deprecated: "1.16",
    removed: "1.22",
    replacements: [r("apiextensions.k8s.io/v1", "CustomResourceDefinition", "1.16")],
    migration: "apiextensions.k8s.io/v1 requires spec.scope and a structural schema in spec.versions[].schema.openAPIV3Schema; spec.version, spec.validation, spec.subresources and spec.additionalPrinterColumns move into spec.versions[], and spec.preserveUnknownFields: true is not allowed.",
    source: `${STAGING("apiextensions-apiserver/pkg/apis/apiextensions/v1beta1")}; ${GUIDE("v1.22 CustomResourceDefinition")}`
  },
  {
    apiVersion: "apiregistration.k8s.io/v1beta1",
    kind: "APIService",
    deprecated: "1.19",
    removed: "1.22",
    replacements: [r("apiregistration.k8s.io/v1", "APIService", "1.10")],
    source: `${STAGING("kube-aggregator/pkg/apis/apiregistration/v1beta1")}; ${GUIDE("v1.22 APIService")}`
  },
  {
    apiVersion: "apps/v1beta1",
    kind: "ControllerRevision",
    deprecated: "1.8",
    removed: "1.16",
    replacements: [r("apps/v1", "ControllerRevision", "1.9")],
    source: MARKERS("apps/v1beta1", "v0.36.0")
  },
  {
    apiVersion: "apps/v1beta1",
    kind: "Deployment",
    deprecated: "1.8",
    removed: "1.16",
    replacements: [r("apps/v1", "Deployment", "1.9")],
    migration: `spec.rollbackTo is gone; ${WORKLOAD_SELECTOR}`,
    source: `${MARKERS("apps/v1beta1", "v0.36.0")}; ${GUIDE("v1.16 Deployment")}`
  },
  {
    // apps/v1beta1 never defined ReplicaSet in k8s.io/api; the guide lists it among the 1.16 removals, so it is
    // kept here for completeness (such a manifest was never accepted by any release pci-lint targets).
    apiVersion: "apps/v1beta1",
    kind: "ReplicaSet",
    deprecated: "1.8",
    removed: "1.16",
    replacements: [r("apps/v1", "ReplicaSet", "1.9")],
    migration: WORKLOAD_SELECTOR,
    source: `${GUIDE("v1.16 ReplicaSet")}; deprecated-in as for the other apps/v1beta1 kinds (markers)`
  },
  {
    apiVersion: "apps/v1beta1",
    kind: "StatefulSet",
    deprecated: "1.8",
    removed: "1.16",
    replacements: [r("apps/v1", "StatefulSet", "1.9")],
    migration: WORKLOAD_SELECTOR,
    source: `${MARKERS("apps/v1beta1", "v0.36.0")}; ${GUIDE("v1.16 StatefulSet")}`
  },
  {
    apiVersion: "apps/v1beta2",
    kind: "ControllerRevision",
    deprecated: "1.9",
    removed: "1.16",
    replacements: [r("apps/v1", "ControllerRevision", "1.9")],
    source: MARKERS("apps/v1beta2", "v0.36.0")
  },
  {
    apiVersion: "apps/v1beta2",
    kind: "DaemonSet",
    deprecated: "1.9",
    removed: "1.16",
    replacements: [r("apps/v1", "DaemonSet", "1.9")],
    migration: `spec.templateGeneration is gone; ${WORKLOAD_SELECTOR}`,
    source: `${MARKERS("apps/v1beta2", "v0.36.0")}; ${GUIDE("v1.16 DaemonSet")}`
  },
  {
    apiVersion: "apps/v1beta2",
    kind: "Deployment",
    deprecated: "1.9",
    removed: "1.16",
    replacements: [r("apps/v1", "Deployment", "1.9")],
    migration: `spec.rollbackTo is gone; ${WORKLOAD_SELECTOR}`,
    source: `${MARKERS("apps/v1beta2", "v0.36.0")}; ${GUIDE("v1.16 Deployment")}`
  },
  {
    apiVersion: "apps/v1beta2",
    kind: "ReplicaSet",
    deprecated: "1.9",
    removed: "1.16",
    replacements: [r("apps/v1", "ReplicaSet", "1.9")],
    migration: WORKLOAD_SELECTOR,
    source: `${MARKERS("apps/v1beta2", "v0.36.0")}; ${GUIDE("v1.16 ReplicaSet")}`
  },
  {
    apiVersion: "apps/v1beta2",
    kind: "StatefulSet",
    deprecated: "1.9",
    removed: "1.16",
    replacements: [r("apps/v1", "StatefulSet", "1.9")],
    migration: WORKLOAD_SELECTOR,
    source: `${MARKERS("apps/v1beta2", "v0.36.0")}; ${GUIDE("v1.16 StatefulSet")}`
  },
  {
    apiVersion: "authentication.k8s.io/v1beta1",
    kind: "SelfSubjectReview",
    deprecated: "1.30",
    removed: "1.33",
    replacements: [r("authentication.k8s.io/v1", "SelfSubjectReview", "1.28")],
    source: `${MARKERS("authentication/v1beta1", "v0.36.0")} (introduced 1.27; removal = deprecated + 3); v1 introduced 1.28`
  },
  {
    apiVersion: "authentication.k8s.io/v1beta1",
    kind: "TokenReview",
    deprecated: "1.19",
    removed: "1.22",
    replacements: [r("authentication.k8s.io/v1", "TokenReview", "1.6")],
    source: `${MARKERS("authentication/v1beta1", "v0.36.0")}; ${GUIDE("v1.22 TokenReview")}`
  },
  {
    apiVersion: "authorization.k8s.io/v1beta1",
    kind: "LocalSubjectAccessReview",
    deprecated: "1.19",
    removed: "1.22",
    replacements: [r("authorization.k8s.io/v1", "LocalSubjectAccessReview", "1.6")],
    migration: ACCESS_REVIEW,
    source: `${MARKERS("authorization/v1beta1", "v0.36.0")}; ${GUIDE("v1.22 SubjectAccessReview resources")}`
  },
  {
    apiVersion: "authorization.k8s.io/v1beta1",
    kind: "SelfSubjectAccessReview",
    deprecated: "1.19",
    removed: "1.22",
    replacements: [r("authorization.k8s.io/v1", "SelfSubjectAccessReview", "1.6")],
    migration: ACCESS_REVIEW,
    source: `${MARKERS("authorization/v1beta1", "v0.36.0")}; ${GUIDE("v1.22 SubjectAccessReview resources")}`
  },
  {
    apiVersion: "authorization.k8s.io/v1beta1",
    kind: "SelfSubjectRulesReview",
    deprecated: "1.19",
    removed: "1.22",
    replacements: [r("authorization.k8s.io/v1", "SelfSubjectRulesReview", "1.6")],
    source: `${MARKERS("authorization/v1beta1", "v0.36.0")}; ${GUIDE("v1.22 SubjectAccessReview resources")}`
  },
  {
    apiVersion: "authorization.k8s.io/v1beta1",
    kind: "SubjectAccessReview",
    deprecated: "1.19",
    removed: "1.22",
    replacements: [r("authorization.k8s.io/v1", "SubjectAccessReview", "1.6")],
    migration: ACCESS_REVIEW,
    source: `${MARKERS("authorization/v1beta1", "v0.36.0")}; ${GUIDE("v1.22 SubjectAccessReview resources")}`
  },
  {
    apiVersion: "autoscaling/v2beta1",
    kind: "HorizontalPodAutoscaler",
    deprecated: "1.22",
    removed: "1.25",
    replacements: [r("autoscaling/v2", "HorizontalPodAutoscaler", "1.23"), r("autoscaling/v2beta2", "HorizontalPodAutoscaler", "1.12")],
    migration: "autoscaling/v2 metrics use a target block: targetAverageUtilization becomes target.type: Utilization with target.averageUtilization (likewise targetAverageValue and targetValue).",
    source: `${MARKERS("autoscaling/v2beta1", "v0.25.0")}; ${GUIDE("v1.25 HorizontalPodAutoscaler")}`
  },
  {
    apiVersion: "autoscaling/v2beta2",
    kind: "HorizontalPodAutoscaler",
    deprecated: "1.23",
    removed: "1.26",
    replacements: [r("autoscaling/v2", "HorizontalPodAutoscaler", "1.23")],
    source: `${MARKERS("autoscaling/v2beta2", "v0.25.0")}; ${GUIDE("v1.26 HorizontalPodAutoscaler")}`
  },
  {
    apiVersion: "batch/v1beta1",
    kind: "CronJob",
    deprecated: "1.21",
    removed: "1.25",
    replacements: [r("batch/v1", "CronJob", "1.21")],
    source: `${MARKERS("batch/v1beta1", "v0.36.0")}; ${GUIDE("v1.25 CronJob")} ("No notable changes")`
  },
  {
    apiVersion: "certificates.k8s.io/v1beta1",
    kind: "CertificateSigningRequest",
    deprecated: "1.19",
    removed: "1.22",
    replacements: [r("certificates.k8s.io/v1", "CertificateSigningRequest", "1.19")],
    migration: "certificates.k8s.io/v1 requires spec.signerName (kubernetes.io/legacy-unknown is not accepted) and spec.usages, with no duplicate or unknown usages.",
    source: `${MARKERS("certificates/v1beta1", "v0.36.0")}; ${GUIDE("v1.22 CertificateSigningRequest")}`
  },
  {
    apiVersion: "certificates.k8s.io/v1beta1",
    kind: "ClusterTrustBundle",
    deprecated: "1.37",
    removed: "1.40",
    replacements: [r("certificates.k8s.io/v1", "ClusterTrustBundle", "1.37")],
    source: `${MARKERS("certificates/v1beta1", HEAD)}; v1 introduced 1.37`
  },
  {
    apiVersion: "certificates.k8s.io/v1beta1",
    kind: "PodCertificateRequest",
    deprecated: "1.37",
    removed: "1.40",
    replacements: [r("certificates.k8s.io/v1", "PodCertificateRequest", "1.37")],
    source: `${MARKERS("certificates/v1beta1", HEAD)}; v1 introduced 1.37`
  },
  {
    apiVersion: "coordination.k8s.io/v1beta1",
    kind: "Lease",
    deprecated: "1.19",
    removed: "1.22",
    replacements: [r("coordination.k8s.io/v1", "Lease", "1.14")],
    source: `${MARKERS("coordination/v1beta1", "v0.36.0")}; ${GUIDE("v1.22 Lease")}`
  },
  {
    apiVersion: "coordination.k8s.io/v1beta1",
    kind: "LeaseCandidate",
    deprecated: "1.36",
    removed: "1.39",
    replacements: [],
    migration: "No GA version of LeaseCandidate exists yet; keep it only where coordinated leader election is deliberately enabled.",
    source: `${MARKERS("coordination/v1beta1", "v0.36.0")} (introduced 1.33; no GA version yet)`
  },
  {
    apiVersion: "discovery.k8s.io/v1beta1",
    kind: "EndpointSlice",
    deprecated: "1.21",
    removed: "1.25",
    replacements: [r("discovery.k8s.io/v1", "EndpointSlice", "1.21")],
    migration: "discovery.k8s.io/v1 replaces endpoints[].topology with the per-endpoint nodeName and zone fields (topology becomes the read-only deprecatedTopology).",
    source: `${MARKERS("discovery/v1beta1", "v0.36.0")}; ${GUIDE("v1.25 EndpointSlice")}`
  },
  {
    apiVersion: "events.k8s.io/v1beta1",
    kind: "Event",
    deprecated: "1.22",
    removed: "1.25",
    replacements: [r("events.k8s.io/v1", "Event", "1.19")],
    migration: "events.k8s.io/v1 limits type to Normal and Warning, renames involvedObject to regarding, requires action, reason, reportingController and reportingInstance, and replaces firstTimestamp, lastTimestamp, count and source with eventTime, series and the reporting fields.",
    source: `${MARKERS("events/v1beta1", "v0.36.0")}; ${GUIDE("v1.25 Event")}`
  },
  {
    apiVersion: "extensions/v1beta1",
    kind: "DaemonSet",
    deprecated: "1.8",
    removed: "1.16",
    replacements: [r("apps/v1", "DaemonSet", "1.9")],
    migration: `The kind moves to the apps group; spec.templateGeneration is gone and the default update strategy changes from OnDelete to RollingUpdate; ${WORKLOAD_SELECTOR}`,
    source: `${MARKERS("extensions/v1beta1", "v0.36.0")}; ${GUIDE("v1.16 DaemonSet")}`
  },
  {
    apiVersion: "extensions/v1beta1",
    kind: "Deployment",
    deprecated: "1.8",
    removed: "1.16",
    replacements: [r("apps/v1", "Deployment", "1.9")],
    migration: `The kind moves to the apps group; spec.rollbackTo is gone and progressDeadlineSeconds, revisionHistoryLimit, maxSurge and maxUnavailable get new defaults; ${WORKLOAD_SELECTOR}`,
    source: `${MARKERS("extensions/v1beta1", "v0.36.0")}; ${GUIDE("v1.16 Deployment")}`
  },
  {
    apiVersion: "extensions/v1beta1",
    kind: "Ingress",
    deprecated: "1.14",
    removed: "1.22",
    replacements: [r("networking.k8s.io/v1", "Ingress", "1.19"), r("networking.k8s.io/v1beta1", "Ingress", "1.14")],
    migration: `The kind moves to the networking.k8s.io group; ${INGRESS}`,
    source: `${MARKERS("extensions/v1beta1", "v0.36.0")}; ${GUIDE("v1.22 Ingress")}`
  },
  {
    apiVersion: "extensions/v1beta1",
    kind: "NetworkPolicy",
    deprecated: "1.9",
    removed: "1.16",
    replacements: [r("networking.k8s.io/v1", "NetworkPolicy", "1.8")],
    source: `${MARKERS("extensions/v1beta1", "v0.36.0")}; ${GUIDE("v1.16 NetworkPolicy")}`
  },
  {
    apiVersion: "extensions/v1beta1",
    kind: "PodSecurityPolicy",
    deprecated: "1.11",
    removed: "1.16",
    replacements: [r("policy/v1beta1", "PodSecurityPolicy", "1.10")],
    migration: "policy/v1beta1 PodSecurityPolicy is itself removed in 1.25; plan for Pod Security Admission instead.",
    source: MARKERS("extensions/v1beta1", "v0.26.0")
  },
  {
    apiVersion: "extensions/v1beta1",
    kind: "ReplicaSet",
    deprecated: "1.8",
    removed: "1.16",
    replacements: [r("apps/v1", "ReplicaSet", "1.9")],
    migration: `The kind moves to the apps group; ${WORKLOAD_SELECTOR}`,
    source: `${MARKERS("extensions/v1beta1", "v0.36.0")}; ${GUIDE("v1.16 ReplicaSet")}`
  },
  {
    apiVersion: "flowcontrol.apiserver.k8s.io/v1beta1",
    kind: "FlowSchema",
    deprecated: "1.23",
    removed: "1.26",
    replacements: [
      r("flowcontrol.apiserver.k8s.io/v1", "FlowSchema", "1.29"),
      r("flowcontrol.apiserver.k8s.io/v1beta3", "FlowSchema", "1.26"),
      r("flowcontrol.apiserver.k8s.io/v1beta2", "FlowSchema", "1.23")
    ],
    source: `${MARKERS("flowcontrol/v1beta1", "v0.36.0")}; ${GUIDE("v1.26 Flow control resources")}`
  },
  {
    apiVersion: "flowcontrol.apiserver.k8s.io/v1beta1",
    kind: "PriorityLevelConfiguration",
    deprecated: "1.23",
    removed: "1.26",
    replacements: [
      r("flowcontrol.apiserver.k8s.io/v1", "PriorityLevelConfiguration", "1.29"),
      r("flowcontrol.apiserver.k8s.io/v1beta3", "PriorityLevelConfiguration", "1.26"),
      r("flowcontrol.apiserver.k8s.io/v1beta2", "PriorityLevelConfiguration", "1.23")
    ],
    migration: "From v1beta3 on, spec.limited.assuredConcurrencyShares is renamed nominalConcurrencyShares.",
    source: `${MARKERS("flowcontrol/v1beta1", "v0.36.0")}; ${GUIDE("v1.26 and v1.29 Flow control resources")}`
  },
  {
    apiVersion: "flowcontrol.apiserver.k8s.io/v1beta2",
    kind: "FlowSchema",
    deprecated: "1.26",
    removed: "1.29",
    replacements: [r("flowcontrol.apiserver.k8s.io/v1", "FlowSchema", "1.29"), r("flowcontrol.apiserver.k8s.io/v1beta3", "FlowSchema", "1.26")],
    source: `${MARKERS("flowcontrol/v1beta2", "v0.36.0")}; ${GUIDE("v1.29 Flow control resources")}`
  },
  {
    apiVersion: "flowcontrol.apiserver.k8s.io/v1beta2",
    kind: "PriorityLevelConfiguration",
    deprecated: "1.26",
    removed: "1.29",
    replacements: [
      r("flowcontrol.apiserver.k8s.io/v1", "PriorityLevelConfiguration", "1.29"),
      r("flowcontrol.apiserver.k8s.io/v1beta3", "PriorityLevelConfiguration", "1.26")
    ],
    migration: PLC_SHARES,
    source: `${MARKERS("flowcontrol/v1beta2", "v0.36.0")}; ${GUIDE("v1.29 Flow control resources")}`
  },
  {
    apiVersion: "flowcontrol.apiserver.k8s.io/v1beta3",
    kind: "FlowSchema",
    deprecated: "1.29",
    removed: "1.32",
    replacements: [r("flowcontrol.apiserver.k8s.io/v1", "FlowSchema", "1.29")],
    source: `${MARKERS("flowcontrol/v1beta3", "v0.36.0")}; ${GUIDE("v1.32 Flow control resources")}`
  },
  {
    apiVersion: "flowcontrol.apiserver.k8s.io/v1beta3",
    kind: "PriorityLevelConfiguration",
    deprecated: "1.29",
    removed: "1.32",
    replacements: [r("flowcontrol.apiserver.k8s.io/v1", "PriorityLevelConfiguration", "1.29")],
    migration: "In v1 an explicit spec.limited.nominalConcurrencyShares: 0 stays 0 (v1beta3 turned it into 30).",
    source: `${MARKERS("flowcontrol/v1beta3", "v0.36.0")}; ${GUIDE("v1.32 Flow control resources")}`
  },
  {
    apiVersion: "networking.k8s.io/v1beta1",
    kind: "IPAddress",
    deprecated: "1.34",
    removed: "1.37",
    replacements: [r("networking.k8s.io/v1", "IPAddress", "1.33")],
    source: `${MARKERS("networking/v1beta1", "v0.36.0")} (introduced 1.31; removal = deprecated + 3); v1 introduced 1.33`
  },
  {
    apiVersion: "networking.k8s.io/v1beta1",
    kind: "Ingress",
    deprecated: "1.19",
    removed: "1.22",
    replacements: [r("networking.k8s.io/v1", "Ingress", "1.19")],
    migration: INGRESS,
    source: `${MARKERS("networking/v1beta1", "v0.36.0")}; ${GUIDE("v1.22 Ingress")}`
  },
  {
    apiVersion: "networking.k8s.io/v1beta1",
    kind: "IngressClass",
    deprecated: "1.19",
    removed: "1.22",
    replacements: [r("networking.k8s.io/v1", "IngressClass", "1.19")],
    source: `${MARKERS("networking/v1beta1", "v0.36.0")} (its replacement marker names IngressClassList by mistake); ${GUIDE("v1.22 IngressClass")}`
  },
  {
    apiVersion: "networking.k8s.io/v1beta1",
    kind: "ServiceCIDR",
    deprecated: "1.34",
    removed: "1.37",
    replacements: [r("networking.k8s.io/v1", "ServiceCIDR", "1.33")],
    source: `${MARKERS("networking/v1beta1", "v0.36.0")} (introduced 1.31; removal = deprecated + 3); v1 introduced 1.33`
  },
  {
    apiVersion: "node.k8s.io/v1beta1",
    kind: "RuntimeClass",
    deprecated: "1.22",
    removed: "1.25",
    replacements: [r("node.k8s.io/v1", "RuntimeClass", "1.20")],
    source: `${MARKERS("node/v1beta1", "v0.36.0")}; ${GUIDE("v1.25 RuntimeClass")}`
  },
  {
    apiVersion: "policy/v1beta1",
    kind: "PodDisruptionBudget",
    deprecated: "1.21",
    removed: "1.25",
    replacements: [r("policy/v1", "PodDisruptionBudget", "1.21")],
    migration: "In policy/v1 an empty spec.selector ({}) selects every pod in the namespace, where in policy/v1beta1 it selected none; check the selector before switching.",
    source: `${MARKERS("policy/v1beta1", "v0.36.0")}; ${GUIDE("v1.25 PodDisruptionBudget")}`
  },
  {
    apiVersion: "policy/v1beta1",
    kind: "PodSecurityPolicy",
    deprecated: "1.21",
    removed: "1.25",
    replacements: [],
    migration: PSP,
    source: `${MARKERS("policy/v1beta1", "v0.24.0")}; ${GUIDE("v1.25 PodSecurityPolicy")}`
  },
  {
    apiVersion: "rbac.authorization.k8s.io/v1beta1",
    kind: "ClusterRole",
    deprecated: "1.17",
    removed: "1.22",
    replacements: [r("rbac.authorization.k8s.io/v1", "ClusterRole", "1.8")],
    source: `${MARKERS("rbac/v1beta1", "v0.36.0")}; ${GUIDE("v1.22 RBAC resources")}`
  },
  {
    apiVersion: "rbac.authorization.k8s.io/v1beta1",
    kind: "ClusterRoleBinding",
    deprecated: "1.17",
    removed: "1.22",
    replacements: [r("rbac.authorization.k8s.io/v1", "ClusterRoleBinding", "1.8")],
    source: `${MARKERS("rbac/v1beta1", "v0.36.0")}; ${GUIDE("v1.22 RBAC resources")}`
  },
  {
    apiVersion: "rbac.authorization.k8s.io/v1beta1",
    kind: "Role",
    deprecated: "1.17",
    removed: "1.22",
    replacements: [r("rbac.authorization.k8s.io/v1", "Role", "1.8")],
    source: `${MARKERS("rbac/v1beta1", "v0.36.0")}; ${GUIDE("v1.22 RBAC resources")}`
  },
  {
    apiVersion: "rbac.authorization.k8s.io/v1beta1",
    kind: "RoleBinding",
    deprecated: "1.17",
    removed: "1.22",
    replacements: [r("rbac.authorization.k8s.io/v1", "RoleBinding", "1.8")],
    source: `${MARKERS("rbac/v1beta1", "v0.36.0")}; ${GUIDE("v1.22 RBAC resources")}`
  },
  ...["DeviceClass", "ResourceClaim", "ResourceClaimTemplate", "ResourceSlice"].map(
    (kind) => ({
      apiVersion: "resource.k8s.io/v1beta1",
      kind,
      deprecated: "1.35",
      removed: "1.38",
      replacements: [r("resource.k8s.io/v1", kind, "1.34")],
      source: `${MARKERS("resource/v1beta1", "v0.36.0")} (introduced 1.32; removal = deprecated + 3); v1 introduced 1.34`
    })
  ),
  ...["DeviceClass", "ResourceClaim", "ResourceClaimTemplate", "ResourceSlice"].map(
    (kind) => ({
      apiVersion: "resource.k8s.io/v1beta2",
      kind,
      deprecated: "1.36",
      removed: "1.39",
      replacements: [r("resource.k8s.io/v1", kind, "1.34")],
      source: `${MARKERS("resource/v1beta2", "v0.36.0")} (introduced 1.33; removal = deprecated + 3); v1 introduced 1.34`
    })
  ),
  {
    apiVersion: "scheduling.k8s.io/v1beta1",
    kind: "PriorityClass",
    deprecated: "1.14",
    removed: "1.22",
    replacements: [r("scheduling.k8s.io/v1", "PriorityClass", "1.14")],
    source: `${MARKERS("scheduling/v1beta1", "v0.36.0")}; ${GUIDE("v1.22 PriorityClass")}`
  },
  {
    apiVersion: "storage.k8s.io/v1beta1",
    kind: "CSIDriver",
    deprecated: "1.19",
    removed: "1.22",
    replacements: [r("storage.k8s.io/v1", "CSIDriver", "1.19")],
    source: `${MARKERS("storage/v1beta1", "v0.36.0")}; ${GUIDE("v1.22 Storage resources")}`
  },
  {
    apiVersion: "storage.k8s.io/v1beta1",
    kind: "CSINode",
    deprecated: "1.17",
    removed: "1.22",
    replacements: [r("storage.k8s.io/v1", "CSINode", "1.17")],
    source: `${MARKERS("storage/v1beta1", "v0.36.0")}; ${GUIDE("v1.22 Storage resources")}`
  },
  {
    apiVersion: "storage.k8s.io/v1beta1",
    kind: "CSIStorageCapacity",
    deprecated: "1.24",
    removed: "1.27",
    replacements: [r("storage.k8s.io/v1", "CSIStorageCapacity", "1.24")],
    source: `${MARKERS("storage/v1beta1", "v0.36.0")}; ${GUIDE("v1.27 CSIStorageCapacity")}`
  },
  {
    apiVersion: "storage.k8s.io/v1beta1",
    kind: "StorageClass",
    deprecated: "1.19",
    removed: "1.22",
    replacements: [r("storage.k8s.io/v1", "StorageClass", "1.6")],
    source: `${MARKERS("storage/v1beta1", "v0.36.0")}; ${GUIDE("v1.22 Storage resources")}`
  },
  {
    apiVersion: "storage.k8s.io/v1beta1",
    kind: "VolumeAttachment",
    deprecated: "1.19",
    removed: "1.22",
    replacements: [r("storage.k8s.io/v1", "VolumeAttachment", "1.13")],
    source: `${MARKERS("storage/v1beta1", "v0.36.0")}; ${GUIDE("v1.22 Storage resources")}`
  },
  {
    apiVersion: "storage.k8s.io/v1beta1",
    kind: "VolumeAttributesClass",
    deprecated: "1.34",
    removed: "1.37",
    replacements: [r("storage.k8s.io/v1", "VolumeAttributesClass", "1.34")],
    source: `${MARKERS("storage/v1beta1", "v0.36.0")} (introduced 1.31; removal = deprecated + 3); v1 introduced 1.34`
  },
  {
    apiVersion: "storagemigration.k8s.io/v1beta1",
    kind: "StorageVersionMigration",
    deprecated: "1.37",
    removed: "1.40",
    replacements: [r("storagemigration.k8s.io/v1", "StorageVersionMigration", "1.37")],
    source: `${MARKERS("storagemigration/v1beta1", HEAD)}; v1 introduced 1.37`
  },
  {
    apiVersion: "v1",
    kind: "ComponentStatus",
    deprecated: "1.19",
    replacements: [],
    migration: "Check component health through their /livez and /readyz endpoints instead.",
    source: 'kube-apiserver warning "v1 ComponentStatus is deprecated in v1.19+" (kubernetes/kubernetes pkg/registry/core/componentstatus)'
  },
  {
    apiVersion: "v1",
    kind: "Endpoints",
    deprecated: "1.33",
    replacements: [r("discovery.k8s.io/v1", "EndpointSlice", "1.21")],
    migration: "One Endpoints object becomes one or more EndpointSlices labelled kubernetes.io/service-name: <service>, with addressType and per-endpoint conditions; for a Service with a selector the control plane manages them for you.",
    source: 'Kubernetes v1.33 release blog ("Deprecation of the stable Endpoints API"); kube-apiserver warning "v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice"'
  }
];
var BY_KEY = new Map(API_LIFECYCLE.map((row) => [`${row.apiVersion}\0${row.kind}`, row]));
function apiGroupOf(apiVersion) {
  const slash = apiVersion.indexOf("/");
  return slash === -1 ? "" : apiVersion.slice(0, slash);
}
function apiLifecycleOf(apiVersion, kind) {
  return BY_KEY.get(`${apiVersion}\0${kind}`);
}
function isRemovedAt(row, target) {
  return row.removed !== void 0 && compareVersions(target, mustParse(row.removed)) >= 0;
}
function isServedAt(apiVersion, kind, target) {
  const row = apiLifecycleOf(apiVersion, kind);
  return !row || !isRemovedAt(row, target);
}

// src/k8s/pod-templates.ts
var EACH = "[*]";
var EVERY = "{*}";
var T = ["template", "spec"];
var rayCluster = (...prefix) => [
  [...prefix, "headGroupSpec", ...T],
  [...prefix, "workerGroupSpecs", EACH, ...T]
];
var replicaSpecs = (field) => [["spec", field, EVERY, ...T]];
var POD_TEMPLATE_KINDS = [
  { kind: "Pod", groups: [""], patterns: [["spec"]] },
  { kind: "PodTemplate", groups: [""], patterns: [[...T]] },
  { kind: "ReplicationController", groups: [""], patterns: [["spec", ...T]] },
  { kind: "Deployment", groups: ["apps", "extensions"], patterns: [["spec", ...T]] },
  { kind: "StatefulSet", groups: ["apps"], patterns: [["spec", ...T]] },
  { kind: "DaemonSet", groups: ["apps", "extensions"], patterns: [["spec", ...T]] },
  { kind: "ReplicaSet", groups: ["apps", "extensions"], patterns: [["spec", ...T]] },
  { kind: "Job", groups: ["batch"], patterns: [["spec", ...T]] },
  { kind: "CronJob", groups: ["batch"], patterns: [["spec", "jobTemplate", "spec", ...T]] },
  // OpenShift's DeploymentConfig runs its pod template like a Deployment: apps.openshift.io/v1, and the
  // unprefixed legacy `v1` that OpenShift 3 served it under (openshift/api apps/v1 types.go; OpenShift 3.x
  // "Deployments and DeploymentConfigs" examples use `apiVersion: v1`).
  { kind: "DeploymentConfig", groups: ["apps.openshift.io", ""], patterns: [["spec", ...T]] },
  // Argo Rollouts' Rollout replaces a Deployment and runs its pod template the same way (argoproj/argo-rollouts
  // 9f8d111d8f8e3e88b6d7f8bbdf62fd3cd863ef9d, pkg/apis/rollouts/v1alpha1/types.go: RolloutSpec.Template is a
  // corev1.PodTemplateSpec; group argoproj.io, pkg/apis/rollouts/register.go). One that names a Deployment by
  // workloadRef instead has no template: that Deployment's pod template is read where it is written.
  { kind: "Rollout", groups: ["argoproj.io"], patterns: [["spec", ...T]] },
  // KubeRay, group ray.io (ray-project/kuberay feeaf72facab4881ba2b179248bb67315634e229,
  // ray-operator/apis/ray/v1/groupversion_info.go). raycluster_types.go: RayCluster.Spec is a RayClusterSpec,
  // whose HeadGroupSpec.Template (`headGroupSpec.template`) and WorkerGroupSpecs[].Template
  // (`workerGroupSpecs[].template`) are corev1.PodTemplateSpec. rayjob_types.go: RayJobSpec.RayClusterSpec
  // (`rayClusterSpec`) is a RayClusterSpec and SubmitterPodTemplate (`submitterPodTemplate`) a
  // corev1.PodTemplateSpec. rayservice_types.go: RayServiceSpec.RayClusterSpec is a RayClusterSpec under
  // `rayClusterConfig`. raycronjob_types.go: RayCronJobSpec.JobTemplate (`jobTemplate`) is a RayJobSpec.
  { kind: "RayCluster", groups: ["ray.io"], patterns: rayCluster("spec") },
  { kind: "RayJob", groups: ["ray.io"], patterns: [...rayCluster("spec", "rayClusterSpec"), ["spec", "submitterPodTemplate", "spec"]] },
  { kind: "RayService", groups: ["ray.io"], patterns: rayCluster("spec", "rayClusterConfig") },
  { kind: "RayCronJob", groups: ["ray.io"], patterns: [...rayCluster("spec", "jobTemplate", "rayClusterSpec"), ["spec", "jobTemplate", "submitterPodTemplate", "spec"]] },
  // Kubeflow training-operator v1, group kubeflow.org (kubeflow/training-operator release-1.9
  // 078ec30ff26649a07d2e28893c332d4cef70e233, pkg/apis/kubeflow.org/v1/groupversion_info.go). Each job's
  // spec holds a map[ReplicaType]*ReplicaSpec (pytorch_types.go PyTorchJobSpec.PyTorchReplicaSpecs
  // `pytorchReplicaSpecs`, tensorflow_types.go TFJobSpec.TFReplicaSpecs `tfReplicaSpecs`, xgboost_types.go
  // XGBoostJobSpec.XGBReplicaSpecs `xgbReplicaSpecs`, paddlepaddle_types.go PaddleJobSpec.PaddleReplicaSpecs
  // `paddleReplicaSpecs`, jax_types.go JAXJobSpec.JAXReplicaSpecs `jaxReplicaSpecs`, mpi_types.go
  // MPIJobSpec.MPIReplicaSpecs `mpiReplicaSpecs`), and common_types.go ReplicaSpec.Template is a
  // v1.PodTemplateSpec. MPIJob v2beta1 (kubeflow/mpi-operator caa3c47fc42eb762635f78045ec0fcd1a89eb038,
  // pkg/apis/kubeflow/v2beta1/types.go: MPIJobSpec.MPIReplicaSpecs `mpiReplicaSpecs`, ReplicaSpec.Template a
  // v1.PodTemplateSpec; register.go GroupName kubeflow.org) has the same shape.
  { kind: "PyTorchJob", groups: ["kubeflow.org"], patterns: replicaSpecs("pytorchReplicaSpecs") },
  { kind: "TFJob", groups: ["kubeflow.org"], patterns: replicaSpecs("tfReplicaSpecs") },
  { kind: "XGBoostJob", groups: ["kubeflow.org"], patterns: replicaSpecs("xgbReplicaSpecs") },
  { kind: "PaddleJob", groups: ["kubeflow.org"], patterns: replicaSpecs("paddleReplicaSpecs") },
  { kind: "JAXJob", groups: ["kubeflow.org"], patterns: replicaSpecs("jaxReplicaSpecs") },
  { kind: "MPIJob", groups: ["kubeflow.org"], patterns: replicaSpecs("mpiReplicaSpecs") },
  // Knative Serving, group serving.knative.dev (knative/serving 98e5ef90aa7033797aa0a61ef97f3ff7e49a3944,
  // pkg/apis/serving/register.go). pkg/apis/serving/v1/revision_types.go: RevisionSpec embeds corev1.PodSpec
  // inline, so a Revision's `spec` is its pod spec, and RevisionTemplateSpec.Spec (with its ObjectMeta) is a
  // RevisionSpec; configuration_types.go ConfigurationSpec.Template (`template`) is a RevisionTemplateSpec;
  // service_types.go ServiceSpec embeds ConfigurationSpec inline.
  { kind: "Service", groups: ["serving.knative.dev"], patterns: [["spec", ...T]] },
  { kind: "Configuration", groups: ["serving.knative.dev"], patterns: [["spec", ...T]] },
  { kind: "Revision", groups: ["serving.knative.dev"], patterns: [["spec"]] },
  // KEDA, group keda.sh (kedacore/keda 8b4f083ca8c8c2baf8477e322bd4d16ac4dfa09a,
  // apis/keda/v1alpha1/groupversion_info.go): scaledjob_types.go ScaledJobSpec.JobTargetRef (`jobTargetRef`)
  // is a batchv1.JobSpec, whose Template is a PodTemplateSpec.
  { kind: "ScaledJob", groups: ["keda.sh"], patterns: [["spec", "jobTargetRef", ...T]] },
  // JobSet, group jobset.x-k8s.io (kubernetes-sigs/jobset 08dfbdfd682714a9ab929633eca8dc95315187e7,
  // api/jobset/v1alpha2/groupversion_info.go): jobset_types.go JobSetSpec.ReplicatedJobs (`replicatedJobs`)
  // is a []ReplicatedJob, whose Template is a batchv1.JobTemplateSpec (its spec a JobSpec with a pod template).
  { kind: "JobSet", groups: ["jobset.x-k8s.io"], patterns: [["spec", "replicatedJobs", EACH, "template", "spec", ...T]] },
  // LeaderWorkerSet, group leaderworkerset.x-k8s.io (kubernetes-sigs/lws 060ab4da17eea1f0865fcbd3236bb1075e2cea32,
  // api/leaderworkerset/v1/groupversion_info.go): leaderworkerset_types.go LeaderWorkerSetSpec.LeaderWorkerTemplate
  // (`leaderWorkerTemplate`), whose LeaderTemplate (`leaderTemplate`, optional) and WorkerTemplate
  // (`workerTemplate`) are corev1.PodTemplateSpec.
  {
    kind: "LeaderWorkerSet",
    groups: ["leaderworkerset.x-k8s.io"],
    patterns: [
      ["spec", "leaderWorkerTemplate", "leaderTemplate", "spec"],
      ["spec", "leaderWorkerTemplate", "workerTemplate", "spec"]
    ]
  },
  // OpenKruise, group apps.kruise.io (openkruise/kruise 07169cfac7b9cf7800dda1b8652f850cc3184132,
  // apis/apps/v1alpha1/groupversion_info.go and apis/apps/v1beta1/groupversion_info.go): CloneSetSpec.Template,
  // StatefulSetSpec.Template (Advanced StatefulSet) and DaemonSetSpec.Template (Advanced DaemonSet) are
  // v1.PodTemplateSpec under `spec.template`, in v1alpha1 and v1beta1 (apis/apps/*/cloneset_types.go,
  // statefulset_types.go, daemonset_types.go).
  { kind: "CloneSet", groups: ["apps.kruise.io"], patterns: [["spec", ...T]] },
  { kind: "StatefulSet", groups: ["apps.kruise.io"], patterns: [["spec", ...T]] },
  { kind: "DaemonSet", groups: ["apps.kruise.io"], patterns: [["spec", ...T]] },
  // Volcano, group batch.volcano.sh (volcano-sh/volcano ed72c7c815a9fd547a787134676f73d42e9d049c,
  // staging/src/volcano.sh/apis/pkg/apis/batch/v1alpha1/register.go): job.go JobSpec.Tasks (`tasks`) is a
  // []TaskSpec, whose Template is a v1.PodTemplateSpec.
  { kind: "Job", groups: ["batch.volcano.sh"], patterns: [["spec", "tasks", EACH, ...T]] },
  // Operator Lifecycle Manager's ClusterServiceVersion, group operators.coreos.com (operator-framework/api
  // v0.45.0 as vendored by operator-framework/operator-lifecycle-manager 992bb097749e5994eedc5e4882583df952d8a70e,
  // pkg/operators/v1alpha1/clusterserviceversion_types.go, register.go GroupName): ClusterServiceVersionSpec
  // .InstallStrategy (`install`) is a NamedInstallStrategy, whose StrategySpec (`spec`) is a
  // StrategyDetailsDeployment with DeploymentSpecs (`deployments`), a []StrategyDeploymentSpec whose Spec
  // (`spec`) is an appsv1.DeploymentSpec: OLM creates each as a Deployment in the CSV's namespace.
  { kind: "ClusterServiceVersion", groups: ["operators.coreos.com"], patterns: [["spec", "install", "spec", "deployments", EACH, "spec", ...T]] }
];
var BY_GROUP_KIND = new Map(POD_TEMPLATE_KINDS.flatMap((row) => row.groups.map((group) => [`${group}/${row.kind}`, row])));
function podTemplateKind(kind, group) {
  return BY_GROUP_KIND.get(`${group}/${kind}`);
}
function isPodBearing(kind, group) {
  return podTemplateKind(kind, group) !== void 0;
}

// src/k8s/input-kinds.ts
var INPUT_KINDS = {
  workload: { label: "workloads (Pods and pod templates of Deployments, DaemonSets, StatefulSets, Jobs\u2026)", supply: "the rendered workload manifests (helm template / kustomize build output)" },
  namespace: { label: "Namespace objects", supply: "the Namespace manifests of the cluster" },
  service: { label: "Service objects", supply: "the Service manifests" },
  "network-policy": { label: "NetworkPolicy objects", supply: "the NetworkPolicy manifests (kubectl get networkpolicies -A -o yaml)" },
  ingress: { label: "Ingress and Gateway API routes", supply: "the Ingress / HTTPRoute manifests" },
  "rbac-role": { label: "RBAC Roles and ClusterRoles", supply: "the Role and ClusterRole manifests (kubectl get roles,clusterroles -A -o yaml)" },
  "rbac-binding": { label: "RBAC RoleBindings and ClusterRoleBindings", supply: "the RoleBinding and ClusterRoleBinding manifests (kubectl get rolebindings,clusterrolebindings -A -o yaml)" },
  "service-account": { label: "ServiceAccount objects", supply: "the ServiceAccount manifests" },
  secret: { label: "Secret objects", supply: "the Secret manifests (with values redacted if need be)" },
  configmap: { label: "ConfigMap objects", supply: "the ConfigMap manifests" },
  csr: { label: "CertificateSigningRequest objects", supply: "the CertificateSigningRequest manifests" },
  "kube-apiserver": { label: "the kube-apiserver configuration", supply: "the kube-apiserver static pod manifest (/etc/kubernetes/manifests/kube-apiserver.yaml) or the kubeadm ClusterConfiguration" },
  "kube-controller-manager": { label: "the kube-controller-manager configuration", supply: "the kube-controller-manager static pod manifest or the kubeadm ClusterConfiguration" },
  "kube-scheduler": { label: "the kube-scheduler configuration", supply: "the kube-scheduler static pod manifest or the kubeadm ClusterConfiguration, and the KubeSchedulerConfiguration its --config names" },
  etcd: { label: "the etcd configuration", supply: "the etcd static pod manifest (/etc/kubernetes/manifests/etcd.yaml) or the kubeadm ClusterConfiguration" },
  "kubelet-config": { label: "kubelet configuration (KubeletConfiguration, kubeadm Init/JoinConfiguration, a kubelet run by a container)", supply: "the KubeletConfiguration of each node pool (/var/lib/kubelet/config.yaml)" },
  "audit-policy": { label: "the audit Policy (audit.k8s.io)", supply: "the file --audit-policy-file names" },
  "admission-config": {
    label: "the admission configuration (AdmissionConfiguration, PodSecurityConfiguration)",
    supply: "the file --admission-control-config-file names, and the plugin configuration files it points to"
  },
  "encryption-config": { label: "the EncryptionConfiguration (apiserver.config.k8s.io)", supply: "the file --encryption-provider-config names" },
  "image-policy": {
    label: "image signature policies (Kyverno verifyImages and ImageValidatingPolicy, Sigstore ClusterImagePolicy, Ratify Verifier and its RatifyVerification constraint)",
    supply: "the admission policies of the cluster (kubectl get clusterpolicies,policies,clusterimagepolicies -A -o yaml)"
  },
  kubeconfig: { label: "kubeconfig files (apiVersion: v1, kind: Config)", supply: "the kubeconfig files kept in the repository (admin.conf, CI kubeconfigs)" },
  "any-object": { label: "Kubernetes objects of any kind", supply: "the manifests deployed to the cluster" },
  "cluster-version": {
    label: "the cluster's Kubernetes version",
    supply: "--k8s-version (or `k8sVersion:` in .pci-lint.yaml), or a kubeadm ClusterConfiguration / control-plane manifest that states it"
  }
};
var INPUT_KIND_NAMES = Object.keys(INPUT_KINDS);
var CONTROL_PLANE_INPUTS = ["kube-apiserver", "kube-controller-manager", "kube-scheduler", "etcd"];
var GATEWAY_ROUTES = /* @__PURE__ */ new Set(["HTTPRoute", "GRPCRoute", "TLSRoute", "TCPRoute", "UDPRoute", "Gateway"]);
function isImagePolicy(group, kind) {
  return group === "kyverno.io" && (kind === "ClusterPolicy" || kind === "Policy") || group === "policies.kyverno.io" && (kind === "ImageValidatingPolicy" || kind === "NamespacedImageValidatingPolicy") || group === "policy.sigstore.dev" && kind === "ClusterImagePolicy" || group === "config.ratify.deislabs.io" && (kind === "Verifier" || kind === "NamespacedVerifier") || // Ratify's Gatekeeper constraint (ratify-project/ratify library/default/template.yaml).
  group === "constraints.gatekeeper.sh" && kind === "RatifyVerification";
}
function inputKindsOfObject(apiVersion, kind) {
  const group = apiGroupOf(apiVersion);
  const out = ["any-object"];
  const core = group === "";
  if (isPodBearing(kind, group)) out.push("workload");
  else if (core && kind === "Namespace") out.push("namespace");
  else if (core && kind === "Service") out.push("service");
  else if (core && kind === "ServiceAccount") out.push("service-account");
  else if (core && kind === "Secret") out.push("secret");
  else if (core && kind === "ConfigMap") out.push("configmap");
  else if (core && kind === "Config") out.push("kubeconfig");
  else if (isImagePolicy(group, kind)) out.push("image-policy");
  else if (kind === "NetworkPolicy" && (group === "networking.k8s.io" || group === "extensions")) out.push("network-policy");
  else if (kind === "Ingress" && (group === "networking.k8s.io" || group === "extensions") || GATEWAY_ROUTES.has(kind) && group === "gateway.networking.k8s.io") out.push("ingress");
  else if (group === "rbac.authorization.k8s.io" && (kind === "Role" || kind === "ClusterRole")) out.push("rbac-role");
  else if (group === "rbac.authorization.k8s.io" && (kind === "RoleBinding" || kind === "ClusterRoleBinding")) out.push("rbac-binding");
  else if (group === "certificates.k8s.io" && kind === "CertificateSigningRequest") out.push("csr");
  else if (group === "kubelet.config.k8s.io" && kind === "KubeletConfiguration") out.push("kubelet-config");
  else if (group === "kubeadm.k8s.io" && (kind === "InitConfiguration" || kind === "JoinConfiguration")) out.push("kubelet-config");
  else if (group === "kubescheduler.config.k8s.io" && kind === "KubeSchedulerConfiguration") out.push("kube-scheduler");
  else if (group === "audit.k8s.io" && kind === "Policy") out.push("audit-policy");
  else if (group === "apiserver.config.k8s.io" && kind === "EncryptionConfiguration") out.push("encryption-config");
  else if ((group === "apiserver.config.k8s.io" || group === "apiserver.k8s.io") && kind === "AdmissionConfiguration") out.push("admission-config");
  else if (group === "pod-security.admission.config.k8s.io" && kind === "PodSecurityConfiguration") out.push("admission-config");
  return out;
}

// src/load/own.ts
function own(table, key) {
  return Object.hasOwn(table, key) ? table[key] : void 0;
}
function setOwn(table, key, value) {
  Object.defineProperty(table, key, { value, enumerable: true, writable: true, configurable: true });
}
function dict(entries) {
  const out = /* @__PURE__ */ Object.create(null);
  if (entries) for (const [k, v] of entries) out[k] = v;
  return out;
}

// src/model/resource.ts
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function stringOrUndefined(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
function stringMap(value) {
  if (!isPlainObject(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry) => typeof entry[1] === "string"));
}
var Resource = class {
  constructor(value, path, build2) {
    this.value = value;
    this.path = path;
    const raw = value;
    const metadata = isPlainObject(raw.metadata) ? raw.metadata : {};
    this.apiVersion = String(raw.apiVersion);
    this.kind = String(raw.kind);
    this.name = stringOrUndefined(metadata.name) ?? stringOrUndefined(metadata.generateName);
    this.namespace = stringOrUndefined(metadata.namespace);
    this.labels = stringMap(metadata.labels);
    this.annotations = stringMap(metadata.annotations);
    this.namespaceSetBy = build2?.namespaceFrom;
    this.buildRoots = build2?.roots ?? [];
    this.nameAffix = build2?.nameAffix ?? "";
    this.inDocument = build2?.inDocument;
    this.setByPatch = build2?.setByPatch;
    this.removed = build2?.removed === true;
  }
  value;
  path;
  apiVersion;
  kind;
  name;
  namespace;
  labels;
  annotations;
  /**
   * The kustomization file (as reports show paths) whose namespace transformer gave the object
   * its namespace (`value` is then the object as `kustomize build` writes it: see namespaceTransformed in
   * kustomization.ts); undefined when the namespace, if any, is the one the file states.
   */
  namespaceSetBy;
  /** The kustomize build roots (directories as reports show paths) whose build holds the object; empty outside kustomize builds. */
  buildRoots;
  /**
   * The `namePrefix`/`nameSuffix` kustomize adds to the object's name, as `prefix\u0000suffix` ('' when none):
   * two objects of one build with the same source name and other affixes are two objects.
   */
  nameAffix;
  /**
   * For an object no document holds as it is (what JSON patch operations set: jsonPatchObject): where in the
   * document a path of the object was written. Undefined for an object written as it is.
   */
  inDocument;
  /**
   * For a copy a build's JSON patches changed: true for a path inside a value a patch set or inserted, which
   * the patch states and the rules that check patches report where the patch writes it.
   */
  setByPatch;
  /**
   * True for a copy of an object that a `$patch: delete` patch of its build removes: it is no object of that
   * build, but what it states is still checked (RuleMeta.checksPatches), as a wrapping kustomization can
   * delete what the build applied on its own keeps.
   */
  removed;
  /** API group: `apps` for `apps/v1`, the empty string for the core group `v1`. */
  get group() {
    return apiGroupOf(this.apiVersion);
  }
  sharedRef;
  /** Who the object is; one shared object per Resource, as every location of the object carries it. */
  get ref() {
    return this.sharedRef ??= {
      apiVersion: this.apiVersion,
      kind: this.kind,
      ...this.namespace !== void 0 && { namespace: this.namespace },
      ...this.name !== void 0 && { name: this.name }
    };
  }
  /** The path of a field below this object, e.g. `pathTo('metadata', 'labels')`. */
  pathTo(...segments) {
    return [...this.path, ...segments];
  }
};
function isKubernetesObject(value) {
  return isPlainObject(value) && typeof value.apiVersion === "string" && typeof value.kind === "string" && value.kind !== "";
}
function nonEmptyString(value) {
  return typeof value === "string" ? value : "";
}
function resourcesIn(value) {
  if (!(isPlainObject(value) && nonEmptyString(value.kind) !== "" && Array.isArray(value.items))) return isKubernetesObject(value) && value.apiVersion.trim() !== "" ? [new Resource(value, [])] : [];
  const itemKind = nonEmptyString(value.kind).replace(/List$/, "");
  const listApiVersion = nonEmptyString(value.apiVersion);
  const out = [];
  const pending = [];
  const push = (items, parent, top) => {
    for (let i = items.length - 1; i >= 0; i--) pending.push({ item: items[i], parent, index: i, top });
  };
  push(value.items, [], true);
  for (let next = pending.pop(); next !== void 0; next = pending.pop()) {
    const { item, parent, index, top } = next;
    const path = [...parent, "items", index];
    if (isPlainObject(item) && Array.isArray(item.items)) {
      push(item.items, path, false);
      continue;
    }
    const typed = top && isPlainObject(item) && nonEmptyString(item.kind) === "" && nonEmptyString(item.apiVersion) === "" ? { ...item, apiVersion: listApiVersion, kind: itemKind } : item;
    if (isKubernetesObject(typed) && typed.apiVersion !== "") out.push(new Resource(typed, path));
  }
  return out;
}

// src/engine/pci-sections.ts
var PCI_ITEMS = [
  { id: "1.1", title: "No anonymous access to the API server, kubelet, etcd and their RBAC", coverage: "automated" },
  { id: "1.2", title: "No generic or shared administrator identities", coverage: "automated" },
  { id: "1.3", title: "Credentials can be revoked (no long-lived tokens, no client certificates for people)", coverage: "automated" },
  { id: "1.4", title: "No static token or password files", coverage: "automated" },
  { id: "1.5", title: "Workload identities carry only the credentials they need", coverage: "automated" },
  { id: "1.6", title: "Administrators authenticate through an identity provider with MFA", coverage: "partial", evidence: "The identity provider configuration and its MFA policy for cluster administrators.", evidenceRequirements: ["8.4.1", "8.4.2"] },
  { id: "2.1", title: "Least-privilege RBAC", coverage: "automated" },
  { id: "2.2", title: "No authorization bypass (system:masters, AlwaysAllow)", coverage: "automated" },
  { id: "3.1", title: "Pod Security Standards enforced", coverage: "automated" },
  { id: "3.2", title: "Only verified, immutable images run", coverage: "automated" },
  { id: "3.3", title: "Images come from approved registries", coverage: "automated" },
  { id: "4.1", title: "Default-deny network policies", coverage: "automated" },
  { id: "4.2", title: "Administrative interfaces are not exposed", coverage: "automated" },
  { id: "5.1", title: "PKI: client certificates are controlled", coverage: "partial", evidence: "How client certificates are issued, to whom, and how they are revoked; the CA key custody.", evidenceRequirements: ["8.2.4", "3.6.1"] },
  { id: "6.1", title: "Secrets are managed and encrypted at rest", coverage: "partial", evidence: "The external secrets manager in use and its access policy; KMS key rotation records.", evidenceRequirements: ["3.6.1"] },
  { id: "7.1", title: "API server auditing is on and centralised", coverage: "partial", evidence: "Where audit logs are shipped, retention settings of that store (12 months, 3 online) and who reviews them.", evidenceRequirements: ["10.3.3", "10.5.1", "10.4.1.1"] },
  { id: "8.1", title: "Container logs are collected centrally", coverage: "partial", evidence: "The log pipeline configuration and retention.", evidenceRequirements: ["10.3.3", "10.5.1"] },
  { id: "8.2", title: "Runtime threats are detected", coverage: "partial", evidence: "The runtime security tool, its rules and alert routing.", evidenceRequirements: ["11.5.1"] },
  { id: "9.1", title: "High-risk workloads run in sandboxed runtimes", coverage: "automated" },
  { id: "9.2", title: "Windows containers use process isolation without host access", coverage: "automated" },
  { id: "10.1", title: "The Kubernetes version is supported", coverage: "automated" },
  { id: "10.2", title: "Nodes and runtimes are patched", coverage: "evidence", evidence: "Node OS and container runtime patch records and the patching SLA.", evidenceRequirements: ["6.3.3"] },
  { id: "10.3", title: "Images are rebuilt for vulnerabilities", coverage: "evidence", evidence: "Image rebuild cadence and vulnerability remediation records.", evidenceRequirements: ["6.3.1", "6.3.3"] },
  { id: "11.1", title: "Resource limits and quotas", coverage: "automated" },
  { id: "12.1", title: "Images come from the organisation's build pipeline", coverage: "partial", evidence: "The image build pipeline and the registry it publishes to.", evidenceRequirements: ["6.3.2"] },
  { id: "12.2", title: "Minimal, hardened base images", coverage: "partial", evidence: "The approved base images and how they are hardened.", evidenceRequirements: ["2.2.1", "2.2.4"] },
  { id: "12.3", title: "Containers do not run as root", coverage: "automated" },
  { id: "13.1", title: "Registry access control", coverage: "evidence", evidence: "Registry access policies and who can push.", evidenceRequirements: ["7.2.1"] },
  { id: "13.2", title: "Registry transport security", coverage: "evidence", evidence: "TLS configuration of the registry.", evidenceRequirements: ["2.2.7"] },
  { id: "13.3", title: "Images are scanned in the registry", coverage: "evidence", evidence: "Scanner configuration and recent scan reports.", evidenceRequirements: ["6.3.1"] },
  { id: "14.1", title: "Orchestration configuration is version-controlled", coverage: "evidence", evidence: "The repository holding the manifests and its change history.", evidenceRequirements: ["6.5.1"] },
  { id: "15.1", title: "Configuration is reviewed and checked before deployment", coverage: "partial", evidence: "This report, the CI job that produces it, and the review rules of the repository.", evidenceRequirements: ["6.5.1", "2.2.1"] },
  { id: "16.1", title: "Cardholder-data workloads are segmented by cluster", coverage: "evidence", evidence: "The cluster inventory and which clusters host in-scope workloads.", evidenceRequirements: ["11.4.5"] },
  { id: "16.2", title: "In-scope workloads run on dedicated nodes", coverage: "automated" }
];
var ITEMS_BY_ID = new Map(PCI_ITEMS.map((item) => [item.id, item]));

// src/engine/pci-requirements.ts
var PCI_REQUIREMENTS = [
  { id: "1.3.1", title: "Inbound traffic to the CDE is restricted to what is necessary; all other traffic is denied" },
  { id: "1.3.2", title: "Outbound traffic from the CDE is restricted to what is necessary; all other traffic is denied" },
  { id: "1.4.2", title: "Inbound traffic from untrusted to trusted networks is restricted" },
  { id: "2.2.1", title: "Configuration standards are developed, implemented and maintained for all system components" },
  { id: "2.2.3", title: "Primary functions with different security levels are isolated or secured to the highest level" },
  { id: "2.2.4", title: "Only necessary services, protocols, daemons and functions are enabled" },
  { id: "2.2.6", title: "System security parameters are configured to prevent misuse" },
  { id: "2.2.7", title: "All non-console administrative access is encrypted with strong cryptography" },
  { id: "3.6.1", title: "Cryptographic keys used to protect stored account data are protected against disclosure and misuse" },
  { id: "4.2.1", title: "Strong cryptography and secure protocols protect PAN during transmission over open, public networks" },
  { id: "6.3.1", title: "Security vulnerabilities are identified and risk-ranked" },
  { id: "6.3.2", title: "An inventory of bespoke, custom and third-party software components is maintained" },
  { id: "6.3.3", title: "System components are protected from known vulnerabilities by installing security patches" },
  { id: "6.5.1", title: "Changes to production system components follow established change procedures" },
  { id: "7.2.1", title: "An access control model grants access by job function with least privileges" },
  { id: "7.2.2", title: "Access is assigned to users, including privileged users, by job function with least privileges" },
  { id: "7.2.4", title: "User accounts and their privileges are reviewed at least every six months" },
  { id: "7.2.5", title: "Application and system accounts get only the least privileges they need" },
  { id: "7.3.1", title: "An access control system restricts access by need to know and covers all system components" },
  { id: "7.3.3", title: 'The access control system is set to "deny all" by default' },
  { id: "8.2.1", title: "Every user is assigned a unique ID before access is allowed" },
  { id: "8.2.2", title: "Group, shared or generic accounts are used only by exception and are managed" },
  { id: "8.2.4", title: "Adding, deleting and modifying user IDs and authentication factors is authorised and managed" },
  { id: "8.2.5", title: "Access for terminated users is revoked immediately" },
  { id: "8.2.8", title: "A session idle for more than 15 minutes requires the user to re-authenticate" },
  { id: "8.3.1", title: "All user and administrator access is authenticated with at least one factor" },
  { id: "8.3.2", title: "Authentication factors are unreadable in transmission and storage (strong cryptography)" },
  { id: "8.4.1", title: "MFA for all non-console administrative access into the CDE" },
  { id: "8.4.2", title: "MFA for all access into the CDE" },
  { id: "8.6.2", title: "Passwords of application and system accounts are not hard-coded in scripts, configuration files or code" },
  { id: "8.6.3", title: "Authentication factors of application and system accounts are protected against misuse (changed periodically)" },
  { id: "10.2.1", title: "Audit logs are enabled and active for all system components" },
  { id: "10.2.2", title: "Audit logs record the required details of each event" },
  { id: "10.3.3", title: "Audit logs are promptly backed up to a secure, central log server" },
  { id: "10.4.1.1", title: "Automated mechanisms perform audit log reviews" },
  { id: "10.5.1", title: "Audit log history is kept at least 12 months, the latest three immediately available" },
  { id: "11.4.5", title: "Segmentation controls are tested by penetration testing" },
  { id: "11.5.1", title: "Intrusion detection and/or prevention techniques detect intrusions" },
  { id: "11.5.2", title: "A change-detection mechanism alerts on unauthorised modification of critical files" },
  { id: "12.3.4", title: "Hardware and software technologies are reviewed at least every 12 months (vendor support, end of life)" },
  { id: "12.8.5", title: "Which requirements each third-party service provider manages, and which are shared, is recorded" },
  { id: "12.9.2", title: "Third-party service providers give customers their PCI DSS status and responsibility information" }
];
var BY_ID = new Map(PCI_REQUIREMENTS.map((r2) => [r2.id, r2]));

// src/engine/rule.ts
var PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
function formatMessage(template, data) {
  if (!data) return template;
  return template.replace(PLACEHOLDER, (whole, name) => Object.hasOwn(data, name) ? String(own(data, name)) : whole);
}
function placeholdersOf(template) {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? "");
}

// src/engine/diagnostic.ts
var SEVERITIES = ["error", "warning", "info"];
var RANK = { info: 0, warning: 1, error: 2 };
function atLeast(severity, threshold) {
  return RANK[severity] >= RANK[threshold];
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareDiagnostics(a, b) {
  return compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.ruleId, b.ruleId) || compareStrings(a.message, b.message) || a.endLine - b.endLine || a.endColumn - b.endColumn;
}

// src/run/growing-rows.ts
var GrowingRows = class {
  constructor(width, from) {
    this.width = width;
    this.data = from ?? new Int32Array(1024 * width);
    this.rowCount = from ? from.length / width : 0;
  }
  width;
  data;
  rowCount;
  get count() {
    return this.rowCount;
  }
  /** Appends a row and returns its number. */
  add(values) {
    if ((this.rowCount + 1) * this.width > this.data.length) {
      const grown2 = new Int32Array(Math.max(this.data.length * 2, 1024 * this.width));
      grown2.set(this.data);
      this.data = grown2;
    }
    this.data.set(values, this.rowCount * this.width);
    return this.rowCount++;
  }
  /** Every row, row `n` from `n * width` (the array may be longer than the rows). */
  get rows() {
    return this.data;
  }
  snapshot() {
    return this.data.slice(0, this.rowCount * this.width);
  }
};

// src/run/string-arena.ts
var CHUNK_BYTES = 1 << 20;
var ENTRY = 3;
var ENCODINGS = ["latin1", "utf8", "utf16le"];
var StringArena = class _StringArena {
  chunks = [];
  /** Bytes used in each buffer. */
  used = [];
  index = new GrowingRows(ENTRY);
  /** The buffer strings are added to (a buffer kept whole by `addBytes` is not one). */
  current = -1;
  get size() {
    return this.index.count;
  }
  /** Keeps a copy of `value` and returns its number. */
  add(value) {
    const utf8 = Buffer.byteLength(value, "utf8");
    const encoding = utf8 === value.length ? 0 : value.isWellFormed() ? 1 : 2;
    const bytes = encoding === 2 ? value.length * 2 : utf8;
    const chunk = this.room(bytes);
    const start = this.used[chunk];
    this.chunks[chunk].write(value, start, bytes, ENCODINGS[encoding]);
    this.used[chunk] = start + bytes;
    return this.index.add([chunk * 4 + encoding, start, start + bytes]);
  }
  /** The buffer with room for `bytes` more: the current one, or a new one (then current). */
  room(bytes) {
    let chunk = this.current;
    if (chunk < 0 || bytes > this.chunks[chunk].length - this.used[chunk]) {
      chunk = this.current = this.chunks.push(Buffer.allocUnsafeSlow(Math.max(CHUNK_BYTES, bytes))) - 1;
      this.used.push(0);
    }
    return chunk;
  }
  /**
   * Keeps a string given as its bytes (`ascii`: one byte per character, else well-formed UTF-8) and returns
   * its number, as `add` of its text would. A buffer of at least a chunk's size is kept as it is, no copy
   * made: the caller gives it up.
   */
  addBytes(given, ascii) {
    const bytes = asBuffer(given);
    const encoding = ascii ? 0 : 1;
    if (bytes.length >= CHUNK_BYTES) {
      const chunk2 = this.chunks.push(bytes) - 1;
      this.used.push(bytes.length);
      return this.index.add([chunk2 * 4 + encoding, 0, bytes.length]);
    }
    const chunk = this.room(bytes.length);
    const start = this.used[chunk];
    bytes.copy(this.chunks[chunk], start);
    this.used[chunk] = start + bytes.length;
    return this.index.add([chunk * 4 + encoding, start, start + bytes.length]);
  }
  /** The string numbered `id` (a fresh copy each time). */
  at(id) {
    if (!(id >= 0 && id < this.index.count)) throw new RangeError(`no string ${id} in the arena`);
    const rows = this.index.rows;
    const at = id * ENTRY;
    const where = rows[at];
    return this.chunks[where >> 2].toString(ENCODINGS[where & 3] ?? "utf8", rows[at + 1], rows[at + 2]);
  }
  /** The bytes used in each buffer, and the index into them. */
  snapshot() {
    return { chunks: this.chunks.map((chunk, c) => chunk.subarray(0, this.used[c])), index: this.index.snapshot() };
  }
  /** An arena read back from a snapshot; throws unless every entry lies inside its buffer. */
  static fromSnapshot(snapshot) {
    const { chunks, index } = snapshot;
    if (!Array.isArray(chunks) || !chunks.every((chunk) => chunk instanceof Uint8Array) || !(index instanceof Int32Array) || index.length % ENTRY !== 0) throw new TypeError("not a string arena");
    for (let at = 0; at < index.length; at += ENTRY) {
      const where = index[at];
      const start = index[at + 1];
      const end = index[at + 2];
      const bytes = where >= 0 ? chunks[where >> 2] : void 0;
      if (!bytes || (where & 3) === 3 || start < 0 || end < start || end > bytes.length) throw new RangeError("string arena entry out of range");
    }
    const arena = new _StringArena();
    for (const chunk of chunks) {
      arena.chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      arena.used.push(chunk.byteLength);
    }
    arena.index = new GrowingRows(ENTRY, index);
    arena.current = arena.chunks.length - 1;
    return arena;
  }
};
function asBuffer(bytes) {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
function sameBuiltText(a, b) {
  if (a.text !== void 0 || b.text !== void 0) return a.text === b.text;
  return asBuffer(a.bytes).equals(b.bytes);
}
function keepBuiltText(arena, built2) {
  return built2.text !== void 0 ? arena.add(built2.text) : arena.addBytes(built2.bytes, built2.ascii);
}
var PIECE_BYTES = 1 << 16;
var TextBuilder = class _TextBuilder {
  chunks = [];
  used = 0;
  bytes = 0;
  ascii = true;
  /** The text as strings, once a piece could not be written as UTF-8. */
  strings;
  /** True until something is appended. */
  get isEmpty() {
    return this.strings === void 0 && this.bytes === 0;
  }
  /** Appends `piece`. */
  append(piece) {
    if (this.strings) {
      this.strings.push(piece);
      return;
    }
    const length = Buffer.byteLength(piece, "utf8");
    if (length !== piece.length) {
      if (!piece.isWellFormed()) {
        this.strings = [this.text(), piece];
        this.chunks = [];
        return;
      }
      this.ascii = false;
    }
    let at = 0;
    while (at < length) {
      let chunk = this.chunks.at(-1);
      if (!chunk || this.used === chunk.length) {
        chunk = Buffer.allocUnsafeSlow(Math.max(PIECE_BYTES, length - at));
        this.chunks.push(chunk);
        this.used = 0;
      }
      if (at === 0 && length <= chunk.length - this.used) {
        chunk.write(piece, this.used, length, "utf8");
        this.used += length;
        at = length;
      } else {
        const whole = Buffer.from(piece, "utf8");
        while (at < length) {
          let into = this.chunks.at(-1);
          if (this.used === into.length) {
            into = Buffer.allocUnsafeSlow(Math.max(PIECE_BYTES, length - at));
            this.chunks.push(into);
            this.used = 0;
          }
          const n = whole.copy(into, this.used, at);
          this.used += n;
          at += n;
        }
      }
    }
    this.bytes += length;
  }
  /** The bytes written so far, in one buffer of their size. */
  joined() {
    const last = this.chunks.length - 1;
    return Buffer.concat(
      this.chunks.map((chunk, i) => i === last ? chunk.subarray(0, this.used) : chunk),
      this.bytes
    );
  }
  text() {
    return this.strings ? this.strings.join("") : this.joined().toString(this.ascii ? "latin1" : "utf8");
  }
  /** A builder holding what this one holds. */
  copy() {
    const copy = new _TextBuilder();
    if (this.strings) copy.strings = [...this.strings];
    else if (this.bytes > 0) {
      const bytes = this.joined();
      copy.chunks = [bytes];
      copy.used = bytes.length;
      copy.bytes = bytes.length;
      copy.ascii = this.ascii;
    }
    return copy;
  }
  /** What was written: its bytes (one buffer of their size, ASCII or UTF-8), or its text. */
  built() {
    return this.strings ? { text: this.strings.join("") } : { bytes: this.joined(), ascii: this.ascii };
  }
};

// src/run/run-table.ts
var NONE = -1;
function isStringList(value) {
  return Array.isArray(value) && value.every((s) => typeof s === "string");
}
function isRuleTags(value) {
  if (typeof value !== "object" || value === null) return false;
  const v = value;
  return isStringList(v.pci) && isStringList(v.requirements);
}
var LOCATION_WIDTH = 8;
var DIAGNOSTIC_WIDTH = LOCATION_WIDTH + 8;
var RESOURCE_WIDTH = LOCATION_WIDTH + 1;
var LOCATION_MARK = "";
var ESCAPE_MARK = "";
function isLocation(value) {
  if (typeof value !== "object" || value === null) return false;
  const v = value;
  return typeof v.file === "string" && typeof v.line === "number" && typeof v.column === "number" && typeof v.endLine === "number" && typeof v.endColumn === "number";
}
var LOCATION_KEYS = /* @__PURE__ */ new Set(["file", "line", "column", "endLine", "endColumn", "resource", "source", "path"]);
var Interned = class _Interned {
  values = [];
  ids = /* @__PURE__ */ new Map();
  /** The id of `key`; `make` builds the value to keep the first time the key is seen. */
  idOf(key, make) {
    let id = this.ids.get(key);
    if (id === void 0) {
      id = this.values.push(make()) - 1;
      this.ids.set(key, id);
    }
    return id;
  }
  at(id) {
    return this.values[id];
  }
  get size() {
    return this.values.length;
  }
  all() {
    return this.values;
  }
  static of(values) {
    const table = new _Interned();
    for (const value of values) table.values.push(value);
    return table;
  }
};
var Unpacking = class {
  refs = /* @__PURE__ */ new Map();
  sources = /* @__PURE__ */ new Map();
  strings = /* @__PURE__ */ new Map();
};
var REF_WIDTH = 4;
var LOCAL_WINDOW = 1 << 14;
var SOURCE_WIDTH = 3;
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function inRange2(id, size, optional) {
  return id !== void 0 && Number.isInteger(id) && (id >= 0 && id < size || optional && id === NONE);
}
var RunTable = class _RunTable {
  strings = new StringArena();
  /** Strings that recur across files (rule ids, files, paths, kinds, namespaces, charts): one copy per run. */
  shared = /* @__PURE__ */ new Map();
  /**
   * Strings of the file being added (messages, names, templates, labels, facts): one copy per file, looked
   * up among the last {@link LOCAL_WINDOW} kept (the index holds its strings on the heap: a file with
   * hundreds of thousands of findings would otherwise keep every message twice until it is done).
   */
  local = /* @__PURE__ */ new Map();
  /** The shared strings by number, for comparing packed rows. */
  sharedText = /* @__PURE__ */ new Map();
  tags = new Interned();
  // Found again by object: a resource's locations share one ref object, a document's (or object's) one rendered source.
  refs = new GrowingRows(REF_WIDTH);
  sources = new GrowingRows(SOURCE_WIDTH);
  refIds = /* @__PURE__ */ new WeakMap();
  sourceIds = /* @__PURE__ */ new WeakMap();
  /** Locations kept inside facts, as rows. */
  locations = new GrowingRows(LOCATION_WIDTH);
  /** Starts another file: strings of the files before are no longer looked up, only kept. */
  startFile() {
    this.local = /* @__PURE__ */ new Map();
  }
  keep(value, index) {
    if (value === void 0) return NONE;
    let id = index.get(value);
    if (id === void 0) {
      id = this.strings.add(value);
      if (index === this.shared) {
        const copy = this.strings.at(id);
        index.set(copy, id);
        this.sharedText.set(id, copy);
      } else {
        if (index.size >= LOCAL_WINDOW) index = this.local = /* @__PURE__ */ new Map();
        index.set(value, id);
      }
    }
    return id;
  }
  /** The text of string `id`: shared strings without decoding them again. */
  text(id) {
    return this.sharedText.get(id) ?? this.strings.at(id);
  }
  sharedString(value) {
    return this.keep(value, this.shared);
  }
  localString(value) {
    return this.keep(value, this.local);
  }
  optional(id) {
    return id === void 0 || id === NONE ? void 0 : this.strings.at(id);
  }
  /** A string kept with `sharedString`, decoded once per unpacking. */
  sharedAt(id, u) {
    if (id === void 0 || id === NONE) return void 0;
    let value = u.strings.get(id);
    if (value === void 0) {
      value = this.strings.at(id);
      u.strings.set(id, value);
    }
    return value;
  }
  ref(r2) {
    if (!r2) return NONE;
    let id = this.refIds.get(r2);
    if (id === void 0) {
      id = this.refs.add([this.sharedString(r2.apiVersion), this.sharedString(r2.kind), this.sharedString(r2.namespace), this.localString(r2.name)]);
      this.refIds.set(r2, id);
    }
    return id;
  }
  source(s) {
    if (!s) return NONE;
    let id = this.sourceIds.get(s);
    if (id === void 0) {
      id = this.sources.add([this.sharedString(s.chart), this.localString(s.template), s.tool === "kustomize" ? 1 : 0]);
      this.sourceIds.set(s, id);
    }
    return id;
  }
  refAt(id, u) {
    let ref = u.refs.get(id);
    if (!ref) {
      const rows = this.refs.rows;
      const at = id * REF_WIDTH;
      const namespace = this.sharedAt(rows[at + 2], u);
      const name = this.optional(rows[at + 3]);
      ref = { apiVersion: this.sharedAt(rows[at], u) ?? "", kind: this.sharedAt(rows[at + 1], u) ?? "", ...namespace !== void 0 && { namespace }, ...name !== void 0 && { name } };
      u.refs.set(id, ref);
    }
    return ref;
  }
  sourceAt(id, u) {
    let source = u.sources.get(id);
    if (!source) {
      const rows = this.sources.rows;
      const at = id * SOURCE_WIDTH;
      source = { ...rows[at + 2] === 1 && { tool: "kustomize" }, chart: this.sharedAt(rows[at], u) ?? "", template: this.strings.at(rows[at + 1] ?? NONE) };
      u.sources.set(id, source);
    }
    return source;
  }
  writeLocation(rows, at, l) {
    rows[at] = this.sharedString(l.file);
    rows[at + 1] = l.line;
    rows[at + 2] = l.column;
    rows[at + 3] = l.endLine;
    rows[at + 4] = l.endColumn;
    rows[at + 5] = this.ref(l.resource);
    rows[at + 6] = this.source(l.source);
    rows[at + 7] = this.sharedString(l.path);
  }
  readLocation(rows, at, u) {
    const slot = (i) => rows[at + i] ?? NONE;
    const resource = slot(5);
    const source = slot(6);
    const path = this.sharedAt(slot(7), u);
    return {
      file: this.sharedAt(slot(0), u) ?? "",
      line: slot(1),
      column: slot(2),
      endLine: slot(3),
      endColumn: slot(4),
      ...resource !== NONE && { resource: this.refAt(resource, u) },
      ...source !== NONE && { source: this.sourceAt(source, u) },
      ...path !== void 0 && { path }
    };
  }
  /** The tables diagnostics are unpacked from (locations kept in facts are not included). */
  snapshot() {
    return { strings: this.strings.snapshot(), tags: this.tags.all(), refs: this.refs.snapshot(), sources: this.sources.snapshot() };
  }
  /** A table that unpacks diagnostics packed by the table `snapshot` was taken from; throws if it is inconsistent. */
  static fromSnapshot(snapshot) {
    const table = new _RunTable();
    table.strings = StringArena.fromSnapshot(snapshot.strings);
    const strings = table.strings.size;
    const { refs, sources } = snapshot;
    const tags = snapshot.tags;
    if (!(refs instanceof Int32Array) || refs.length % REF_WIDTH !== 0 || !(sources instanceof Int32Array) || sources.length % SOURCE_WIDTH !== 0 || !Array.isArray(tags)) throw new TypeError("not a run table");
    for (let at = 0; at < refs.length; at += REF_WIDTH) {
      if (!(inRange2(refs[at], strings, false) && inRange2(refs[at + 1], strings, false) && inRange2(refs[at + 2], strings, true) && inRange2(refs[at + 3], strings, true))) throw new RangeError("object out of range");
    }
    for (let at = 0; at < sources.length; at += SOURCE_WIDTH) {
      if (!(inRange2(sources[at], strings, false) && inRange2(sources[at + 1], strings, false) && (sources[at + 2] === 0 || sources[at + 2] === 1))) throw new RangeError("rendered source out of range");
    }
    if (!tags.every(isRuleTags)) throw new TypeError("not a list of PCI tags");
    table.refs = new GrowingRows(REF_WIDTH, refs);
    table.sources = new GrowingRows(SOURCE_WIDTH, sources);
    table.tags = Interned.of(tags);
    return table;
  }
  /** True when every reference in the diagnostic rows points into this table (checks a cache read back). */
  holdsDiagnostics(rows) {
    if (rows.length % DIAGNOSTIC_WIDTH !== 0) return false;
    const strings = this.strings.size;
    for (let at = 0; at < rows.length; at += DIAGNOSTIC_WIDTH) {
      const ok = inRange2(rows[at], strings, false) && inRange2(rows[at + 5], this.refs.count, true) && inRange2(rows[at + 6], this.sources.count, true) && inRange2(rows[at + 7], strings, true) && inRange2(rows[at + LOCATION_WIDTH], strings, false) && inRange2(rows[at + LOCATION_WIDTH + 1], strings, true) && inRange2(rows[at + LOCATION_WIDTH + 2], this.tags.size, false) && inRange2(rows[at + LOCATION_WIDTH + 3], strings, false) && SEVERITIES.includes(this.strings.at(rows[at + LOCATION_WIDTH + 3] ?? NONE)) && inRange2(rows[at + LOCATION_WIDTH + 4], strings, false) && inRange2(rows[at + LOCATION_WIDTH + 5], strings, true) && inRange2(rows[at + LOCATION_WIDTH + 6], strings, true) && inRange2(rows[at + LOCATION_WIDTH + 7], strings, true);
      if (!ok) return false;
    }
    return true;
  }
  /** Packs diagnostics into rows, in the order given. */
  packDiagnostics(diagnostics) {
    const rows = new Int32Array(diagnostics.length * DIAGNOSTIC_WIDTH);
    diagnostics.forEach((d, i) => {
      const at = i * DIAGNOSTIC_WIDTH;
      this.writeLocation(rows, at, d);
      rows[at + LOCATION_WIDTH] = this.sharedString(d.ruleId);
      rows[at + LOCATION_WIDTH + 1] = this.sharedString(d.messageId);
      rows[at + LOCATION_WIDTH + 2] = this.tagsId(d.pci, d.requirements);
      rows[at + LOCATION_WIDTH + 3] = this.sharedString(d.severity);
      rows[at + LOCATION_WIDTH + 4] = this.localString(d.message);
      rows[at + LOCATION_WIDTH + 5] = this.localString(d.fix);
      rows[at + LOCATION_WIDTH + 6] = d.about && d.about.length > 0 ? this.localString(JSON.stringify(d.about)) : NONE;
      rows[at + LOCATION_WIDTH + 7] = d.alsoRules && d.alsoRules.length > 0 ? this.sharedString(d.alsoRules.join(",")) : NONE;
    });
    return rows;
  }
  tagsId(pci, requirements) {
    return this.tags.idOf(`${pci.join(",")}|${requirements.join(",")}`, () => ({ pci: [...pci], requirements: [...requirements] }));
  }
  /**
   * `compareDiagnostics` of diagnostic `i` of `a` and diagnostic `j` of `b`, without unpacking them (a
   * message is decoded only when everything before it ties).
   */
  compareRows(a, i, b, j) {
    const x = i * DIAGNOSTIC_WIDTH;
    const y = j * DIAGNOSTIC_WIDTH;
    const slot = (rows, at) => rows[at] ?? NONE;
    const strings = (p, q) => p === q ? 0 : compareText(this.text(p), this.text(q));
    return strings(slot(a, x), slot(b, y)) || slot(a, x + 1) - slot(b, y + 1) || slot(a, x + 2) - slot(b, y + 2) || strings(slot(a, x + LOCATION_WIDTH), slot(b, y + LOCATION_WIDTH)) || strings(slot(a, x + LOCATION_WIDTH + 4), slot(b, y + LOCATION_WIDTH + 4)) || slot(a, x + 3) - slot(b, y + 3) || slot(a, x + 4) - slot(b, y + 4);
  }
  /** True when diagnostic `i` of `a` and diagnostic `j` of `b` have the same severity. */
  static sameSeverity(a, i, b, j) {
    return a[i * DIAGNOSTIC_WIDTH + LOCATION_WIDTH + 3] === b[j * DIAGNOSTIC_WIDTH + LOCATION_WIDTH + 3];
  }
  /** One array holding the rows of each of `parts`, in order. */
  static concat(parts) {
    if (parts.length === 1) return parts[0];
    let length = 0;
    for (const part of parts) length += part.length;
    const out = new Int32Array(length);
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }
  /**
   * The diagnostics of `rows` (sorted, as `sortDiagnostics` leaves them) for which `keep` holds, merged with
   * `extra` (sorted too) into the one stable order, exact repeats dropped: what `sortDiagnostics` gives for
   * the two lists concatenated, `extra` first when `extraFirst`, else last. Without `extra`, `rows` is
   * compacted in place and the result is a view of it.
   */
  mergeSorted(rows, extra, extraFirst, keep) {
    const more = this.packDiagnostics(extra);
    const n = rows.length / DIAGNOSTIC_WIDTH;
    const m = extra.length;
    const out = m === 0 ? rows : new Int32Array(rows.length + more.length);
    let written2 = 0;
    let i = 0;
    let j = 0;
    for (; ; ) {
      while (i < n && keep && !keep(i)) i++;
      if (i >= n && j >= m) break;
      const fromRows = j >= m || i < n && (extraFirst ? this.compareRows(rows, i, more, j) < 0 : this.compareRows(rows, i, more, j) <= 0);
      const source = fromRows ? rows : more;
      const k = fromRows ? i++ : j++;
      const last = written2 - 1;
      if (last >= 0 && _RunTable.sameSeverity(out, last, source, k) && this.compareRows(out, last, source, k) === 0) continue;
      if (source !== out || k !== written2) out.set(source.subarray(k * DIAGNOSTIC_WIDTH, (k + 1) * DIAGNOSTIC_WIDTH), written2 * DIAGNOSTIC_WIDTH);
      written2++;
    }
    return written2 * DIAGNOSTIC_WIDTH === out.length ? out : out.subarray(0, written2 * DIAGNOSTIC_WIDTH);
  }
  /** Gives diagnostic `index` of `rows` what it absorbed from the findings it replaced (`withMerged`), in place. */
  mergeTagsAt(rows, index, m) {
    const at = index * DIAGNOSTIC_WIDTH + LOCATION_WIDTH;
    const had = rows[at + 7] ?? NONE;
    const alsoRules = [.../* @__PURE__ */ new Set([...had === NONE ? [] : this.text(had).split(","), ...m.alsoRules])].sort();
    rows[at + 2] = this.tagsId(m.pci, m.requirements);
    rows[at + 3] = this.sharedString(m.severity);
    rows[at + 7] = alsoRules.length > 0 ? this.sharedString(alsoRules.join(",")) : NONE;
  }
  /**
   * The diagnostics of `rows` that name the subjects of their fact (by their index), without unpacking the
   * others; findings whose subjects were kept as one text share one `about` array.
   */
  factFindings(rows, each) {
    const subjects = /* @__PURE__ */ new Map();
    for (let at = 0, index = 0; at < rows.length; at += DIAGNOSTIC_WIDTH, index++) {
      const about = rows[at + LOCATION_WIDTH + 6] ?? NONE;
      if (about === NONE) continue;
      const tags = this.tags.at(rows[at + LOCATION_WIDTH + 2] ?? NONE);
      let keys = subjects.get(about);
      if (!keys) subjects.set(about, keys = JSON.parse(this.strings.at(about)));
      each(index, {
        ruleId: this.text(rows[at + LOCATION_WIDTH] ?? NONE),
        about: keys,
        pci: tags.pci,
        requirements: tags.requirements,
        severity: this.text(rows[at + LOCATION_WIDTH + 3] ?? NONE)
      });
    }
  }
  /** `rows` without the subjects of their facts (they are for the finish phase only); clears them in place. */
  static withoutSubjects(rows) {
    for (let at = LOCATION_WIDTH + 6; at < rows.length; at += DIAGNOSTIC_WIDTH) rows[at] = NONE;
    return rows;
  }
  /** How many diagnostics `rows` holds. */
  static diagnosticCount(rows) {
    return rows.length / DIAGNOSTIC_WIDTH;
  }
  /** The severity of diagnostic `index` of `rows`, without unpacking it. */
  severityAt(rows, index) {
    return this.text(rows[index * DIAGNOSTIC_WIDTH + LOCATION_WIDTH + 3] ?? NONE);
  }
  /** Rebuilds the diagnostics of `rows` as plain objects, with the keys `packDiagnostics` was given. */
  unpackDiagnostics(rows) {
    return [...this.diagnosticsOf(rows)];
  }
  /** The diagnostics of `rows` rebuilt one at a time, as they are consumed. */
  *diagnosticsOf(rows) {
    const u = new Unpacking();
    for (let at = 0; at < rows.length; at += DIAGNOSTIC_WIDTH) {
      const slot = (i) => rows[at + LOCATION_WIDTH + i] ?? NONE;
      const messageId = this.sharedAt(slot(1), u);
      const fix = this.optional(slot(5));
      const about = this.optional(slot(6));
      const alsoRules = this.sharedAt(slot(7), u);
      yield {
        ruleId: this.sharedAt(slot(0), u) ?? "",
        ...messageId !== void 0 && { messageId },
        ...this.tagsAt(slot(2)),
        severity: this.sharedAt(slot(3), u),
        message: this.strings.at(slot(4)),
        ...this.readLocation(rows, at, u),
        ...fix !== void 0 && { fix },
        ...about !== void 0 && { about: JSON.parse(about) },
        ...alsoRules !== void 0 && { alsoRules: alsoRules.split(",") }
      };
    }
  }
  tagsAt(id) {
    const tags = this.tags.at(id);
    return { pci: tags.pci, requirements: tags.requirements };
  }
  /** Packs object summaries into rows. */
  packResources(resources) {
    const rows = new Int32Array(resources.length * RESOURCE_WIDTH);
    resources.forEach((r2, i) => {
      const at = i * RESOURCE_WIDTH;
      this.writeLocation(rows, at, { ...r2.location, resource: r2.location.resource ?? r2 });
      rows[at + LOCATION_WIDTH] = this.localString(JSON.stringify(r2.labels));
    });
    return rows;
  }
  unpackResources(rows) {
    const out = [];
    const u = new Unpacking();
    for (let at = 0; at < rows.length; at += RESOURCE_WIDTH) {
      const location = this.readLocation(rows, at, u);
      const ref = location.resource;
      const labels = JSON.parse(this.strings.at(rows[at + LOCATION_WIDTH] ?? NONE));
      out.push({ ...ref, labels, location });
    }
    return out;
  }
  keepLocation(location) {
    const row = [];
    this.writeLocation(row, 0, location);
    return this.locations.add(row);
  }
  /**
   * One rule's facts for one file, kept as text (equal texts of one file are kept once); the number of
   * that text. Facts are plain data by contract.
   */
  packFacts(facts, seen = /* @__PURE__ */ new Map()) {
    return this.localString(this.factsText(facts, seen));
  }
  /**
   * Facts as JSON with every Location replaced by a reference to a packed row (a location kept by several
   * facts is packed once: pass the same `seen` for one file's facts).
   */
  factsText(facts, seen = /* @__PURE__ */ new Map()) {
    return JSON.stringify(facts, (_key, value) => {
      if (typeof value === "string") return value.startsWith(LOCATION_MARK) || value.startsWith(ESCAPE_MARK) ? ESCAPE_MARK + value : value;
      if (!isLocation(value) || Object.keys(value).some((k) => !LOCATION_KEYS.has(k))) return value;
      let ref = seen.get(value);
      if (ref === void 0) {
        ref = LOCATION_MARK + String(this.keepLocation(value));
        seen.set(value, ref);
      }
      return ref;
    });
  }
  /**
   * Keeps facts written by `factsText` (one JSON array); the number of that text, as `packFacts` gives. The
   * text is not looked up among the file's strings (nor held by their index: a file's facts can be large),
   * so the caller keeps equal texts once.
   */
  keepFactsText(text) {
    return this.strings.add(text);
  }
  /** `keepFactsText` of a text written with a TextBuilder (its bytes are given up). */
  keepFactsBuilt(built2) {
    return keepBuiltText(this.strings, built2);
  }
  unpackFacts(id) {
    const rebuilt = /* @__PURE__ */ new Map();
    const u = new Unpacking();
    const revive = (value) => {
      if (typeof value === "string") {
        if (value.startsWith(ESCAPE_MARK)) return value.slice(1);
        if (!value.startsWith(LOCATION_MARK)) return value;
        let location = rebuilt.get(value);
        if (!location) {
          location = this.readLocation(this.locations.rows, Number(value.slice(1)) * LOCATION_WIDTH, u);
          rebuilt.set(value, location);
        }
        return location;
      }
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) value[i] = revive(value[i]);
      } else if (typeof value === "object" && value !== null) {
        const object = value;
        for (const [key, child] of Object.entries(object)) {
          const revived = revive(child);
          if (key === "__proto__") Object.defineProperty(object, key, { value: revived, writable: true, enumerable: true, configurable: true });
          else object[key] = revived;
        }
      }
      return value;
    };
    return revive(JSON.parse(this.strings.at(id)));
  }
};

// src/engine/ajv.ts
function ajvConstructor() {
  return __require("ajv").Ajv;
}

// src/engine/settings.ts
import { closest, distance } from "fastest-levenshtein";

// src/engine/core-ids.ts
var CORE_DIAGNOSTICS = {
  "parse-error": { severity: "error", summary: "The file or document is not valid YAML (or is an unrendered template) and was not checked." },
  "yaml-compatibility": { severity: "warning", summary: "The document uses YAML that kubectl accepts and stricter YAML tools reject; it was checked." },
  "file-unreadable": { severity: "error", summary: "The file could not be read or decoded (binary, bad encoding, I/O error) and was not checked." },
  // An error like the other two: a pull request that pads a file past the cap must not pass the gate unchecked.
  "file-too-large": { severity: "error", summary: "The file is larger than --max-file-size and was skipped, so it was not checked." },
  "unused-kustomize-patch": { severity: "warning", summary: "A file a kustomization lists as a patch or plugin configuration is one kustomize would refuse or apply to nothing; it was checked as the object it is." },
  "unlisted-kustomize-patch": { severity: "info", summary: "An object of a kustomization's tree that no kustomization lists lacks a field the API server requires: a kustomize patch not in use, checked only for the values it states." },
  "suppression-missing-reason": { severity: "warning", summary: "A suppression has no reason; auditors need to know why a control is waived." },
  "unused-suppression": { severity: "warning", summary: "A suppression names an unknown rule or silences nothing; stale waivers hide future findings." },
  "internal-error": { severity: "error", summary: "A rule crashed on this input; the other rules still ran. Please report it." }
};
function isCoreDiagnosticId(id) {
  return Object.hasOwn(CORE_DIAGNOSTICS, id);
}

// src/engine/settings.ts
var ConfigError = class extends Error {
  name = "ConfigError";
};
var PCI_FILTER = /^(?:[1-9]|1[0-6])(?:\.[1-9]\d*)?$/;
function matchesPciFilter(sections, filter) {
  if (!filter || filter.length === 0) return true;
  return sections.some((s) => filter.some((f) => s === f || s.startsWith(`${f}.`)));
}
function validatePciFilter(filter) {
  const bad = filter.filter((f) => !PCI_FILTER.test(f));
  if (bad.length > 0) throw new ConfigError(`Invalid PCI section ${bad.map((b) => `"${b}"`).join(", ")}: use a section 1..16 or a sub-item such as 3.2.`);
}
var ajv;
var validators = /* @__PURE__ */ new WeakMap();
function validatorFor(rule) {
  const schema2 = rule.meta.options?.schema;
  if (!schema2) return void 0;
  let validate = validators.get(schema2);
  if (!validate) {
    ajv ??= new (ajvConstructor())({ allErrors: true, strict: true, useDefaults: false });
    validate = ajv.compile(schema2);
    validators.set(schema2, validate);
  }
  return validate;
}
function resolveOptions(rule, userOptions) {
  const meta = rule.meta.options;
  if (!meta) {
    if (userOptions !== void 0) throw new ConfigError(`Rule "${rule.meta.id}" takes no options.`);
    return void 0;
  }
  if (userOptions === void 0) return meta.defaults;
  const merged = typeof userOptions === "object" && userOptions !== null && !Array.isArray(userOptions) ? { ...meta.defaults, ...userOptions } : userOptions;
  const validate = validatorFor(rule);
  if (validate && !validate(merged)) {
    const why = (validate.errors ?? []).map((e) => `${e.instancePath || "(options)"} ${e.message ?? "is invalid"}`).join("; ");
    throw new ConfigError(`Invalid options for rule "${rule.meta.id}": ${why}.`);
  }
  return merged;
}
function suggestRuleId(id, ids) {
  if (ids.length === 0) return void 0;
  const best = closest(id, [...ids]);
  return distance(id, best) <= Math.max(3, Math.floor(id.length / 3)) ? best : void 0;
}
function selectRules(registry, settings = {}) {
  const target = settings.target ?? DEFAULT_TARGET;
  const byId = new Map(registry.map((r2) => [r2.meta.id, r2]));
  const configured = settings.rules ?? {};
  for (const id of Object.keys(configured)) {
    if (isCoreDiagnosticId(id)) throw new ConfigError(`"${id}" is reported by the engine itself and cannot be configured.`);
    if (!byId.has(id)) {
      const hint = suggestRuleId(id, [...byId.keys()]);
      throw new ConfigError(`Unknown rule "${id}".${hint ? ` Did you mean "${hint}"?` : ""} Run pci-lint --list-rules to see them all.`);
    }
  }
  if (settings.pci) validatePciFilter(settings.pci);
  const active = [];
  const unconfigured = [];
  const states = [];
  for (const rule of [...registry].sort((a, b) => a.meta.id < b.meta.id ? -1 : 1)) {
    const setting = own(configured, rule.meta.id);
    const severity = typeof setting === "string" ? setting : setting?.severity;
    const options = resolveOptions(rule, typeof setting === "object" ? setting.options : void 0);
    const state = (s) => states.push({ rule, state: s });
    if (severity === "off") {
      state("off");
      continue;
    }
    if (!inRange(target, rule.meta.k8s)) {
      state("not-applicable");
      continue;
    }
    if (!matchesPciFilter(rule.meta.pci, settings.pci)) {
      state("filtered");
      continue;
    }
    if (rule.meta.requires && !rule.meta.requires.isConfigured(options, settings.settings ?? {})) {
      unconfigured.push(rule);
      state("not-configured");
      continue;
    }
    active.push({ rule, options, ...severity !== void 0 && { severityOverride: severity } });
    state("active");
  }
  return { active, unconfigured, states };
}

// src/engine/session.ts
function createSession(registry, settings = {}) {
  const { active, unconfigured } = selectRules(registry, settings);
  const byKey = (entries) => {
    const dispatch2 = /* @__PURE__ */ new Map();
    for (const entry of entries) {
      for (const key of Object.keys(entry.rule.visit)) {
        const list = dispatch2.get(key) ?? [];
        list.push(entry);
        dispatch2.set(key, list);
      }
    }
    return dispatch2;
  };
  const dispatch = byKey(active);
  const patchDispatch = byKey(active.filter((entry) => entry.rule.meta.checksPatches === true));
  return {
    target: settings.target ?? DEFAULT_TARGET,
    settings: settings.settings ?? {},
    knownRuleIds: new Set(registry.map((r2) => r2.meta.id)),
    unconfigured,
    active,
    dispatch,
    patchDispatch,
    defaultedInCopies: new Map(active.flatMap(({ rule }) => rule.meta.defaultedInCopies ? [[rule.meta.id, rule.meta.defaultedInCopies]] : []))
  };
}

// src/load/yaml-package.ts
var loaded;
function yamlPackage() {
  loaded ??= __require("yaml");
  return loaded;
}
var LineStarts = class {
  lineStarts = [];
  /** Call in ascending order. */
  addNewLine = (offset) => this.lineStarts.push(offset);
  /** The 1-based line and column of an offset; line 0 when it is before the first line start. */
  linePos = (offset) => {
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = low + high >> 1;
      if ((starts[mid] ?? 0) < offset) low = mid + 1;
      else high = mid;
    }
    if (starts[low] === offset) return { line: low + 1, col: 1 };
    if (low === 0) return { line: 0, col: offset };
    return { line: low, col: offset - (starts[low - 1] ?? 0) + 1 };
  };
};

// src/load/path-text.ts
var PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
function formatPath(path) {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

// src/load/positions.ts
function keyMatches(key, segment) {
  if (yamlPackage().isScalar(key)) return String(key.value) === String(segment);
  return false;
}
function deref(doc, node) {
  let current = node;
  for (let hops = 0; current && yamlPackage().isAlias(current) && hops < 32; hops++) current = current.resolve(doc);
  return current && yamlPackage().isAlias(current) ? void 0 : current;
}
function findPair(doc, map, segment, depth = 0) {
  if (!yamlPackage().isMap(map) || depth > 8) return void 0;
  const items = map.items;
  for (let i = items.length - 1; i >= 0; i--) {
    const pair = items[i];
    if (keyMatches(pair.key, segment)) return pair;
  }
  for (const pair of items) {
    if (yamlPackage().isScalar(pair.key) && (pair.key.value === "<<" || typeof pair.key.value === "symbol")) {
      const sources = deref(doc, pair.value);
      const list = yamlPackage().isSeq(sources) ? sources.items.map((n) => deref(doc, n)) : [sources];
      for (const source of list) {
        const found = source ? findPair(doc, source, segment, depth + 1) : void 0;
        if (found) return found;
      }
    }
  }
  return void 0;
}
function rangeOf(node) {
  const r2 = node?.range;
  return r2 ? { start: r2[0], end: r2[1] } : void 0;
}
function trimEnd(text, span) {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1] ?? "")) end--;
  return { start: span.start, end };
}
function headOf(text, doc, node) {
  const target = deref(doc, node);
  if (yamlPackage().isMap(target)) {
    const first = target.items[0];
    if (first) return rangeOf(first.key) ?? rangeOf(target);
  }
  if (yamlPackage().isSeq(target)) {
    const first = target.items[0];
    if (first) return headOf(text, doc, first);
  }
  const span = rangeOf(target ?? void 0);
  if (!span) return void 0;
  const lineEnd = text.indexOf("\n", span.start);
  return trimEnd(text, { start: span.start, end: lineEnd === -1 || lineEnd > span.end ? span.end : lineEnd });
}
function locatePath(text, doc, path, part = "pair") {
  let node = doc.contents;
  let key;
  let matched = 0;
  for (const segment of path) {
    const current = deref(doc, node);
    if (yamlPackage().isMap(current)) {
      const pair = findPair(doc, current, segment);
      if (!pair) break;
      key = pair.key;
      node = pair.value;
    } else if (yamlPackage().isSeq(current) && typeof segment === "number") {
      const item = current.items[segment];
      if (item === void 0 || yamlPackage().isPair(item)) break;
      key = void 0;
      node = item;
    } else {
      break;
    }
    matched++;
  }
  const exact = matched === path.length;
  if (!exact || path.length === 0) {
    const span2 = (key && rangeOf(key)) ?? headOf(text, doc, node);
    return span2 ? { span: span2, exact } : void 0;
  }
  const keySpan3 = key ? rangeOf(key) : void 0;
  const valueSpan = rangeOf(node);
  let span;
  if (part === "key") span = keySpan3 ?? valueSpan;
  else if (part === "value") span = valueSpan ?? keySpan3;
  else if (keySpan3 && valueSpan) span = { start: keySpan3.start, end: valueSpan.end };
  else span = keySpan3 ?? valueSpan;
  return span ? { span: trimEnd(text, span), exact } : void 0;
}
function toPosition(lineCounter, span) {
  const start = lineCounter.linePos(span.start);
  const end = lineCounter.linePos(Math.max(span.start, span.end));
  return { line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
}

// src/model/json-patch-apply.ts
function pointerSegments(pointer) {
  if (typeof pointer !== "string") return void 0;
  if (pointer === "") return [];
  if (!pointer.includes("/")) return void 0;
  return pointer.split("/").slice(1).map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function isArrayIndex(segment) {
  return segment === "-" || /^[+-]?[0-9]+$/.test(segment);
}
function indexOf(segment, length, end) {
  if (end && segment === "-") return length;
  if (!/^[+-]?[0-9]+$/.test(segment)) return void 0;
  const size = end ? length + 1 : length;
  let index = Number(segment);
  if (index < 0) index += size;
  return Number.isSafeInteger(index) && index >= 0 && index < size ? index : void 0;
}
function parentOf(root, segments) {
  let node = root;
  for (const segment of segments.slice(0, -1)) {
    if (Array.isArray(node)) {
      const index = indexOf(segment, node.length, false);
      if (index === void 0) return void 0;
      node = node[index];
    } else if (isPlainObject(node)) {
      if (!Object.hasOwn(node, segment)) return void 0;
      node = own(node, segment);
    } else return void 0;
  }
  return Array.isArray(node) || isPlainObject(node) ? node : void 0;
}
function valueAt(root, segments) {
  if (segments.length === 0) return { found: true, value: root };
  const parent = parentOf(root, segments);
  const last = segments[segments.length - 1] ?? "";
  if (Array.isArray(parent)) {
    const index = indexOf(last, parent.length, false);
    return index === void 0 ? { found: false } : { found: true, value: parent[index] };
  }
  if (parent === void 0 || !Object.hasOwn(parent, last)) return { found: false };
  return { found: true, value: own(parent, last) };
}
function resolved(root, segments) {
  const out = [];
  let node = root;
  for (const segment of segments) {
    if (Array.isArray(node)) {
      const index = indexOf(segment, node.length, false) ?? 0;
      out.push(index);
      node = node[index];
    } else {
      out.push(segment);
      node = isPlainObject(node) ? own(node, segment) : void 0;
    }
  }
  return out;
}
function add(root, segments, value, effects) {
  const parent = parentOf(root, segments);
  const last = segments[segments.length - 1] ?? "";
  if (Array.isArray(parent)) {
    const index = indexOf(last, parent.length, true);
    if (index === void 0) return false;
    effects.push({ inserted: resolved(root, segments.slice(0, -1)), index });
    parent.splice(index, 0, value);
    return true;
  }
  if (parent === void 0) return false;
  effects.push({ set: resolved(root, segments) });
  setOwn(parent, last, value);
  return true;
}
function remove(root, segments, effects) {
  const parent = parentOf(root, segments);
  const last = segments[segments.length - 1] ?? "";
  if (Array.isArray(parent)) {
    const index = indexOf(last, parent.length, false);
    if (index === void 0) return false;
    effects.push({ removed: resolved(root, segments.slice(0, -1)), index });
    parent.splice(index, 1);
    return true;
  }
  if (parent === void 0 || !Object.hasOwn(parent, last)) return false;
  return Reflect.deleteProperty(parent, last);
}
function startsWith(path, prefix) {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}
function patchedPathInFile(path, effects) {
  return patchedPlaceInFile(path, effects).path;
}
function isSetByPatch(path, effects) {
  return patchedPlaceInFile(path, effects).set;
}
function patchedPlaceInFile(path, effects) {
  let current = [...path];
  let set = false;
  for (let i = effects.length - 1; i >= 0; i--) {
    const effect = effects[i];
    if (effect === void 0) continue;
    if ("set" in effect) {
      if (startsWith(current, effect.set)) {
        current = [...effect.set];
        set ||= effect.fromFile === true;
      }
      continue;
    }
    if ("reordered" in effect) {
      const list2 = effect.reordered;
      if (!startsWith(current, list2) || current.length === list2.length) continue;
      const index2 = current[list2.length];
      if (typeof index2 !== "number") continue;
      const before = effect.from[index2];
      if (before === void 0) {
        current = [...list2];
        set ||= effect.fromFile === true;
      } else current[list2.length] = before;
      continue;
    }
    const list = "inserted" in effect ? effect.inserted : effect.removed;
    if (!startsWith(current, list) || current.length === list.length) continue;
    const index = current[list.length];
    if (typeof index !== "number") continue;
    if ("inserted" in effect) {
      if (index === effect.index) {
        current = [...list];
        set ||= effect.fromFile === true;
      } else if (index > effect.index) current[list.length] = index - 1;
    } else if (index >= effect.index) current[list.length] = index + 1;
  }
  return { path: current, set };
}
var MAX_OPERATIONS = 1e4;
var MAX_ADDED_NODES = 1e5;
function spend(budget, value) {
  const stack = [value];
  while (stack.length > 0) {
    if (--budget.nodes < 0) return false;
    const node = stack.pop();
    if (Array.isArray(node)) for (const item of node) stack.push(item);
    else if (isPlainObject(node)) for (const key of Object.keys(node)) stack.push(own(node, key));
  }
  return true;
}
function sameValue(a, b) {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    const other = b;
    return a.every((item, i) => sameValue(item, other[i]));
  }
  if (isPlainObject(a) || isPlainObject(b)) {
    if (!isPlainObject(a) || !isPlainObject(b)) return false;
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameValue(own(a, key), own(b, key)));
  }
  return a === b;
}
function passes(root, segments, operation) {
  const expected = Object.hasOwn(operation, "value") ? own(operation, "value") : null;
  let actual;
  if (segments.length === 0) actual = root;
  else {
    const parent = parentOf(root, segments);
    const last = segments[segments.length - 1] ?? "";
    if (parent === void 0) return false;
    if (Array.isArray(parent)) {
      const index = indexOf(last, parent.length, false);
      if (index === void 0) return false;
      actual = parent[index];
    } else actual = own(parent, last);
  }
  if (actual === void 0 || actual === null) return expected === null;
  return expected !== null && sameValue(actual, expected);
}
function applyJsonPatchInPlace(root, operations, effects, budget) {
  if (!Array.isArray(operations) || operations.length > MAX_OPERATIONS) return false;
  for (const operation of operations) {
    if (!isPlainObject(operation)) return false;
    const op = own(operation, "op");
    const segments = pointerSegments(own(operation, "path"));
    if (segments === void 0) return false;
    if (segments.length === 0 && op !== "add" && op !== "replace" && op !== "test") return false;
    const from = pointerSegments(own(operation, "from"));
    switch (op) {
      case "add":
      case "replace": {
        if (!Object.hasOwn(operation, "value")) return false;
        const added = own(operation, "value");
        if (!spend(budget, added)) return false;
        if (segments.length === 0) {
          if (!isPlainObject(added)) return false;
          root.value = structuredClone(added);
          effects.push({ set: [] });
        } else if (op === "add") {
          if (!add(root.value, segments, structuredClone(added), effects)) return false;
        } else {
          if (!valueAt(root.value, segments).found || !remove(root.value, segments, []) || !add(root.value, segments, structuredClone(added), [])) return false;
          effects.push({ set: resolved(root.value, segments) });
        }
        break;
      }
      case "remove":
        if (!remove(root.value, segments, effects)) return false;
        break;
      case "copy":
      case "move": {
        if (from === void 0 || from.length === 0) return false;
        const source = valueAt(root.value, from);
        if (!source.found || !spend(budget, source.value)) return false;
        if (op === "move" && !remove(root.value, from, effects)) return false;
        if (!add(root.value, segments, structuredClone(source.value), effects)) return false;
        break;
      }
      case "test":
        if (!passes(root.value, segments, operation)) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}
function someOutsideClasses(pattern, visit) {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? "";
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (visit(c, i)) return true;
  }
  return false;
}
function nestsQuantifiers(pattern) {
  const open = [];
  return someOutsideClasses(pattern, (c, i) => {
    if (c === "(") open.push(false);
    else if (c === ")") {
      const risky = open.pop() ?? false;
      const next = pattern[i + 1] ?? "";
      const quantified = next !== "" && "*+?{".includes(next);
      if (risky && quantified) return true;
      if ((risky || quantified) && open.length > 0) open[open.length - 1] = true;
    } else if ("*+?{|".includes(c) && open.length > 0) open[open.length - 1] = true;
    return false;
  });
}
function unbounded(pattern) {
  let count = 0;
  someOutsideClasses(pattern, (c, i) => {
    if (c === "*" || c === "+" || c === "{" && /^\{[0-9]+,\}/.test(pattern.slice(i, i + 12))) count++;
    return false;
  });
  return count;
}
var MAX_UNBOUNDED = 2;
var MAX_PATTERN = 256;
function selectorPattern(pattern) {
  if (typeof pattern !== "string" || pattern === "") return void 0;
  if (pattern.length > MAX_PATTERN || /\\[1-9k]|\(\?[<=!]/.test(pattern) || nestsQuantifiers(pattern) || unbounded(pattern) > MAX_UNBOUNDED) return "never";
  let expression;
  try {
    expression = new RegExp(`^(?:${pattern})$`, "u");
  } catch {
    return "never";
  }
  return (value) => value.length <= MAX_PATTERN && expression.test(value);
}
function matchesSelectorString(selector, labels) {
  const text = selector.trim();
  if (text === "") return true;
  const requirements = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "," && depth === 0) {
      requirements.push(text.slice(start, i));
      start = i + 1;
    }
  }
  requirements.push(text.slice(start));
  const has = (key) => Object.hasOwn(labels, key);
  for (const raw of requirements) {
    const requirement = raw.trim();
    const set = /^([A-Za-z0-9._/-]+)\s+(in|notin)\s*\(([^()]*)\)$/.exec(requirement);
    if (set) {
      const key = set[1] ?? "";
      const values = (set[3] ?? "").split(",").map((v) => v.trim());
      const inSet = has(key) && values.includes(own(labels, key) ?? "");
      if (set[2] === "in" ? !inSet : inSet) return false;
      continue;
    }
    const equality = /^([A-Za-z0-9._/-]+)\s*(==|=|!=)\s*([A-Za-z0-9._-]*)$/.exec(requirement);
    if (equality) {
      const key = equality[1] ?? "";
      const equal = has(key) && own(labels, key) === equality[3];
      if (equality[2] === "!=" ? equal : !equal) return false;
      continue;
    }
    const exists = /^(!?)\s*([A-Za-z0-9._/-]+)$/.exec(requirement);
    if (exists) {
      if (has(exists[2] ?? "") === (exists[1] === "!")) return false;
      continue;
    }
    return void 0;
  }
  return true;
}
function targetSelects(target, object) {
  if (!isPlainObject(target)) return false;
  const fields = [
    ["group", [object.group]],
    ["version", [object.version]],
    ["kind", [object.kind]],
    ["name", object.names],
    ["namespace", object.namespaces]
  ];
  for (const [field, values] of fields) {
    const test = selectorPattern(own(target, field));
    if (test === "never") return false;
    if (test !== void 0 && !values.some(test)) return false;
  }
  for (const [field, map] of [
    ["labelSelector", object.labels],
    ["annotationSelector", object.annotations]
  ]) {
    const selector = own(target, field);
    if (selector === void 0 || selector === null || selector === "") continue;
    if (typeof selector !== "string" || matchesSelectorString(selector, map) !== true) return false;
  }
  return true;
}
function whenPatched(patch, written2) {
  const names = written2.name === void 0 ? [] : [written2.name];
  if (written2.name !== void 0 && !written2.keepsName && (patch.prefix !== "" || patch.suffix !== "")) names.push(`${patch.prefix}${written2.name}${patch.suffix}`);
  const namespaces = [written2.namespace ?? "default"];
  if (patch.namespace !== void 0) namespaces.push(patch.namespace);
  return { names, namespaces };
}

// src/model/kinds.ts
var KIND_GROUPS = {
  AuthenticationConfiguration: ["apiserver.config.k8s.io"],
  AuthorizationConfiguration: ["apiserver.config.k8s.io"],
  CertificateSigningRequest: ["certificates.k8s.io"],
  ClusterRole: ["rbac.authorization.k8s.io"],
  ClusterRoleBinding: ["rbac.authorization.k8s.io"],
  ClusterConfiguration: ["kubeadm.k8s.io"],
  ConfigMap: [""],
  CronJob: ["batch"],
  DaemonSet: ["apps", "extensions"],
  Deployment: ["apps", "extensions"],
  EncryptionConfiguration: ["apiserver.config.k8s.io"],
  Ingress: ["networking.k8s.io", "extensions"],
  InitConfiguration: ["kubeadm.k8s.io"],
  Job: ["batch"],
  JoinConfiguration: ["kubeadm.k8s.io"],
  KubeletConfiguration: ["kubelet.config.k8s.io"],
  KubeSchedulerConfiguration: ["kubescheduler.config.k8s.io"],
  LimitRange: [""],
  Namespace: [""],
  NetworkPolicy: ["networking.k8s.io", "extensions"],
  Pod: [""],
  PodDisruptionBudget: ["policy"],
  PodTemplate: [""],
  Policy: ["audit.k8s.io"],
  ReplicaSet: ["apps", "extensions"],
  ReplicationController: [""],
  ResourceQuota: [""],
  Role: ["rbac.authorization.k8s.io"],
  RoleBinding: ["rbac.authorization.k8s.io"],
  RuntimeClass: ["node.k8s.io"],
  Secret: [""],
  Service: [""],
  ServiceAccount: [""],
  StatefulSet: ["apps"]
};
function isKnownKind(kind, group) {
  return Object.hasOwn(KIND_GROUPS, kind) && KIND_GROUPS[kind].includes(group);
}

// src/model/json-patch.ts
function apiVersionOf(target) {
  const group = target.group ?? (Object.hasOwn(KIND_GROUPS, target.kind) ? KIND_GROUPS[target.kind][0] ?? "" : "");
  const version = target.version ?? "v1";
  return group === "" ? version : `${group}/${version}`;
}
function jsonPatchObject(operations, target) {
  if (!Array.isArray(operations)) return void 0;
  const root = { apiVersion: apiVersionOf(target), kind: target.kind, metadata: target.name === void 0 ? {} : { name: target.name } };
  const origins = [];
  operations.forEach((operation, index) => {
    if (!isPlainObject(operation)) return;
    const op = own(operation, "op");
    const pointer = own(operation, "path");
    if (op !== "add" && op !== "replace" || typeof pointer !== "string" || !Object.hasOwn(operation, "value")) return;
    const segments = pointerSegments(pointer);
    if (!segments || segments.length === 0 || segments.length > 64) return;
    const at = [];
    let node = root;
    for (const [i, segment] of segments.entries()) {
      const last = i === segments.length - 1;
      const nextIsIndex = !last && isArrayIndex(segments[i + 1] ?? "");
      const fresh2 = () => last ? structuredClone(own(operation, "value")) : nextIsIndex ? [] : {};
      if (Array.isArray(node)) {
        if (!isArrayIndex(segment)) return;
        const child = fresh2();
        node.push(child);
        at.push(node.length - 1);
        if (last) break;
        node = child;
        continue;
      }
      const existing = own(node, segment);
      if (last || existing === void 0 || typeof existing !== "object" || existing === null) {
        const child = last ? fresh2() : existing !== void 0 && typeof existing === "object" && existing !== null ? existing : fresh2();
        setOwn(node, segment, child);
        at.push(segment);
        if (last) break;
        node = child;
        continue;
      }
      at.push(segment);
      node = existing;
    }
    origins.push({ at, operation: index });
  });
  if (origins.length === 0) return void 0;
  origins.sort((a, b) => b.at.length - a.at.length);
  const inDocument = (path) => {
    const origin = origins.find((o) => o.at.length <= path.length && o.at.every((segment, i) => path[i] === segment));
    return origin ? [origin.operation, "value", ...path.slice(origin.at.length)] : [origins[origins.length - 1]?.operation ?? 0];
  };
  return new Resource(root, [], { inDocument });
}

// src/k8s/cluster-scoped.ts
var CLUSTER_SCOPED = /* @__PURE__ */ new Set([
  "/ComponentStatus",
  "/Namespace",
  "/Node",
  "/NodeProxyOptions",
  "/PersistentVolume",
  "admissionregistration.k8s.io/MutatingWebhookConfiguration",
  "admissionregistration.k8s.io/ValidatingAdmissionPolicy",
  "admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding",
  "admissionregistration.k8s.io/ValidatingWebhookConfiguration",
  "apiextensions.k8s.io/CustomResourceDefinition",
  "apiregistration.k8s.io/APIService",
  "certificates.k8s.io/CertificateSigningRequest",
  "flowcontrol.apiserver.k8s.io/FlowSchema",
  "flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration",
  "networking.k8s.io/IngressClass",
  "node.k8s.io/RuntimeClass",
  "policy/PodSecurityPolicy",
  "rbac.authorization.k8s.io/ClusterRole",
  "rbac.authorization.k8s.io/ClusterRoleBinding",
  "scheduling.k8s.io/PriorityClass",
  "storage.k8s.io/CSIDriver",
  "storage.k8s.io/CSINode",
  "storage.k8s.io/StorageClass",
  "storage.k8s.io/VolumeAttachment"
]);
function isClusterScopedKind(group, kind) {
  return CLUSTER_SCOPED.has(`${group}/${kind}`);
}

// src/k8s/strategic-merge.ts
var MERGE_TYPES = {
  ObjectMeta: { finalizers: { keys: [] }, ownerReferences: { keys: ["uid"] } },
  PodTemplateSpec: { metadata: { type: "ObjectMeta" }, spec: { type: "PodSpec" } },
  PodSpec: {
    containers: { type: "Container", keys: ["name"] },
    initContainers: { type: "Container", keys: ["name"] },
    ephemeralContainers: { type: "Container", keys: ["name"] },
    volumes: { keys: ["name"] },
    imagePullSecrets: { keys: ["name"] },
    hostAliases: { keys: ["ip"] },
    topologySpreadConstraints: { keys: ["topologyKey", "whenUnsatisfiable"] }
  },
  Container: {
    ports: { keys: ["containerPort", "protocol"] },
    env: { keys: ["name"] },
    volumeMounts: { keys: ["mountPath"] },
    volumeDevices: { keys: ["devicePath"] }
  },
  WorkloadSpec: { template: { type: "PodTemplateSpec" } },
  CronJobSpec: { jobTemplate: { type: "JobTemplateSpec" } },
  JobTemplateSpec: { metadata: { type: "ObjectMeta" }, spec: { type: "WorkloadSpec" } },
  ServiceSpec: { ports: { keys: ["port", "protocol"] } },
  Workload: { metadata: { type: "ObjectMeta" }, spec: { type: "WorkloadSpec" } },
  CronJob: { metadata: { type: "ObjectMeta" }, spec: { type: "CronJobSpec" } },
  Pod: { metadata: { type: "ObjectMeta" }, spec: { type: "PodSpec" } },
  PodTemplate: { metadata: { type: "ObjectMeta" }, template: { type: "PodTemplateSpec" } },
  Service: { metadata: { type: "ObjectMeta" }, spec: { type: "ServiceSpec" } },
  ServiceAccount: { metadata: { type: "ObjectMeta" }, secrets: { keys: ["name"] } },
  WebhookConfiguration: { metadata: { type: "ObjectMeta" }, webhooks: { keys: ["name"] } },
  Object: { metadata: { type: "ObjectMeta" } }
};
var MERGE_KINDS = {
  "apps/v1 Deployment": "Workload",
  "apps/v1 StatefulSet": "Workload",
  "apps/v1 DaemonSet": "Workload",
  "apps/v1 ReplicaSet": "Workload",
  "batch/v1 Job": "Workload",
  "batch/v1 CronJob": "CronJob",
  "batch/v1beta1 CronJob": "CronJob",
  "v1 ReplicationController": "Workload",
  "v1 Pod": "Pod",
  "v1 PodTemplate": "PodTemplate",
  "v1 Service": "Service",
  "v1 ServiceAccount": "ServiceAccount",
  "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration": "WebhookConfiguration",
  "admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration": "WebhookConfiguration",
  "admissionregistration.k8s.io/v1beta1 MutatingWebhookConfiguration": "WebhookConfiguration",
  "admissionregistration.k8s.io/v1beta1 ValidatingWebhookConfiguration": "WebhookConfiguration",
  "v1 ConfigMap": "Object",
  "v1 Secret": "Object",
  "v1 Namespace": "Object"
};

// src/model/strategic-merge-apply.ts
var MAX_DEPTH = 64;
var MAX_LIST = 1e4;
var MAX_SHARING = 64;
var CLEAR = /* @__PURE__ */ Symbol("clear");
var Unapplied = class extends Error {
};
var Unfollowed = class extends Error {
};
function fail() {
  throw new Unapplied();
}
function unfollowed() {
  throw new Unfollowed();
}
function directiveOf(map) {
  if (!Object.hasOwn(map, "$patch")) return "merge";
  const value = own(map, "$patch");
  if (value === "merge" || value === "replace" || value === "delete") return value;
  return fail();
}
function fieldOf(type, key) {
  if (type === void 0) return void 0;
  const fields = own(MERGE_TYPES, type);
  return fields === void 0 ? void 0 : own(fields, key);
}
function listDirective(element) {
  if (!isPlainObject(element) || !Object.hasOwn(element, "$patch") || Object.keys(element).length !== 1) return void 0;
  return directiveOf(element);
}
function fresh(value, field, depth) {
  if (depth > MAX_DEPTH) return CLEAR;
  if (isPlainObject(value)) {
    if (directiveOf(value) === "delete") return CLEAR;
    const out = {};
    for (const key of Object.keys(value)) {
      if (key === "$patch") continue;
      const child = own(value, key);
      if (child === null) continue;
      const made = fresh(child, fieldOf(field?.type, key), depth + 1);
      if (made !== CLEAR) setOwn(out, key, made);
    }
    return out;
  }
  if (Array.isArray(value)) {
    if (field?.keys === void 0) return structuredClone(value);
    const out = [];
    for (const element of value) {
      const directive = listDirective(element);
      if (directive === "delete") return CLEAR;
      if (directive !== void 0) continue;
      const made = fresh(element, { ...field.type !== void 0 && { type: field.type } }, depth + 1);
      if (made !== CLEAR) out.push(made);
    }
    return out;
  }
  return value;
}
function merge(dest, patch, field, path, effects, depth) {
  if (depth > MAX_DEPTH) return dest === void 0 || dest === null ? CLEAR : dest;
  if (patch === null) return CLEAR;
  if (dest === void 0 || dest === null) {
    const made = fresh(patch, field, depth);
    if (made !== CLEAR) effects.push({ set: path });
    return made;
  }
  if (isPlainObject(patch)) {
    if (!isPlainObject(dest)) return fail();
    const directive = directiveOf(patch);
    if (directive === "delete") return CLEAR;
    if (directive === "replace") {
      effects.push({ set: path });
      return fresh(patch, field, depth);
    }
    for (const key of Object.keys(patch)) {
      if (key === "$patch") continue;
      const had = Object.hasOwn(dest, key) ? own(dest, key) : void 0;
      const made = merge(had, own(patch, key), fieldOf(field?.type, key), [...path, key], effects, depth + 1);
      if (made === CLEAR) Reflect.deleteProperty(dest, key);
      else setOwn(dest, key, made);
    }
    return dest;
  }
  if (Array.isArray(patch)) {
    if (!Array.isArray(dest)) return fail();
    if (field?.keys === void 0) {
      effects.push({ set: path });
      return structuredClone(patch);
    }
    return mergeList(dest, patch, field, field.keys, path, effects, depth);
  }
  if (isPlainObject(dest) || Array.isArray(dest)) return fail();
  effects.push({ set: path });
  return patch;
}
function scalarKey(value) {
  if (value === void 0 || value === null) return "";
  if (typeof value === "string") return `s${value}`;
  if (typeof value === "number" || typeof value === "bigint") return `n${String(value)}`;
  if (typeof value === "boolean") return `b${String(value)}`;
  return unfollowed();
}
function sameElement(a, b) {
  let common = false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) common = true;
    else if (a[i] !== "" && b[i] !== "") return false;
  }
  return common;
}
function mergeList(dest, patch, field, keys, path, effects, depth) {
  const mark = effects.length;
  try {
    return mergeListFollowed(dest, patch, field, keys, path, effects, depth);
  } catch (error) {
    if (!(error instanceof Unfollowed)) throw error;
    effects.length = mark;
    return unfollowedList(dest, patch, field, path, effects, depth);
  }
}
function unfollowedList(dest, patch, field, path, effects, depth) {
  const elementField = field.type === void 0 ? {} : { type: field.type };
  const added = [];
  for (const element of patch) {
    if (listDirective(element) !== void 0) continue;
    if (isPlainObject(element) && directiveOf(element) === "delete") continue;
    const made = isPlainObject(element) || Array.isArray(element) ? fresh(element, elementField, depth + 1) : element;
    if (made !== CLEAR) added.push(made);
  }
  effects.push({ reordered: path, from: [...added.map(() => void 0), ...dest.map((_, i) => i)] });
  return [...added, ...dest];
}
function mergeListFollowed(dest, patch, field, keys, path, effects, depth) {
  if (dest.length > MAX_LIST || patch.length > MAX_LIST) return unfollowed();
  const elements = [];
  for (const element of patch) {
    const directive = listDirective(element);
    if (directive === "delete") return CLEAR;
    if (directive === "replace") {
      effects.push({ set: path });
      return fresh(
        patch.filter((e) => listDirective(e) === void 0),
        field,
        depth
      );
    }
    if (directive === void 0) elements.push(element);
  }
  const elementField = field.type === void 0 ? {} : { type: field.type };
  if (keys.length === 0) {
    const seen = /* @__PURE__ */ new Set();
    const out2 = [];
    const from = [];
    const at = /* @__PURE__ */ new Map();
    dest.forEach((value, i) => {
      const key = scalarKey(value);
      if (!at.has(key)) at.set(key, i);
    });
    for (const value of [...elements, ...dest]) {
      if (isPlainObject(value) || Array.isArray(value)) return unfollowed();
      const key = scalarKey(value);
      if (seen.has(key)) continue;
      seen.add(key);
      out2.push(value);
      from.push(at.get(key));
    }
    effects.push({ reordered: path, from });
    return out2;
  }
  const entries = [];
  const byFirst = /* @__PURE__ */ new Map();
  const entryFor = (values) => (byFirst.get(values[0] ?? "") ?? []).find((entry) => sameElement(entry.values, values));
  const index = (entry) => {
    entries.push(entry);
    const first = entry.values[0] ?? "";
    const same = byFirst.get(first);
    if (same === void 0) byFirst.set(first, [entry]);
    else if (same.length >= MAX_SHARING) unfollowed();
    else same.push(entry);
  };
  const valuesOf = (element) => keys.map((key) => scalarKey(own(element, key)));
  for (const element of elements) {
    if (!isPlainObject(element)) return unfollowed();
    const values = valuesOf(element);
    if (values[0] === "" || entryFor(values) !== void 0) return unfollowed();
    index({ values, patch: element });
  }
  dest.forEach((element, i) => {
    if (!isPlainObject(element)) return unfollowed();
    const values = valuesOf(element);
    if (values[0] === "") return unfollowed();
    const entry = entryFor(values);
    if (entry !== void 0) {
      if (entry.dest !== void 0) return unfollowed();
      entry.dest = i;
      return;
    }
    index({ values, dest: i });
  });
  const kept = entries.filter((entry) => entry.patch === void 0 || directiveOf(entry.patch) !== "delete");
  effects.push({ reordered: path, from: kept.map((entry) => entry.dest) });
  const out = [];
  kept.forEach((entry, index2) => {
    const had = entry.dest === void 0 ? void 0 : dest[entry.dest];
    if (entry.patch === void 0) {
      out.push(had);
      return;
    }
    const made = had === void 0 ? fresh(entry.patch, elementField, depth + 1) : merge(had, entry.patch, elementField, [...path, index2], effects, depth + 1);
    if (made === CLEAR) return unfollowed();
    out.push(made);
  });
  return out;
}
function applyStrategicMerge(value, patch, effects = []) {
  if (!isPlainObject(patch)) return void 0;
  const apiVersion = own(value, "apiVersion");
  const kind = own(value, "kind");
  const type = typeof apiVersion === "string" && typeof kind === "string" ? own(MERGE_KINDS, `${apiVersion} ${kind}`) : void 0;
  const made = [];
  let merged;
  try {
    if (directiveOf(patch) !== "merge") return void 0;
    merged = merge(structuredClone(value), patch, type === void 0 ? void 0 : { type }, [], made, 0);
  } catch (error) {
    if (error instanceof Unapplied || error instanceof RangeError) return void 0;
    throw error;
  }
  if (!isPlainObject(merged)) return void 0;
  if (kind !== void 0) setOwn(merged, "kind", kind);
  const metadata = own(value, "metadata");
  const after = own(merged, "metadata");
  if (isPlainObject(metadata) && isPlainObject(after)) {
    for (const key of ["name", "namespace"]) {
      if (Object.hasOwn(metadata, key)) setOwn(after, key, own(metadata, key));
      else Reflect.deleteProperty(after, key);
    }
  }
  for (const effect of made) effects.push(effect);
  return merged;
}

// src/model/kustomization.ts
function isKustomizePluginConfig(value) {
  return isPlainObject(value) && value["apiVersion"] === "builtin";
}
var DIRECTIVE = /^\$(?:patch|retainKeys|setElementOrder\/|deleteFromPrimitiveList\/)/;
function holdsPatchDirective(value, depth = 0) {
  if (depth > 64 || typeof value !== "object" || value === null) return false;
  if (Array.isArray(value)) return value.some((item) => holdsPatchDirective(item, depth + 1));
  for (const [key, item] of Object.entries(value)) if (DIRECTIVE.test(key) || holdsPatchDirective(item, depth + 1)) return true;
  return false;
}
var ORIGIN_ANNOTATION = "config.kubernetes.io/origin";
var MAX_ORIGIN_LENGTH = 4096;
var ORIGIN_LINE = /^( {2})?([A-Za-z]+):(?: (.*))?$/;
var CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
var PLAIN_START = /^(?:[[\]{},#&*!|>'"%@`]|[-?:](?: |$))/;
var PLAIN_BREAK = /: |:$| #|\s$/;
function originScalar(raw) {
  if (raw === "" || CONTROL.test(raw)) return void 0;
  const single = /^'((?:[^']|'')*)'$/.exec(raw);
  if (single) return single[1]?.replace(/''/g, "'");
  const double = /^"([^"\\]*)"$/.exec(raw);
  if (double) return double[1];
  return PLAIN_START.test(raw) || PLAIN_BREAK.test(raw) ? void 0 : raw;
}
function originFields(text) {
  const fields = /* @__PURE__ */ new Map();
  const lines = text.endsWith("\n") ? text.slice(0, -1).split("\n") : text.split("\n");
  let parent;
  for (const line of lines) {
    const match = ORIGIN_LINE.exec(line);
    if (!match) return void 0;
    const [, indent, key = "", raw] = match;
    if (indent === void 0) {
      parent = void 0;
      if (raw === void 0) {
        if (fields.has(key)) return void 0;
        parent = key;
        fields.set(key, "");
        continue;
      }
    } else if (parent === void 0 || raw === void 0) return void 0;
    const name = parent === void 0 ? key : `${parent}.${key}`;
    const value = originScalar(raw);
    if (value === void 0 || fields.has(name)) return void 0;
    fields.set(name, value);
  }
  return fields;
}
function shownRepository(repo) {
  const query = repo.search(/[?#]/);
  return (query === -1 ? repo : repo.slice(0, query)).replace(/^([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^/?#]*@/, "$1");
}
function kustomizeSourceOf(annotations) {
  const text = own(annotations, ORIGIN_ANNOTATION);
  if (text === void 0 || text.length > MAX_ORIGIN_LENGTH) return void 0;
  const fields = originFields(text);
  const path = fields?.get("path") || void 0;
  const where = path ?? (fields?.get("configuredIn") || void 0);
  if (!fields || where === void 0) return void 0;
  const notes = [];
  const repo = fields.get("repo");
  const ref = fields.get("ref");
  if (repo) notes.push(ref ? `${shownRepository(repo)}@${ref}` : shownRepository(repo));
  const generator = fields.get("configuredBy.kind");
  if (path === void 0 && generator) {
    const name = fields.get("configuredBy.name");
    notes.push(name ? `generated by ${generator} ${name}` : `generated by ${generator}`);
  }
  return { tool: "kustomize", chart: "", template: notes.length > 0 ? `${where} (${notes.join(", ")})` : where };
}
function splitImage(image) {
  const slash = image.indexOf("/");
  const from = slash > 0 ? slash : 0;
  const at = image.indexOf("@", from);
  const colon = image.indexOf(":", from);
  if (at !== -1 && (colon === -1 || at < colon)) return { name: image.slice(0, at), tag: "", digest: image.slice(at + 1) };
  if (colon === -1) return { name: image, tag: "", digest: "" };
  return at === -1 ? { name: image.slice(0, colon), tag: image.slice(colon + 1), digest: "" } : { name: image.slice(0, colon), tag: image.slice(colon + 1, at), digest: image.slice(at + 1) };
}
var AFTER_MATCHED_NAME = /^(?::[\w.{}-]*)?(?:@[a-zA-Z0-9]+(?:[.+_-][a-zA-Z0-9]+)*:[\w.{}-]*)?$/;
function imageTransformed(image, images, passes2) {
  let result = image;
  for (const entry of images) {
    for (let pass = 0; pass < passes2; pass++) {
      if (!result.startsWith(entry.name) || !AFTER_MATCHED_NAME.test(result.slice(entry.name.length))) break;
      const split = splitImage(result);
      let { tag, digest } = split;
      if (entry.newTag !== void 0 && entry.digest !== void 0) [tag, digest] = [entry.newTag, entry.digest];
      else if (entry.newTag !== void 0) [tag, digest] = [entry.newTag, ""];
      else if (entry.digest !== void 0) [tag, digest] = ["", entry.digest];
      else if (entry.tagSuffix !== void 0) [tag, digest] = [tag + entry.tagSuffix, ""];
      result = `${entry.newName ?? split.name}${tag === "" ? "" : `:${tag}`}${digest === "" ? "" : `@${digest}`}`;
    }
  }
  return result;
}
var IMAGE_FIELD_SPEC_LISTS = /* @__PURE__ */ new Set(["spec/containers", "spec/initContainers", "spec/template/spec/containers", "spec/template/spec/initContainers"]);
function imagesTransformed(value, images) {
  if (images.length === 0 || own(value, "kind") === "CustomResourceDefinition") return void 0;
  const visit = (node, at, depth) => {
    if (depth > MAX_IMAGE_DEPTH) return node;
    if (Array.isArray(node)) {
      const list = node;
      let changed2;
      list.forEach((item, i) => {
        const next = visit(item, void 0, depth + 1);
        if (next !== item) (changed2 ??= [...list])[i] = next;
      });
      return changed2 ?? node;
    }
    if (!isPlainObject(node)) return node;
    let changed;
    for (const key of Object.keys(node)) {
      const item = own(node, key);
      const path = at === void 0 ? void 0 : at === "" ? key : `${at}/${key}`;
      let next = visit(item, path, depth + 1);
      if ((key === "containers" || key === "initContainers") && Array.isArray(next)) next = withImages(next, images, path !== void 0 && IMAGE_FIELD_SPEC_LISTS.has(path) ? 2 : 1);
      if (next !== item) setOwn(changed ??= { ...node }, key, next);
    }
    return changed ?? node;
  };
  const result = visit(value, "", 0);
  return result === value ? void 0 : result;
}
var MAX_IMAGE_DEPTH = 64;
function withImages(containers, images, passes2) {
  let changed;
  containers.forEach((container, i) => {
    const image = isPlainObject(container) ? own(container, "image") : void 0;
    if (!isPlainObject(container) || typeof image !== "string") return;
    const next = imageTransformed(image, images, passes2);
    if (next !== image) {
      const copy = { ...container };
      setOwn(copy, "image", next);
      (changed ??= [...containers])[i] = copy;
    }
  });
  return changed ?? containers;
}
var LABEL_FIELDS = [
  { path: ["metadata", "labels"], create: true, kinds: ["*"] },
  { path: ["spec", "selector"], create: true, kinds: ["/Service", "/ReplicationController"] },
  { path: ["spec", "selector", "matchLabels"], create: true, kinds: ["*/Deployment", "*/ReplicaSet", "*/DaemonSet", "apps/StatefulSet"] },
  { path: ["spec", "selector", "matchLabels"], create: false, kinds: ["batch/Job", "policy/PodDisruptionBudget"] },
  { path: ["spec", "jobTemplate", "spec", "selector", "matchLabels"], create: false, kinds: ["batch/CronJob"] },
  { path: ["spec", "template", "metadata", "labels"], create: true, kinds: ["/ReplicationController", "*/Deployment", "*/ReplicaSet", "*/DaemonSet", "apps/StatefulSet", "batch/Job"] },
  { path: ["spec", "jobTemplate", "metadata", "labels"], create: true, kinds: ["batch/CronJob"] },
  { path: ["spec", "jobTemplate", "spec", "template", "metadata", "labels"], create: true, kinds: ["batch/CronJob"] },
  { path: ["spec", "podSelector", "matchLabels"], create: false, kinds: ["networking.k8s.io/NetworkPolicy"] }
];
function withLabelsAt(value, path, create, labels) {
  const [head, ...rest] = path;
  if (head === void 0) {
    const next2 = { ...value };
    let changed = false;
    for (const [key, label] of Object.entries(labels)) {
      if (own(value, key) === label) continue;
      setOwn(next2, key, label);
      changed = true;
    }
    return changed ? next2 : void 0;
  }
  const child = own(value, head);
  if (child !== void 0 && !isPlainObject(child)) return void 0;
  if (child === void 0 && !create) return void 0;
  const inner = withLabelsAt(child ?? {}, rest, create, labels);
  if (!inner) return void 0;
  const next = { ...value };
  setOwn(next, head, inner);
  return next;
}
function labelsTransformed(value, labels) {
  if (Object.keys(labels).length === 0) return void 0;
  const kind = typeof value["kind"] === "string" ? value["kind"] : "";
  const group = apiGroupOf(typeof value["apiVersion"] === "string" ? value["apiVersion"] : "");
  let result;
  for (const field of LABEL_FIELDS) {
    if (!field.kinds.some((k) => k === "*" || k === `*/${kind}` || k === `${group}/${kind}`)) continue;
    const next = withLabelsAt(result ?? value, field.path, field.create, labels);
    if (next) result = next;
  }
  if (kind === "NetworkPolicy" && group === "networking.k8s.io") {
    const spec = own(result ?? value, "spec");
    if (isPlainObject(spec)) {
      let nextSpec;
      for (const [direction, peers] of [["ingress", "from"], ["egress", "to"]]) {
        const rules = own(spec, direction);
        if (!Array.isArray(rules)) continue;
        const mapped = rules.map((rule) => {
          const list = isPlainObject(rule) ? own(rule, peers) : void 0;
          if (!isPlainObject(rule) || !Array.isArray(list)) return rule;
          const nextList = list.map((peer) => isPlainObject(peer) ? withLabelsAt(peer, ["podSelector", "matchLabels"], false, labels) ?? peer : peer);
          return nextList.some((peer, i) => peer !== list[i]) ? { ...rule, [peers]: nextList } : rule;
        });
        if (mapped.some((rule, i) => rule !== rules[i])) nextSpec = { ...nextSpec ?? spec, [direction]: mapped };
      }
      if (nextSpec) result = { ...result ?? value, spec: nextSpec };
    }
  }
  return result;
}
function namespaceTransformed(value, namespace, accounts) {
  const kind = typeof value["kind"] === "string" ? value["kind"] : "";
  const apiVersion = typeof value["apiVersion"] === "string" ? value["apiVersion"] : "";
  const group = apiGroupOf(apiVersion);
  const metadata = isPlainObject(value["metadata"]) ? value["metadata"] : {};
  let changed;
  const edit = () => changed ??= { ...value, metadata: { ...metadata } };
  if (!isClusterScopedKind(group, kind) && metadata["namespace"] !== namespace) edit()["metadata"] = { ...metadata, namespace };
  if (apiVersion === "v1" && kind === "Namespace" && metadata["name"] !== namespace) edit()["metadata"]["name"] = namespace;
  const subjects = value["subjects"];
  if ((kind === "RoleBinding" || kind === "ClusterRoleBinding") && group === "rbac.authorization.k8s.io" && Array.isArray(subjects)) {
    const next = subjects.map((subject) => {
      if (!isPlainObject(subject)) return subject;
      const stated = typeof subject["namespace"] === "string" && subject["namespace"] !== "" ? subject["namespace"] : void 0;
      let target = subject["name"] === "default" ? namespace : stated;
      if (subject["kind"] === "ServiceAccount" && typeof subject["name"] === "string") {
        const referred = accounts === void 0 ? target === void 0 ? namespace : void 0 : referredAccount(accounts, subject["name"], target);
        if (referred !== void 0) target = referred;
      }
      return target === void 0 || target === stated ? subject : { ...subject, namespace: target };
    });
    if (next.some((subject, i) => subject !== subjects[i])) edit()["subjects"] = next;
  }
  return changed;
}
function referredAccount(accounts, name, namespace) {
  let candidates = accounts;
  if (namespace !== void 0) {
    const byStated = accounts.filter((a) => (a.stated ?? "default") === namespace);
    candidates = byStated.length > 0 ? byStated : accounts.filter((a) => a.namespace === namespace);
  }
  const named = candidates.filter((a) => a.name === name);
  const targets = new Set(named.map((a) => a.namespace));
  const [only] = targets;
  return targets.size === 1 ? only : void 0;
}
function keepsItsName(resource) {
  return resource.kind === "CustomResourceDefinition" || resource.kind === "Namespace" || resource.kind === "APIService" && resource.group === "apiregistration.k8s.io";
}
function isDeleted(resource, deletions) {
  return (deletions ?? []).some((d) => d.kind === resource.kind && d.group === resource.group && (d.anyName === true || resource.name !== void 0 && d.names.includes(resource.name)));
}
function jsonPatched(resource, patches, effects = []) {
  let root;
  const made = [];
  const budget = { nodes: MAX_ADDED_NODES };
  const written2 = { name: resource.name, namespace: resource.namespace, keepsName: keepsItsName(resource) };
  for (const patch of patches) {
    const current = root?.value ?? resource.value;
    const metadata = own(current, "metadata");
    const { names, namespaces } = whenPatched(patch, written2);
    const selected = patch.merge !== void 0 && patch.target === void 0 ? namesItsObject(patch.merge, resource, names, namespaces) : targetSelects(patch.target, {
      group: resource.group,
      version: resource.apiVersion.includes("/") ? resource.apiVersion.slice(resource.apiVersion.indexOf("/") + 1) : resource.apiVersion,
      kind: resource.kind,
      names,
      namespaces,
      labels: isPlainObject(metadata) ? stringMap(own(metadata, "labels")) : {},
      annotations: isPlainObject(metadata) ? stringMap(own(metadata, "annotations")) : {}
    });
    if (!selected) continue;
    const before = made.length;
    if (patch.merge === void 0) {
      root ??= { value: structuredClone(resource.value) };
      if (!applyJsonPatchInPlace(root, patch.operations, made, budget)) return void 0;
    } else {
      const merged = applyStrategicMerge(root?.value ?? resource.value, patch.merge, made);
      if (merged === void 0) return void 0;
      root = { value: merged };
    }
    if (patch.fromFile) for (let i = before; i < made.length; i++) made[i] = { ...made[i], fromFile: true };
  }
  for (const effect of made) effects.push(effect);
  return root?.value;
}
function namesItsObject(patch, resource, names, namespaces) {
  if (!isPlainObject(patch)) return false;
  const metadata = own(patch, "metadata");
  const name = isPlainObject(metadata) ? own(metadata, "name") : void 0;
  const namespace = isPlainObject(metadata) ? own(metadata, "namespace") : void 0;
  if (own(patch, "apiVersion") !== resource.apiVersion || own(patch, "kind") !== resource.kind) return false;
  if (typeof name !== "string" || !names.includes(name)) return false;
  if (isClusterScopedKind(resource.group, resource.kind)) return true;
  return namespaces.includes(typeof namespace === "string" && namespace !== "" ? namespace : "default");
}
function inFileAfter(at, effects) {
  return (path) => {
    if (path.length < at.length || !at.every((segment, i) => path[i] === segment)) return path;
    return [...at, ...patchedPathInFile(path.slice(at.length), effects)];
  };
}
function setByPatchAfter(at, effects) {
  return (path) => path.length >= at.length && at.every((segment, i) => path[i] === segment) && isSetByPatch(path.slice(at.length), effects);
}
function objectsOfBuilds(resources, builds) {
  if (!builds || builds.length === 0) return resources.map((resource) => [resource]);
  return resources.map(
    (resource) => builds.map((build2) => {
      const effects = [];
      const patched = build2.jsonPatches === void 0 ? void 0 : jsonPatched(resource, build2.jsonPatches, effects);
      const base = patched ?? resource.value;
      const namespaced = build2.namespace === void 0 ? void 0 : namespaceTransformed(base, build2.namespace, build2.accounts);
      const labelled = build2.selectorLabels === void 0 ? void 0 : labelsTransformed(namespaced ?? base, build2.selectorLabels);
      const imaged = build2.images === void 0 ? void 0 : imagesTransformed(labelled ?? namespaced ?? base, build2.images);
      return new Resource(imaged ?? labelled ?? namespaced ?? base, resource.path, {
        ...namespaced && build2.namespaceFrom !== void 0 && { namespaceFrom: build2.namespaceFrom },
        roots: build2.roots,
        ...build2.nameAffix !== void 0 && !keepsItsName(resource) && { nameAffix: build2.nameAffix },
        ...isDeleted(resource, build2.deleted) && { removed: true },
        ...effects.length > 0 && { inDocument: inFileAfter(resource.path, effects), setByPatch: setByPatchAfter(resource.path, effects) }
      });
    })
  );
}

// schemas/k8s-fields.json
var k8s_fields_default = { ...JSON.parse('{"format":1,"description":"Field trees of the built-in Kubernetes kinds per minor release, generated by scripts/gen-k8s-schemas.mjs from the Go API types of k8s.io/api and k8s.io/apimachinery (meta/v1) at each release tag. defs: type definitions (f: field \u2192 type ref, r: required fields, e: enum values). versions: per release, the change to the previous release of type id \u2192 def index (-1: gone) and of \\"apiVersion|kind\\" \u2192 type id (null: gone). Type refs: s string, t timestamp string, b boolean, i integer, n number, q quantity (number or string), is int-or-string, any, e@id enum string, @id object, []X list of X, {}X map of X.","versions":{"1.19":{"tag":"v0.19.0","types":{"admission/v1.AdmissionRequest":1,"admission/v1.AdmissionResponse":5,"admission/v1.AdmissionReview":0,"admission/v1beta1.AdmissionRequest":1,"admission/v1beta1.AdmissionResponse":5,"admission/v1beta1.AdmissionReview":10,"admissionregistration/v1.MutatingWebhook":22,"admissionregistration/v1.MutatingWebhookConfiguration":21,"admissionregistration/v1.RuleWithOperations":18,"admissionregistration/v1.ServiceReference":17,"admissionregistration/v1.ValidatingWebhook":15,"admissionregistration/v1.ValidatingWebhookConfiguration":11,"admissionregistration/v1.WebhookClientConfig":16,"admissionregistration/v1beta1.MutatingWebhook":27,"admissionregistration/v1beta1.MutatingWebhookConfiguration":26,"admissionregistration/v1beta1.RuleWithOperations":18,"admissionregistration/v1beta1.ServiceReference":17,"admissionregistration/v1beta1.ValidatingWebhook":24,"admissionregistration/v1beta1.ValidatingWebhookConfiguration":23,"admissionregistration/v1beta1.WebhookClientConfig":25,"apps/v1.ControllerRevision":133,"apps/v1.DaemonSet":125,"apps/v1.DaemonSetCondition":124,"apps/v1.DaemonSetSpec":126,"apps/v1.DaemonSetStatus":129,"apps/v1.DaemonSetUpdateStrategy":127,"apps/v1.Deployment":28,"apps/v1.DeploymentCondition":115,"apps/v1.DeploymentSpec":29,"apps/v1.DeploymentStatus":114,"apps/v1.DeploymentStrategy":112,"apps/v1.ReplicaSet":130,"apps/v1.ReplicaSetCondition":124,"apps/v1.ReplicaSetSpec":131,"apps/v1.ReplicaSetStatus":132,"apps/v1.RollingUpdateDaemonSet":128,"apps/v1.RollingUpdateDeployment":113,"apps/v1.RollingUpdateStatefulSetStrategy":122,"apps/v1.StatefulSet":116,"apps/v1.StatefulSetCondition":124,"apps/v1.StatefulSetSpec":117,"apps/v1.StatefulSetStatus":123,"apps/v1.StatefulSetUpdateStrategy":121,"apps/v1beta1.ControllerRevision":133,"apps/v1beta1.Deployment":134,"apps/v1beta1.DeploymentCondition":115,"apps/v1beta1.DeploymentRollback":139,"apps/v1beta1.DeploymentSpec":135,"apps/v1beta1.DeploymentStatus":138,"apps/v1beta1.DeploymentStrategy":136,"apps/v1beta1.RollbackConfig":137,"apps/v1beta1.RollingUpdateDeployment":113,"apps/v1beta1.RollingUpdateStatefulSetStrategy":122,"apps/v1beta1.Scale":140,"apps/v1beta1.ScaleSpec":141,"apps/v1beta1.ScaleStatus":142,"apps/v1beta1.StatefulSet":143,"apps/v1beta1.StatefulSetCondition":124,"apps/v1beta1.StatefulSetSpec":144,"apps/v1beta1.StatefulSetStatus":146,"apps/v1beta1.StatefulSetUpdateStrategy":145,"apps/v1beta2.ControllerRevision":133,"apps/v1beta2.DaemonSet":156,"apps/v1beta2.DaemonSetCondition":124,"apps/v1beta2.DaemonSetSpec":157,"apps/v1beta2.DaemonSetStatus":159,"apps/v1beta2.DaemonSetUpdateStrategy":158,"apps/v1beta2.Deployment":147,"apps/v1beta2.DeploymentCondition":115,"apps/v1beta2.DeploymentSpec":148,"apps/v1beta2.DeploymentStatus":150,"apps/v1beta2.DeploymentStrategy":149,"apps/v1beta2.ReplicaSet":160,"apps/v1beta2.ReplicaSetCondition":124,"apps/v1beta2.ReplicaSetSpec":131,"apps/v1beta2.ReplicaSetStatus":161,"apps/v1beta2.RollingUpdateDaemonSet":128,"apps/v1beta2.RollingUpdateDeployment":113,"apps/v1beta2.RollingUpdateStatefulSetStrategy":122,"apps/v1beta2.Scale":151,"apps/v1beta2.ScaleSpec":141,"apps/v1beta2.ScaleStatus":142,"apps/v1beta2.StatefulSet":152,"apps/v1beta2.StatefulSetCondition":124,"apps/v1beta2.StatefulSetSpec":153,"apps/v1beta2.StatefulSetStatus":155,"apps/v1beta2.StatefulSetUpdateStrategy":154,"authentication/v1.BoundObjectReference":167,"authentication/v1.TokenRequest":165,"authentication/v1.TokenRequestSpec":166,"authentication/v1.TokenRequestStatus":168,"authentication/v1.TokenReview":162,"authentication/v1.TokenReviewSpec":163,"authentication/v1.TokenReviewStatus":164,"authentication/v1.UserInfo":4,"authentication/v1beta1.TokenReview":169,"authentication/v1beta1.TokenReviewSpec":163,"authentication/v1beta1.TokenReviewStatus":170,"authentication/v1beta1.UserInfo":4,"authorization/v1.LocalSubjectAccessReview":181,"authorization/v1.NonResourceAttributes":179,"authorization/v1.NonResourceRule":175,"authorization/v1.ResourceAttributes":178,"authorization/v1.ResourceRule":174,"authorization/v1.SelfSubjectAccessReview":176,"authorization/v1.SelfSubjectAccessReviewSpec":177,"authorization/v1.SelfSubjectRulesReview":171,"authorization/v1.SelfSubjectRulesReviewSpec":172,"authorization/v1.SubjectAccessReview":181,"authorization/v1.SubjectAccessReviewSpec":182,"authorization/v1.SubjectAccessReviewStatus":180,"authorization/v1.SubjectRulesReviewStatus":173,"authorization/v1beta1.LocalSubjectAccessReview":187,"authorization/v1beta1.NonResourceAttributes":179,"authorization/v1beta1.NonResourceRule":175,"authorization/v1beta1.ResourceAttributes":178,"authorization/v1beta1.ResourceRule":174,"authorization/v1beta1.SelfSubjectAccessReview":185,"authorization/v1beta1.SelfSubjectAccessReviewSpec":186,"authorization/v1beta1.SelfSubjectRulesReview":183,"authorization/v1beta1.SelfSubjectRulesReviewSpec":172,"authorization/v1beta1.SubjectAccessReview":187,"authorization/v1beta1.SubjectAccessReviewSpec":188,"authorization/v1beta1.SubjectAccessReviewStatus":180,"authorization/v1beta1.SubjectRulesReviewStatus":184,"autoscaling/v1.CrossVersionObjectReference":191,"autoscaling/v1.HorizontalPodAutoscaler":189,"autoscaling/v1.HorizontalPodAutoscalerSpec":190,"autoscaling/v1.HorizontalPodAutoscalerStatus":192,"autoscaling/v1.Scale":193,"autoscaling/v1.ScaleSpec":141,"autoscaling/v1.ScaleStatus":194,"autoscaling/v2beta1.CrossVersionObjectReference":191,"autoscaling/v2beta1.ExternalMetricSource":201,"autoscaling/v2beta1.ExternalMetricStatus":207,"autoscaling/v2beta1.HorizontalPodAutoscaler":195,"autoscaling/v2beta1.HorizontalPodAutoscalerCondition":124,"autoscaling/v2beta1.HorizontalPodAutoscalerSpec":196,"autoscaling/v2beta1.HorizontalPodAutoscalerStatus":202,"autoscaling/v2beta1.MetricSpec":197,"autoscaling/v2beta1.MetricStatus":203,"autoscaling/v2beta1.ObjectMetricSource":198,"autoscaling/v2beta1.ObjectMetricStatus":204,"autoscaling/v2beta1.PodsMetricSource":199,"autoscaling/v2beta1.PodsMetricStatus":205,"autoscaling/v2beta1.ResourceMetricSource":200,"autoscaling/v2beta1.ResourceMetricStatus":206,"autoscaling/v2beta2.CrossVersionObjectReference":191,"autoscaling/v2beta2.ExternalMetricSource":214,"autoscaling/v2beta2.ExternalMetricStatus":223,"autoscaling/v2beta2.HPAScalingPolicy":218,"autoscaling/v2beta2.HPAScalingRules":217,"autoscaling/v2beta2.HorizontalPodAutoscaler":208,"autoscaling/v2beta2.HorizontalPodAutoscalerBehavior":216,"autoscaling/v2beta2.HorizontalPodAutoscalerCondition":124,"autoscaling/v2beta2.HorizontalPodAutoscalerSpec":209,"autoscaling/v2beta2.HorizontalPodAutoscalerStatus":219,"autoscaling/v2beta2.MetricIdentifier":213,"autoscaling/v2beta2.MetricSpec":210,"autoscaling/v2beta2.MetricStatus":220,"autoscaling/v2beta2.MetricTarget":212,"autoscaling/v2beta2.MetricValueStatus":222,"autoscaling/v2beta2.ObjectMetricSource":211,"autoscaling/v2beta2.ObjectMetricStatus":221,"autoscaling/v2beta2.PodsMetricSource":214,"autoscaling/v2beta2.PodsMetricStatus":223,"autoscaling/v2beta2.ResourceMetricSource":215,"autoscaling/v2beta2.ResourceMetricStatus":224,"batch/v1.Job":225,"batch/v1.JobCondition":120,"batch/v1.JobSpec":226,"batch/v1.JobStatus":227,"batch/v1beta1.CronJob":230,"batch/v1beta1.CronJobSpec":231,"batch/v1beta1.CronJobStatus":232,"batch/v1beta1.JobTemplate":228,"batch/v1beta1.JobTemplateSpec":229,"batch/v2alpha1.CronJob":235,"batch/v2alpha1.CronJobSpec":236,"batch/v2alpha1.CronJobStatus":232,"batch/v2alpha1.JobTemplate":234,"batch/v2alpha1.JobTemplateSpec":229,"certificates/v1.CertificateSigningRequest":237,"certificates/v1.CertificateSigningRequestCondition":115,"certificates/v1.CertificateSigningRequestSpec":238,"certificates/v1.CertificateSigningRequestStatus":239,"certificates/v1beta1.CertificateSigningRequest":240,"certificates/v1beta1.CertificateSigningRequestCondition":243,"certificates/v1beta1.CertificateSigningRequestSpec":241,"certificates/v1beta1.CertificateSigningRequestStatus":242,"coordination/v1.Lease":244,"coordination/v1.LeaseSpec":245,"coordination/v1beta1.Lease":246,"coordination/v1beta1.LeaseSpec":245,"core/v1.AWSElasticBlockStoreVolumeSource":36,"core/v1.Affinity":98,"core/v1.AttachedVolume":83,"core/v1.AzureDiskVolumeSource":59,"core/v1.AzureFilePersistentVolumeSource":312,"core/v1.AzureFileVolumeSource":55,"core/v1.Binding":286,"core/v1.CSIPersistentVolumeSource":316,"core/v1.CSIVolumeSource":69,"core/v1.Capabilities":92,"core/v1.CephFSPersistentVolumeSource":310,"core/v1.CephFSVolumeSource":48,"core/v1.CinderPersistentVolumeSource":309,"core/v1.CinderVolumeSource":47,"core/v1.ClientIPConfig":264,"core/v1.ComponentCondition":324,"core/v1.ComponentStatus":323,"core/v1.ConfigMap":327,"core/v1.ConfigMapEnvSource":78,"core/v1.ConfigMapKeySelector":81,"core/v1.ConfigMapNodeConfigSource":277,"core/v1.ConfigMapProjection":63,"core/v1.ConfigMapVolumeSource":56,"core/v1.Container":75,"core/v1.ContainerImage":284,"core/v1.ContainerPort":76,"core/v1.ContainerState":251,"core/v1.ContainerStateRunning":253,"core/v1.ContainerStateTerminated":254,"core/v1.ContainerStateWaiting":252,"core/v1.ContainerStatus":250,"core/v1.DaemonEndpoint":282,"core/v1.DownwardAPIProjection":64,"core/v1.DownwardAPIVolumeFile":51,"core/v1.DownwardAPIVolumeSource":50,"core/v1.EmptyDirVolumeSource":34,"core/v1.EndpointAddress":271,"core/v1.EndpointPort":272,"core/v1.EndpointSubset":270,"core/v1.Endpoints":269,"core/v1.EnvFromSource":77,"core/v1.EnvVar":79,"core/v1.EnvVarSource":80,"core/v1.EphemeralContainer":96,"core/v1.EphemeralContainers":328,"core/v1.EphemeralVolumeSource":70,"core/v1.Event":287,"core/v1.EventSeries":289,"core/v1.EventSource":288,"core/v1.ExecAction":85,"core/v1.FCVolumeSource":54,"core/v1.FlexPersistentVolumeSource":311,"core/v1.FlexVolumeSource":46,"core/v1.FlockerVolumeSource":49,"core/v1.GCEPersistentDiskVolumeSource":35,"core/v1.GitRepoVolumeSource":37,"core/v1.GlusterfsPersistentVolumeSource":305,"core/v1.GlusterfsVolumeSource":43,"core/v1.HTTPGetAction":86,"core/v1.HTTPHeader":87,"core/v1.Handler":90,"core/v1.HostAlias":107,"core/v1.HostPathVolumeSource":33,"core/v1.ISCSIPersistentVolumeSource":308,"core/v1.ISCSIVolumeSource":41,"core/v1.KeyToPath":39,"core/v1.Lifecycle":89,"core/v1.LimitRange":290,"core/v1.LimitRangeItem":292,"core/v1.LimitRangeSpec":291,"core/v1.LoadBalancerIngress":267,"core/v1.LoadBalancerStatus":266,"core/v1.LocalObjectReference":42,"core/v1.LocalVolumeSource":314,"core/v1.NFSVolumeSource":40,"core/v1.Namespace":298,"core/v1.NamespaceCondition":124,"core/v1.NamespaceSpec":299,"core/v1.NamespaceStatus":300,"core/v1.Node":273,"core/v1.NodeAddress":280,"core/v1.NodeAffinity":99,"core/v1.NodeCondition":279,"core/v1.NodeConfigSource":276,"core/v1.NodeConfigStatus":285,"core/v1.NodeDaemonEndpoints":281,"core/v1.NodeProxyOptions":268,"core/v1.NodeSelector":100,"core/v1.NodeSelectorRequirement":20,"core/v1.NodeSelectorTerm":101,"core/v1.NodeSpec":274,"core/v1.NodeStatus":278,"core/v1.NodeSystemInfo":283,"core/v1.ObjectFieldSelector":52,"core/v1.ObjectReference":233,"core/v1.PersistentVolume":303,"core/v1.PersistentVolumeClaim":118,"core/v1.PersistentVolumeClaimCondition":120,"core/v1.PersistentVolumeClaimSpec":72,"core/v1.PersistentVolumeClaimStatus":119,"core/v1.PersistentVolumeClaimTemplate":71,"core/v1.PersistentVolumeClaimVolumeSource":44,"core/v1.PersistentVolumeSpec":304,"core/v1.PersistentVolumeStatus":318,"core/v1.PhotonPersistentDiskVolumeSource":60,"core/v1.Pod":247,"core/v1.PodAffinity":103,"core/v1.PodAffinityTerm":104,"core/v1.PodAntiAffinity":103,"core/v1.PodAttachOptions":319,"core/v1.PodCondition":120,"core/v1.PodDNSConfig":108,"core/v1.PodDNSConfigOption":109,"core/v1.PodExecOptions":321,"core/v1.PodIP":249,"core/v1.PodLogOptions":320,"core/v1.PodPortForwardOptions":322,"core/v1.PodProxyOptions":268,"core/v1.PodReadinessGate":110,"core/v1.PodSecurityContext":97,"core/v1.PodSpec":31,"core/v1.PodStatus":248,"core/v1.PodStatusResult":255,"core/v1.PodTemplate":256,"core/v1.PodTemplateSpec":30,"core/v1.PortworxVolumeSource":66,"core/v1.PreferredSchedulingTerm":102,"core/v1.Probe":84,"core/v1.ProjectedVolumeSource":61,"core/v1.QuobyteVolumeSource":58,"core/v1.RBDPersistentVolumeSource":306,"core/v1.RBDVolumeSource":45,"core/v1.RangeAllocation":326,"core/v1.ReplicationController":257,"core/v1.ReplicationControllerCondition":124,"core/v1.ReplicationControllerSpec":258,"core/v1.ReplicationControllerStatus":259,"core/v1.ResourceFieldSelector":53,"core/v1.ResourceQuota":293,"core/v1.ResourceQuotaSpec":294,"core/v1.ResourceQuotaStatus":297,"core/v1.ResourceRequirements":73,"core/v1.SELinuxOptions":93,"core/v1.ScaleIOPersistentVolumeSource":313,"core/v1.ScaleIOVolumeSource":67,"core/v1.ScopeSelector":295,"core/v1.ScopedResourceSelectorRequirement":296,"core/v1.SeccompProfile":95,"core/v1.Secret":301,"core/v1.SecretEnvSource":78,"core/v1.SecretKeySelector":81,"core/v1.SecretProjection":63,"core/v1.SecretReference":307,"core/v1.SecretVolumeSource":38,"core/v1.SecurityContext":91,"core/v1.SerializedReference":325,"core/v1.Service":260,"core/v1.ServiceAccount":302,"core/v1.ServiceAccountTokenProjection":65,"core/v1.ServicePort":262,"core/v1.ServiceProxyOptions":268,"core/v1.ServiceSpec":261,"core/v1.ServiceStatus":265,"core/v1.SessionAffinityConfig":263,"core/v1.StorageOSPersistentVolumeSource":315,"core/v1.StorageOSVolumeSource":68,"core/v1.Sysctl":87,"core/v1.TCPSocketAction":88,"core/v1.Taint":275,"core/v1.Toleration":106,"core/v1.TopologySelectorLabelRequirement":450,"core/v1.TopologySelectorTerm":449,"core/v1.TopologySpreadConstraint":111,"core/v1.TypedLocalObjectReference":74,"core/v1.Volume":32,"core/v1.VolumeDevice":83,"core/v1.VolumeMount":82,"core/v1.VolumeNodeAffinity":317,"core/v1.VolumeProjection":62,"core/v1.VsphereVirtualDiskVolumeSource":57,"core/v1.WeightedPodAffinityTerm":105,"core/v1.WindowsSecurityContextOptions":94,"discovery/v1alpha1.Endpoint":330,"discovery/v1alpha1.EndpointConditions":331,"discovery/v1alpha1.EndpointPort":332,"discovery/v1alpha1.EndpointSlice":329,"discovery/v1beta1.Endpoint":334,"discovery/v1beta1.EndpointConditions":331,"discovery/v1beta1.EndpointPort":332,"discovery/v1beta1.EndpointSlice":333,"events/v1.Event":335,"events/v1.EventSeries":336,"events/v1beta1.Event":337,"events/v1beta1.EventSeries":336,"extensions/v1beta1.AllowedCSIDriver":366,"extensions/v1beta1.AllowedFlexVolume":365,"extensions/v1beta1.AllowedHostPath":364,"extensions/v1beta1.DaemonSet":344,"extensions/v1beta1.DaemonSetCondition":124,"extensions/v1beta1.DaemonSetSpec":345,"extensions/v1beta1.DaemonSetStatus":347,"extensions/v1beta1.DaemonSetUpdateStrategy":346,"extensions/v1beta1.Deployment":338,"extensions/v1beta1.DeploymentCondition":115,"extensions/v1beta1.DeploymentRollback":342,"extensions/v1beta1.DeploymentSpec":339,"extensions/v1beta1.DeploymentStatus":341,"extensions/v1beta1.DeploymentStrategy":340,"extensions/v1beta1.FSGroupStrategyOptions":363,"extensions/v1beta1.HTTPIngressPath":354,"extensions/v1beta1.HTTPIngressRuleValue":353,"extensions/v1beta1.HostPortRange":360,"extensions/v1beta1.IDRange":360,"extensions/v1beta1.IPBlock":373,"extensions/v1beta1.Ingress":348,"extensions/v1beta1.IngressBackend":350,"extensions/v1beta1.IngressRule":352,"extensions/v1beta1.IngressSpec":349,"extensions/v1beta1.IngressStatus":265,"extensions/v1beta1.IngressTLS":351,"extensions/v1beta1.NetworkPolicy":368,"extensions/v1beta1.NetworkPolicyEgressRule":374,"extensions/v1beta1.NetworkPolicyIngressRule":370,"extensions/v1beta1.NetworkPolicyPeer":372,"extensions/v1beta1.NetworkPolicyPort":371,"extensions/v1beta1.NetworkPolicySpec":369,"extensions/v1beta1.PodSecurityPolicy":358,"extensions/v1beta1.PodSecurityPolicySpec":359,"extensions/v1beta1.ReplicaSet":355,"extensions/v1beta1.ReplicaSetCondition":124,"extensions/v1beta1.ReplicaSetSpec":356,"extensions/v1beta1.ReplicaSetStatus":357,"extensions/v1beta1.RollbackConfig":137,"extensions/v1beta1.RollingUpdateDaemonSet":128,"extensions/v1beta1.RollingUpdateDeployment":113,"extensions/v1beta1.RunAsGroupStrategyOptions":362,"extensions/v1beta1.RunAsUserStrategyOptions":362,"extensions/v1beta1.RuntimeClassStrategyOptions":367,"extensions/v1beta1.SELinuxStrategyOptions":361,"extensions/v1beta1.Scale":343,"extensions/v1beta1.ScaleSpec":141,"extensions/v1beta1.ScaleStatus":142,"extensions/v1beta1.SupplementalGroupsStrategyOptions":363,"flowcontrol/v1alpha1.FlowDistinguisherMethod":377,"flowcontrol/v1alpha1.FlowSchema":375,"flowcontrol/v1alpha1.FlowSchemaCondition":384,"flowcontrol/v1alpha1.FlowSchemaSpec":376,"flowcontrol/v1alpha1.FlowSchemaStatus":383,"flowcontrol/v1alpha1.GroupSubject":366,"flowcontrol/v1alpha1.LimitResponse":388,"flowcontrol/v1alpha1.LimitedPriorityLevelConfiguration":387,"flowcontrol/v1alpha1.NonResourcePolicyRule":382,"flowcontrol/v1alpha1.PolicyRulesWithSubjects":378,"flowcontrol/v1alpha1.PriorityLevelConfiguration":385,"flowcontrol/v1alpha1.PriorityLevelConfigurationCondition":384,"flowcontrol/v1alpha1.PriorityLevelConfigurationReference":366,"flowcontrol/v1alpha1.PriorityLevelConfigurationSpec":386,"flowcontrol/v1alpha1.PriorityLevelConfigurationStatus":390,"flowcontrol/v1alpha1.QueuingConfiguration":389,"flowcontrol/v1alpha1.ResourcePolicyRule":381,"flowcontrol/v1alpha1.ServiceAccountSubject":380,"flowcontrol/v1alpha1.Subject":379,"flowcontrol/v1alpha1.UserSubject":366,"imagepolicy/v1alpha1.ImageReview":391,"imagepolicy/v1alpha1.ImageReviewContainerSpec":393,"imagepolicy/v1alpha1.ImageReviewSpec":392,"imagepolicy/v1alpha1.ImageReviewStatus":394,"meta/v1.DeleteOptions":429,"meta/v1.GroupVersionKind":2,"meta/v1.GroupVersionResource":3,"meta/v1.LabelSelector":19,"meta/v1.LabelSelectorRequirement":20,"meta/v1.ListMeta":7,"meta/v1.ManagedFieldsEntry":14,"meta/v1.ObjectMeta":12,"meta/v1.OwnerReference":13,"meta/v1.Preconditions":430,"meta/v1.Status":6,"meta/v1.StatusCause":9,"meta/v1.StatusDetails":8,"networking/v1.HTTPIngressPath":402,"networking/v1.HTTPIngressRuleValue":401,"networking/v1.IPBlock":373,"networking/v1.Ingress":395,"networking/v1.IngressBackend":397,"networking/v1.IngressClass":403,"networking/v1.IngressClassSpec":404,"networking/v1.IngressRule":400,"networking/v1.IngressServiceBackend":398,"networking/v1.IngressSpec":396,"networking/v1.IngressStatus":265,"networking/v1.IngressTLS":351,"networking/v1.NetworkPolicy":405,"networking/v1.NetworkPolicyEgressRule":409,"networking/v1.NetworkPolicyIngressRule":407,"networking/v1.NetworkPolicyPeer":408,"networking/v1.NetworkPolicyPort":371,"networking/v1.NetworkPolicySpec":406,"networking/v1.ServiceBackendPort":399,"networking/v1beta1.HTTPIngressPath":414,"networking/v1beta1.HTTPIngressRuleValue":413,"networking/v1beta1.Ingress":410,"networking/v1beta1.IngressBackend":350,"networking/v1beta1.IngressClass":415,"networking/v1beta1.IngressClassSpec":404,"networking/v1beta1.IngressRule":412,"networking/v1beta1.IngressSpec":411,"networking/v1beta1.IngressStatus":265,"networking/v1beta1.IngressTLS":351,"node/v1alpha1.Overhead":418,"node/v1alpha1.RuntimeClass":416,"node/v1alpha1.RuntimeClassSpec":417,"node/v1alpha1.Scheduling":419,"node/v1beta1.Overhead":418,"node/v1beta1.RuntimeClass":420,"node/v1beta1.Scheduling":419,"policy/v1beta1.AllowedCSIDriver":366,"policy/v1beta1.AllowedFlexVolume":365,"policy/v1beta1.AllowedHostPath":364,"policy/v1beta1.Eviction":428,"policy/v1beta1.FSGroupStrategyOptions":427,"policy/v1beta1.HostPortRange":360,"policy/v1beta1.IDRange":360,"policy/v1beta1.PodDisruptionBudget":421,"policy/v1beta1.PodDisruptionBudgetSpec":422,"policy/v1beta1.PodDisruptionBudgetStatus":423,"policy/v1beta1.PodSecurityPolicy":424,"policy/v1beta1.PodSecurityPolicySpec":425,"policy/v1beta1.RunAsGroupStrategyOptions":426,"policy/v1beta1.RunAsUserStrategyOptions":426,"policy/v1beta1.RuntimeClassStrategyOptions":367,"policy/v1beta1.SELinuxStrategyOptions":361,"policy/v1beta1.SupplementalGroupsStrategyOptions":427,"rbac/v1.AggregationRule":437,"rbac/v1.ClusterRole":436,"rbac/v1.ClusterRoleBinding":433,"rbac/v1.PolicyRule":432,"rbac/v1.Role":431,"rbac/v1.RoleBinding":433,"rbac/v1.RoleRef":435,"rbac/v1.Subject":434,"rbac/v1alpha1.AggregationRule":437,"rbac/v1alpha1.ClusterRole":441,"rbac/v1alpha1.ClusterRoleBinding":439,"rbac/v1alpha1.PolicyRule":432,"rbac/v1alpha1.Role":438,"rbac/v1alpha1.RoleBinding":439,"rbac/v1alpha1.RoleRef":435,"rbac/v1alpha1.Subject":440,"rbac/v1beta1.AggregationRule":437,"rbac/v1beta1.ClusterRole":444,"rbac/v1beta1.ClusterRoleBinding":443,"rbac/v1beta1.PolicyRule":432,"rbac/v1beta1.Role":442,"rbac/v1beta1.RoleBinding":443,"rbac/v1beta1.RoleRef":435,"rbac/v1beta1.Subject":434,"scheduling/v1.PriorityClass":445,"scheduling/v1alpha1.PriorityClass":445,"scheduling/v1beta1.PriorityClass":445,"settings/v1alpha1.PodPreset":446,"settings/v1alpha1.PodPresetSpec":447,"storage/v1.CSIDriver":460,"storage/v1.CSIDriverSpec":461,"storage/v1.CSINode":456,"storage/v1.CSINodeDriver":458,"storage/v1.CSINodeSpec":457,"storage/v1.StorageClass":448,"storage/v1.VolumeAttachment":451,"storage/v1.VolumeAttachmentSource":453,"storage/v1.VolumeAttachmentSpec":452,"storage/v1.VolumeAttachmentStatus":454,"storage/v1.VolumeError":455,"storage/v1.VolumeNodeResources":459,"storage/v1alpha1.CSIStorageCapacity":465,"storage/v1alpha1.VolumeAttachment":462,"storage/v1alpha1.VolumeAttachmentSource":453,"storage/v1alpha1.VolumeAttachmentSpec":463,"storage/v1alpha1.VolumeAttachmentStatus":464,"storage/v1alpha1.VolumeError":455,"storage/v1beta1.CSIDriver":469,"storage/v1beta1.CSIDriverSpec":461,"storage/v1beta1.CSINode":470,"storage/v1beta1.CSINodeDriver":472,"storage/v1beta1.CSINodeSpec":471,"storage/v1beta1.StorageClass":448,"storage/v1beta1.VolumeAttachment":466,"storage/v1beta1.VolumeAttachmentSource":453,"storage/v1beta1.VolumeAttachmentSpec":467,"storage/v1beta1.VolumeAttachmentStatus":468,"storage/v1beta1.VolumeError":455,"storage/v1beta1.VolumeNodeResources":459},"kinds":{"admission.k8s.io/v1beta1|AdmissionReview":"admission/v1beta1.AdmissionReview","admission.k8s.io/v1|AdmissionReview":"admission/v1.AdmissionReview","admissionregistration.k8s.io/v1beta1|MutatingWebhookConfiguration":"admissionregistration/v1beta1.MutatingWebhookConfiguration","admissionregistration.k8s.io/v1beta1|ValidatingWebhookConfiguration":"admissionregistration/v1beta1.ValidatingWebhookConfiguration","admissionregistration.k8s.io/v1|MutatingWebhookConfiguration":"admissionregistration/v1.MutatingWebhookConfiguration","admissionregistration.k8s.io/v1|ValidatingWebhookConfiguration":"admissionregistration/v1.ValidatingWebhookConfiguration","apps/v1beta1|ControllerRevision":"apps/v1beta1.ControllerRevision","apps/v1beta1|Deployment":"apps/v1beta1.Deployment","apps/v1beta1|DeploymentRollback":"apps/v1beta1.DeploymentRollback","apps/v1beta1|Scale":"apps/v1beta1.Scale","apps/v1beta1|StatefulSet":"apps/v1beta1.StatefulSet","apps/v1beta2|ControllerRevision":"apps/v1beta2.ControllerRevision","apps/v1beta2|DaemonSet":"apps/v1beta2.DaemonSet","apps/v1beta2|Deployment":"apps/v1beta2.Deployment","apps/v1beta2|ReplicaSet":"apps/v1beta2.ReplicaSet","apps/v1beta2|Scale":"apps/v1beta2.Scale","apps/v1beta2|StatefulSet":"apps/v1beta2.StatefulSet","apps/v1|ControllerRevision":"apps/v1.ControllerRevision","apps/v1|DaemonSet":"apps/v1.DaemonSet","apps/v1|Deployment":"apps/v1.Deployment","apps/v1|ReplicaSet":"apps/v1.ReplicaSet","apps/v1|StatefulSet":"apps/v1.StatefulSet","authentication.k8s.io/v1beta1|TokenReview":"authentication/v1beta1.TokenReview","authentication.k8s.io/v1|TokenRequest":"authentication/v1.TokenRequest","authentication.k8s.io/v1|TokenReview":"authentication/v1.TokenReview","authorization.k8s.io/v1beta1|LocalSubjectAccessReview":"authorization/v1beta1.LocalSubjectAccessReview","authorization.k8s.io/v1beta1|SelfSubjectAccessReview":"authorization/v1beta1.SelfSubjectAccessReview","authorization.k8s.io/v1beta1|SelfSubjectRulesReview":"authorization/v1beta1.SelfSubjectRulesReview","authorization.k8s.io/v1beta1|SubjectAccessReview":"authorization/v1beta1.SubjectAccessReview","authorization.k8s.io/v1|LocalSubjectAccessReview":"authorization/v1.LocalSubjectAccessReview","authorization.k8s.io/v1|SelfSubjectAccessReview":"authorization/v1.SelfSubjectAccessReview","authorization.k8s.io/v1|SelfSubjectRulesReview":"authorization/v1.SelfSubjectRulesReview","authorization.k8s.io/v1|SubjectAccessReview":"authorization/v1.SubjectAccessReview","autoscaling/v1|HorizontalPodAutoscaler":"autoscaling/v1.HorizontalPodAutoscaler","autoscaling/v1|Scale":"autoscaling/v1.Scale","autoscaling/v2beta1|HorizontalPodAutoscaler":"autoscaling/v2beta1.HorizontalPodAutoscaler","autoscaling/v2beta2|HorizontalPodAutoscaler":"autoscaling/v2beta2.HorizontalPodAutoscaler","batch/v1beta1|CronJob":"batch/v1beta1.CronJob","batch/v1beta1|JobTemplate":"batch/v1beta1.JobTemplate","batch/v1|Job":"batch/v1.Job","batch/v2alpha1|CronJob":"batch/v2alpha1.CronJob","batch/v2alpha1|JobTemplate":"batch/v2alpha1.JobTemplate","certificates.k8s.io/v1beta1|CertificateSigningRequest":"certificates/v1beta1.CertificateSigningRequest","certificates.k8s.io/v1|CertificateSigningRequest":"certificates/v1.CertificateSigningRequest","coordination.k8s.io/v1beta1|Lease":"coordination/v1beta1.Lease","coordination.k8s.io/v1|Lease":"coordination/v1.Lease","discovery.k8s.io/v1alpha1|EndpointSlice":"discovery/v1alpha1.EndpointSlice","discovery.k8s.io/v1beta1|EndpointSlice":"discovery/v1beta1.EndpointSlice","events.k8s.io/v1beta1|Event":"events/v1beta1.Event","events.k8s.io/v1|Event":"events/v1.Event","extensions/v1beta1|DaemonSet":"extensions/v1beta1.DaemonSet","extensions/v1beta1|Deployment":"extensions/v1beta1.Deployment","extensions/v1beta1|DeploymentRollback":"extensions/v1beta1.DeploymentRollback","extensions/v1beta1|Ingress":"extensions/v1beta1.Ingress","extensions/v1beta1|NetworkPolicy":"extensions/v1beta1.NetworkPolicy","extensions/v1beta1|PodSecurityPolicy":"extensions/v1beta1.PodSecurityPolicy","extensions/v1beta1|ReplicaSet":"extensions/v1beta1.ReplicaSet","extensions/v1beta1|Scale":"extensions/v1beta1.Scale","flowcontrol.apiserver.k8s.io/v1alpha1|FlowSchema":"flowcontrol/v1alpha1.FlowSchema","flowcontrol.apiserver.k8s.io/v1alpha1|PriorityLevelConfiguration":"flowcontrol/v1alpha1.PriorityLevelConfiguration","imagepolicy.k8s.io/v1alpha1|ImageReview":"imagepolicy/v1alpha1.ImageReview","networking.k8s.io/v1beta1|Ingress":"networking/v1beta1.Ingress","networking.k8s.io/v1beta1|IngressClass":"networking/v1beta1.IngressClass","networking.k8s.io/v1|Ingress":"networking/v1.Ingress","networking.k8s.io/v1|IngressClass":"networking/v1.IngressClass","networking.k8s.io/v1|NetworkPolicy":"networking/v1.NetworkPolicy","node.k8s.io/v1alpha1|RuntimeClass":"node/v1alpha1.RuntimeClass","node.k8s.io/v1beta1|RuntimeClass":"node/v1beta1.RuntimeClass","policy/v1beta1|Eviction":"policy/v1beta1.Eviction","policy/v1beta1|PodDisruptionBudget":"policy/v1beta1.PodDisruptionBudget","policy/v1beta1|PodSecurityPolicy":"policy/v1beta1.PodSecurityPolicy","rbac.authorization.k8s.io/v1alpha1|ClusterRole":"rbac/v1alpha1.ClusterRole","rbac.authorization.k8s.io/v1alpha1|ClusterRoleBinding":"rbac/v1alpha1.ClusterRoleBinding","rbac.authorization.k8s.io/v1alpha1|Role":"rbac/v1alpha1.Role","rbac.authorization.k8s.io/v1alpha1|RoleBinding":"rbac/v1alpha1.RoleBinding","rbac.authorization.k8s.io/v1beta1|ClusterRole":"rbac/v1beta1.ClusterRole","rbac.authorization.k8s.io/v1beta1|ClusterRoleBinding":"rbac/v1beta1.ClusterRoleBinding","rbac.authorization.k8s.io/v1beta1|Role":"rbac/v1beta1.Role","rbac.authorization.k8s.io/v1beta1|RoleBinding":"rbac/v1beta1.RoleBinding","rbac.authorization.k8s.io/v1|ClusterRole":"rbac/v1.ClusterRole","rbac.authorization.k8s.io/v1|ClusterRoleBinding":"rbac/v1.ClusterRoleBinding","rbac.authorization.k8s.io/v1|Role":"rbac/v1.Role","rbac.authorization.k8s.io/v1|RoleBinding":"rbac/v1.RoleBinding","scheduling.k8s.io/v1alpha1|PriorityClass":"scheduling/v1alpha1.PriorityClass","scheduling.k8s.io/v1beta1|PriorityClass":"scheduling/v1beta1.PriorityClass","scheduling.k8s.io/v1|PriorityClass":"scheduling/v1.PriorityClass","settings.k8s.io/v1alpha1|PodPreset":"settings/v1alpha1.PodPreset","storage.k8s.io/v1alpha1|CSIStorageCapacity":"storage/v1alpha1.CSIStorageCapacity","storage.k8s.io/v1alpha1|VolumeAttachment":"storage/v1alpha1.VolumeAttachment","storage.k8s.io/v1beta1|CSIDriver":"storage/v1beta1.CSIDriver","storage.k8s.io/v1beta1|CSINode":"storage/v1beta1.CSINode","storage.k8s.io/v1beta1|StorageClass":"storage/v1beta1.StorageClass","storage.k8s.io/v1beta1|VolumeAttachment":"storage/v1beta1.VolumeAttachment","storage.k8s.io/v1|CSIDriver":"storage/v1.CSIDriver","storage.k8s.io/v1|CSINode":"storage/v1.CSINode","storage.k8s.io/v1|StorageClass":"storage/v1.StorageClass","storage.k8s.io/v1|VolumeAttachment":"storage/v1.VolumeAttachment","v1|Binding":"core/v1.Binding","v1|ComponentStatus":"core/v1.ComponentStatus","v1|ConfigMap":"core/v1.ConfigMap","v1|Endpoints":"core/v1.Endpoints","v1|EphemeralContainers":"core/v1.EphemeralContainers","v1|Event":"core/v1.Event","v1|LimitRange":"core/v1.LimitRange","v1|Namespace":"core/v1.Namespace","v1|Node":"core/v1.Node","v1|NodeProxyOptions":"core/v1.NodeProxyOptions","v1|PersistentVolume":"core/v1.PersistentVolume","v1|PersistentVolumeClaim":"core/v1.PersistentVolumeClaim","v1|Pod":"core/v1.Pod","v1|PodAttachOptions":"core/v1.PodAttachOptions","v1|PodExecOptions":"core/v1.PodExecOptions","v1|PodLogOptions":"core/v1.PodLogOptions","v1|PodPortForwardOptions":"core/v1.PodPortForwardOptions","v1|PodProxyOptions":"core/v1.PodProxyOptions","v1|PodStatusResult":"core/v1.PodStatusResult","v1|PodTemplate":"core/v1.PodTemplate","v1|RangeAllocation":"core/v1.RangeAllocation","v1|ReplicationController":"core/v1.ReplicationController","v1|ResourceQuota":"core/v1.ResourceQuota","v1|Secret":"core/v1.Secret","v1|SerializedReference":"core/v1.SerializedReference","v1|Service":"core/v1.Service","v1|ServiceAccount":"core/v1.ServiceAccount","v1|ServiceProxyOptions":"core/v1.ServiceProxyOptions"}},"1.20":{"tag":"v0.20.0","types":{"apiserverinternal/v1alpha1.ServerStorageVersion":476,"apiserverinternal/v1alpha1.StorageVersion":473,"apiserverinternal/v1alpha1.StorageVersionCondition":477,"apiserverinternal/v1alpha1.StorageVersionSpec":474,"apiserverinternal/v1alpha1.StorageVersionStatus":475,"autoscaling/v2beta1.ContainerResourceMetricSource":480,"autoscaling/v2beta1.ContainerResourceMetricStatus":482,"autoscaling/v2beta1.MetricSpec":479,"autoscaling/v2beta1.MetricStatus":481,"autoscaling/v2beta2.ContainerResourceMetricSource":484,"autoscaling/v2beta2.ContainerResourceMetricStatus":486,"autoscaling/v2beta2.MetricSpec":483,"autoscaling/v2beta2.MetricStatus":485,"core/v1.LoadBalancerIngress":489,"core/v1.PortStatus":490,"core/v1.ProjectedVolumeSource":478,"core/v1.ServiceSpec":487,"core/v1.ServiceStatus":488,"discovery/v1alpha1.Endpoint":491,"discovery/v1alpha1.EndpointConditions":492,"discovery/v1beta1.Endpoint":493,"discovery/v1beta1.EndpointConditions":492,"events/v1.Event":494,"events/v1beta1.Event":495,"flowcontrol/v1beta1.FlowDistinguisherMethod":377,"flowcontrol/v1beta1.FlowSchema":496,"flowcontrol/v1beta1.FlowSchemaCondition":384,"flowcontrol/v1beta1.FlowSchemaSpec":497,"flowcontrol/v1beta1.FlowSchemaStatus":500,"flowcontrol/v1beta1.GroupSubject":366,"flowcontrol/v1beta1.LimitResponse":504,"flowcontrol/v1beta1.LimitedPriorityLevelConfiguration":503,"flowcontrol/v1beta1.NonResourcePolicyRule":382,"flowcontrol/v1beta1.PolicyRulesWithSubjects":498,"flowcontrol/v1beta1.PriorityLevelConfiguration":501,"flowcontrol/v1beta1.PriorityLevelConfigurationCondition":384,"flowcontrol/v1beta1.PriorityLevelConfigurationReference":366,"flowcontrol/v1beta1.PriorityLevelConfigurationSpec":502,"flowcontrol/v1beta1.PriorityLevelConfigurationStatus":505,"flowcontrol/v1beta1.QueuingConfiguration":389,"flowcontrol/v1beta1.ResourcePolicyRule":381,"flowcontrol/v1beta1.ServiceAccountSubject":380,"flowcontrol/v1beta1.Subject":499,"flowcontrol/v1beta1.UserSubject":366,"meta/v1.Condition":477,"node/v1.Overhead":418,"node/v1.RuntimeClass":506,"node/v1.Scheduling":419,"settings/v1alpha1.PodPreset":-1,"settings/v1alpha1.PodPresetSpec":-1,"storage/v1.CSIDriverSpec":507,"storage/v1.TokenRequest":508,"storage/v1beta1.CSIDriverSpec":509,"storage/v1beta1.TokenRequest":508},"kinds":{"flowcontrol.apiserver.k8s.io/v1beta1|FlowSchema":"flowcontrol/v1beta1.FlowSchema","flowcontrol.apiserver.k8s.io/v1beta1|PriorityLevelConfiguration":"flowcontrol/v1beta1.PriorityLevelConfiguration","internal.apiserver.k8s.io/v1alpha1|StorageVersion":"apiserverinternal/v1alpha1.StorageVersion","node.k8s.io/v1|RuntimeClass":"node/v1.RuntimeClass","settings.k8s.io/v1alpha1|PodPreset":null}},"1.21":{"tag":"v0.21.0","types":{"apps/v1.RollingUpdateDaemonSet":113,"apps/v1beta2.RollingUpdateDaemonSet":113,"batch/v1.CronJob":515,"batch/v1.CronJobSpec":516,"batch/v1.CronJobStatus":517,"batch/v1.JobSpec":513,"batch/v1.JobStatus":514,"batch/v1.JobTemplateSpec":229,"batch/v1beta1.CronJobStatus":517,"batch/v2alpha1.CronJob":-1,"batch/v2alpha1.CronJobSpec":-1,"batch/v2alpha1.CronJobStatus":-1,"batch/v2alpha1.JobTemplate":-1,"batch/v2alpha1.JobTemplateSpec":-1,"core/v1.EphemeralVolumeSource":510,"core/v1.PodAffinityTerm":512,"core/v1.Probe":511,"core/v1.ServiceSpec":518,"discovery/v1.Endpoint":520,"discovery/v1.EndpointConditions":492,"discovery/v1.EndpointHints":521,"discovery/v1.EndpointPort":332,"discovery/v1.EndpointSlice":519,"discovery/v1.ForZone":366,"discovery/v1alpha1.Endpoint":-1,"discovery/v1alpha1.EndpointConditions":-1,"discovery/v1alpha1.EndpointPort":-1,"discovery/v1alpha1.EndpointSlice":-1,"discovery/v1beta1.Endpoint":522,"discovery/v1beta1.EndpointHints":523,"discovery/v1beta1.ForZone":366,"events/v1.Event":335,"events/v1beta1.Event":337,"extensions/v1beta1.NetworkPolicyPort":524,"extensions/v1beta1.RollingUpdateDaemonSet":113,"networking/v1.IngressClassParametersReference":526,"networking/v1.IngressClassSpec":525,"networking/v1.NetworkPolicyPort":524,"networking/v1beta1.IngressClassParametersReference":526,"networking/v1beta1.IngressClassSpec":527,"policy/v1.PodDisruptionBudget":528,"policy/v1.PodDisruptionBudgetSpec":422,"policy/v1.PodDisruptionBudgetStatus":529,"policy/v1beta1.PodDisruptionBudgetStatus":529,"storage/v1alpha1.CSIStorageCapacity":530,"storage/v1beta1.CSIStorageCapacity":530},"kinds":{"batch/v1|CronJob":"batch/v1.CronJob","batch/v2alpha1|CronJob":null,"batch/v2alpha1|JobTemplate":null,"discovery.k8s.io/v1alpha1|EndpointSlice":null,"discovery.k8s.io/v1|EndpointSlice":"discovery/v1.EndpointSlice","policy/v1|PodDisruptionBudget":"policy/v1.PodDisruptionBudget","storage.k8s.io/v1beta1|CSIStorageCapacity":"storage/v1beta1.CSIStorageCapacity"}},"1.22":{"tag":"v0.22.0","types":{"apps/v1.StatefulSetSpec":534,"apps/v1.StatefulSetStatus":535,"apps/v1beta1.StatefulSetSpec":536,"apps/v1beta1.StatefulSetStatus":537,"apps/v1beta2.StatefulSetSpec":538,"apps/v1beta2.StatefulSetStatus":539,"batch/v1.JobStatus":540,"batch/v1.UncountedTerminatedPods":541,"certificates/v1.CertificateSigningRequestSpec":542,"certificates/v1beta1.CertificateSigningRequest":543,"certificates/v1beta1.CertificateSigningRequestSpec":544,"core/v1.ContainerImage":546,"core/v1.EphemeralContainers":-1,"core/v1.PersistentVolumeClaimSpec":532,"core/v1.ServiceSpec":545,"core/v1.WindowsSecurityContextOptions":533,"meta/v1.ManagedFieldsEntry":531,"networking/v1.HTTPIngressPath":547,"policy/v1.Eviction":428},"kinds":{"policy/v1|Eviction":"policy/v1.Eviction","v1|EphemeralContainers":null}},"1.23":{"tag":"v0.23.0","types":{"admissionregistration/v1.FailurePolicyType":552,"admissionregistration/v1.MatchPolicyType":553,"admissionregistration/v1.MutatingWebhook":555,"admissionregistration/v1.OperationType":550,"admissionregistration/v1.ReinvocationPolicyType":556,"admissionregistration/v1.RuleWithOperations":549,"admissionregistration/v1.ScopeType":551,"admissionregistration/v1.SideEffectClass":554,"admissionregistration/v1.ValidatingWebhook":548,"apps/v1.DaemonSetUpdateStrategy":610,"apps/v1.DaemonSetUpdateStrategyType":607,"apps/v1.DeploymentStrategy":597,"apps/v1.DeploymentStrategyType":598,"apps/v1.PodManagementPolicyType":605,"apps/v1.StatefulSetPersistentVolumeClaimRetentionPolicy":608,"apps/v1.StatefulSetSpec":599,"apps/v1.StatefulSetStatus":609,"apps/v1.StatefulSetUpdateStrategy":606,"apps/v1.StatefulSetUpdateStrategyType":607,"apps/v1beta1.StatefulSetPersistentVolumeClaimRetentionPolicy":608,"apps/v1beta1.StatefulSetSpec":611,"apps/v1beta1.StatefulSetStatus":612,"apps/v1beta2.StatefulSetPersistentVolumeClaimRetentionPolicy":608,"apps/v1beta2.StatefulSetSpec":613,"apps/v1beta2.StatefulSetStatus":614,"autoscaling/v2.ContainerResourceMetricSource":621,"autoscaling/v2.ContainerResourceMetricStatus":629,"autoscaling/v2.CrossVersionObjectReference":191,"autoscaling/v2.ExternalMetricSource":619,"autoscaling/v2.ExternalMetricStatus":627,"autoscaling/v2.HPAScalingPolicy":218,"autoscaling/v2.HPAScalingRules":623,"autoscaling/v2.HorizontalPodAutoscaler":615,"autoscaling/v2.HorizontalPodAutoscalerBehavior":622,"autoscaling/v2.HorizontalPodAutoscalerCondition":124,"autoscaling/v2.HorizontalPodAutoscalerSpec":616,"autoscaling/v2.HorizontalPodAutoscalerStatus":624,"autoscaling/v2.MetricIdentifier":213,"autoscaling/v2.MetricSpec":617,"autoscaling/v2.MetricStatus":625,"autoscaling/v2.MetricTarget":212,"autoscaling/v2.MetricValueStatus":222,"autoscaling/v2.ObjectMetricSource":618,"autoscaling/v2.ObjectMetricStatus":626,"autoscaling/v2.PodsMetricSource":619,"autoscaling/v2.PodsMetricStatus":627,"autoscaling/v2.ResourceMetricSource":620,"autoscaling/v2.ResourceMetricStatus":628,"autoscaling/v2beta1.HorizontalPodAutoscalerStatus":630,"autoscaling/v2beta2.HorizontalPodAutoscalerStatus":631,"batch/v1.CompletionMode":633,"batch/v1.ConcurrencyPolicy":638,"batch/v1.CronJobSpec":637,"batch/v1.JobCondition":635,"batch/v1.JobConditionType":636,"batch/v1.JobSpec":632,"batch/v1.JobStatus":634,"certificates/v1.CertificateSigningRequestCondition":641,"certificates/v1.CertificateSigningRequestSpec":639,"certificates/v1.KeyUsage":640,"certificates/v1.RequestConditionType":642,"core/v1.AzureDataDiskCachingMode":561,"core/v1.AzureDataDiskKind":562,"core/v1.AzureDiskVolumeSource":560,"core/v1.Container":566,"core/v1.ContainerPort":567,"core/v1.DNSPolicy":584,"core/v1.EndpointPort":655,"core/v1.EphemeralContainer":582,"core/v1.GRPCAction":574,"core/v1.HTTPGetAction":572,"core/v1.Handler":-1,"core/v1.HostPathType":559,"core/v1.HostPathVolumeSource":558,"core/v1.IPFamily":652,"core/v1.IPFamilyPolicyType":653,"core/v1.Lifecycle":575,"core/v1.LifecycleHandler":90,"core/v1.LimitRangeItem":663,"core/v1.LimitType":664,"core/v1.MountPropagationMode":570,"core/v1.NamespaceCondition":671,"core/v1.NamespaceConditionType":672,"core/v1.NamespacePhase":670,"core/v1.NamespaceStatus":669,"core/v1.NodeAddress":661,"core/v1.NodeAddressType":662,"core/v1.NodeCondition":659,"core/v1.NodeConditionType":660,"core/v1.NodePhase":658,"core/v1.NodeSelectorOperator":588,"core/v1.NodeSelectorRequirement":587,"core/v1.NodeStatus":657,"core/v1.PersistentVolumeAccessMode":564,"core/v1.PersistentVolumeClaimCondition":602,"core/v1.PersistentVolumeClaimConditionType":603,"core/v1.PersistentVolumeClaimPhase":601,"core/v1.PersistentVolumeClaimResizeStatus":604,"core/v1.PersistentVolumeClaimSpec":563,"core/v1.PersistentVolumeClaimStatus":600,"core/v1.PersistentVolumeMode":565,"core/v1.PersistentVolumePhase":676,"core/v1.PersistentVolumeReclaimPolicy":674,"core/v1.PersistentVolumeSpec":673,"core/v1.PersistentVolumeStatus":675,"core/v1.PodCondition":645,"core/v1.PodConditionType":593,"core/v1.PodFSGroupChangePolicy":586,"core/v1.PodOS":366,"core/v1.PodPhase":644,"core/v1.PodQOSClass":646,"core/v1.PodReadinessGate":592,"core/v1.PodSecurityContext":585,"core/v1.PodSpec":557,"core/v1.PodStatus":643,"core/v1.PortStatus":654,"core/v1.PreemptionPolicy":594,"core/v1.Probe":571,"core/v1.ProcMountType":579,"core/v1.Protocol":568,"core/v1.PullPolicy":577,"core/v1.ResourceQuotaScope":666,"core/v1.ResourceQuotaSpec":665,"core/v1.RestartPolicy":583,"core/v1.ScopeSelectorOperator":668,"core/v1.ScopedResourceSelectorRequirement":667,"core/v1.SeccompProfile":580,"core/v1.SeccompProfileType":581,"core/v1.SecurityContext":578,"core/v1.ServiceAffinity":650,"core/v1.ServiceExternalTrafficPolicyType":651,"core/v1.ServiceInternalTrafficPolicyType":651,"core/v1.ServicePort":648,"core/v1.ServiceSpec":647,"core/v1.ServiceType":649,"core/v1.Taint":656,"core/v1.TaintEffect":591,"core/v1.TerminationMessagePolicy":576,"core/v1.Toleration":589,"core/v1.TolerationOperator":590,"core/v1.TopologySpreadConstraint":595,"core/v1.URIScheme":573,"core/v1.UnsatisfiableConstraintAction":596,"core/v1.VolumeMount":569,"discovery/v1.AddressType":678,"discovery/v1.EndpointPort":679,"discovery/v1.EndpointSlice":677,"discovery/v1beta1.EndpointPort":679,"extensions/v1beta1.NetworkPolicyPort":681,"extensions/v1beta1.PodSecurityPolicySpec":680,"flowcontrol/v1beta2.FlowDistinguisherMethod":377,"flowcontrol/v1beta2.FlowSchema":682,"flowcontrol/v1beta2.FlowSchemaCondition":384,"flowcontrol/v1beta2.FlowSchemaSpec":683,"flowcontrol/v1beta2.FlowSchemaStatus":686,"flowcontrol/v1beta2.GroupSubject":366,"flowcontrol/v1beta2.LimitResponse":690,"flowcontrol/v1beta2.LimitedPriorityLevelConfiguration":689,"flowcontrol/v1beta2.NonResourcePolicyRule":382,"flowcontrol/v1beta2.PolicyRulesWithSubjects":684,"flowcontrol/v1beta2.PriorityLevelConfiguration":687,"flowcontrol/v1beta2.PriorityLevelConfigurationCondition":384,"flowcontrol/v1beta2.PriorityLevelConfigurationReference":366,"flowcontrol/v1beta2.PriorityLevelConfigurationSpec":688,"flowcontrol/v1beta2.PriorityLevelConfigurationStatus":691,"flowcontrol/v1beta2.QueuingConfiguration":389,"flowcontrol/v1beta2.ResourcePolicyRule":381,"flowcontrol/v1beta2.ServiceAccountSubject":380,"flowcontrol/v1beta2.Subject":685,"flowcontrol/v1beta2.UserSubject":366,"networking/v1.HTTPIngressPath":692,"networking/v1.NetworkPolicyPort":681,"networking/v1.NetworkPolicySpec":694,"networking/v1.PathType":693,"networking/v1.PolicyType":695,"networking/v1beta1.IngressClassParametersReference":696,"policy/v1beta1.PodSecurityPolicySpec":697,"scheduling/v1.PriorityClass":698,"scheduling/v1alpha1.PriorityClass":698,"scheduling/v1beta1.PriorityClass":698,"storage/v1.StorageClass":699,"storage/v1.VolumeBindingMode":700,"storage/v1beta1.StorageClass":701},"kinds":{"autoscaling/v2|HorizontalPodAutoscaler":"autoscaling/v2.HorizontalPodAutoscaler","flowcontrol.apiserver.k8s.io/v1beta2|FlowSchema":"flowcontrol/v1beta2.FlowSchema","flowcontrol.apiserver.k8s.io/v1beta2|PriorityLevelConfiguration":"flowcontrol/v1beta2.PriorityLevelConfiguration"}},"1.24":{"tag":"v0.24.0","types":{"apps/v1.RollingUpdateStatefulSetStrategy":703,"apps/v1.StatefulSetStatus":535,"apps/v1beta1.RollingUpdateStatefulSetStrategy":703,"apps/v1beta1.StatefulSetStatus":537,"apps/v1beta2.RollingUpdateStatefulSetStrategy":703,"apps/v1beta2.StatefulSetStatus":539,"batch/v1.CronJobSpec":704,"batch/v1.JobCondition":120,"batch/v1.JobConditionType":-1,"batch/v1beta1.CronJobSpec":705,"certificates/v1.CertificateSigningRequestCondition":115,"certificates/v1.RequestConditionType":-1,"core/v1.LimitRangeItem":292,"core/v1.LimitType":-1,"core/v1.NamespaceCondition":124,"core/v1.NamespaceConditionType":-1,"core/v1.NodeAddress":280,"core/v1.NodeAddressType":-1,"core/v1.NodeCondition":279,"core/v1.NodeConditionType":-1,"core/v1.PersistentVolumeClaimCondition":120,"core/v1.PersistentVolumeClaimConditionType":-1,"core/v1.PodCondition":120,"core/v1.PodConditionType":-1,"core/v1.PodReadinessGate":110,"core/v1.TopologySpreadConstraint":702,"extensions/v1beta1.NetworkPolicy":706,"extensions/v1beta1.NetworkPolicyStatus":707,"networking/v1.NetworkPolicy":708,"networking/v1.NetworkPolicyStatus":707,"storage/v1.CSIStorageCapacity":530},"kinds":{"storage.k8s.io/v1|CSIStorageCapacity":"storage/v1.CSIStorageCapacity"}},"1.25":{"tag":"v0.25.0","types":{"batch/v1.JobSpec":713,"batch/v1.PodFailurePolicy":714,"batch/v1.PodFailurePolicyAction":716,"batch/v1.PodFailurePolicyOnExitCodesOperator":718,"batch/v1.PodFailurePolicyOnExitCodesRequirement":717,"batch/v1.PodFailurePolicyOnPodConditionsPattern":719,"batch/v1.PodFailurePolicyRule":715,"core/v1.CSIPersistentVolumeSource":721,"core/v1.IPFamilyPolicy":653,"core/v1.IPFamilyPolicyType":-1,"core/v1.NodeInclusionPolicy":712,"core/v1.PodSpec":710,"core/v1.ServiceSpec":720,"core/v1.TopologySpreadConstraint":711,"meta/v1.ObjectMeta":709,"networking/v1alpha1.ClusterCIDR":722,"networking/v1alpha1.ClusterCIDRSpec":723,"storage/v1.CSIDriverSpec":724,"storage/v1beta1.CSIDriverSpec":725},"kinds":{"networking.k8s.io/v1alpha1|ClusterCIDR":"networking/v1alpha1.ClusterCIDR"}},"1.26":{"tag":"v0.26.0","types":{"admissionregistration/v1alpha1.FailurePolicyType":552,"admissionregistration/v1alpha1.MatchPolicyType":553,"admissionregistration/v1alpha1.MatchResources":729,"admissionregistration/v1alpha1.NamedRuleWithOperations":730,"admissionregistration/v1alpha1.ParamKind":728,"admissionregistration/v1alpha1.ParamRef":307,"admissionregistration/v1alpha1.ValidatingAdmissionPolicy":726,"admissionregistration/v1alpha1.ValidatingAdmissionPolicyBinding":732,"admissionregistration/v1alpha1.ValidatingAdmissionPolicyBindingSpec":733,"admissionregistration/v1alpha1.ValidatingAdmissionPolicySpec":727,"admissionregistration/v1alpha1.Validation":731,"admissionregistration/v1beta1.MutatingWebhook":735,"admissionregistration/v1beta1.RuleWithOperations":-1,"admissionregistration/v1beta1.ValidatingWebhook":734,"apidiscovery/v2beta1.APIGroupDiscovery":736,"apidiscovery/v2beta1.APIResourceDiscovery":738,"apidiscovery/v2beta1.APISubresourceDiscovery":739,"apidiscovery/v2beta1.APIVersionDiscovery":737,"apps/v1.StatefulSetOrdinals":746,"apps/v1.StatefulSetSpec":745,"apps/v1beta1.StatefulSetOrdinals":746,"apps/v1beta1.StatefulSetSpec":747,"apps/v1beta2.StatefulSetOrdinals":746,"apps/v1beta2.StatefulSetSpec":748,"authentication/v1alpha1.SelfSubjectReview":749,"authentication/v1alpha1.SelfSubjectReviewStatus":750,"core/v1.ClaimSource":744,"core/v1.PersistentVolumeClaimSpec":741,"core/v1.PodResourceClaim":743,"core/v1.PodSchedulingGate":366,"core/v1.PodSpec":740,"core/v1.ResourceClaim":366,"core/v1.ResourceRequirements":742,"core/v1.TypedObjectReference":434,"extensions/v1beta1.IngressLoadBalancerIngress":753,"extensions/v1beta1.IngressLoadBalancerStatus":752,"extensions/v1beta1.IngressPortStatus":654,"extensions/v1beta1.IngressStatus":751,"flowcontrol/v1alpha1.LimitedPriorityLevelConfiguration":754,"flowcontrol/v1beta1.LimitedPriorityLevelConfiguration":755,"flowcontrol/v1beta2.LimitedPriorityLevelConfiguration":756,"flowcontrol/v1beta3.FlowDistinguisherMethod":377,"flowcontrol/v1beta3.FlowSchema":757,"flowcontrol/v1beta3.FlowSchemaCondition":384,"flowcontrol/v1beta3.FlowSchemaSpec":758,"flowcontrol/v1beta3.FlowSchemaStatus":761,"flowcontrol/v1beta3.GroupSubject":366,"flowcontrol/v1beta3.LimitResponse":765,"flowcontrol/v1beta3.LimitedPriorityLevelConfiguration":764,"flowcontrol/v1beta3.NonResourcePolicyRule":382,"flowcontrol/v1beta3.PolicyRulesWithSubjects":759,"flowcontrol/v1beta3.PriorityLevelConfiguration":762,"flowcontrol/v1beta3.PriorityLevelConfigurationCondition":384,"flowcontrol/v1beta3.PriorityLevelConfigurationReference":366,"flowcontrol/v1beta3.PriorityLevelConfigurationSpec":763,"flowcontrol/v1beta3.PriorityLevelConfigurationStatus":766,"flowcontrol/v1beta3.QueuingConfiguration":389,"flowcontrol/v1beta3.ResourcePolicyRule":381,"flowcontrol/v1beta3.ServiceAccountSubject":380,"flowcontrol/v1beta3.Subject":760,"flowcontrol/v1beta3.UserSubject":366,"networking/v1.IngressLoadBalancerIngress":769,"networking/v1.IngressLoadBalancerStatus":768,"networking/v1.IngressPortStatus":654,"networking/v1.IngressStatus":767,"networking/v1beta1.IngressLoadBalancerIngress":772,"networking/v1beta1.IngressLoadBalancerStatus":771,"networking/v1beta1.IngressPortStatus":654,"networking/v1beta1.IngressStatus":770,"policy/v1.PodDisruptionBudgetSpec":773,"policy/v1.UnhealthyPodEvictionPolicyType":774,"policy/v1beta1.PodDisruptionBudgetSpec":775,"policy/v1beta1.UnhealthyPodEvictionPolicyType":774,"resource/v1alpha1.AllocationResult":780,"resource/v1alpha1.PodScheduling":784,"resource/v1alpha1.PodSchedulingSpec":785,"resource/v1alpha1.PodSchedulingStatus":786,"resource/v1alpha1.ResourceClaim":777,"resource/v1alpha1.ResourceClaimConsumerReference":781,"resource/v1alpha1.ResourceClaimParametersReference":74,"resource/v1alpha1.ResourceClaimSchedulingStatus":787,"resource/v1alpha1.ResourceClaimSpec":778,"resource/v1alpha1.ResourceClaimStatus":779,"resource/v1alpha1.ResourceClaimTemplate":782,"resource/v1alpha1.ResourceClaimTemplateSpec":783,"resource/v1alpha1.ResourceClass":776,"resource/v1alpha1.ResourceClassParametersReference":434},"kinds":{"admissionregistration.k8s.io/v1alpha1|ValidatingAdmissionPolicy":"admissionregistration/v1alpha1.ValidatingAdmissionPolicy","admissionregistration.k8s.io/v1alpha1|ValidatingAdmissionPolicyBinding":"admissionregistration/v1alpha1.ValidatingAdmissionPolicyBinding","apidiscovery.k8s.io/v2beta1|APIGroupDiscovery":"apidiscovery/v2beta1.APIGroupDiscovery","authentication.k8s.io/v1alpha1|SelfSubjectReview":"authentication/v1alpha1.SelfSubjectReview","flowcontrol.apiserver.k8s.io/v1beta3|FlowSchema":"flowcontrol/v1beta3.FlowSchema","flowcontrol.apiserver.k8s.io/v1beta3|PriorityLevelConfiguration":"flowcontrol/v1beta3.PriorityLevelConfiguration","resource.k8s.io/v1alpha1|PodScheduling":"resource/v1alpha1.PodScheduling","resource.k8s.io/v1alpha1|ResourceClaim":"resource/v1alpha1.ResourceClaim","resource.k8s.io/v1alpha1|ResourceClaimTemplate":"resource/v1alpha1.ResourceClaimTemplate","resource.k8s.io/v1alpha1|ResourceClass":"resource/v1alpha1.ResourceClass"}},"1.27":{"tag":"v0.27.0","types":{"admissionregistration/v1.MatchCondition":789,"admissionregistration/v1.MutatingWebhook":790,"admissionregistration/v1.ValidatingWebhook":788,"admissionregistration/v1alpha1.AuditAnnotation":794,"admissionregistration/v1alpha1.ExpressionWarning":797,"admissionregistration/v1alpha1.TypeChecking":796,"admissionregistration/v1alpha1.ValidatingAdmissionPolicy":791,"admissionregistration/v1alpha1.ValidatingAdmissionPolicyBindingSpec":798,"admissionregistration/v1alpha1.ValidatingAdmissionPolicySpec":792,"admissionregistration/v1alpha1.ValidatingAdmissionPolicyStatus":795,"admissionregistration/v1alpha1.Validation":793,"admissionregistration/v1alpha1.ValidationAction":799,"admissionregistration/v1beta1.MatchCondition":789,"admissionregistration/v1beta1.MutatingWebhook":801,"admissionregistration/v1beta1.ValidatingWebhook":800,"authentication/v1beta1.SelfSubjectReview":805,"authentication/v1beta1.SelfSubjectReviewStatus":750,"batch/v1beta1.JobTemplate":-1,"certificates/v1alpha1.ClusterTrustBundle":806,"certificates/v1alpha1.ClusterTrustBundleSpec":807,"core/v1.Container":802,"core/v1.ContainerResizePolicy":803,"core/v1.ContainerStatus":809,"core/v1.EphemeralContainer":804,"core/v1.PodStatus":808,"core/v1.ServiceExternalTrafficPolicy":651,"core/v1.ServiceExternalTrafficPolicyType":-1,"core/v1.ServiceInternalTrafficPolicy":651,"core/v1.ServiceInternalTrafficPolicyType":-1,"core/v1.ServiceSpec":810,"extensions/v1beta1.AllowedCSIDriver":-1,"extensions/v1beta1.AllowedFlexVolume":-1,"extensions/v1beta1.AllowedHostPath":-1,"extensions/v1beta1.FSGroupStrategyOptions":-1,"extensions/v1beta1.HostPortRange":-1,"extensions/v1beta1.IDRange":-1,"extensions/v1beta1.PodSecurityPolicy":-1,"extensions/v1beta1.PodSecurityPolicySpec":-1,"extensions/v1beta1.RunAsGroupStrategyOptions":-1,"extensions/v1beta1.RunAsUserStrategyOptions":-1,"extensions/v1beta1.RuntimeClassStrategyOptions":-1,"extensions/v1beta1.SELinuxStrategyOptions":-1,"extensions/v1beta1.SupplementalGroupsStrategyOptions":-1,"networking/v1alpha1.IPAddress":811,"networking/v1alpha1.IPAddressSpec":812,"networking/v1alpha1.ParentReference":813,"resource/v1alpha1.AllocationResult":-1,"resource/v1alpha1.PodScheduling":-1,"resource/v1alpha1.PodSchedulingSpec":-1,"resource/v1alpha1.PodSchedulingStatus":-1,"resource/v1alpha1.ResourceClaim":-1,"resource/v1alpha1.ResourceClaimConsumerReference":-1,"resource/v1alpha1.ResourceClaimParametersReference":-1,"resource/v1alpha1.ResourceClaimSchedulingStatus":-1,"resource/v1alpha1.ResourceClaimSpec":-1,"resource/v1alpha1.ResourceClaimStatus":-1,"resource/v1alpha1.ResourceClaimTemplate":-1,"resource/v1alpha1.ResourceClaimTemplateSpec":-1,"resource/v1alpha1.ResourceClass":-1,"resource/v1alpha1.ResourceClassParametersReference":-1,"resource/v1alpha2.AllocationResult":818,"resource/v1alpha2.PodSchedulingContext":822,"resource/v1alpha2.PodSchedulingContextSpec":785,"resource/v1alpha2.PodSchedulingContextStatus":823,"resource/v1alpha2.ResourceClaim":815,"resource/v1alpha2.ResourceClaimConsumerReference":781,"resource/v1alpha2.ResourceClaimParametersReference":74,"resource/v1alpha2.ResourceClaimSchedulingStatus":787,"resource/v1alpha2.ResourceClaimSpec":816,"resource/v1alpha2.ResourceClaimStatus":817,"resource/v1alpha2.ResourceClaimTemplate":820,"resource/v1alpha2.ResourceClaimTemplateSpec":821,"resource/v1alpha2.ResourceClass":814,"resource/v1alpha2.ResourceClassParametersReference":434,"resource/v1alpha2.ResourceHandle":819},"kinds":{"authentication.k8s.io/v1beta1|SelfSubjectReview":"authentication/v1beta1.SelfSubjectReview","batch/v1beta1|JobTemplate":null,"certificates.k8s.io/v1alpha1|ClusterTrustBundle":"certificates/v1alpha1.ClusterTrustBundle","extensions/v1beta1|PodSecurityPolicy":null,"networking.k8s.io/v1alpha1|IPAddress":"networking/v1alpha1.IPAddress","resource.k8s.io/v1alpha1|PodScheduling":null,"resource.k8s.io/v1alpha1|ResourceClaim":null,"resource.k8s.io/v1alpha1|ResourceClaimTemplate":null,"resource.k8s.io/v1alpha1|ResourceClass":null,"resource.k8s.io/v1alpha2|PodSchedulingContext":"resource/v1alpha2.PodSchedulingContext","resource.k8s.io/v1alpha2|ResourceClaim":"resource/v1alpha2.ResourceClaim","resource.k8s.io/v1alpha2|ResourceClaimTemplate":"resource/v1alpha2.ResourceClaimTemplate","resource.k8s.io/v1alpha2|ResourceClass":"resource/v1alpha2.ResourceClass"}},"1.28":{"tag":"v0.28.0","types":{"admissionregistration/v1alpha1.ParamRef":825,"admissionregistration/v1alpha1.ParameterNotFoundActionType":826,"admissionregistration/v1alpha1.ValidatingAdmissionPolicySpec":824,"admissionregistration/v1alpha1.Variable":789,"admissionregistration/v1beta1.AuditAnnotation":794,"admissionregistration/v1beta1.ExpressionWarning":797,"admissionregistration/v1beta1.MatchResources":829,"admissionregistration/v1beta1.NamedRuleWithOperations":730,"admissionregistration/v1beta1.ParamKind":728,"admissionregistration/v1beta1.ParamRef":834,"admissionregistration/v1beta1.TypeChecking":831,"admissionregistration/v1beta1.ValidatingAdmissionPolicy":827,"admissionregistration/v1beta1.ValidatingAdmissionPolicyBinding":832,"admissionregistration/v1beta1.ValidatingAdmissionPolicyBindingSpec":833,"admissionregistration/v1beta1.ValidatingAdmissionPolicySpec":828,"admissionregistration/v1beta1.ValidatingAdmissionPolicyStatus":830,"admissionregistration/v1beta1.Validation":793,"admissionregistration/v1beta1.ValidationAction":799,"admissionregistration/v1beta1.Variable":789,"apiserverinternal/v1alpha1.ServerStorageVersion":835,"authentication/v1.SelfSubjectReview":840,"authentication/v1.SelfSubjectReviewStatus":750,"batch/v1.JobSpec":841,"batch/v1.JobStatus":844,"batch/v1.PodFailurePolicyAction":842,"batch/v1.PodReplacementPolicy":843,"core/v1.ClaimResourceStatus":839,"core/v1.Container":836,"core/v1.EphemeralContainer":837,"core/v1.HostIP":249,"core/v1.PersistentVolumeClaimResizeStatus":-1,"core/v1.PersistentVolumeClaimStatus":838,"core/v1.PersistentVolumeStatus":847,"core/v1.PodResourceClaimStatus":846,"core/v1.PodStatus":845,"extensions/v1beta1.NetworkPolicy":368,"extensions/v1beta1.NetworkPolicyStatus":-1,"flowcontrol/v1alpha1.ExemptPriorityLevelConfiguration":849,"flowcontrol/v1alpha1.PriorityLevelConfigurationSpec":848,"flowcontrol/v1beta1.ExemptPriorityLevelConfiguration":849,"flowcontrol/v1beta1.PriorityLevelConfigurationSpec":850,"flowcontrol/v1beta2.ExemptPriorityLevelConfiguration":849,"flowcontrol/v1beta2.PriorityLevelConfigurationSpec":851,"flowcontrol/v1beta3.ExemptPriorityLevelConfiguration":849,"flowcontrol/v1beta3.PriorityLevelConfigurationSpec":852,"networking/v1.NetworkPolicy":405,"networking/v1.NetworkPolicyStatus":-1},"kinds":{"admissionregistration.k8s.io/v1beta1|ValidatingAdmissionPolicy":"admissionregistration/v1beta1.ValidatingAdmissionPolicy","admissionregistration.k8s.io/v1beta1|ValidatingAdmissionPolicyBinding":"admissionregistration/v1beta1.ValidatingAdmissionPolicyBinding","authentication.k8s.io/v1|SelfSubjectReview":"authentication/v1.SelfSubjectReview"}},"1.29":{"tag":"v0.29.0","types":{"batch/v1.PodFailurePolicyRule":862,"core/v1.ClusterTrustBundleProjection":854,"core/v1.IPFamily":863,"core/v1.LifecycleHandler":856,"core/v1.LoadBalancerIngress":864,"core/v1.ModifyVolumeStatus":860,"core/v1.PersistentVolumeClaimModifyVolumeStatus":861,"core/v1.PersistentVolumeClaimSpec":855,"core/v1.PersistentVolumeClaimStatus":859,"core/v1.PersistentVolumeSpec":865,"core/v1.PodAffinityTerm":858,"core/v1.SleepAction":857,"core/v1.VolumeProjection":853,"core/v1.VolumeResourceRequirements":73,"flowcontrol/v1.ExemptPriorityLevelConfiguration":849,"flowcontrol/v1.FlowDistinguisherMethod":377,"flowcontrol/v1.FlowSchema":866,"flowcontrol/v1.FlowSchemaCondition":384,"flowcontrol/v1.FlowSchemaSpec":867,"flowcontrol/v1.FlowSchemaStatus":870,"flowcontrol/v1.GroupSubject":366,"flowcontrol/v1.LimitResponse":874,"flowcontrol/v1.LimitedPriorityLevelConfiguration":873,"flowcontrol/v1.NonResourcePolicyRule":382,"flowcontrol/v1.PolicyRulesWithSubjects":868,"flowcontrol/v1.PriorityLevelConfiguration":871,"flowcontrol/v1.PriorityLevelConfigurationCondition":384,"flowcontrol/v1.PriorityLevelConfigurationReference":366,"flowcontrol/v1.PriorityLevelConfigurationSpec":872,"flowcontrol/v1.PriorityLevelConfigurationStatus":875,"flowcontrol/v1.QueuingConfiguration":389,"flowcontrol/v1.ResourcePolicyRule":381,"flowcontrol/v1.ServiceAccountSubject":380,"flowcontrol/v1.Subject":869,"flowcontrol/v1.UserSubject":366,"flowcontrol/v1alpha1.ExemptPriorityLevelConfiguration":-1,"flowcontrol/v1alpha1.FlowDistinguisherMethod":-1,"flowcontrol/v1alpha1.FlowSchema":-1,"flowcontrol/v1alpha1.FlowSchemaCondition":-1,"flowcontrol/v1alpha1.FlowSchemaSpec":-1,"flowcontrol/v1alpha1.FlowSchemaStatus":-1,"flowcontrol/v1alpha1.GroupSubject":-1,"flowcontrol/v1alpha1.LimitResponse":-1,"flowcontrol/v1alpha1.LimitedPriorityLevelConfiguration":-1,"flowcontrol/v1alpha1.NonResourcePolicyRule":-1,"flowcontrol/v1alpha1.PolicyRulesWithSubjects":-1,"flowcontrol/v1alpha1.PriorityLevelConfiguration":-1,"flowcontrol/v1alpha1.PriorityLevelConfigurationCondition":-1,"flowcontrol/v1alpha1.PriorityLevelConfigurationReference":-1,"flowcontrol/v1alpha1.PriorityLevelConfigurationSpec":-1,"flowcontrol/v1alpha1.PriorityLevelConfigurationStatus":-1,"flowcontrol/v1alpha1.QueuingConfiguration":-1,"flowcontrol/v1alpha1.ResourcePolicyRule":-1,"flowcontrol/v1alpha1.ServiceAccountSubject":-1,"flowcontrol/v1alpha1.Subject":-1,"flowcontrol/v1alpha1.UserSubject":-1,"networking/v1alpha1.ClusterCIDR":-1,"networking/v1alpha1.ClusterCIDRSpec":-1,"networking/v1alpha1.ParentReference":876,"networking/v1alpha1.ServiceCIDR":877,"networking/v1alpha1.ServiceCIDRSpec":878,"networking/v1alpha1.ServiceCIDRStatus":707,"policy/v1beta1.AllowedCSIDriver":-1,"policy/v1beta1.AllowedFlexVolume":-1,"policy/v1beta1.AllowedHostPath":-1,"policy/v1beta1.FSGroupStrategyOptions":-1,"policy/v1beta1.HostPortRange":-1,"policy/v1beta1.IDRange":-1,"policy/v1beta1.PodSecurityPolicy":-1,"policy/v1beta1.PodSecurityPolicySpec":-1,"policy/v1beta1.RunAsGroupStrategyOptions":-1,"policy/v1beta1.RunAsUserStrategyOptions":-1,"policy/v1beta1.RuntimeClassStrategyOptions":-1,"policy/v1beta1.SELinuxStrategyOptions":-1,"policy/v1beta1.SupplementalGroupsStrategyOptions":-1,"storage/v1alpha1.VolumeAttributesClass":879},"kinds":{"flowcontrol.apiserver.k8s.io/v1alpha1|FlowSchema":null,"flowcontrol.apiserver.k8s.io/v1alpha1|PriorityLevelConfiguration":null,"flowcontrol.apiserver.k8s.io/v1|FlowSchema":"flowcontrol/v1.FlowSchema","flowcontrol.apiserver.k8s.io/v1|PriorityLevelConfiguration":"flowcontrol/v1.PriorityLevelConfiguration","networking.k8s.io/v1alpha1|ClusterCIDR":null,"networking.k8s.io/v1alpha1|ServiceCIDR":"networking/v1alpha1.ServiceCIDR","policy/v1beta1|PodSecurityPolicy":null,"storage.k8s.io/v1alpha1|VolumeAttributesClass":"storage/v1alpha1.VolumeAttributesClass"}},"1.30":{"tag":"v0.30.0","types":{"admissionregistration/v1.AuditAnnotation":794,"admissionregistration/v1.ExpressionWarning":797,"admissionregistration/v1.MatchResources":882,"admissionregistration/v1.NamedRuleWithOperations":730,"admissionregistration/v1.ParamKind":728,"admissionregistration/v1.ParamRef":834,"admissionregistration/v1.TypeChecking":884,"admissionregistration/v1.ValidatingAdmissionPolicy":880,"admissionregistration/v1.ValidatingAdmissionPolicyBinding":885,"admissionregistration/v1.ValidatingAdmissionPolicyBindingSpec":886,"admissionregistration/v1.ValidatingAdmissionPolicySpec":881,"admissionregistration/v1.ValidatingAdmissionPolicyStatus":883,"admissionregistration/v1.Validation":793,"admissionregistration/v1.ValidationAction":799,"admissionregistration/v1.Variable":789,"apidiscovery/v2.APIGroupDiscovery":887,"apidiscovery/v2.APIResourceDiscovery":889,"apidiscovery/v2.APISubresourceDiscovery":739,"apidiscovery/v2.APIVersionDiscovery":888,"apiserverinternal/v1alpha1.StorageVersionCondition":890,"batch/v1.JobSpec":895,"batch/v1.SuccessPolicy":896,"batch/v1.SuccessPolicyRule":897,"core/v1.AppArmorProfile":893,"core/v1.AppArmorProfileType":581,"core/v1.ContainerStatus":898,"core/v1.NodeRuntimeHandler":902,"core/v1.NodeRuntimeHandlerFeatures":903,"core/v1.NodeStatus":901,"core/v1.PodSecurityContext":894,"core/v1.SecurityContext":892,"core/v1.ServiceSpec":900,"core/v1.VolumeMount":891,"core/v1.VolumeMountStatus":899,"resource/v1alpha2.DriverAllocationResult":907,"resource/v1alpha2.DriverRequests":915,"resource/v1alpha2.NamedResourcesAllocationResult":366,"resource/v1alpha2.NamedResourcesAttribute":911,"resource/v1alpha2.NamedResourcesFilter":917,"resource/v1alpha2.NamedResourcesInstance":910,"resource/v1alpha2.NamedResourcesIntSlice":912,"resource/v1alpha2.NamedResourcesRequest":917,"resource/v1alpha2.NamedResourcesResources":909,"resource/v1alpha2.NamedResourcesStringSlice":913,"resource/v1alpha2.ResourceClaimParameters":914,"resource/v1alpha2.ResourceClass":904,"resource/v1alpha2.ResourceClassParameters":918,"resource/v1alpha2.ResourceFilter":920,"resource/v1alpha2.ResourceHandle":905,"resource/v1alpha2.ResourceRequest":916,"resource/v1alpha2.ResourceSlice":908,"resource/v1alpha2.StructuredResourceHandle":906,"resource/v1alpha2.VendorParameters":919,"storagemigration/v1alpha1.GroupVersionResource":923,"storagemigration/v1alpha1.MigrationCondition":925,"storagemigration/v1alpha1.StorageVersionMigration":921,"storagemigration/v1alpha1.StorageVersionMigrationSpec":922,"storagemigration/v1alpha1.StorageVersionMigrationStatus":924},"kinds":{"admissionregistration.k8s.io/v1|ValidatingAdmissionPolicy":"admissionregistration/v1.ValidatingAdmissionPolicy","admissionregistration.k8s.io/v1|ValidatingAdmissionPolicyBinding":"admissionregistration/v1.ValidatingAdmissionPolicyBinding","apidiscovery.k8s.io/v2|APIGroupDiscovery":"apidiscovery/v2.APIGroupDiscovery","resource.k8s.io/v1alpha2|ResourceClaimParameters":"resource/v1alpha2.ResourceClaimParameters","resource.k8s.io/v1alpha2|ResourceClassParameters":"resource/v1alpha2.ResourceClassParameters","resource.k8s.io/v1alpha2|ResourceSlice":"resource/v1alpha2.ResourceSlice","storagemigration.k8s.io/v1alpha1|StorageVersionMigration":"storagemigration/v1alpha1.StorageVersionMigration"}},"1.31":{"tag":"v0.31.0","types":{"authorization/v1.FieldSelectorAttributes":935,"authorization/v1.LabelSelectorAttributes":936,"authorization/v1.ResourceAttributes":934,"authorization/v1beta1.ResourceAttributes":934,"coordination/v1.LeaseSpec":937,"coordination/v1alpha1.LeaseCandidate":938,"coordination/v1alpha1.LeaseCandidateSpec":939,"coordination/v1beta1.LeaseSpec":937,"core/v1.ClaimResourceStatus":933,"core/v1.ClaimSource":-1,"core/v1.ContainerStatus":941,"core/v1.ContainerUser":942,"core/v1.HostAlias":931,"core/v1.HostIP":940,"core/v1.ImageVolumeSource":927,"core/v1.LinuxContainerUser":943,"core/v1.NodeFeatures":948,"core/v1.NodeRuntimeHandlerFeatures":947,"core/v1.NodeStatus":946,"core/v1.PodIP":940,"core/v1.PodResourceClaim":932,"core/v1.PodSecurityContext":929,"core/v1.ResourceClaim":928,"core/v1.ResourceHealth":945,"core/v1.ResourceStatus":944,"core/v1.SupplementalGroupsPolicy":930,"core/v1.Volume":926,"meta/v1.FieldSelectorRequirement":20,"networking/v1beta1.IPAddress":949,"networking/v1beta1.IPAddressSpec":950,"networking/v1beta1.ParentReference":876,"networking/v1beta1.ServiceCIDR":951,"networking/v1beta1.ServiceCIDRSpec":878,"networking/v1beta1.ServiceCIDRStatus":707,"resource/v1alpha2.AllocationResult":-1,"resource/v1alpha2.DriverAllocationResult":-1,"resource/v1alpha2.DriverRequests":-1,"resource/v1alpha2.NamedResourcesAllocationResult":-1,"resource/v1alpha2.NamedResourcesAttribute":-1,"resource/v1alpha2.NamedResourcesFilter":-1,"resource/v1alpha2.NamedResourcesInstance":-1,"resource/v1alpha2.NamedResourcesIntSlice":-1,"resource/v1alpha2.NamedResourcesRequest":-1,"resource/v1alpha2.NamedResourcesResources":-1,"resource/v1alpha2.NamedResourcesStringSlice":-1,"resource/v1alpha2.PodSchedulingContext":-1,"resource/v1alpha2.PodSchedulingContextSpec":-1,"resource/v1alpha2.PodSchedulingContextStatus":-1,"resource/v1alpha2.ResourceClaim":-1,"resource/v1alpha2.ResourceClaimConsumerReference":-1,"resource/v1alpha2.ResourceClaimParameters":-1,"resource/v1alpha2.ResourceClaimParametersReference":-1,"resource/v1alpha2.ResourceClaimSchedulingStatus":-1,"resource/v1alpha2.ResourceClaimSpec":-1,"resource/v1alpha2.ResourceClaimStatus":-1,"resource/v1alpha2.ResourceClaimTemplate":-1,"resource/v1alpha2.ResourceClaimTemplateSpec":-1,"resource/v1alpha2.ResourceClass":-1,"resource/v1alpha2.ResourceClassParameters":-1,"resource/v1alpha2.ResourceClassParametersReference":-1,"resource/v1alpha2.ResourceFilter":-1,"resource/v1alpha2.ResourceHandle":-1,"resource/v1alpha2.ResourceRequest":-1,"resource/v1alpha2.ResourceSlice":-1,"resource/v1alpha2.StructuredResourceHandle":-1,"resource/v1alpha2.VendorParameters":-1,"resource/v1alpha3.AllocationResult":965,"resource/v1alpha3.BasicDevice":978,"resource/v1alpha3.CELDeviceSelector":955,"resource/v1alpha3.Device":977,"resource/v1alpha3.DeviceAllocationConfiguration":968,"resource/v1alpha3.DeviceAllocationResult":966,"resource/v1alpha3.DeviceAttribute":979,"resource/v1alpha3.DeviceClaim":960,"resource/v1alpha3.DeviceClaimConfiguration":963,"resource/v1alpha3.DeviceClass":952,"resource/v1alpha3.DeviceClassConfiguration":956,"resource/v1alpha3.DeviceClassSpec":953,"resource/v1alpha3.DeviceConstraint":962,"resource/v1alpha3.DeviceRequest":961,"resource/v1alpha3.DeviceRequestAllocationResult":967,"resource/v1alpha3.DeviceSelector":954,"resource/v1alpha3.OpaqueDeviceConfiguration":957,"resource/v1alpha3.PodSchedulingContext":971,"resource/v1alpha3.PodSchedulingContextSpec":785,"resource/v1alpha3.PodSchedulingContextStatus":972,"resource/v1alpha3.ResourceClaim":958,"resource/v1alpha3.ResourceClaimConsumerReference":781,"resource/v1alpha3.ResourceClaimSchedulingStatus":973,"resource/v1alpha3.ResourceClaimSpec":959,"resource/v1alpha3.ResourceClaimStatus":964,"resource/v1alpha3.ResourceClaimTemplate":969,"resource/v1alpha3.ResourceClaimTemplateSpec":970,"resource/v1alpha3.ResourcePool":976,"resource/v1alpha3.ResourceSlice":974,"resource/v1alpha3.ResourceSliceSpec":975,"storage/v1beta1.VolumeAttributesClass":879},"kinds":{"coordination.k8s.io/v1alpha1|LeaseCandidate":"coordination/v1alpha1.LeaseCandidate","networking.k8s.io/v1beta1|IPAddress":"networking/v1beta1.IPAddress","networking.k8s.io/v1beta1|ServiceCIDR":"networking/v1beta1.ServiceCIDR","resource.k8s.io/v1alpha2|PodSchedulingContext":null,"resource.k8s.io/v1alpha2|ResourceClaim":null,"resource.k8s.io/v1alpha2|ResourceClaimParameters":null,"resource.k8s.io/v1alpha2|ResourceClaimTemplate":null,"resource.k8s.io/v1alpha2|ResourceClass":null,"resource.k8s.io/v1alpha2|ResourceClassParameters":null,"resource.k8s.io/v1alpha2|ResourceSlice":null,"resource.k8s.io/v1alpha3|DeviceClass":"resource/v1alpha3.DeviceClass","resource.k8s.io/v1alpha3|PodSchedulingContext":"resource/v1alpha3.PodSchedulingContext","resource.k8s.io/v1alpha3|ResourceClaim":"resource/v1alpha3.ResourceClaim","resource.k8s.io/v1alpha3|ResourceClaimTemplate":"resource/v1alpha3.ResourceClaimTemplate","resource.k8s.io/v1alpha3|ResourceSlice":"resource/v1alpha3.ResourceSlice","storage.k8s.io/v1beta1|VolumeAttributesClass":"storage/v1beta1.VolumeAttributesClass"}},"1.32":{"tag":"v0.32.0","types":{"admissionregistration/v1alpha1.ApplyConfiguration":984,"admissionregistration/v1alpha1.JSONPatch":984,"admissionregistration/v1alpha1.MutatingAdmissionPolicy":980,"admissionregistration/v1alpha1.MutatingAdmissionPolicyBinding":985,"admissionregistration/v1alpha1.MutatingAdmissionPolicyBindingSpec":733,"admissionregistration/v1alpha1.MutatingAdmissionPolicySpec":981,"admissionregistration/v1alpha1.Mutation":982,"admissionregistration/v1alpha1.PatchType":983,"coordination/v1alpha1.LeaseCandidate":-1,"coordination/v1alpha1.LeaseCandidateSpec":-1,"coordination/v1alpha2.LeaseCandidate":988,"coordination/v1alpha2.LeaseCandidateSpec":989,"core/v1.PodLogOptions":990,"core/v1.PodSecurityContext":987,"core/v1.PodSpec":986,"meta/v1.DeleteOptions":991,"resource/v1alpha3.AllocatedDeviceStatus":997,"resource/v1alpha3.AllocationResult":995,"resource/v1alpha3.DeviceClassSpec":992,"resource/v1alpha3.DeviceRequestAllocationResult":996,"resource/v1alpha3.NetworkDeviceData":998,"resource/v1alpha3.PodSchedulingContext":-1,"resource/v1alpha3.PodSchedulingContextSpec":-1,"resource/v1alpha3.PodSchedulingContextStatus":-1,"resource/v1alpha3.ResourceClaimSchedulingStatus":-1,"resource/v1alpha3.ResourceClaimSpec":993,"resource/v1alpha3.ResourceClaimStatus":994,"resource/v1beta1.AllocatedDeviceStatus":1012,"resource/v1beta1.AllocationResult":1009,"resource/v1beta1.BasicDevice":1018,"resource/v1beta1.CELDeviceSelector":955,"resource/v1beta1.Device":1017,"resource/v1beta1.DeviceAllocationConfiguration":1011,"resource/v1beta1.DeviceAllocationResult":1010,"resource/v1beta1.DeviceAttribute":979,"resource/v1beta1.DeviceCapacity":1019,"resource/v1beta1.DeviceClaim":1005,"resource/v1beta1.DeviceClaimConfiguration":1007,"resource/v1beta1.DeviceClass":999,"resource/v1beta1.DeviceClassConfiguration":1002,"resource/v1beta1.DeviceClassSpec":1000,"resource/v1beta1.DeviceConstraint":962,"resource/v1beta1.DeviceRequest":1006,"resource/v1beta1.DeviceRequestAllocationResult":996,"resource/v1beta1.DeviceSelector":1001,"resource/v1beta1.NetworkDeviceData":998,"resource/v1beta1.OpaqueDeviceConfiguration":957,"resource/v1beta1.ResourceClaim":1003,"resource/v1beta1.ResourceClaimConsumerReference":781,"resource/v1beta1.ResourceClaimSpec":1004,"resource/v1beta1.ResourceClaimStatus":1008,"resource/v1beta1.ResourceClaimTemplate":1013,"resource/v1beta1.ResourceClaimTemplateSpec":1014,"resource/v1beta1.ResourcePool":976,"resource/v1beta1.ResourceSlice":1015,"resource/v1beta1.ResourceSliceSpec":1016},"kinds":{"admissionregistration.k8s.io/v1alpha1|MutatingAdmissionPolicy":"admissionregistration/v1alpha1.MutatingAdmissionPolicy","admissionregistration.k8s.io/v1alpha1|MutatingAdmissionPolicyBinding":"admissionregistration/v1alpha1.MutatingAdmissionPolicyBinding","coordination.k8s.io/v1alpha1|LeaseCandidate":null,"coordination.k8s.io/v1alpha2|LeaseCandidate":"coordination/v1alpha2.LeaseCandidate","resource.k8s.io/v1alpha3|PodSchedulingContext":null,"resource.k8s.io/v1beta1|DeviceClass":"resource/v1beta1.DeviceClass","resource.k8s.io/v1beta1|ResourceClaim":"resource/v1beta1.ResourceClaim","resource.k8s.io/v1beta1|ResourceClaimTemplate":"resource/v1beta1.ResourceClaimTemplate","resource.k8s.io/v1beta1|ResourceSlice":"resource/v1beta1.ResourceSlice"}},"1.33":{"tag":"v0.33.0","types":{"apps/v1.DeploymentStatus":1022,"apps/v1.ReplicaSetStatus":1024,"apps/v1.StatefulSetSpec":1023,"apps/v1beta1.DeploymentStatus":1025,"apps/v1beta1.StatefulSetSpec":1026,"apps/v1beta2.DeploymentStatus":1027,"apps/v1beta2.ReplicaSetStatus":1029,"apps/v1beta2.StatefulSetSpec":1028,"autoscaling/v2.HPAScalingRules":1030,"certificates/v1beta1.ClusterTrustBundle":1031,"certificates/v1beta1.ClusterTrustBundleSpec":807,"coordination/v1beta1.LeaseCandidate":1032,"coordination/v1beta1.LeaseCandidateSpec":989,"core/v1.ContainerStatus":1035,"core/v1.Lifecycle":1020,"core/v1.NodeSwapStatus":1037,"core/v1.NodeSystemInfo":1036,"core/v1.PodCondition":1034,"core/v1.PodStatus":1033,"core/v1.ResourceQuotaScope":1038,"core/v1.Signal":1021,"discovery/v1.EndpointHints":1039,"discovery/v1.ForNode":366,"discovery/v1beta1.EndpointHints":1040,"discovery/v1beta1.ForNode":366,"extensions/v1beta1.DeploymentStatus":1041,"extensions/v1beta1.ReplicaSetStatus":1042,"networking/v1.IPAddress":1043,"networking/v1.IPAddressSpec":1044,"networking/v1.ParentReference":876,"networking/v1.ServiceCIDR":1045,"networking/v1.ServiceCIDRSpec":878,"networking/v1.ServiceCIDRStatus":707,"resource/v1alpha3.BasicDevice":1052,"resource/v1alpha3.Counter":1019,"resource/v1alpha3.CounterSet":1055,"resource/v1alpha3.DeviceCounterConsumption":1053,"resource/v1alpha3.DeviceRequest":1046,"resource/v1alpha3.DeviceRequestAllocationResult":1050,"resource/v1alpha3.DeviceSubRequest":1047,"resource/v1alpha3.DeviceTaint":1054,"resource/v1alpha3.DeviceTaintEffect":1049,"resource/v1alpha3.DeviceTaintRule":1056,"resource/v1alpha3.DeviceTaintRuleSpec":1057,"resource/v1alpha3.DeviceTaintSelector":1058,"resource/v1alpha3.DeviceToleration":1048,"resource/v1alpha3.DeviceTolerationOperator":590,"resource/v1alpha3.ResourceSliceSpec":1051,"resource/v1beta1.BasicDevice":1064,"resource/v1beta1.Counter":1019,"resource/v1beta1.CounterSet":1067,"resource/v1beta1.DeviceCounterConsumption":1065,"resource/v1beta1.DeviceRequest":1059,"resource/v1beta1.DeviceRequestAllocationResult":1062,"resource/v1beta1.DeviceSubRequest":1060,"resource/v1beta1.DeviceTaint":1066,"resource/v1beta1.DeviceTaintEffect":1049,"resource/v1beta1.DeviceToleration":1061,"resource/v1beta1.DeviceTolerationOperator":590,"resource/v1beta1.ResourceSliceSpec":1063,"resource/v1beta2.AllocatedDeviceStatus":1085,"resource/v1beta2.AllocationResult":1081,"resource/v1beta2.CELDeviceSelector":955,"resource/v1beta2.Counter":1019,"resource/v1beta2.CounterSet":1093,"resource/v1beta2.Device":1090,"resource/v1beta2.DeviceAllocationConfiguration":1084,"resource/v1beta2.DeviceAllocationResult":1082,"resource/v1beta2.DeviceAttribute":979,"resource/v1beta2.DeviceCapacity":1019,"resource/v1beta2.DeviceClaim":1074,"resource/v1beta2.DeviceClaimConfiguration":1079,"resource/v1beta2.DeviceClass":1068,"resource/v1beta2.DeviceClassConfiguration":1071,"resource/v1beta2.DeviceClassSpec":1069,"resource/v1beta2.DeviceConstraint":962,"resource/v1beta2.DeviceCounterConsumption":1091,"resource/v1beta2.DeviceRequest":1075,"resource/v1beta2.DeviceRequestAllocationResult":1083,"resource/v1beta2.DeviceSelector":1070,"resource/v1beta2.DeviceSubRequest":1078,"resource/v1beta2.DeviceTaint":1092,"resource/v1beta2.DeviceTaintEffect":1049,"resource/v1beta2.DeviceToleration":1077,"resource/v1beta2.DeviceTolerationOperator":590,"resource/v1beta2.ExactDeviceRequest":1076,"resource/v1beta2.NetworkDeviceData":998,"resource/v1beta2.OpaqueDeviceConfiguration":957,"resource/v1beta2.ResourceClaim":1072,"resource/v1beta2.ResourceClaimConsumerReference":781,"resource/v1beta2.ResourceClaimSpec":1073,"resource/v1beta2.ResourceClaimStatus":1080,"resource/v1beta2.ResourceClaimTemplate":1086,"resource/v1beta2.ResourceClaimTemplateSpec":1087,"resource/v1beta2.ResourcePool":976,"resource/v1beta2.ResourceSlice":1088,"resource/v1beta2.ResourceSliceSpec":1089,"storage/v1.CSIDriverSpec":1095,"storage/v1.VolumeError":1094,"storage/v1alpha1.VolumeError":1094,"storage/v1beta1.CSIDriverSpec":1096,"storage/v1beta1.VolumeError":1094},"kinds":{"certificates.k8s.io/v1beta1|ClusterTrustBundle":"certificates/v1beta1.ClusterTrustBundle","coordination.k8s.io/v1beta1|LeaseCandidate":"coordination/v1beta1.LeaseCandidate","networking.k8s.io/v1|IPAddress":"networking/v1.IPAddress","networking.k8s.io/v1|ServiceCIDR":"networking/v1.ServiceCIDR","resource.k8s.io/v1alpha3|DeviceTaintRule":"resource/v1alpha3.DeviceTaintRule","resource.k8s.io/v1beta2|DeviceClass":"resource/v1beta2.DeviceClass","resource.k8s.io/v1beta2|ResourceClaim":"resource/v1beta2.ResourceClaim","resource.k8s.io/v1beta2|ResourceClaimTemplate":"resource/v1beta2.ResourceClaimTemplate","resource.k8s.io/v1beta2|ResourceSlice":"resource/v1beta2.ResourceSlice"}},"1.34":{"tag":"v0.34.0","types":{"admissionregistration/v1beta1.ApplyConfiguration":984,"admissionregistration/v1beta1.JSONPatch":984,"admissionregistration/v1beta1.MutatingAdmissionPolicy":1098,"admissionregistration/v1beta1.MutatingAdmissionPolicyBinding":1101,"admissionregistration/v1beta1.MutatingAdmissionPolicyBindingSpec":1102,"admissionregistration/v1beta1.MutatingAdmissionPolicySpec":1099,"admissionregistration/v1beta1.MutatingWebhook":1097,"admissionregistration/v1beta1.Mutation":1100,"admissionregistration/v1beta1.PatchType":983,"certificates/v1alpha1.PodCertificateRequest":1112,"certificates/v1alpha1.PodCertificateRequestSpec":1113,"certificates/v1alpha1.PodCertificateRequestStatus":1114,"core/v1.Container":1106,"core/v1.ContainerExtendedResourceRequest":1117,"core/v1.ContainerRestartRule":1109,"core/v1.ContainerRestartRuleOnExitCodes":1110,"core/v1.EnvVarSource":1107,"core/v1.EphemeralContainer":1111,"core/v1.FileKeySelector":1108,"core/v1.PodCertificateProjection":1105,"core/v1.PodExtendedResourceClaimStatus":1116,"core/v1.PodSpec":1103,"core/v1.PodStatus":1115,"core/v1.VolumeProjection":1104,"networking/v1.NetworkPolicySpec":1118,"networking/v1alpha1.IPAddress":-1,"networking/v1alpha1.IPAddressSpec":-1,"networking/v1alpha1.ParentReference":-1,"networking/v1alpha1.ServiceCIDR":-1,"networking/v1alpha1.ServiceCIDRSpec":-1,"networking/v1alpha1.ServiceCIDRStatus":-1,"resource/v1.AllocatedDeviceStatus":1138,"resource/v1.AllocationResult":1134,"resource/v1.CELDeviceSelector":955,"resource/v1.CapacityRequestPolicy":1145,"resource/v1.CapacityRequestPolicyRange":1146,"resource/v1.CapacityRequirements":1129,"resource/v1.Counter":1019,"resource/v1.CounterSet":1149,"resource/v1.Device":1143,"resource/v1.DeviceAllocationConfiguration":1137,"resource/v1.DeviceAllocationResult":1135,"resource/v1.DeviceAttribute":979,"resource/v1.DeviceCapacity":1144,"resource/v1.DeviceClaim":1125,"resource/v1.DeviceClaimConfiguration":1132,"resource/v1.DeviceClass":1119,"resource/v1.DeviceClassConfiguration":1122,"resource/v1.DeviceClassSpec":1120,"resource/v1.DeviceConstraint":1131,"resource/v1.DeviceCounterConsumption":1147,"resource/v1.DeviceRequest":1126,"resource/v1.DeviceRequestAllocationResult":1136,"resource/v1.DeviceSelector":1121,"resource/v1.DeviceSubRequest":1130,"resource/v1.DeviceTaint":1148,"resource/v1.DeviceTaintEffect":1049,"resource/v1.DeviceToleration":1128,"resource/v1.DeviceTolerationOperator":590,"resource/v1.ExactDeviceRequest":1127,"resource/v1.NetworkDeviceData":998,"resource/v1.OpaqueDeviceConfiguration":957,"resource/v1.ResourceClaim":1123,"resource/v1.ResourceClaimConsumerReference":781,"resource/v1.ResourceClaimSpec":1124,"resource/v1.ResourceClaimStatus":1133,"resource/v1.ResourceClaimTemplate":1139,"resource/v1.ResourceClaimTemplateSpec":1140,"resource/v1.ResourcePool":976,"resource/v1.ResourceSlice":1141,"resource/v1.ResourceSliceSpec":1142,"resource/v1alpha3.AllocatedDeviceStatus":-1,"resource/v1alpha3.AllocationResult":-1,"resource/v1alpha3.BasicDevice":-1,"resource/v1alpha3.Counter":-1,"resource/v1alpha3.CounterSet":-1,"resource/v1alpha3.Device":-1,"resource/v1alpha3.DeviceAllocationConfiguration":-1,"resource/v1alpha3.DeviceAllocationResult":-1,"resource/v1alpha3.DeviceAttribute":-1,"resource/v1alpha3.DeviceClaim":-1,"resource/v1alpha3.DeviceClaimConfiguration":-1,"resource/v1alpha3.DeviceClass":-1,"resource/v1alpha3.DeviceClassConfiguration":-1,"resource/v1alpha3.DeviceClassSpec":-1,"resource/v1alpha3.DeviceConstraint":-1,"resource/v1alpha3.DeviceCounterConsumption":-1,"resource/v1alpha3.DeviceRequest":-1,"resource/v1alpha3.DeviceRequestAllocationResult":-1,"resource/v1alpha3.DeviceSubRequest":-1,"resource/v1alpha3.DeviceToleration":-1,"resource/v1alpha3.DeviceTolerationOperator":-1,"resource/v1alpha3.NetworkDeviceData":-1,"resource/v1alpha3.OpaqueDeviceConfiguration":-1,"resource/v1alpha3.ResourceClaim":-1,"resource/v1alpha3.ResourceClaimConsumerReference":-1,"resource/v1alpha3.ResourceClaimSpec":-1,"resource/v1alpha3.ResourceClaimStatus":-1,"resource/v1alpha3.ResourceClaimTemplate":-1,"resource/v1alpha3.ResourceClaimTemplateSpec":-1,"resource/v1alpha3.ResourcePool":-1,"resource/v1alpha3.ResourceSlice":-1,"resource/v1alpha3.ResourceSliceSpec":-1,"resource/v1beta1.AllocatedDeviceStatus":1155,"resource/v1beta1.AllocationResult":1153,"resource/v1beta1.BasicDevice":1156,"resource/v1beta1.CapacityRequestPolicy":1158,"resource/v1beta1.CapacityRequestPolicyRange":1146,"resource/v1beta1.CapacityRequirements":1129,"resource/v1beta1.DeviceCapacity":1157,"resource/v1beta1.DeviceClassSpec":1150,"resource/v1beta1.DeviceConstraint":1131,"resource/v1beta1.DeviceRequest":1151,"resource/v1beta1.DeviceRequestAllocationResult":1154,"resource/v1beta1.DeviceSubRequest":1152,"resource/v1beta2.AllocatedDeviceStatus":1164,"resource/v1beta2.AllocationResult":1162,"resource/v1beta2.CapacityRequestPolicy":1167,"resource/v1beta2.CapacityRequestPolicyRange":1146,"resource/v1beta2.CapacityRequirements":1129,"resource/v1beta2.Device":1165,"resource/v1beta2.DeviceCapacity":1166,"resource/v1beta2.DeviceClassSpec":1159,"resource/v1beta2.DeviceConstraint":1131,"resource/v1beta2.DeviceRequestAllocationResult":1163,"resource/v1beta2.DeviceSubRequest":1161,"resource/v1beta2.ExactDeviceRequest":1160,"storage/v1.VolumeAttributesClass":879},"kinds":{"admissionregistration.k8s.io/v1beta1|MutatingAdmissionPolicy":"admissionregistration/v1beta1.MutatingAdmissionPolicy","admissionregistration.k8s.io/v1beta1|MutatingAdmissionPolicyBinding":"admissionregistration/v1beta1.MutatingAdmissionPolicyBinding","certificates.k8s.io/v1alpha1|PodCertificateRequest":"certificates/v1alpha1.PodCertificateRequest","networking.k8s.io/v1alpha1|IPAddress":null,"networking.k8s.io/v1alpha1|ServiceCIDR":null,"resource.k8s.io/v1alpha3|DeviceClass":null,"resource.k8s.io/v1alpha3|ResourceClaim":null,"resource.k8s.io/v1alpha3|ResourceClaimTemplate":null,"resource.k8s.io/v1alpha3|ResourceSlice":null,"resource.k8s.io/v1|DeviceClass":"resource/v1.DeviceClass","resource.k8s.io/v1|ResourceClaim":"resource/v1.ResourceClaim","resource.k8s.io/v1|ResourceClaimTemplate":"resource/v1.ResourceClaimTemplate","resource.k8s.io/v1|ResourceSlice":"resource/v1.ResourceSlice","storage.k8s.io/v1|VolumeAttributesClass":"storage/v1.VolumeAttributesClass"}},"1.35":{"tag":"v0.35.0","types":{"batch/v1.PodFailurePolicyOnPodConditionsPattern":1172,"certificates/v1alpha1.PodCertificateRequest":-1,"certificates/v1alpha1.PodCertificateRequestSpec":-1,"certificates/v1alpha1.PodCertificateRequestStatus":-1,"certificates/v1beta1.PodCertificateRequest":1173,"certificates/v1beta1.PodCertificateRequestSpec":1174,"certificates/v1beta1.PodCertificateRequestStatus":1114,"core/v1.NodeStatus":1176,"core/v1.PodCertificateProjection":1169,"core/v1.PodSpec":1168,"core/v1.PodStatus":1175,"core/v1.TolerationOperator":1170,"core/v1.WorkloadReference":1171,"meta/v1.GroupResource":1200,"resource/v1.AllocationConfigSource":1182,"resource/v1.DeviceAllocationConfiguration":1181,"resource/v1.DeviceAllocationMode":1178,"resource/v1.DeviceSubRequest":1180,"resource/v1.DeviceTaintEffect":1179,"resource/v1.ExactDeviceRequest":1177,"resource/v1alpha3.CELDeviceSelector":-1,"resource/v1alpha3.DeviceSelector":-1,"resource/v1alpha3.DeviceTaintEffect":1179,"resource/v1alpha3.DeviceTaintRule":1183,"resource/v1alpha3.DeviceTaintRuleStatus":707,"resource/v1alpha3.DeviceTaintSelector":1184,"resource/v1beta1.AllocationConfigSource":1182,"resource/v1beta1.DeviceAllocationConfiguration":1187,"resource/v1beta1.DeviceAllocationMode":1178,"resource/v1beta1.DeviceRequest":1185,"resource/v1beta1.DeviceSubRequest":1186,"resource/v1beta1.DeviceTaintEffect":1179,"resource/v1beta2.AllocationConfigSource":1182,"resource/v1beta2.DeviceAllocationConfiguration":1190,"resource/v1beta2.DeviceAllocationMode":1178,"resource/v1beta2.DeviceSubRequest":1189,"resource/v1beta2.DeviceTaintEffect":1179,"resource/v1beta2.ExactDeviceRequest":1188,"scheduling/v1alpha1.BasicSchedulingPolicy":474,"scheduling/v1alpha1.GangSchedulingPolicy":1195,"scheduling/v1alpha1.PodGroup":1193,"scheduling/v1alpha1.PodGroupPolicy":1194,"scheduling/v1alpha1.TypedLocalObjectReference":74,"scheduling/v1alpha1.Workload":1191,"scheduling/v1alpha1.WorkloadSpec":1192,"storage/v1.CSIDriverSpec":1196,"storage/v1beta1.CSIDriverSpec":1197,"storagemigration/v1alpha1.GroupVersionResource":-1,"storagemigration/v1alpha1.MigrationCondition":-1,"storagemigration/v1alpha1.StorageVersionMigration":-1,"storagemigration/v1alpha1.StorageVersionMigrationSpec":-1,"storagemigration/v1alpha1.StorageVersionMigrationStatus":-1,"storagemigration/v1beta1.StorageVersionMigration":1198,"storagemigration/v1beta1.StorageVersionMigrationSpec":1199,"storagemigration/v1beta1.StorageVersionMigrationStatus":1201},"kinds":{"certificates.k8s.io/v1alpha1|PodCertificateRequest":null,"certificates.k8s.io/v1beta1|PodCertificateRequest":"certificates/v1beta1.PodCertificateRequest","scheduling.k8s.io/v1alpha1|Workload":"scheduling/v1alpha1.Workload","storagemigration.k8s.io/v1alpha1|StorageVersionMigration":null,"storagemigration.k8s.io/v1beta1|StorageVersionMigration":"storagemigration/v1beta1.StorageVersionMigration"}},"1.36":{"tag":"v0.36.0","types":{"admission/v1.AdmissionRequest":1202,"admission/v1.AdmissionResponse":1203,"admission/v1beta1.AdmissionRequest":1202,"admission/v1beta1.AdmissionResponse":1203,"admissionregistration/v1.ApplyConfiguration":984,"admissionregistration/v1.JSONPatch":984,"admissionregistration/v1.MutatingAdmissionPolicy":1207,"admissionregistration/v1.MutatingAdmissionPolicyBinding":1210,"admissionregistration/v1.MutatingAdmissionPolicyBindingSpec":1211,"admissionregistration/v1.MutatingAdmissionPolicySpec":1208,"admissionregistration/v1.Mutation":1209,"admissionregistration/v1.PatchType":983,"admissionregistration/v1.ValidatingAdmissionPolicyBinding":1205,"admissionregistration/v1.ValidatingAdmissionPolicyBindingSpec":1206,"admissionregistration/v1alpha1.ValidatingAdmissionPolicyBinding":1212,"admissionregistration/v1alpha1.ValidatingAdmissionPolicyBindingSpec":1213,"admissionregistration/v1beta1.ValidatingAdmissionPolicyBinding":1214,"admissionregistration/v1beta1.ValidatingAdmissionPolicyBindingSpec":1215,"apiserverinternal/v1alpha1.ServerStorageVersion":1217,"apiserverinternal/v1alpha1.StorageVersion":1216,"authentication/v1.TokenRequest":1221,"authentication/v1.TokenRequestSpec":1222,"authentication/v1.TokenRequestStatus":1223,"authentication/v1.TokenReviewSpec":1220,"authentication/v1beta1.TokenReviewSpec":1220,"autoscaling/v1.HorizontalPodAutoscaler":1224,"autoscaling/v2.HorizontalPodAutoscaler":1225,"autoscaling/v2beta1.ContainerResourceMetricSource":-1,"autoscaling/v2beta1.ContainerResourceMetricStatus":-1,"autoscaling/v2beta1.CrossVersionObjectReference":-1,"autoscaling/v2beta1.ExternalMetricSource":-1,"autoscaling/v2beta1.ExternalMetricStatus":-1,"autoscaling/v2beta1.HorizontalPodAutoscaler":-1,"autoscaling/v2beta1.HorizontalPodAutoscalerCondition":-1,"autoscaling/v2beta1.HorizontalPodAutoscalerSpec":-1,"autoscaling/v2beta1.HorizontalPodAutoscalerStatus":-1,"autoscaling/v2beta1.MetricSpec":-1,"autoscaling/v2beta1.MetricStatus":-1,"autoscaling/v2beta1.ObjectMetricSource":-1,"autoscaling/v2beta1.ObjectMetricStatus":-1,"autoscaling/v2beta1.PodsMetricSource":-1,"autoscaling/v2beta1.PodsMetricStatus":-1,"autoscaling/v2beta1.ResourceMetricSource":-1,"autoscaling/v2beta1.ResourceMetricStatus":-1,"autoscaling/v2beta2.ContainerResourceMetricSource":-1,"autoscaling/v2beta2.ContainerResourceMetricStatus":-1,"autoscaling/v2beta2.CrossVersionObjectReference":-1,"autoscaling/v2beta2.ExternalMetricSource":-1,"autoscaling/v2beta2.ExternalMetricStatus":-1,"autoscaling/v2beta2.HPAScalingPolicy":-1,"autoscaling/v2beta2.HPAScalingRules":-1,"autoscaling/v2beta2.HorizontalPodAutoscaler":-1,"autoscaling/v2beta2.HorizontalPodAutoscalerBehavior":-1,"autoscaling/v2beta2.HorizontalPodAutoscalerCondition":-1,"autoscaling/v2beta2.HorizontalPodAutoscalerSpec":-1,"autoscaling/v2beta2.HorizontalPodAutoscalerStatus":-1,"autoscaling/v2beta2.MetricIdentifier":-1,"autoscaling/v2beta2.MetricSpec":-1,"autoscaling/v2beta2.MetricStatus":-1,"autoscaling/v2beta2.MetricTarget":-1,"autoscaling/v2beta2.MetricValueStatus":-1,"autoscaling/v2beta2.ObjectMetricSource":-1,"autoscaling/v2beta2.ObjectMetricStatus":-1,"autoscaling/v2beta2.PodsMetricSource":-1,"autoscaling/v2beta2.PodsMetricStatus":-1,"autoscaling/v2beta2.ResourceMetricSource":-1,"autoscaling/v2beta2.ResourceMetricStatus":-1,"batch/v1.CronJob":1226,"batch/v1beta1.CronJob":1227,"certificates/v1beta1.PodCertificateRequestSpec":1228,"coordination/v1alpha2.LeaseCandidate":1229,"coordination/v1beta1.LeaseCandidate":1230,"core/v1.ImageVolumeStatus":1234,"core/v1.NodeAllocatableResourceClaimStatus":1236,"core/v1.PodSchedulingGroup":1219,"core/v1.PodSpec":1218,"core/v1.PodStatus":1231,"core/v1.ResourceHealth":1235,"core/v1.VolumeMountStatus":1232,"core/v1.VolumeStatus":1233,"core/v1.WorkloadReference":-1,"discovery/v1.EndpointSlice":1237,"discovery/v1beta1.AddressType":678,"discovery/v1beta1.EndpointSlice":1238,"flowcontrol/v1.LimitResponse":1240,"flowcontrol/v1.PriorityLevelConfigurationSpec":1239,"flowcontrol/v1beta1.LimitResponse":1242,"flowcontrol/v1beta1.PriorityLevelConfigurationSpec":1241,"flowcontrol/v1beta2.LimitResponse":1244,"flowcontrol/v1beta2.PriorityLevelConfigurationSpec":1243,"flowcontrol/v1beta3.LimitResponse":1246,"flowcontrol/v1beta3.PriorityLevelConfigurationSpec":1245,"imagepolicy/v1alpha1.ImageReview":1247,"imagepolicy/v1alpha1.ImageReviewStatus":1248,"meta/v1.ListMeta":1204,"meta/v1.ShardInfo":917,"networking/v1.IPAddress":1249,"networking/v1beta1.IPAddress":1250,"policy/v1.PodDisruptionBudgetStatus":1251,"policy/v1beta1.PodDisruptionBudgetStatus":1251,"rbac/v1.RoleRef":74,"rbac/v1alpha1.RoleRef":74,"rbac/v1beta1.RoleRef":74,"resource/v1.Device":1252,"resource/v1.DeviceAttribute":1253,"resource/v1.NodeAllocatableResourceMapping":1254,"resource/v1alpha3.PoolStatus":1258,"resource/v1alpha3.ResourcePoolStatusRequest":1255,"resource/v1alpha3.ResourcePoolStatusRequestSpec":1256,"resource/v1alpha3.ResourcePoolStatusRequestStatus":1257,"resource/v1beta1.BasicDevice":1259,"resource/v1beta1.DeviceAttribute":1253,"resource/v1beta1.NodeAllocatableResourceMapping":1254,"resource/v1beta2.Device":1262,"resource/v1beta2.DeviceAttribute":1253,"resource/v1beta2.DeviceTaintRule":1260,"resource/v1beta2.DeviceTaintRuleSpec":1261,"resource/v1beta2.DeviceTaintRuleStatus":707,"resource/v1beta2.DeviceTaintSelector":1184,"resource/v1beta2.NodeAllocatableResourceMapping":1254,"scheduling/v1.PriorityClass":1263,"scheduling/v1alpha1.BasicSchedulingPolicy":-1,"scheduling/v1alpha1.GangSchedulingPolicy":-1,"scheduling/v1alpha1.PodGroup":-1,"scheduling/v1alpha1.PodGroupPolicy":-1,"scheduling/v1alpha1.PriorityClass":-1,"scheduling/v1alpha1.TypedLocalObjectReference":-1,"scheduling/v1alpha1.Workload":-1,"scheduling/v1alpha1.WorkloadSpec":-1,"scheduling/v1alpha2.BasicSchedulingPolicy":474,"scheduling/v1alpha2.DisruptionMode":1270,"scheduling/v1alpha2.GangSchedulingPolicy":1195,"scheduling/v1alpha2.PodGroup":1271,"scheduling/v1alpha2.PodGroupResourceClaim":932,"scheduling/v1alpha2.PodGroupResourceClaimStatus":846,"scheduling/v1alpha2.PodGroupSchedulingConstraints":1268,"scheduling/v1alpha2.PodGroupSchedulingPolicy":1267,"scheduling/v1alpha2.PodGroupSpec":1272,"scheduling/v1alpha2.PodGroupStatus":1275,"scheduling/v1alpha2.PodGroupTemplate":1266,"scheduling/v1alpha2.PodGroupTemplateReference":1273,"scheduling/v1alpha2.TopologyConstraint":1269,"scheduling/v1alpha2.TypedLocalObjectReference":74,"scheduling/v1alpha2.Workload":1264,"scheduling/v1alpha2.WorkloadPodGroupTemplateReference":1274,"scheduling/v1alpha2.WorkloadSpec":1265,"scheduling/v1beta1.PriorityClass":1263,"storage/v1.CSIDriverSpec":1276,"storage/v1beta1.CSIDriverSpec":1277},"kinds":{"admissionregistration.k8s.io/v1|MutatingAdmissionPolicy":"admissionregistration/v1.MutatingAdmissionPolicy","admissionregistration.k8s.io/v1|MutatingAdmissionPolicyBinding":"admissionregistration/v1.MutatingAdmissionPolicyBinding","autoscaling/v2beta1|HorizontalPodAutoscaler":null,"autoscaling/v2beta2|HorizontalPodAutoscaler":null,"resource.k8s.io/v1alpha3|ResourcePoolStatusRequest":"resource/v1alpha3.ResourcePoolStatusRequest","resource.k8s.io/v1beta2|DeviceTaintRule":"resource/v1beta2.DeviceTaintRule","scheduling.k8s.io/v1alpha1|PriorityClass":null,"scheduling.k8s.io/v1alpha1|Workload":null,"scheduling.k8s.io/v1alpha2|PodGroup":"scheduling/v1alpha2.PodGroup","scheduling.k8s.io/v1alpha2|Workload":"scheduling/v1alpha2.Workload"}},"1.37":{"tag":"v0.37.0-beta.0","types":{"apidiscovery/v2.APIResourceDiscovery":1280,"apidiscovery/v2.APISubresourceDiscovery":1281,"apidiscovery/v2.APIVersionDiscovery":1279,"apidiscovery/v2beta1.APIResourceDiscovery":1283,"apidiscovery/v2beta1.APISubresourceDiscovery":1281,"apidiscovery/v2beta1.APIVersionDiscovery":1282,"apps/v1.ControllerRevision":1290,"apps/v1.DaemonSet":1288,"apps/v1.DaemonSetCondition":384,"apps/v1.Deployment":1284,"apps/v1.DeploymentCondition":1285,"apps/v1.ReplicaSet":1289,"apps/v1.ReplicaSetCondition":384,"apps/v1.StatefulSet":1286,"apps/v1.StatefulSetCondition":384,"apps/v1.StatefulSetUpdateStrategyType":1287,"apps/v1beta1.ControllerRevision":1290,"apps/v1beta1.Deployment":1291,"apps/v1beta1.DeploymentCondition":1285,"apps/v1beta1.DeploymentRollback":1292,"apps/v1beta1.ScaleStatus":1293,"apps/v1beta1.StatefulSet":1294,"apps/v1beta1.StatefulSetCondition":384,"apps/v1beta1.StatefulSetSpec":1295,"apps/v1beta2.ControllerRevision":1290,"apps/v1beta2.DaemonSet":1298,"apps/v1beta2.DaemonSetCondition":384,"apps/v1beta2.Deployment":1296,"apps/v1beta2.DeploymentCondition":1285,"apps/v1beta2.ReplicaSet":1299,"apps/v1beta2.ReplicaSetCondition":384,"apps/v1beta2.ScaleStatus":1293,"apps/v1beta2.StatefulSet":1297,"apps/v1beta2.StatefulSetCondition":384,"autoscaling/v2.HorizontalPodAutoscalerCondition":1300,"certificates/v1.ClusterTrustBundle":1301,"certificates/v1.ClusterTrustBundleSpec":807,"core/v1.NodePodPreemptionPolicy":1303,"core/v1.NodeSpec":1302,"core/v1.PodStatusResult":-1,"flowcontrol/v1.FlowSchema":1304,"flowcontrol/v1.FlowSchemaCondition":1305,"flowcontrol/v1.LimitedPriorityLevelConfiguration":1307,"flowcontrol/v1.PriorityLevelConfiguration":1306,"flowcontrol/v1.PriorityLevelConfigurationCondition":1305,"flowcontrol/v1beta1.FlowSchema":1308,"flowcontrol/v1beta1.FlowSchemaCondition":1305,"flowcontrol/v1beta1.LimitedPriorityLevelConfiguration":1310,"flowcontrol/v1beta1.PriorityLevelConfiguration":1309,"flowcontrol/v1beta1.PriorityLevelConfigurationCondition":1305,"flowcontrol/v1beta2.FlowSchema":1311,"flowcontrol/v1beta2.FlowSchemaCondition":1305,"flowcontrol/v1beta2.LimitedPriorityLevelConfiguration":1313,"flowcontrol/v1beta2.PriorityLevelConfiguration":1312,"flowcontrol/v1beta2.PriorityLevelConfigurationCondition":1305,"flowcontrol/v1beta3.FlowSchema":1314,"flowcontrol/v1beta3.FlowSchemaCondition":1305,"flowcontrol/v1beta3.LimitedPriorityLevelConfiguration":1316,"flowcontrol/v1beta3.PriorityLevelConfiguration":1315,"flowcontrol/v1beta3.PriorityLevelConfigurationCondition":1305,"meta/v1.ManagedFieldsEntry":1278,"resource/v1.DeviceClass":1317,"resource/v1.DeviceTaintRule":1318,"resource/v1.DeviceTaintRuleSpec":1319,"resource/v1.DeviceTaintRuleStatus":707,"resource/v1.DeviceTaintSelector":1184,"resource/v1.ResourceClaim":1320,"resource/v1.ResourceClaimTemplate":1321,"resource/v1.ResourceClaimTemplateSpec":1322,"resource/v1beta1.DeviceClass":1323,"resource/v1beta1.ResourceClaim":1324,"resource/v1beta1.ResourceClaimTemplate":1325,"resource/v1beta1.ResourceClaimTemplateSpec":1326,"resource/v1beta2.DeviceClass":1327,"resource/v1beta2.ResourceClaim":1328,"resource/v1beta2.ResourceClaimTemplate":1329,"resource/v1beta2.ResourceClaimTemplateSpec":1330,"scheduling/v1alpha2.BasicSchedulingPolicy":-1,"scheduling/v1alpha2.DisruptionMode":-1,"scheduling/v1alpha2.GangSchedulingPolicy":-1,"scheduling/v1alpha2.PodGroup":-1,"scheduling/v1alpha2.PodGroupResourceClaim":-1,"scheduling/v1alpha2.PodGroupResourceClaimStatus":-1,"scheduling/v1alpha2.PodGroupSchedulingConstraints":-1,"scheduling/v1alpha2.PodGroupSchedulingPolicy":-1,"scheduling/v1alpha2.PodGroupSpec":-1,"scheduling/v1alpha2.PodGroupStatus":-1,"scheduling/v1alpha2.PodGroupTemplate":-1,"scheduling/v1alpha2.PodGroupTemplateReference":-1,"scheduling/v1alpha2.TopologyConstraint":-1,"scheduling/v1alpha2.TypedLocalObjectReference":-1,"scheduling/v1alpha2.Workload":-1,"scheduling/v1alpha2.WorkloadPodGroupTemplateReference":-1,"scheduling/v1alpha2.WorkloadSpec":-1,"scheduling/v1alpha3.AllDisruptionMode":474,"scheduling/v1alpha3.BasicSchedulingPolicy":474,"scheduling/v1alpha3.CompositeBasicSchedulingPolicy":474,"scheduling/v1alpha3.CompositeGangSchedulingPolicy":1339,"scheduling/v1alpha3.CompositePodGroup":1344,"scheduling/v1alpha3.CompositePodGroupSchedulingPolicy":1338,"scheduling/v1alpha3.CompositePodGroupSpec":1345,"scheduling/v1alpha3.CompositePodGroupStatus":707,"scheduling/v1alpha3.CompositePodGroupTemplate":1337,"scheduling/v1alpha3.DisruptionMode":1336,"scheduling/v1alpha3.GangSchedulingPolicy":1195,"scheduling/v1alpha3.PodGroup":1340,"scheduling/v1alpha3.PodGroupResourceClaim":932,"scheduling/v1alpha3.PodGroupResourceClaimStatus":846,"scheduling/v1alpha3.PodGroupSchedulingConstraints":1335,"scheduling/v1alpha3.PodGroupSchedulingPolicy":1334,"scheduling/v1alpha3.PodGroupSpec":1341,"scheduling/v1alpha3.PodGroupStatus":1343,"scheduling/v1alpha3.PodGroupTemplate":1333,"scheduling/v1alpha3.PreemptionPolicy":594,"scheduling/v1alpha3.SingleDisruptionMode":474,"scheduling/v1alpha3.TopologyConstraint":1269,"scheduling/v1alpha3.TypedLocalObjectReference":74,"scheduling/v1alpha3.Workload":1331,"scheduling/v1alpha3.WorkloadReference":1342,"scheduling/v1alpha3.WorkloadSpec":1332,"storagemigration/v1.StorageVersionMigration":1346,"storagemigration/v1.StorageVersionMigrationSpec":1199,"storagemigration/v1.StorageVersionMigrationStatus":1201},"kinds":{"certificates.k8s.io/v1|ClusterTrustBundle":"certificates/v1.ClusterTrustBundle","resource.k8s.io/v1|DeviceTaintRule":"resource/v1.DeviceTaintRule","scheduling.k8s.io/v1alpha2|PodGroup":null,"scheduling.k8s.io/v1alpha2|Workload":null,"scheduling.k8s.io/v1alpha3|CompositePodGroup":"scheduling/v1alpha3.CompositePodGroup","scheduling.k8s.io/v1alpha3|PodGroup":"scheduling/v1alpha3.PodGroup","scheduling.k8s.io/v1alpha3|Workload":"scheduling/v1alpha3.Workload","storagemigration.k8s.io/v1|StorageVersionMigration":"storagemigration/v1.StorageVersionMigration","v1|PodStatusResult":null}}}}'), defs: '{"f":{"apiVersion":"s","kind":"s","request":"@admission/v1.AdmissionRequest","response":"@admission/v1.AdmissionResponse"}}\n{"f":{"dryRun":"b","kind":"@meta/v1.GroupVersionKind","name":"s","namespace":"s","object":"any","oldObject":"any","operation":"s","options":"any","requestKind":"@meta/v1.GroupVersionKind","requestResource":"@meta/v1.GroupVersionResource","requestSubResource":"s","resource":"@meta/v1.GroupVersionResource","subResource":"s","uid":"s","userInfo":"@authentication/v1.UserInfo"},"r":["kind","operation","resource","uid","userInfo"]}\n{"f":{"group":"s","kind":"s","version":"s"},"r":["group","kind","version"]}\n{"f":{"group":"s","resource":"s","version":"s"},"r":["group","resource","version"]}\n{"f":{"extra":"{}[]s","groups":"[]s","uid":"s","username":"s"}}\n{"f":{"allowed":"b","auditAnnotations":"{}s","patch":"s","patchType":"s","status":"@meta/v1.Status","uid":"s","warnings":"[]s"},"r":["allowed","uid"]}\n{"f":{"apiVersion":"s","code":"i","details":"@meta/v1.StatusDetails","kind":"s","message":"s","metadata":"@meta/v1.ListMeta","reason":"s","status":"s"}}\n{"f":{"continue":"s","remainingItemCount":"i","resourceVersion":"s","selfLink":"s"}}\n{"f":{"causes":"[]@meta/v1.StatusCause","group":"s","kind":"s","name":"s","retryAfterSeconds":"i","uid":"s"}}\n{"f":{"field":"s","message":"s","reason":"s"}}\n{"f":{"apiVersion":"s","kind":"s","request":"@admission/v1beta1.AdmissionRequest","response":"@admission/v1beta1.AdmissionResponse"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","webhooks":"[]@admissionregistration/v1.ValidatingWebhook"}}\n{"f":{"annotations":"{}s","clusterName":"s","creationTimestamp":"t","deletionGracePeriodSeconds":"i","deletionTimestamp":"t","finalizers":"[]s","generateName":"s","generation":"i","labels":"{}s","managedFields":"[]@meta/v1.ManagedFieldsEntry","name":"s","namespace":"s","ownerReferences":"[]@meta/v1.OwnerReference","resourceVersion":"s","selfLink":"s","uid":"s"}}\n{"f":{"apiVersion":"s","blockOwnerDeletion":"b","controller":"b","kind":"s","name":"s","uid":"s"},"r":["apiVersion","kind","name","uid"]}\n{"f":{"apiVersion":"s","fieldsType":"s","fieldsV1":"any","manager":"s","operation":"s","time":"t"}}\n{"f":{"admissionReviewVersions":"[]s","clientConfig":"@admissionregistration/v1.WebhookClientConfig","failurePolicy":"s","matchPolicy":"s","name":"s","namespaceSelector":"@meta/v1.LabelSelector","objectSelector":"@meta/v1.LabelSelector","rules":"[]@admissionregistration/v1.RuleWithOperations","sideEffects":"s","timeoutSeconds":"i"},"r":["admissionReviewVersions","clientConfig","name","sideEffects"]}\n{"f":{"caBundle":"s","service":"@admissionregistration/v1.ServiceReference","url":"s"}}\n{"f":{"name":"s","namespace":"s","path":"s","port":"i"},"r":["name","namespace"]}\n{"f":{"apiGroups":"[]s","apiVersions":"[]s","operations":"[]s","resources":"[]s","scope":"s"}}\n{"f":{"matchExpressions":"[]@meta/v1.LabelSelectorRequirement","matchLabels":"{}s"}}\n{"f":{"key":"s","operator":"s","values":"[]s"},"r":["key","operator"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","webhooks":"[]@admissionregistration/v1.MutatingWebhook"}}\n{"f":{"admissionReviewVersions":"[]s","clientConfig":"@admissionregistration/v1.WebhookClientConfig","failurePolicy":"s","matchPolicy":"s","name":"s","namespaceSelector":"@meta/v1.LabelSelector","objectSelector":"@meta/v1.LabelSelector","reinvocationPolicy":"s","rules":"[]@admissionregistration/v1.RuleWithOperations","sideEffects":"s","timeoutSeconds":"i"},"r":["admissionReviewVersions","clientConfig","name","sideEffects"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","webhooks":"[]@admissionregistration/v1beta1.ValidatingWebhook"}}\n{"f":{"admissionReviewVersions":"[]s","clientConfig":"@admissionregistration/v1beta1.WebhookClientConfig","failurePolicy":"s","matchPolicy":"s","name":"s","namespaceSelector":"@meta/v1.LabelSelector","objectSelector":"@meta/v1.LabelSelector","rules":"[]@admissionregistration/v1beta1.RuleWithOperations","sideEffects":"s","timeoutSeconds":"i"},"r":["clientConfig","name"]}\n{"f":{"caBundle":"s","service":"@admissionregistration/v1beta1.ServiceReference","url":"s"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","webhooks":"[]@admissionregistration/v1beta1.MutatingWebhook"}}\n{"f":{"admissionReviewVersions":"[]s","clientConfig":"@admissionregistration/v1beta1.WebhookClientConfig","failurePolicy":"s","matchPolicy":"s","name":"s","namespaceSelector":"@meta/v1.LabelSelector","objectSelector":"@meta/v1.LabelSelector","reinvocationPolicy":"s","rules":"[]@admissionregistration/v1beta1.RuleWithOperations","sideEffects":"s","timeoutSeconds":"i"},"r":["clientConfig","name"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@apps/v1.DeploymentSpec","status":"@apps/v1.DeploymentStatus"}}\n{"f":{"minReadySeconds":"i","paused":"b","progressDeadlineSeconds":"i","replicas":"i","revisionHistoryLimit":"i","selector":"@meta/v1.LabelSelector","strategy":"@apps/v1.DeploymentStrategy","template":"@core/v1.PodTemplateSpec"},"r":["selector","template"]}\n{"f":{"metadata":"@meta/v1.ObjectMeta","spec":"@core/v1.PodSpec"}}\n{"f":{"activeDeadlineSeconds":"i","affinity":"@core/v1.Affinity","automountServiceAccountToken":"b","containers":"[]@core/v1.Container","dnsConfig":"@core/v1.PodDNSConfig","dnsPolicy":"s","enableServiceLinks":"b","ephemeralContainers":"[]@core/v1.EphemeralContainer","hostAliases":"[]@core/v1.HostAlias","hostIPC":"b","hostNetwork":"b","hostPID":"b","hostname":"s","imagePullSecrets":"[]@core/v1.LocalObjectReference","initContainers":"[]@core/v1.Container","nodeName":"s","nodeSelector":"{}s","overhead":"{}q","preemptionPolicy":"s","priority":"i","priorityClassName":"s","readinessGates":"[]@core/v1.PodReadinessGate","restartPolicy":"s","runtimeClassName":"s","schedulerName":"s","securityContext":"@core/v1.PodSecurityContext","serviceAccount":"s","serviceAccountName":"s","setHostnameAsFQDN":"b","shareProcessNamespace":"b","subdomain":"s","terminationGracePeriodSeconds":"i","tolerations":"[]@core/v1.Toleration","topologySpreadConstraints":"[]@core/v1.TopologySpreadConstraint","volumes":"[]@core/v1.Volume"},"r":["containers"]}\n{"f":{"awsElasticBlockStore":"@core/v1.AWSElasticBlockStoreVolumeSource","azureDisk":"@core/v1.AzureDiskVolumeSource","azureFile":"@core/v1.AzureFileVolumeSource","cephfs":"@core/v1.CephFSVolumeSource","cinder":"@core/v1.CinderVolumeSource","configMap":"@core/v1.ConfigMapVolumeSource","csi":"@core/v1.CSIVolumeSource","downwardAPI":"@core/v1.DownwardAPIVolumeSource","emptyDir":"@core/v1.EmptyDirVolumeSource","ephemeral":"@core/v1.EphemeralVolumeSource","fc":"@core/v1.FCVolumeSource","flexVolume":"@core/v1.FlexVolumeSource","flocker":"@core/v1.FlockerVolumeSource","gcePersistentDisk":"@core/v1.GCEPersistentDiskVolumeSource","gitRepo":"@core/v1.GitRepoVolumeSource","glusterfs":"@core/v1.GlusterfsVolumeSource","hostPath":"@core/v1.HostPathVolumeSource","iscsi":"@core/v1.ISCSIVolumeSource","name":"s","nfs":"@core/v1.NFSVolumeSource","persistentVolumeClaim":"@core/v1.PersistentVolumeClaimVolumeSource","photonPersistentDisk":"@core/v1.PhotonPersistentDiskVolumeSource","portworxVolume":"@core/v1.PortworxVolumeSource","projected":"@core/v1.ProjectedVolumeSource","quobyte":"@core/v1.QuobyteVolumeSource","rbd":"@core/v1.RBDVolumeSource","scaleIO":"@core/v1.ScaleIOVolumeSource","secret":"@core/v1.SecretVolumeSource","storageos":"@core/v1.StorageOSVolumeSource","vsphereVolume":"@core/v1.VsphereVirtualDiskVolumeSource"},"r":["name"]}\n{"f":{"path":"s","type":"s"},"r":["path"]}\n{"f":{"medium":"s","sizeLimit":"q"}}\n{"f":{"fsType":"s","partition":"i","pdName":"s","readOnly":"b"},"r":["pdName"]}\n{"f":{"fsType":"s","partition":"i","readOnly":"b","volumeID":"s"},"r":["volumeID"]}\n{"f":{"directory":"s","repository":"s","revision":"s"},"r":["repository"]}\n{"f":{"defaultMode":"i","items":"[]@core/v1.KeyToPath","optional":"b","secretName":"s"}}\n{"f":{"key":"s","mode":"i","path":"s"},"r":["key","path"]}\n{"f":{"path":"s","readOnly":"b","server":"s"},"r":["path","server"]}\n{"f":{"chapAuthDiscovery":"b","chapAuthSession":"b","fsType":"s","initiatorName":"s","iqn":"s","iscsiInterface":"s","lun":"i","portals":"[]s","readOnly":"b","secretRef":"@core/v1.LocalObjectReference","targetPortal":"s"},"r":["iqn","lun","targetPortal"]}\n{"f":{"name":"s"}}\n{"f":{"endpoints":"s","path":"s","readOnly":"b"},"r":["endpoints","path"]}\n{"f":{"claimName":"s","readOnly":"b"},"r":["claimName"]}\n{"f":{"fsType":"s","image":"s","keyring":"s","monitors":"[]s","pool":"s","readOnly":"b","secretRef":"@core/v1.LocalObjectReference","user":"s"},"r":["image","monitors"]}\n{"f":{"driver":"s","fsType":"s","options":"{}s","readOnly":"b","secretRef":"@core/v1.LocalObjectReference"},"r":["driver"]}\n{"f":{"fsType":"s","readOnly":"b","secretRef":"@core/v1.LocalObjectReference","volumeID":"s"},"r":["volumeID"]}\n{"f":{"monitors":"[]s","path":"s","readOnly":"b","secretFile":"s","secretRef":"@core/v1.LocalObjectReference","user":"s"},"r":["monitors"]}\n{"f":{"datasetName":"s","datasetUUID":"s"}}\n{"f":{"defaultMode":"i","items":"[]@core/v1.DownwardAPIVolumeFile"}}\n{"f":{"fieldRef":"@core/v1.ObjectFieldSelector","mode":"i","path":"s","resourceFieldRef":"@core/v1.ResourceFieldSelector"},"r":["path"]}\n{"f":{"apiVersion":"s","fieldPath":"s"},"r":["fieldPath"]}\n{"f":{"containerName":"s","divisor":"q","resource":"s"},"r":["resource"]}\n{"f":{"fsType":"s","lun":"i","readOnly":"b","targetWWNs":"[]s","wwids":"[]s"}}\n{"f":{"readOnly":"b","secretName":"s","shareName":"s"},"r":["secretName","shareName"]}\n{"f":{"defaultMode":"i","items":"[]@core/v1.KeyToPath","name":"s","optional":"b"}}\n{"f":{"fsType":"s","storagePolicyID":"s","storagePolicyName":"s","volumePath":"s"},"r":["volumePath"]}\n{"f":{"group":"s","readOnly":"b","registry":"s","tenant":"s","user":"s","volume":"s"},"r":["registry","volume"]}\n{"f":{"cachingMode":"s","diskName":"s","diskURI":"s","fsType":"s","kind":"s","readOnly":"b"},"r":["diskName","diskURI"]}\n{"f":{"fsType":"s","pdID":"s"},"r":["pdID"]}\n{"f":{"defaultMode":"i","sources":"[]@core/v1.VolumeProjection"},"r":["sources"]}\n{"f":{"configMap":"@core/v1.ConfigMapProjection","downwardAPI":"@core/v1.DownwardAPIProjection","secret":"@core/v1.SecretProjection","serviceAccountToken":"@core/v1.ServiceAccountTokenProjection"}}\n{"f":{"items":"[]@core/v1.KeyToPath","name":"s","optional":"b"}}\n{"f":{"items":"[]@core/v1.DownwardAPIVolumeFile"}}\n{"f":{"audience":"s","expirationSeconds":"i","path":"s"},"r":["path"]}\n{"f":{"fsType":"s","readOnly":"b","volumeID":"s"},"r":["volumeID"]}\n{"f":{"fsType":"s","gateway":"s","protectionDomain":"s","readOnly":"b","secretRef":"@core/v1.LocalObjectReference","sslEnabled":"b","storageMode":"s","storagePool":"s","system":"s","volumeName":"s"},"r":["gateway","secretRef","system"]}\n{"f":{"fsType":"s","readOnly":"b","secretRef":"@core/v1.LocalObjectReference","volumeName":"s","volumeNamespace":"s"}}\n{"f":{"driver":"s","fsType":"s","nodePublishSecretRef":"@core/v1.LocalObjectReference","readOnly":"b","volumeAttributes":"{}s"},"r":["driver"]}\n{"f":{"readOnly":"b","volumeClaimTemplate":"@core/v1.PersistentVolumeClaimTemplate"}}\n{"f":{"metadata":"@meta/v1.ObjectMeta","spec":"@core/v1.PersistentVolumeClaimSpec"},"r":["spec"]}\n{"f":{"accessModes":"[]s","dataSource":"@core/v1.TypedLocalObjectReference","resources":"@core/v1.ResourceRequirements","selector":"@meta/v1.LabelSelector","storageClassName":"s","volumeMode":"s","volumeName":"s"}}\n{"f":{"limits":"{}q","requests":"{}q"}}\n{"f":{"apiGroup":"s","kind":"s","name":"s"},"r":["kind","name"]}\n{"f":{"args":"[]s","command":"[]s","env":"[]@core/v1.EnvVar","envFrom":"[]@core/v1.EnvFromSource","image":"s","imagePullPolicy":"s","lifecycle":"@core/v1.Lifecycle","livenessProbe":"@core/v1.Probe","name":"s","ports":"[]@core/v1.ContainerPort","readinessProbe":"@core/v1.Probe","resources":"@core/v1.ResourceRequirements","securityContext":"@core/v1.SecurityContext","startupProbe":"@core/v1.Probe","stdin":"b","stdinOnce":"b","terminationMessagePath":"s","terminationMessagePolicy":"s","tty":"b","volumeDevices":"[]@core/v1.VolumeDevice","volumeMounts":"[]@core/v1.VolumeMount","workingDir":"s"},"r":["name"]}\n{"f":{"containerPort":"i","hostIP":"s","hostPort":"i","name":"s","protocol":"s"},"r":["containerPort"]}\n{"f":{"configMapRef":"@core/v1.ConfigMapEnvSource","prefix":"s","secretRef":"@core/v1.SecretEnvSource"}}\n{"f":{"name":"s","optional":"b"}}\n{"f":{"name":"s","value":"s","valueFrom":"@core/v1.EnvVarSource"},"r":["name"]}\n{"f":{"configMapKeyRef":"@core/v1.ConfigMapKeySelector","fieldRef":"@core/v1.ObjectFieldSelector","resourceFieldRef":"@core/v1.ResourceFieldSelector","secretKeyRef":"@core/v1.SecretKeySelector"}}\n{"f":{"key":"s","name":"s","optional":"b"},"r":["key"]}\n{"f":{"mountPath":"s","mountPropagation":"s","name":"s","readOnly":"b","subPath":"s","subPathExpr":"s"},"r":["mountPath","name"]}\n{"f":{"devicePath":"s","name":"s"},"r":["devicePath","name"]}\n{"f":{"exec":"@core/v1.ExecAction","failureThreshold":"i","httpGet":"@core/v1.HTTPGetAction","initialDelaySeconds":"i","periodSeconds":"i","successThreshold":"i","tcpSocket":"@core/v1.TCPSocketAction","timeoutSeconds":"i"}}\n{"f":{"command":"[]s"}}\n{"f":{"host":"s","httpHeaders":"[]@core/v1.HTTPHeader","path":"s","port":"is","scheme":"s"},"r":["port"]}\n{"f":{"name":"s","value":"s"},"r":["name","value"]}\n{"f":{"host":"s","port":"is"},"r":["port"]}\n{"f":{"postStart":"@core/v1.Handler","preStop":"@core/v1.Handler"}}\n{"f":{"exec":"@core/v1.ExecAction","httpGet":"@core/v1.HTTPGetAction","tcpSocket":"@core/v1.TCPSocketAction"}}\n{"f":{"allowPrivilegeEscalation":"b","capabilities":"@core/v1.Capabilities","privileged":"b","procMount":"s","readOnlyRootFilesystem":"b","runAsGroup":"i","runAsNonRoot":"b","runAsUser":"i","seLinuxOptions":"@core/v1.SELinuxOptions","seccompProfile":"@core/v1.SeccompProfile","windowsOptions":"@core/v1.WindowsSecurityContextOptions"}}\n{"f":{"add":"[]s","drop":"[]s"}}\n{"f":{"level":"s","role":"s","type":"s","user":"s"}}\n{"f":{"gmsaCredentialSpec":"s","gmsaCredentialSpecName":"s","runAsUserName":"s"}}\n{"f":{"localhostProfile":"s","type":"s"},"r":["type"]}\n{"f":{"args":"[]s","command":"[]s","env":"[]@core/v1.EnvVar","envFrom":"[]@core/v1.EnvFromSource","image":"s","imagePullPolicy":"s","lifecycle":"@core/v1.Lifecycle","livenessProbe":"@core/v1.Probe","name":"s","ports":"[]@core/v1.ContainerPort","readinessProbe":"@core/v1.Probe","resources":"@core/v1.ResourceRequirements","securityContext":"@core/v1.SecurityContext","startupProbe":"@core/v1.Probe","stdin":"b","stdinOnce":"b","targetContainerName":"s","terminationMessagePath":"s","terminationMessagePolicy":"s","tty":"b","volumeDevices":"[]@core/v1.VolumeDevice","volumeMounts":"[]@core/v1.VolumeMount","workingDir":"s"},"r":["name"]}\n{"f":{"fsGroup":"i","fsGroupChangePolicy":"s","runAsGroup":"i","runAsNonRoot":"b","runAsUser":"i","seLinuxOptions":"@core/v1.SELinuxOptions","seccompProfile":"@core/v1.SeccompProfile","supplementalGroups":"[]i","sysctls":"[]@core/v1.Sysctl","windowsOptions":"@core/v1.WindowsSecurityContextOptions"}}\n{"f":{"nodeAffinity":"@core/v1.NodeAffinity","podAffinity":"@core/v1.PodAffinity","podAntiAffinity":"@core/v1.PodAntiAffinity"}}\n{"f":{"preferredDuringSchedulingIgnoredDuringExecution":"[]@core/v1.PreferredSchedulingTerm","requiredDuringSchedulingIgnoredDuringExecution":"@core/v1.NodeSelector"}}\n{"f":{"nodeSelectorTerms":"[]@core/v1.NodeSelectorTerm"},"r":["nodeSelectorTerms"]}\n{"f":{"matchExpressions":"[]@core/v1.NodeSelectorRequirement","matchFields":"[]@core/v1.NodeSelectorRequirement"}}\n{"f":{"preference":"@core/v1.NodeSelectorTerm","weight":"i"},"r":["preference","weight"]}\n{"f":{"preferredDuringSchedulingIgnoredDuringExecution":"[]@core/v1.WeightedPodAffinityTerm","requiredDuringSchedulingIgnoredDuringExecution":"[]@core/v1.PodAffinityTerm"}}\n{"f":{"labelSelector":"@meta/v1.LabelSelector","namespaces":"[]s","topologyKey":"s"},"r":["topologyKey"]}\n{"f":{"podAffinityTerm":"@core/v1.PodAffinityTerm","weight":"i"},"r":["podAffinityTerm","weight"]}\n{"f":{"effect":"s","key":"s","operator":"s","tolerationSeconds":"i","value":"s"}}\n{"f":{"hostnames":"[]s","ip":"s"}}\n{"f":{"nameservers":"[]s","options":"[]@core/v1.PodDNSConfigOption","searches":"[]s"}}\n{"f":{"name":"s","value":"s"}}\n{"f":{"conditionType":"s"},"r":["conditionType"]}\n{"f":{"labelSelector":"@meta/v1.LabelSelector","maxSkew":"i","topologyKey":"s","whenUnsatisfiable":"s"},"r":["maxSkew","topologyKey","whenUnsatisfiable"]}\n{"f":{"rollingUpdate":"@apps/v1.RollingUpdateDeployment","type":"s"}}\n{"f":{"maxSurge":"is","maxUnavailable":"is"}}\n{"f":{"availableReplicas":"i","collisionCount":"i","conditions":"[]@apps/v1.DeploymentCondition","observedGeneration":"i","readyReplicas":"i","replicas":"i","unavailableReplicas":"i","updatedReplicas":"i"}}\n{"f":{"lastTransitionTime":"t","lastUpdateTime":"t","message":"s","reason":"s","status":"s","type":"s"},"r":["status","type"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@apps/v1.StatefulSetSpec","status":"@apps/v1.StatefulSetStatus"}}\n{"f":{"podManagementPolicy":"s","replicas":"i","revisionHistoryLimit":"i","selector":"@meta/v1.LabelSelector","serviceName":"s","template":"@core/v1.PodTemplateSpec","updateStrategy":"@apps/v1.StatefulSetUpdateStrategy","volumeClaimTemplates":"[]@core/v1.PersistentVolumeClaim"},"r":["selector","serviceName","template"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@core/v1.PersistentVolumeClaimSpec","status":"@core/v1.PersistentVolumeClaimStatus"}}\n{"f":{"accessModes":"[]s","capacity":"{}q","conditions":"[]@core/v1.PersistentVolumeClaimCondition","phase":"s"}}\n{"f":{"lastProbeTime":"t","lastTransitionTime":"t","message":"s","reason":"s","status":"s","type":"s"},"r":["status","type"]}\n{"f":{"rollingUpdate":"@apps/v1.RollingUpdateStatefulSetStrategy","type":"s"}}\n{"f":{"partition":"i"}}\n{"f":{"collisionCount":"i","conditions":"[]@apps/v1.StatefulSetCondition","currentReplicas":"i","currentRevision":"s","observedGeneration":"i","readyReplicas":"i","replicas":"i","updateRevision":"s","updatedReplicas":"i"},"r":["replicas"]}\n{"f":{"lastTransitionTime":"t","message":"s","reason":"s","status":"s","type":"s"},"r":["status","type"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@apps/v1.DaemonSetSpec","status":"@apps/v1.DaemonSetStatus"}}\n{"f":{"minReadySeconds":"i","revisionHistoryLimit":"i","selector":"@meta/v1.LabelSelector","template":"@core/v1.PodTemplateSpec","updateStrategy":"@apps/v1.DaemonSetUpdateStrategy"},"r":["selector","template"]}\n{"f":{"rollingUpdate":"@apps/v1.RollingUpdateDaemonSet","type":"s"}}\n{"f":{"maxUnavailable":"is"}}\n{"f":{"collisionCount":"i","conditions":"[]@apps/v1.DaemonSetCondition","currentNumberScheduled":"i","desiredNumberScheduled":"i","numberAvailable":"i","numberMisscheduled":"i","numberReady":"i","numberUnavailable":"i","observedGeneration":"i","updatedNumberScheduled":"i"},"r":["currentNumberScheduled","desiredNumberScheduled","numberMisscheduled","numberReady"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@apps/v1.ReplicaSetSpec","status":"@apps/v1.ReplicaSetStatus"}}\n{"f":{"minReadySeconds":"i","replicas":"i","selector":"@meta/v1.LabelSelector","template":"@core/v1.PodTemplateSpec"},"r":["selector"]}\n{"f":{"availableReplicas":"i","conditions":"[]@apps/v1.ReplicaSetCondition","fullyLabeledReplicas":"i","observedGeneration":"i","readyReplicas":"i","replicas":"i"},"r":["replicas"]}\n{"f":{"apiVersion":"s","data":"any","kind":"s","metadata":"@meta/v1.ObjectMeta","revision":"i"},"r":["revision"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@apps/v1beta1.DeploymentSpec","status":"@apps/v1beta1.DeploymentStatus"}}\n{"f":{"minReadySeconds":"i","paused":"b","progressDeadlineSeconds":"i","replicas":"i","revisionHistoryLimit":"i","rollbackTo":"@apps/v1beta1.RollbackConfig","selector":"@meta/v1.LabelSelector","strategy":"@apps/v1beta1.DeploymentStrategy","template":"@core/v1.PodTemplateSpec"},"r":["template"]}\n{"f":{"rollingUpdate":"@apps/v1beta1.RollingUpdateDeployment","type":"s"}}\n{"f":{"revision":"i"}}\n{"f":{"availableReplicas":"i","collisionCount":"i","conditions":"[]@apps/v1beta1.DeploymentCondition","observedGeneration":"i","readyReplicas":"i","replicas":"i","unavailableReplicas":"i","updatedReplicas":"i"}}\n{"f":{"apiVersion":"s","kind":"s","name":"s","rollbackTo":"@apps/v1beta1.RollbackConfig","updatedAnnotations":"{}s"},"r":["name","rollbackTo"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@apps/v1beta1.ScaleSpec","status":"@apps/v1beta1.ScaleStatus"}}\n{"f":{"replicas":"i"}}\n{"f":{"replicas":"i","selector":"{}s","targetSelector":"s"},"r":["replicas"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@apps/v1beta1.StatefulSetSpec","status":"@apps/v1beta1.StatefulSetStatus"}}\n{"f":{"podManagementPolicy":"s","replicas":"i","revisionHistoryLimit":"i","selector":"@meta/v1.LabelSelector","serviceName":"s","template":"@core/v1.PodTemplateSpec","updateStrategy":"@apps/v1beta1.StatefulSetUpdateStrategy","volumeClaimTemplates":"[]@core/v1.PersistentVolumeClaim"},"r":["serviceName","template"]}\n{"f":{"rollingUpdate":"@apps/v1beta1.RollingUpdateStatefulSetStrategy","type":"s"}}\n{"f":{"collisionCount":"i","conditions":"[]@apps/v1beta1.StatefulSetCondition","currentReplicas":"i","currentRevision":"s","observedGeneration":"i","readyReplicas":"i","replicas":"i","updateRevision":"s","updatedReplicas":"i"},"r":["replicas"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@apps/v1beta2.DeploymentSpec","status":"@apps/v1beta2.DeploymentStatus"}}\n{"f":{"minReadySeconds":"i","paused":"b","progressDeadlineSeconds":"i","replicas":"i","revisionHistoryLimit":"i","selector":"@meta/v1.LabelSelector","strategy":"@apps/v1beta2.DeploymentStrategy","template":"@core/v1.PodTemplateSpec"},"r":["selector","template"]}\n{"f":{"rollingUpdate":"@apps/v1beta2.RollingUpdateDeployment","type":"s"}}\n{"f":{"availableReplicas":"i","collisionCount":"i","conditions":"[]@apps/v1beta2.DeploymentCondition","observedGeneration":"i","readyReplicas":"i","replicas":"i","unavailableReplicas":"i","updatedReplicas":"i"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@apps/v1beta2.ScaleSpec","status":"@apps/v1beta2.ScaleStatus"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@apps/v1beta2.StatefulSetSpec","status":"@apps/v1beta2.StatefulSetStatus"}}\n{"f":{"podManagementPolicy":"s","replicas":"i","revisionHistoryLimit":"i","selector":"@meta/v1.LabelSelector","serviceName":"s","template":"@core/v1.PodTemplateSpec","updateStrategy":"@apps/v1beta2.StatefulSetUpdateStrategy","volumeClaimTemplates":"[]@core/v1.PersistentVolumeClaim"},"r":["selector","serviceName","template"]}\n{"f":{"rollingUpdate":"@apps/v1beta2.RollingUpdateStatefulSetStrategy","type":"s"}}\n{"f":{"collisionCount":"i","conditions":"[]@apps/v1beta2.StatefulSetCondition","currentReplicas":"i","currentRevision":"s","observedGeneration":"i","readyReplicas":"i","replicas":"i","updateRevision":"s","updatedReplicas":"i"},"r":["replicas"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@apps/v1beta2.DaemonSetSpec","status":"@apps/v1beta2.DaemonSetStatus"}}\n{"f":{"minReadySeconds":"i","revisionHistoryLimit":"i","selector":"@meta/v1.LabelSelector","template":"@core/v1.PodTemplateSpec","updateStrategy":"@apps/v1beta2.DaemonSetUpdateStrategy"},"r":["selector","template"]}\n{"f":{"rollingUpdate":"@apps/v1beta2.RollingUpdateDaemonSet","type":"s"}}\n{"f":{"collisionCount":"i","conditions":"[]@apps/v1beta2.DaemonSetCondition","currentNumberScheduled":"i","desiredNumberScheduled":"i","numberAvailable":"i","numberMisscheduled":"i","numberReady":"i","numberUnavailable":"i","observedGeneration":"i","updatedNumberScheduled":"i"},"r":["currentNumberScheduled","desiredNumberScheduled","numberMisscheduled","numberReady"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@apps/v1beta2.ReplicaSetSpec","status":"@apps/v1beta2.ReplicaSetStatus"}}\n{"f":{"availableReplicas":"i","conditions":"[]@apps/v1beta2.ReplicaSetCondition","fullyLabeledReplicas":"i","observedGeneration":"i","readyReplicas":"i","replicas":"i"},"r":["replicas"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@authentication/v1.TokenReviewSpec","status":"@authentication/v1.TokenReviewStatus"},"r":["spec"]}\n{"f":{"audiences":"[]s","token":"s"}}\n{"f":{"audiences":"[]s","authenticated":"b","error":"s","user":"@authentication/v1.UserInfo"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@authentication/v1.TokenRequestSpec","status":"@authentication/v1.TokenRequestStatus"},"r":["spec"]}\n{"f":{"audiences":"[]s","boundObjectRef":"@authentication/v1.BoundObjectReference","expirationSeconds":"i"},"r":["audiences"]}\n{"f":{"apiVersion":"s","kind":"s","name":"s","uid":"s"}}\n{"f":{"expirationTimestamp":"t","token":"s"},"r":["expirationTimestamp","token"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@authentication/v1beta1.TokenReviewSpec","status":"@authentication/v1beta1.TokenReviewStatus"},"r":["spec"]}\n{"f":{"audiences":"[]s","authenticated":"b","error":"s","user":"@authentication/v1beta1.UserInfo"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@authorization/v1.SelfSubjectRulesReviewSpec","status":"@authorization/v1.SubjectRulesReviewStatus"},"r":["spec"]}\n{"f":{"namespace":"s"}}\n{"f":{"evaluationError":"s","incomplete":"b","nonResourceRules":"[]@authorization/v1.NonResourceRule","resourceRules":"[]@authorization/v1.ResourceRule"},"r":["incomplete","nonResourceRules","resourceRules"]}\n{"f":{"apiGroups":"[]s","resourceNames":"[]s","resources":"[]s","verbs":"[]s"},"r":["verbs"]}\n{"f":{"nonResourceURLs":"[]s","verbs":"[]s"},"r":["verbs"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@authorization/v1.SelfSubjectAccessReviewSpec","status":"@authorization/v1.SubjectAccessReviewStatus"},"r":["spec"]}\n{"f":{"nonResourceAttributes":"@authorization/v1.NonResourceAttributes","resourceAttributes":"@authorization/v1.ResourceAttributes"}}\n{"f":{"group":"s","name":"s","namespace":"s","resource":"s","subresource":"s","verb":"s","version":"s"}}\n{"f":{"path":"s","verb":"s"}}\n{"f":{"allowed":"b","denied":"b","evaluationError":"s","reason":"s"},"r":["allowed"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@authorization/v1.SubjectAccessReviewSpec","status":"@authorization/v1.SubjectAccessReviewStatus"},"r":["spec"]}\n{"f":{"extra":"{}[]s","groups":"[]s","nonResourceAttributes":"@authorization/v1.NonResourceAttributes","resourceAttributes":"@authorization/v1.ResourceAttributes","uid":"s","user":"s"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@authorization/v1beta1.SelfSubjectRulesReviewSpec","status":"@authorization/v1beta1.SubjectRulesReviewStatus"},"r":["spec"]}\n{"f":{"evaluationError":"s","incomplete":"b","nonResourceRules":"[]@authorization/v1beta1.NonResourceRule","resourceRules":"[]@authorization/v1beta1.ResourceRule"},"r":["incomplete","nonResourceRules","resourceRules"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@authorization/v1beta1.SelfSubjectAccessReviewSpec","status":"@authorization/v1beta1.SubjectAccessReviewStatus"},"r":["spec"]}\n{"f":{"nonResourceAttributes":"@authorization/v1beta1.NonResourceAttributes","resourceAttributes":"@authorization/v1beta1.ResourceAttributes"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@authorization/v1beta1.SubjectAccessReviewSpec","status":"@authorization/v1beta1.SubjectAccessReviewStatus"},"r":["spec"]}\n{"f":{"extra":"{}[]s","group":"[]s","nonResourceAttributes":"@authorization/v1beta1.NonResourceAttributes","resourceAttributes":"@authorization/v1beta1.ResourceAttributes","uid":"s","user":"s"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@autoscaling/v1.HorizontalPodAutoscalerSpec","status":"@autoscaling/v1.HorizontalPodAutoscalerStatus"}}\n{"f":{"maxReplicas":"i","minReplicas":"i","scaleTargetRef":"@autoscaling/v1.CrossVersionObjectReference","targetCPUUtilizationPercentage":"i"},"r":["maxReplicas","scaleTargetRef"]}\n{"f":{"apiVersion":"s","kind":"s","name":"s"},"r":["kind","name"]}\n{"f":{"currentCPUUtilizationPercentage":"i","currentReplicas":"i","desiredReplicas":"i","lastScaleTime":"t","observedGeneration":"i"},"r":["currentReplicas","desiredReplicas"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@autoscaling/v1.ScaleSpec","status":"@autoscaling/v1.ScaleStatus"}}\n{"f":{"replicas":"i","selector":"s"},"r":["replicas"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@autoscaling/v2beta1.HorizontalPodAutoscalerSpec","status":"@autoscaling/v2beta1.HorizontalPodAutoscalerStatus"}}\n{"f":{"maxReplicas":"i","metrics":"[]@autoscaling/v2beta1.MetricSpec","minReplicas":"i","scaleTargetRef":"@autoscaling/v2beta1.CrossVersionObjectReference"},"r":["maxReplicas","scaleTargetRef"]}\n{"f":{"external":"@autoscaling/v2beta1.ExternalMetricSource","object":"@autoscaling/v2beta1.ObjectMetricSource","pods":"@autoscaling/v2beta1.PodsMetricSource","resource":"@autoscaling/v2beta1.ResourceMetricSource","type":"s"},"r":["type"]}\n{"f":{"averageValue":"q","metricName":"s","selector":"@meta/v1.LabelSelector","target":"@autoscaling/v2beta1.CrossVersionObjectReference","targetValue":"q"},"r":["metricName","target","targetValue"]}\n{"f":{"metricName":"s","selector":"@meta/v1.LabelSelector","targetAverageValue":"q"},"r":["metricName","targetAverageValue"]}\n{"f":{"name":"s","targetAverageUtilization":"i","targetAverageValue":"q"},"r":["name"]}\n{"f":{"metricName":"s","metricSelector":"@meta/v1.LabelSelector","targetAverageValue":"q","targetValue":"q"},"r":["metricName"]}\n{"f":{"conditions":"[]@autoscaling/v2beta1.HorizontalPodAutoscalerCondition","currentMetrics":"[]@autoscaling/v2beta1.MetricStatus","currentReplicas":"i","desiredReplicas":"i","lastScaleTime":"t","observedGeneration":"i"},"r":["conditions","currentReplicas","desiredReplicas"]}\n{"f":{"external":"@autoscaling/v2beta1.ExternalMetricStatus","object":"@autoscaling/v2beta1.ObjectMetricStatus","pods":"@autoscaling/v2beta1.PodsMetricStatus","resource":"@autoscaling/v2beta1.ResourceMetricStatus","type":"s"},"r":["type"]}\n{"f":{"averageValue":"q","currentValue":"q","metricName":"s","selector":"@meta/v1.LabelSelector","target":"@autoscaling/v2beta1.CrossVersionObjectReference"},"r":["currentValue","metricName","target"]}\n{"f":{"currentAverageValue":"q","metricName":"s","selector":"@meta/v1.LabelSelector"},"r":["currentAverageValue","metricName"]}\n{"f":{"currentAverageUtilization":"i","currentAverageValue":"q","name":"s"},"r":["currentAverageValue","name"]}\n{"f":{"currentAverageValue":"q","currentValue":"q","metricName":"s","metricSelector":"@meta/v1.LabelSelector"},"r":["currentValue","metricName"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@autoscaling/v2beta2.HorizontalPodAutoscalerSpec","status":"@autoscaling/v2beta2.HorizontalPodAutoscalerStatus"}}\n{"f":{"behavior":"@autoscaling/v2beta2.HorizontalPodAutoscalerBehavior","maxReplicas":"i","metrics":"[]@autoscaling/v2beta2.MetricSpec","minReplicas":"i","scaleTargetRef":"@autoscaling/v2beta2.CrossVersionObjectReference"},"r":["maxReplicas","scaleTargetRef"]}\n{"f":{"external":"@autoscaling/v2beta2.ExternalMetricSource","object":"@autoscaling/v2beta2.ObjectMetricSource","pods":"@autoscaling/v2beta2.PodsMetricSource","resource":"@autoscaling/v2beta2.ResourceMetricSource","type":"s"},"r":["type"]}\n{"f":{"describedObject":"@autoscaling/v2beta2.CrossVersionObjectReference","metric":"@autoscaling/v2beta2.MetricIdentifier","target":"@autoscaling/v2beta2.MetricTarget"},"r":["describedObject","metric","target"]}\n{"f":{"averageUtilization":"i","averageValue":"q","type":"s","value":"q"},"r":["type"]}\n{"f":{"name":"s","selector":"@meta/v1.LabelSelector"},"r":["name"]}\n{"f":{"metric":"@autoscaling/v2beta2.MetricIdentifier","target":"@autoscaling/v2beta2.MetricTarget"},"r":["metric","target"]}\n{"f":{"name":"s","target":"@autoscaling/v2beta2.MetricTarget"},"r":["name","target"]}\n{"f":{"scaleDown":"@autoscaling/v2beta2.HPAScalingRules","scaleUp":"@autoscaling/v2beta2.HPAScalingRules"}}\n{"f":{"policies":"[]@autoscaling/v2beta2.HPAScalingPolicy","selectPolicy":"s","stabilizationWindowSeconds":"i"}}\n{"f":{"periodSeconds":"i","type":"s","value":"i"},"r":["periodSeconds","type","value"]}\n{"f":{"conditions":"[]@autoscaling/v2beta2.HorizontalPodAutoscalerCondition","currentMetrics":"[]@autoscaling/v2beta2.MetricStatus","currentReplicas":"i","desiredReplicas":"i","lastScaleTime":"t","observedGeneration":"i"},"r":["conditions","currentReplicas","desiredReplicas"]}\n{"f":{"external":"@autoscaling/v2beta2.ExternalMetricStatus","object":"@autoscaling/v2beta2.ObjectMetricStatus","pods":"@autoscaling/v2beta2.PodsMetricStatus","resource":"@autoscaling/v2beta2.ResourceMetricStatus","type":"s"},"r":["type"]}\n{"f":{"current":"@autoscaling/v2beta2.MetricValueStatus","describedObject":"@autoscaling/v2beta2.CrossVersionObjectReference","metric":"@autoscaling/v2beta2.MetricIdentifier"},"r":["current","describedObject","metric"]}\n{"f":{"averageUtilization":"i","averageValue":"q","value":"q"}}\n{"f":{"current":"@autoscaling/v2beta2.MetricValueStatus","metric":"@autoscaling/v2beta2.MetricIdentifier"},"r":["current","metric"]}\n{"f":{"current":"@autoscaling/v2beta2.MetricValueStatus","name":"s"},"r":["current","name"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@batch/v1.JobSpec","status":"@batch/v1.JobStatus"}}\n{"f":{"activeDeadlineSeconds":"i","backoffLimit":"i","completions":"i","manualSelector":"b","parallelism":"i","selector":"@meta/v1.LabelSelector","template":"@core/v1.PodTemplateSpec","ttlSecondsAfterFinished":"i"},"r":["template"]}\n{"f":{"active":"i","completionTime":"t","conditions":"[]@batch/v1.JobCondition","failed":"i","startTime":"t","succeeded":"i"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","template":"@batch/v1beta1.JobTemplateSpec"}}\n{"f":{"metadata":"@meta/v1.ObjectMeta","spec":"@batch/v1.JobSpec"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@batch/v1beta1.CronJobSpec","status":"@batch/v1beta1.CronJobStatus"}}\n{"f":{"concurrencyPolicy":"s","failedJobsHistoryLimit":"i","jobTemplate":"@batch/v1beta1.JobTemplateSpec","schedule":"s","startingDeadlineSeconds":"i","successfulJobsHistoryLimit":"i","suspend":"b"},"r":["jobTemplate","schedule"]}\n{"f":{"active":"[]@core/v1.ObjectReference","lastScheduleTime":"t"}}\n{"f":{"apiVersion":"s","fieldPath":"s","kind":"s","name":"s","namespace":"s","resourceVersion":"s","uid":"s"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","template":"@batch/v2alpha1.JobTemplateSpec"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@batch/v2alpha1.CronJobSpec","status":"@batch/v2alpha1.CronJobStatus"}}\n{"f":{"concurrencyPolicy":"s","failedJobsHistoryLimit":"i","jobTemplate":"@batch/v2alpha1.JobTemplateSpec","schedule":"s","startingDeadlineSeconds":"i","successfulJobsHistoryLimit":"i","suspend":"b"},"r":["jobTemplate","schedule"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@certificates/v1.CertificateSigningRequestSpec","status":"@certificates/v1.CertificateSigningRequestStatus"},"r":["spec"]}\n{"f":{"extra":"{}[]s","groups":"[]s","request":"s","signerName":"s","uid":"s","usages":"[]s","username":"s"},"r":["request","signerName"]}\n{"f":{"certificate":"s","conditions":"[]@certificates/v1.CertificateSigningRequestCondition"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@certificates/v1beta1.CertificateSigningRequestSpec","status":"@certificates/v1beta1.CertificateSigningRequestStatus"}}\n{"f":{"extra":"{}[]s","groups":"[]s","request":"s","signerName":"s","uid":"s","usages":"[]s","username":"s"},"r":["request"]}\n{"f":{"certificate":"s","conditions":"[]@certificates/v1beta1.CertificateSigningRequestCondition"}}\n{"f":{"lastTransitionTime":"t","lastUpdateTime":"t","message":"s","reason":"s","status":"s","type":"s"},"r":["type"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@coordination/v1.LeaseSpec"}}\n{"f":{"acquireTime":"t","holderIdentity":"s","leaseDurationSeconds":"i","leaseTransitions":"i","renewTime":"t"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@coordination/v1beta1.LeaseSpec"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@core/v1.PodSpec","status":"@core/v1.PodStatus"}}\n{"f":{"conditions":"[]@core/v1.PodCondition","containerStatuses":"[]@core/v1.ContainerStatus","ephemeralContainerStatuses":"[]@core/v1.ContainerStatus","hostIP":"s","initContainerStatuses":"[]@core/v1.ContainerStatus","message":"s","nominatedNodeName":"s","phase":"s","podIP":"s","podIPs":"[]@core/v1.PodIP","qosClass":"s","reason":"s","startTime":"t"}}\n{"f":{"ip":"s"}}\n{"f":{"containerID":"s","image":"s","imageID":"s","lastState":"@core/v1.ContainerState","name":"s","ready":"b","restartCount":"i","started":"b","state":"@core/v1.ContainerState"},"r":["image","imageID","name","ready","restartCount"]}\n{"f":{"running":"@core/v1.ContainerStateRunning","terminated":"@core/v1.ContainerStateTerminated","waiting":"@core/v1.ContainerStateWaiting"}}\n{"f":{"message":"s","reason":"s"}}\n{"f":{"startedAt":"t"}}\n{"f":{"containerID":"s","exitCode":"i","finishedAt":"t","message":"s","reason":"s","signal":"i","startedAt":"t"},"r":["exitCode"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","status":"@core/v1.PodStatus"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","template":"@core/v1.PodTemplateSpec"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@core/v1.ReplicationControllerSpec","status":"@core/v1.ReplicationControllerStatus"}}\n{"f":{"minReadySeconds":"i","replicas":"i","selector":"{}s","template":"@core/v1.PodTemplateSpec"}}\n{"f":{"availableReplicas":"i","conditions":"[]@core/v1.ReplicationControllerCondition","fullyLabeledReplicas":"i","observedGeneration":"i","readyReplicas":"i","replicas":"i"},"r":["replicas"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@core/v1.ServiceSpec","status":"@core/v1.ServiceStatus"}}\n{"f":{"clusterIP":"s","externalIPs":"[]s","externalName":"s","externalTrafficPolicy":"s","healthCheckNodePort":"i","ipFamily":"s","loadBalancerIP":"s","loadBalancerSourceRanges":"[]s","ports":"[]@core/v1.ServicePort","publishNotReadyAddresses":"b","selector":"{}s","sessionAffinity":"s","sessionAffinityConfig":"@core/v1.SessionAffinityConfig","topologyKeys":"[]s","type":"s"}}\n{"f":{"appProtocol":"s","name":"s","nodePort":"i","port":"i","protocol":"s","targetPort":"is"},"r":["port"]}\n{"f":{"clientIP":"@core/v1.ClientIPConfig"}}\n{"f":{"timeoutSeconds":"i"}}\n{"f":{"loadBalancer":"@core/v1.LoadBalancerStatus"}}\n{"f":{"ingress":"[]@core/v1.LoadBalancerIngress"}}\n{"f":{"hostname":"s","ip":"s"}}\n{"f":{"apiVersion":"s","kind":"s","path":"s"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","subsets":"[]@core/v1.EndpointSubset"}}\n{"f":{"addresses":"[]@core/v1.EndpointAddress","notReadyAddresses":"[]@core/v1.EndpointAddress","ports":"[]@core/v1.EndpointPort"}}\n{"f":{"hostname":"s","ip":"s","nodeName":"s","targetRef":"@core/v1.ObjectReference"},"r":["ip"]}\n{"f":{"appProtocol":"s","name":"s","port":"i","protocol":"s"},"r":["port"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@core/v1.NodeSpec","status":"@core/v1.NodeStatus"}}\n{"f":{"configSource":"@core/v1.NodeConfigSource","externalID":"s","podCIDR":"s","podCIDRs":"[]s","providerID":"s","taints":"[]@core/v1.Taint","unschedulable":"b"}}\n{"f":{"effect":"s","key":"s","timeAdded":"t","value":"s"},"r":["effect","key"]}\n{"f":{"configMap":"@core/v1.ConfigMapNodeConfigSource"}}\n{"f":{"kubeletConfigKey":"s","name":"s","namespace":"s","resourceVersion":"s","uid":"s"},"r":["kubeletConfigKey","name","namespace"]}\n{"f":{"addresses":"[]@core/v1.NodeAddress","allocatable":"{}q","capacity":"{}q","conditions":"[]@core/v1.NodeCondition","config":"@core/v1.NodeConfigStatus","daemonEndpoints":"@core/v1.NodeDaemonEndpoints","images":"[]@core/v1.ContainerImage","nodeInfo":"@core/v1.NodeSystemInfo","phase":"s","volumesAttached":"[]@core/v1.AttachedVolume","volumesInUse":"[]s"}}\n{"f":{"lastHeartbeatTime":"t","lastTransitionTime":"t","message":"s","reason":"s","status":"s","type":"s"},"r":["status","type"]}\n{"f":{"address":"s","type":"s"},"r":["address","type"]}\n{"f":{"kubeletEndpoint":"@core/v1.DaemonEndpoint"}}\n{"f":{"Port":"i"},"r":["Port"]}\n{"f":{"architecture":"s","bootID":"s","containerRuntimeVersion":"s","kernelVersion":"s","kubeProxyVersion":"s","kubeletVersion":"s","machineID":"s","operatingSystem":"s","osImage":"s","systemUUID":"s"},"r":["architecture","bootID","containerRuntimeVersion","kernelVersion","kubeProxyVersion","kubeletVersion","machineID","operatingSystem","osImage","systemUUID"]}\n{"f":{"names":"[]s","sizeBytes":"i"},"r":["names"]}\n{"f":{"active":"@core/v1.NodeConfigSource","assigned":"@core/v1.NodeConfigSource","error":"s","lastKnownGood":"@core/v1.NodeConfigSource"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","target":"@core/v1.ObjectReference"},"r":["target"]}\n{"f":{"action":"s","apiVersion":"s","count":"i","eventTime":"t","firstTimestamp":"t","involvedObject":"@core/v1.ObjectReference","kind":"s","lastTimestamp":"t","message":"s","metadata":"@meta/v1.ObjectMeta","reason":"s","related":"@core/v1.ObjectReference","reportingComponent":"s","reportingInstance":"s","series":"@core/v1.EventSeries","source":"@core/v1.EventSource","type":"s"},"r":["involvedObject","metadata"]}\n{"f":{"component":"s","host":"s"}}\n{"f":{"count":"i","lastObservedTime":"t"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@core/v1.LimitRangeSpec"}}\n{"f":{"limits":"[]@core/v1.LimitRangeItem"},"r":["limits"]}\n{"f":{"default":"{}q","defaultRequest":"{}q","max":"{}q","maxLimitRequestRatio":"{}q","min":"{}q","type":"s"},"r":["type"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@core/v1.ResourceQuotaSpec","status":"@core/v1.ResourceQuotaStatus"}}\n{"f":{"hard":"{}q","scopeSelector":"@core/v1.ScopeSelector","scopes":"[]s"}}\n{"f":{"matchExpressions":"[]@core/v1.ScopedResourceSelectorRequirement"}}\n{"f":{"operator":"s","scopeName":"s","values":"[]s"},"r":["operator","scopeName"]}\n{"f":{"hard":"{}q","used":"{}q"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@core/v1.NamespaceSpec","status":"@core/v1.NamespaceStatus"}}\n{"f":{"finalizers":"[]s"}}\n{"f":{"conditions":"[]@core/v1.NamespaceCondition","phase":"s"}}\n{"f":{"apiVersion":"s","data":"{}s","immutable":"b","kind":"s","metadata":"@meta/v1.ObjectMeta","stringData":"{}s","type":"s"}}\n{"f":{"apiVersion":"s","automountServiceAccountToken":"b","imagePullSecrets":"[]@core/v1.LocalObjectReference","kind":"s","metadata":"@meta/v1.ObjectMeta","secrets":"[]@core/v1.ObjectReference"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@core/v1.PersistentVolumeSpec","status":"@core/v1.PersistentVolumeStatus"}}\n{"f":{"accessModes":"[]s","awsElasticBlockStore":"@core/v1.AWSElasticBlockStoreVolumeSource","azureDisk":"@core/v1.AzureDiskVolumeSource","azureFile":"@core/v1.AzureFilePersistentVolumeSource","capacity":"{}q","cephfs":"@core/v1.CephFSPersistentVolumeSource","cinder":"@core/v1.CinderPersistentVolumeSource","claimRef":"@core/v1.ObjectReference","csi":"@core/v1.CSIPersistentVolumeSource","fc":"@core/v1.FCVolumeSource","flexVolume":"@core/v1.FlexPersistentVolumeSource","flocker":"@core/v1.FlockerVolumeSource","gcePersistentDisk":"@core/v1.GCEPersistentDiskVolumeSource","glusterfs":"@core/v1.GlusterfsPersistentVolumeSource","hostPath":"@core/v1.HostPathVolumeSource","iscsi":"@core/v1.ISCSIPersistentVolumeSource","local":"@core/v1.LocalVolumeSource","mountOptions":"[]s","nfs":"@core/v1.NFSVolumeSource","nodeAffinity":"@core/v1.VolumeNodeAffinity","persistentVolumeReclaimPolicy":"s","photonPersistentDisk":"@core/v1.PhotonPersistentDiskVolumeSource","portworxVolume":"@core/v1.PortworxVolumeSource","quobyte":"@core/v1.QuobyteVolumeSource","rbd":"@core/v1.RBDPersistentVolumeSource","scaleIO":"@core/v1.ScaleIOPersistentVolumeSource","storageClassName":"s","storageos":"@core/v1.StorageOSPersistentVolumeSource","volumeMode":"s","vsphereVolume":"@core/v1.VsphereVirtualDiskVolumeSource"}}\n{"f":{"endpoints":"s","endpointsNamespace":"s","path":"s","readOnly":"b"},"r":["endpoints","path"]}\n{"f":{"fsType":"s","image":"s","keyring":"s","monitors":"[]s","pool":"s","readOnly":"b","secretRef":"@core/v1.SecretReference","user":"s"},"r":["image","monitors"]}\n{"f":{"name":"s","namespace":"s"}}\n{"f":{"chapAuthDiscovery":"b","chapAuthSession":"b","fsType":"s","initiatorName":"s","iqn":"s","iscsiInterface":"s","lun":"i","portals":"[]s","readOnly":"b","secretRef":"@core/v1.SecretReference","targetPortal":"s"},"r":["iqn","lun","targetPortal"]}\n{"f":{"fsType":"s","readOnly":"b","secretRef":"@core/v1.SecretReference","volumeID":"s"},"r":["volumeID"]}\n{"f":{"monitors":"[]s","path":"s","readOnly":"b","secretFile":"s","secretRef":"@core/v1.SecretReference","user":"s"},"r":["monitors"]}\n{"f":{"driver":"s","fsType":"s","options":"{}s","readOnly":"b","secretRef":"@core/v1.SecretReference"},"r":["driver"]}\n{"f":{"readOnly":"b","secretName":"s","secretNamespace":"s","shareName":"s"},"r":["secretName","shareName"]}\n{"f":{"fsType":"s","gateway":"s","protectionDomain":"s","readOnly":"b","secretRef":"@core/v1.SecretReference","sslEnabled":"b","storageMode":"s","storagePool":"s","system":"s","volumeName":"s"},"r":["gateway","secretRef","system"]}\n{"f":{"fsType":"s","path":"s"},"r":["path"]}\n{"f":{"fsType":"s","readOnly":"b","secretRef":"@core/v1.ObjectReference","volumeName":"s","volumeNamespace":"s"}}\n{"f":{"controllerExpandSecretRef":"@core/v1.SecretReference","controllerPublishSecretRef":"@core/v1.SecretReference","driver":"s","fsType":"s","nodePublishSecretRef":"@core/v1.SecretReference","nodeStageSecretRef":"@core/v1.SecretReference","readOnly":"b","volumeAttributes":"{}s","volumeHandle":"s"},"r":["driver","volumeHandle"]}\n{"f":{"required":"@core/v1.NodeSelector"}}\n{"f":{"message":"s","phase":"s","reason":"s"}}\n{"f":{"apiVersion":"s","container":"s","kind":"s","stderr":"b","stdin":"b","stdout":"b","tty":"b"}}\n{"f":{"apiVersion":"s","container":"s","follow":"b","insecureSkipTLSVerifyBackend":"b","kind":"s","limitBytes":"i","previous":"b","sinceSeconds":"i","sinceTime":"t","tailLines":"i","timestamps":"b"}}\n{"f":{"apiVersion":"s","command":"[]s","container":"s","kind":"s","stderr":"b","stdin":"b","stdout":"b","tty":"b"},"r":["command"]}\n{"f":{"apiVersion":"s","kind":"s","ports":"[]i"}}\n{"f":{"apiVersion":"s","conditions":"[]@core/v1.ComponentCondition","kind":"s","metadata":"@meta/v1.ObjectMeta"}}\n{"f":{"error":"s","message":"s","status":"s","type":"s"},"r":["status","type"]}\n{"f":{"apiVersion":"s","kind":"s","reference":"@core/v1.ObjectReference"}}\n{"f":{"apiVersion":"s","data":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","range":"s"},"r":["data","range"]}\n{"f":{"apiVersion":"s","binaryData":"{}s","data":"{}s","immutable":"b","kind":"s","metadata":"@meta/v1.ObjectMeta"}}\n{"f":{"apiVersion":"s","ephemeralContainers":"[]@core/v1.EphemeralContainer","kind":"s","metadata":"@meta/v1.ObjectMeta"},"r":["ephemeralContainers"]}\n{"f":{"addressType":"s","apiVersion":"s","endpoints":"[]@discovery/v1alpha1.Endpoint","kind":"s","metadata":"@meta/v1.ObjectMeta","ports":"[]@discovery/v1alpha1.EndpointPort"},"r":["addressType","endpoints"]}\n{"f":{"addresses":"[]s","conditions":"@discovery/v1alpha1.EndpointConditions","hostname":"s","targetRef":"@core/v1.ObjectReference","topology":"{}s"},"r":["addresses"]}\n{"f":{"ready":"b"}}\n{"f":{"appProtocol":"s","name":"s","port":"i","protocol":"s"}}\n{"f":{"addressType":"s","apiVersion":"s","endpoints":"[]@discovery/v1beta1.Endpoint","kind":"s","metadata":"@meta/v1.ObjectMeta","ports":"[]@discovery/v1beta1.EndpointPort"},"r":["addressType","endpoints"]}\n{"f":{"addresses":"[]s","conditions":"@discovery/v1beta1.EndpointConditions","hostname":"s","targetRef":"@core/v1.ObjectReference","topology":"{}s"},"r":["addresses"]}\n{"f":{"action":"s","apiVersion":"s","deprecatedCount":"i","deprecatedFirstTimestamp":"t","deprecatedLastTimestamp":"t","deprecatedSource":"@core/v1.EventSource","eventTime":"t","kind":"s","metadata":"@meta/v1.ObjectMeta","note":"s","reason":"s","regarding":"@core/v1.ObjectReference","related":"@core/v1.ObjectReference","reportingController":"s","reportingInstance":"s","series":"@events/v1.EventSeries","type":"s"},"r":["eventTime"]}\n{"f":{"count":"i","lastObservedTime":"t"},"r":["count","lastObservedTime"]}\n{"f":{"action":"s","apiVersion":"s","deprecatedCount":"i","deprecatedFirstTimestamp":"t","deprecatedLastTimestamp":"t","deprecatedSource":"@core/v1.EventSource","eventTime":"t","kind":"s","metadata":"@meta/v1.ObjectMeta","note":"s","reason":"s","regarding":"@core/v1.ObjectReference","related":"@core/v1.ObjectReference","reportingController":"s","reportingInstance":"s","series":"@events/v1beta1.EventSeries","type":"s"},"r":["eventTime"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@extensions/v1beta1.DeploymentSpec","status":"@extensions/v1beta1.DeploymentStatus"}}\n{"f":{"minReadySeconds":"i","paused":"b","progressDeadlineSeconds":"i","replicas":"i","revisionHistoryLimit":"i","rollbackTo":"@extensions/v1beta1.RollbackConfig","selector":"@meta/v1.LabelSelector","strategy":"@extensions/v1beta1.DeploymentStrategy","template":"@core/v1.PodTemplateSpec"},"r":["template"]}\n{"f":{"rollingUpdate":"@extensions/v1beta1.RollingUpdateDeployment","type":"s"}}\n{"f":{"availableReplicas":"i","collisionCount":"i","conditions":"[]@extensions/v1beta1.DeploymentCondition","observedGeneration":"i","readyReplicas":"i","replicas":"i","unavailableReplicas":"i","updatedReplicas":"i"}}\n{"f":{"apiVersion":"s","kind":"s","name":"s","rollbackTo":"@extensions/v1beta1.RollbackConfig","updatedAnnotations":"{}s"},"r":["name","rollbackTo"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@extensions/v1beta1.ScaleSpec","status":"@extensions/v1beta1.ScaleStatus"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@extensions/v1beta1.DaemonSetSpec","status":"@extensions/v1beta1.DaemonSetStatus"}}\n{"f":{"minReadySeconds":"i","revisionHistoryLimit":"i","selector":"@meta/v1.LabelSelector","template":"@core/v1.PodTemplateSpec","templateGeneration":"i","updateStrategy":"@extensions/v1beta1.DaemonSetUpdateStrategy"},"r":["template"]}\n{"f":{"rollingUpdate":"@extensions/v1beta1.RollingUpdateDaemonSet","type":"s"}}\n{"f":{"collisionCount":"i","conditions":"[]@extensions/v1beta1.DaemonSetCondition","currentNumberScheduled":"i","desiredNumberScheduled":"i","numberAvailable":"i","numberMisscheduled":"i","numberReady":"i","numberUnavailable":"i","observedGeneration":"i","updatedNumberScheduled":"i"},"r":["currentNumberScheduled","desiredNumberScheduled","numberMisscheduled","numberReady"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@extensions/v1beta1.IngressSpec","status":"@extensions/v1beta1.IngressStatus"}}\n{"f":{"backend":"@extensions/v1beta1.IngressBackend","ingressClassName":"s","rules":"[]@extensions/v1beta1.IngressRule","tls":"[]@extensions/v1beta1.IngressTLS"}}\n{"f":{"resource":"@core/v1.TypedLocalObjectReference","serviceName":"s","servicePort":"is"}}\n{"f":{"hosts":"[]s","secretName":"s"}}\n{"f":{"host":"s","http":"@extensions/v1beta1.HTTPIngressRuleValue"}}\n{"f":{"paths":"[]@extensions/v1beta1.HTTPIngressPath"},"r":["paths"]}\n{"f":{"backend":"@extensions/v1beta1.IngressBackend","path":"s","pathType":"s"},"r":["backend"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@extensions/v1beta1.ReplicaSetSpec","status":"@extensions/v1beta1.ReplicaSetStatus"}}\n{"f":{"minReadySeconds":"i","replicas":"i","selector":"@meta/v1.LabelSelector","template":"@core/v1.PodTemplateSpec"}}\n{"f":{"availableReplicas":"i","conditions":"[]@extensions/v1beta1.ReplicaSetCondition","fullyLabeledReplicas":"i","observedGeneration":"i","readyReplicas":"i","replicas":"i"},"r":["replicas"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@extensions/v1beta1.PodSecurityPolicySpec"}}\n{"f":{"allowPrivilegeEscalation":"b","allowedCSIDrivers":"[]@extensions/v1beta1.AllowedCSIDriver","allowedCapabilities":"[]s","allowedFlexVolumes":"[]@extensions/v1beta1.AllowedFlexVolume","allowedHostPaths":"[]@extensions/v1beta1.AllowedHostPath","allowedProcMountTypes":"[]s","allowedUnsafeSysctls":"[]s","defaultAddCapabilities":"[]s","defaultAllowPrivilegeEscalation":"b","forbiddenSysctls":"[]s","fsGroup":"@extensions/v1beta1.FSGroupStrategyOptions","hostIPC":"b","hostNetwork":"b","hostPID":"b","hostPorts":"[]@extensions/v1beta1.HostPortRange","privileged":"b","readOnlyRootFilesystem":"b","requiredDropCapabilities":"[]s","runAsGroup":"@extensions/v1beta1.RunAsGroupStrategyOptions","runAsUser":"@extensions/v1beta1.RunAsUserStrategyOptions","runtimeClass":"@extensions/v1beta1.RuntimeClassStrategyOptions","seLinux":"@extensions/v1beta1.SELinuxStrategyOptions","supplementalGroups":"@extensions/v1beta1.SupplementalGroupsStrategyOptions","volumes":"[]s"},"r":["fsGroup","runAsUser","seLinux","supplementalGroups"]}\n{"f":{"max":"i","min":"i"},"r":["max","min"]}\n{"f":{"rule":"s","seLinuxOptions":"@core/v1.SELinuxOptions"},"r":["rule"]}\n{"f":{"ranges":"[]@extensions/v1beta1.IDRange","rule":"s"},"r":["rule"]}\n{"f":{"ranges":"[]@extensions/v1beta1.IDRange","rule":"s"}}\n{"f":{"pathPrefix":"s","readOnly":"b"}}\n{"f":{"driver":"s"},"r":["driver"]}\n{"f":{"name":"s"},"r":["name"]}\n{"f":{"allowedRuntimeClassNames":"[]s","defaultRuntimeClassName":"s"},"r":["allowedRuntimeClassNames"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@extensions/v1beta1.NetworkPolicySpec"}}\n{"f":{"egress":"[]@extensions/v1beta1.NetworkPolicyEgressRule","ingress":"[]@extensions/v1beta1.NetworkPolicyIngressRule","podSelector":"@meta/v1.LabelSelector","policyTypes":"[]s"},"r":["podSelector"]}\n{"f":{"from":"[]@extensions/v1beta1.NetworkPolicyPeer","ports":"[]@extensions/v1beta1.NetworkPolicyPort"}}\n{"f":{"port":"is","protocol":"s"}}\n{"f":{"ipBlock":"@extensions/v1beta1.IPBlock","namespaceSelector":"@meta/v1.LabelSelector","podSelector":"@meta/v1.LabelSelector"}}\n{"f":{"cidr":"s","except":"[]s"},"r":["cidr"]}\n{"f":{"ports":"[]@extensions/v1beta1.NetworkPolicyPort","to":"[]@extensions/v1beta1.NetworkPolicyPeer"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@flowcontrol/v1alpha1.FlowSchemaSpec","status":"@flowcontrol/v1alpha1.FlowSchemaStatus"}}\n{"f":{"distinguisherMethod":"@flowcontrol/v1alpha1.FlowDistinguisherMethod","matchingPrecedence":"i","priorityLevelConfiguration":"@flowcontrol/v1alpha1.PriorityLevelConfigurationReference","rules":"[]@flowcontrol/v1alpha1.PolicyRulesWithSubjects"},"r":["priorityLevelConfiguration"]}\n{"f":{"type":"s"},"r":["type"]}\n{"f":{"nonResourceRules":"[]@flowcontrol/v1alpha1.NonResourcePolicyRule","resourceRules":"[]@flowcontrol/v1alpha1.ResourcePolicyRule","subjects":"[]@flowcontrol/v1alpha1.Subject"},"r":["subjects"]}\n{"f":{"group":"@flowcontrol/v1alpha1.GroupSubject","kind":"s","serviceAccount":"@flowcontrol/v1alpha1.ServiceAccountSubject","user":"@flowcontrol/v1alpha1.UserSubject"},"r":["kind"]}\n{"f":{"name":"s","namespace":"s"},"r":["name","namespace"]}\n{"f":{"apiGroups":"[]s","clusterScope":"b","namespaces":"[]s","resources":"[]s","verbs":"[]s"},"r":["apiGroups","resources","verbs"]}\n{"f":{"nonResourceURLs":"[]s","verbs":"[]s"},"r":["nonResourceURLs","verbs"]}\n{"f":{"conditions":"[]@flowcontrol/v1alpha1.FlowSchemaCondition"}}\n{"f":{"lastTransitionTime":"t","message":"s","reason":"s","status":"s","type":"s"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@flowcontrol/v1alpha1.PriorityLevelConfigurationSpec","status":"@flowcontrol/v1alpha1.PriorityLevelConfigurationStatus"}}\n{"f":{"limited":"@flowcontrol/v1alpha1.LimitedPriorityLevelConfiguration","type":"s"},"r":["type"]}\n{"f":{"assuredConcurrencyShares":"i","limitResponse":"@flowcontrol/v1alpha1.LimitResponse"}}\n{"f":{"queuing":"@flowcontrol/v1alpha1.QueuingConfiguration","type":"s"},"r":["type"]}\n{"f":{"handSize":"i","queueLengthLimit":"i","queues":"i"}}\n{"f":{"conditions":"[]@flowcontrol/v1alpha1.PriorityLevelConfigurationCondition"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@imagepolicy/v1alpha1.ImageReviewSpec","status":"@imagepolicy/v1alpha1.ImageReviewStatus"},"r":["spec"]}\n{"f":{"annotations":"{}s","containers":"[]@imagepolicy/v1alpha1.ImageReviewContainerSpec","namespace":"s"}}\n{"f":{"image":"s"}}\n{"f":{"allowed":"b","auditAnnotations":"{}s","reason":"s"},"r":["allowed"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@networking/v1.IngressSpec","status":"@networking/v1.IngressStatus"}}\n{"f":{"defaultBackend":"@networking/v1.IngressBackend","ingressClassName":"s","rules":"[]@networking/v1.IngressRule","tls":"[]@networking/v1.IngressTLS"}}\n{"f":{"resource":"@core/v1.TypedLocalObjectReference","service":"@networking/v1.IngressServiceBackend"}}\n{"f":{"name":"s","port":"@networking/v1.ServiceBackendPort"},"r":["name"]}\n{"f":{"name":"s","number":"i"}}\n{"f":{"host":"s","http":"@networking/v1.HTTPIngressRuleValue"}}\n{"f":{"paths":"[]@networking/v1.HTTPIngressPath"},"r":["paths"]}\n{"f":{"backend":"@networking/v1.IngressBackend","path":"s","pathType":"s"},"r":["backend"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@networking/v1.IngressClassSpec"}}\n{"f":{"controller":"s","parameters":"@core/v1.TypedLocalObjectReference"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@networking/v1.NetworkPolicySpec"}}\n{"f":{"egress":"[]@networking/v1.NetworkPolicyEgressRule","ingress":"[]@networking/v1.NetworkPolicyIngressRule","podSelector":"@meta/v1.LabelSelector","policyTypes":"[]s"},"r":["podSelector"]}\n{"f":{"from":"[]@networking/v1.NetworkPolicyPeer","ports":"[]@networking/v1.NetworkPolicyPort"}}\n{"f":{"ipBlock":"@networking/v1.IPBlock","namespaceSelector":"@meta/v1.LabelSelector","podSelector":"@meta/v1.LabelSelector"}}\n{"f":{"ports":"[]@networking/v1.NetworkPolicyPort","to":"[]@networking/v1.NetworkPolicyPeer"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@networking/v1beta1.IngressSpec","status":"@networking/v1beta1.IngressStatus"}}\n{"f":{"backend":"@networking/v1beta1.IngressBackend","ingressClassName":"s","rules":"[]@networking/v1beta1.IngressRule","tls":"[]@networking/v1beta1.IngressTLS"}}\n{"f":{"host":"s","http":"@networking/v1beta1.HTTPIngressRuleValue"}}\n{"f":{"paths":"[]@networking/v1beta1.HTTPIngressPath"},"r":["paths"]}\n{"f":{"backend":"@networking/v1beta1.IngressBackend","path":"s","pathType":"s"},"r":["backend"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@networking/v1beta1.IngressClassSpec"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@node/v1alpha1.RuntimeClassSpec"},"r":["spec"]}\n{"f":{"overhead":"@node/v1alpha1.Overhead","runtimeHandler":"s","scheduling":"@node/v1alpha1.Scheduling"},"r":["runtimeHandler"]}\n{"f":{"podFixed":"{}q"}}\n{"f":{"nodeSelector":"{}s","tolerations":"[]@core/v1.Toleration"}}\n{"f":{"apiVersion":"s","handler":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","overhead":"@node/v1beta1.Overhead","scheduling":"@node/v1beta1.Scheduling"},"r":["handler"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@policy/v1beta1.PodDisruptionBudgetSpec","status":"@policy/v1beta1.PodDisruptionBudgetStatus"}}\n{"f":{"maxUnavailable":"is","minAvailable":"is","selector":"@meta/v1.LabelSelector"}}\n{"f":{"currentHealthy":"i","desiredHealthy":"i","disruptedPods":"{}t","disruptionsAllowed":"i","expectedPods":"i","observedGeneration":"i"},"r":["currentHealthy","desiredHealthy","disruptionsAllowed","expectedPods"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@policy/v1beta1.PodSecurityPolicySpec"}}\n{"f":{"allowPrivilegeEscalation":"b","allowedCSIDrivers":"[]@policy/v1beta1.AllowedCSIDriver","allowedCapabilities":"[]s","allowedFlexVolumes":"[]@policy/v1beta1.AllowedFlexVolume","allowedHostPaths":"[]@policy/v1beta1.AllowedHostPath","allowedProcMountTypes":"[]s","allowedUnsafeSysctls":"[]s","defaultAddCapabilities":"[]s","defaultAllowPrivilegeEscalation":"b","forbiddenSysctls":"[]s","fsGroup":"@policy/v1beta1.FSGroupStrategyOptions","hostIPC":"b","hostNetwork":"b","hostPID":"b","hostPorts":"[]@policy/v1beta1.HostPortRange","privileged":"b","readOnlyRootFilesystem":"b","requiredDropCapabilities":"[]s","runAsGroup":"@policy/v1beta1.RunAsGroupStrategyOptions","runAsUser":"@policy/v1beta1.RunAsUserStrategyOptions","runtimeClass":"@policy/v1beta1.RuntimeClassStrategyOptions","seLinux":"@policy/v1beta1.SELinuxStrategyOptions","supplementalGroups":"@policy/v1beta1.SupplementalGroupsStrategyOptions","volumes":"[]s"},"r":["fsGroup","runAsUser","seLinux","supplementalGroups"]}\n{"f":{"ranges":"[]@policy/v1beta1.IDRange","rule":"s"},"r":["rule"]}\n{"f":{"ranges":"[]@policy/v1beta1.IDRange","rule":"s"}}\n{"f":{"apiVersion":"s","deleteOptions":"@meta/v1.DeleteOptions","kind":"s","metadata":"@meta/v1.ObjectMeta"}}\n{"f":{"apiVersion":"s","dryRun":"[]s","gracePeriodSeconds":"i","kind":"s","orphanDependents":"b","preconditions":"@meta/v1.Preconditions","propagationPolicy":"s"}}\n{"f":{"resourceVersion":"s","uid":"s"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","rules":"[]@rbac/v1.PolicyRule"}}\n{"f":{"apiGroups":"[]s","nonResourceURLs":"[]s","resourceNames":"[]s","resources":"[]s","verbs":"[]s"},"r":["verbs"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","roleRef":"@rbac/v1.RoleRef","subjects":"[]@rbac/v1.Subject"},"r":["roleRef"]}\n{"f":{"apiGroup":"s","kind":"s","name":"s","namespace":"s"},"r":["kind","name"]}\n{"f":{"apiGroup":"s","kind":"s","name":"s"},"r":["apiGroup","kind","name"]}\n{"f":{"aggregationRule":"@rbac/v1.AggregationRule","apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","rules":"[]@rbac/v1.PolicyRule"}}\n{"f":{"clusterRoleSelectors":"[]@meta/v1.LabelSelector"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","rules":"[]@rbac/v1alpha1.PolicyRule"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","roleRef":"@rbac/v1alpha1.RoleRef","subjects":"[]@rbac/v1alpha1.Subject"},"r":["roleRef"]}\n{"f":{"apiVersion":"s","kind":"s","name":"s","namespace":"s"},"r":["kind","name"]}\n{"f":{"aggregationRule":"@rbac/v1alpha1.AggregationRule","apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","rules":"[]@rbac/v1alpha1.PolicyRule"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","rules":"[]@rbac/v1beta1.PolicyRule"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","roleRef":"@rbac/v1beta1.RoleRef","subjects":"[]@rbac/v1beta1.Subject"},"r":["roleRef"]}\n{"f":{"aggregationRule":"@rbac/v1beta1.AggregationRule","apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","rules":"[]@rbac/v1beta1.PolicyRule"}}\n{"f":{"apiVersion":"s","description":"s","globalDefault":"b","kind":"s","metadata":"@meta/v1.ObjectMeta","preemptionPolicy":"s","value":"i"},"r":["value"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@settings/v1alpha1.PodPresetSpec"}}\n{"f":{"env":"[]@core/v1.EnvVar","envFrom":"[]@core/v1.EnvFromSource","selector":"@meta/v1.LabelSelector","volumeMounts":"[]@core/v1.VolumeMount","volumes":"[]@core/v1.Volume"}}\n{"f":{"allowVolumeExpansion":"b","allowedTopologies":"[]@core/v1.TopologySelectorTerm","apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","mountOptions":"[]s","parameters":"{}s","provisioner":"s","reclaimPolicy":"s","volumeBindingMode":"s"},"r":["provisioner"]}\n{"f":{"matchLabelExpressions":"[]@core/v1.TopologySelectorLabelRequirement"}}\n{"f":{"key":"s","values":"[]s"},"r":["key","values"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@storage/v1.VolumeAttachmentSpec","status":"@storage/v1.VolumeAttachmentStatus"},"r":["spec"]}\n{"f":{"attacher":"s","nodeName":"s","source":"@storage/v1.VolumeAttachmentSource"},"r":["attacher","nodeName","source"]}\n{"f":{"inlineVolumeSpec":"@core/v1.PersistentVolumeSpec","persistentVolumeName":"s"}}\n{"f":{"attachError":"@storage/v1.VolumeError","attached":"b","attachmentMetadata":"{}s","detachError":"@storage/v1.VolumeError"},"r":["attached"]}\n{"f":{"message":"s","time":"t"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@storage/v1.CSINodeSpec"},"r":["spec"]}\n{"f":{"drivers":"[]@storage/v1.CSINodeDriver"},"r":["drivers"]}\n{"f":{"allocatable":"@storage/v1.VolumeNodeResources","name":"s","nodeID":"s","topologyKeys":"[]s"},"r":["name","nodeID"]}\n{"f":{"count":"i"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@storage/v1.CSIDriverSpec"},"r":["spec"]}\n{"f":{"attachRequired":"b","fsGroupPolicy":"s","podInfoOnMount":"b","storageCapacity":"b","volumeLifecycleModes":"[]s"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@storage/v1alpha1.VolumeAttachmentSpec","status":"@storage/v1alpha1.VolumeAttachmentStatus"},"r":["spec"]}\n{"f":{"attacher":"s","nodeName":"s","source":"@storage/v1alpha1.VolumeAttachmentSource"},"r":["attacher","nodeName","source"]}\n{"f":{"attachError":"@storage/v1alpha1.VolumeError","attached":"b","attachmentMetadata":"{}s","detachError":"@storage/v1alpha1.VolumeError"},"r":["attached"]}\n{"f":{"apiVersion":"s","capacity":"q","kind":"s","metadata":"@meta/v1.ObjectMeta","nodeTopology":"@meta/v1.LabelSelector","storageClassName":"s"},"r":["storageClassName"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@storage/v1beta1.VolumeAttachmentSpec","status":"@storage/v1beta1.VolumeAttachmentStatus"},"r":["spec"]}\n{"f":{"attacher":"s","nodeName":"s","source":"@storage/v1beta1.VolumeAttachmentSource"},"r":["attacher","nodeName","source"]}\n{"f":{"attachError":"@storage/v1beta1.VolumeError","attached":"b","attachmentMetadata":"{}s","detachError":"@storage/v1beta1.VolumeError"},"r":["attached"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@storage/v1beta1.CSIDriverSpec"},"r":["spec"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@storage/v1beta1.CSINodeSpec"},"r":["spec"]}\n{"f":{"drivers":"[]@storage/v1beta1.CSINodeDriver"},"r":["drivers"]}\n{"f":{"allocatable":"@storage/v1beta1.VolumeNodeResources","name":"s","nodeID":"s","topologyKeys":"[]s"},"r":["name","nodeID"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@apiserverinternal/v1alpha1.StorageVersionSpec","status":"@apiserverinternal/v1alpha1.StorageVersionStatus"},"r":["spec","status"]}\n{"f":{}}\n{"f":{"commonEncodingVersion":"s","conditions":"[]@apiserverinternal/v1alpha1.StorageVersionCondition","storageVersions":"[]@apiserverinternal/v1alpha1.ServerStorageVersion"}}\n{"f":{"apiServerID":"s","decodableVersions":"[]s","encodingVersion":"s"}}\n{"f":{"lastTransitionTime":"t","message":"s","observedGeneration":"i","reason":"s","status":"s","type":"s"},"r":["lastTransitionTime","message","reason","status","type"]}\n{"f":{"defaultMode":"i","sources":"[]@core/v1.VolumeProjection"}}\n{"f":{"containerResource":"@autoscaling/v2beta1.ContainerResourceMetricSource","external":"@autoscaling/v2beta1.ExternalMetricSource","object":"@autoscaling/v2beta1.ObjectMetricSource","pods":"@autoscaling/v2beta1.PodsMetricSource","resource":"@autoscaling/v2beta1.ResourceMetricSource","type":"s"},"r":["type"]}\n{"f":{"container":"s","name":"s","targetAverageUtilization":"i","targetAverageValue":"q"},"r":["container","name"]}\n{"f":{"containerResource":"@autoscaling/v2beta1.ContainerResourceMetricStatus","external":"@autoscaling/v2beta1.ExternalMetricStatus","object":"@autoscaling/v2beta1.ObjectMetricStatus","pods":"@autoscaling/v2beta1.PodsMetricStatus","resource":"@autoscaling/v2beta1.ResourceMetricStatus","type":"s"},"r":["type"]}\n{"f":{"container":"s","currentAverageUtilization":"i","currentAverageValue":"q","name":"s"},"r":["container","currentAverageValue","name"]}\n{"f":{"containerResource":"@autoscaling/v2beta2.ContainerResourceMetricSource","external":"@autoscaling/v2beta2.ExternalMetricSource","object":"@autoscaling/v2beta2.ObjectMetricSource","pods":"@autoscaling/v2beta2.PodsMetricSource","resource":"@autoscaling/v2beta2.ResourceMetricSource","type":"s"},"r":["type"]}\n{"f":{"container":"s","name":"s","target":"@autoscaling/v2beta2.MetricTarget"},"r":["container","name","target"]}\n{"f":{"containerResource":"@autoscaling/v2beta2.ContainerResourceMetricStatus","external":"@autoscaling/v2beta2.ExternalMetricStatus","object":"@autoscaling/v2beta2.ObjectMetricStatus","pods":"@autoscaling/v2beta2.PodsMetricStatus","resource":"@autoscaling/v2beta2.ResourceMetricStatus","type":"s"},"r":["type"]}\n{"f":{"container":"s","current":"@autoscaling/v2beta2.MetricValueStatus","name":"s"},"r":["container","current","name"]}\n{"f":{"allocateLoadBalancerNodePorts":"b","clusterIP":"s","clusterIPs":"[]s","externalIPs":"[]s","externalName":"s","externalTrafficPolicy":"s","healthCheckNodePort":"i","ipFamilies":"[]s","ipFamilyPolicy":"s","loadBalancerIP":"s","loadBalancerSourceRanges":"[]s","ports":"[]@core/v1.ServicePort","publishNotReadyAddresses":"b","selector":"{}s","sessionAffinity":"s","sessionAffinityConfig":"@core/v1.SessionAffinityConfig","topologyKeys":"[]s","type":"s"}}\n{"f":{"conditions":"[]@meta/v1.Condition","loadBalancer":"@core/v1.LoadBalancerStatus"}}\n{"f":{"hostname":"s","ip":"s","ports":"[]@core/v1.PortStatus"}}\n{"f":{"error":"s","port":"i","protocol":"s"},"r":["port","protocol"]}\n{"f":{"addresses":"[]s","conditions":"@discovery/v1alpha1.EndpointConditions","hostname":"s","nodeName":"s","targetRef":"@core/v1.ObjectReference","topology":"{}s"},"r":["addresses"]}\n{"f":{"ready":"b","serving":"b","terminating":"b"}}\n{"f":{"addresses":"[]s","conditions":"@discovery/v1beta1.EndpointConditions","hostname":"s","nodeName":"s","targetRef":"@core/v1.ObjectReference","topology":"{}s"},"r":["addresses"]}\n{"f":{"action":"s","apiVersion":"s","deprecatedCount":"i","deprecatedFirstTimestamp":"t","deprecatedLastTimestamp":"t","deprecatedSource":"@core/v1.EventSource","eventTime":"t","kind":"s","metadata":"@meta/v1.ObjectMeta","note":"s","reason":"s","regarding":"@core/v1.ObjectReference","related":"@core/v1.ObjectReference","reportingController":"s","reportingInstance":"s","series":"@events/v1.EventSeries","type":"s"},"r":["eventTime","metadata"]}\n{"f":{"action":"s","apiVersion":"s","deprecatedCount":"i","deprecatedFirstTimestamp":"t","deprecatedLastTimestamp":"t","deprecatedSource":"@core/v1.EventSource","eventTime":"t","kind":"s","metadata":"@meta/v1.ObjectMeta","note":"s","reason":"s","regarding":"@core/v1.ObjectReference","related":"@core/v1.ObjectReference","reportingController":"s","reportingInstance":"s","series":"@events/v1beta1.EventSeries","type":"s"},"r":["eventTime","metadata"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@flowcontrol/v1beta1.FlowSchemaSpec","status":"@flowcontrol/v1beta1.FlowSchemaStatus"}}\n{"f":{"distinguisherMethod":"@flowcontrol/v1beta1.FlowDistinguisherMethod","matchingPrecedence":"i","priorityLevelConfiguration":"@flowcontrol/v1beta1.PriorityLevelConfigurationReference","rules":"[]@flowcontrol/v1beta1.PolicyRulesWithSubjects"},"r":["priorityLevelConfiguration"]}\n{"f":{"nonResourceRules":"[]@flowcontrol/v1beta1.NonResourcePolicyRule","resourceRules":"[]@flowcontrol/v1beta1.ResourcePolicyRule","subjects":"[]@flowcontrol/v1beta1.Subject"},"r":["subjects"]}\n{"f":{"group":"@flowcontrol/v1beta1.GroupSubject","kind":"s","serviceAccount":"@flowcontrol/v1beta1.ServiceAccountSubject","user":"@flowcontrol/v1beta1.UserSubject"},"r":["kind"]}\n{"f":{"conditions":"[]@flowcontrol/v1beta1.FlowSchemaCondition"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@flowcontrol/v1beta1.PriorityLevelConfigurationSpec","status":"@flowcontrol/v1beta1.PriorityLevelConfigurationStatus"}}\n{"f":{"limited":"@flowcontrol/v1beta1.LimitedPriorityLevelConfiguration","type":"s"},"r":["type"]}\n{"f":{"assuredConcurrencyShares":"i","limitResponse":"@flowcontrol/v1beta1.LimitResponse"}}\n{"f":{"queuing":"@flowcontrol/v1beta1.QueuingConfiguration","type":"s"},"r":["type"]}\n{"f":{"conditions":"[]@flowcontrol/v1beta1.PriorityLevelConfigurationCondition"}}\n{"f":{"apiVersion":"s","handler":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","overhead":"@node/v1.Overhead","scheduling":"@node/v1.Scheduling"},"r":["handler"]}\n{"f":{"attachRequired":"b","fsGroupPolicy":"s","podInfoOnMount":"b","requiresRepublish":"b","storageCapacity":"b","tokenRequests":"[]@storage/v1.TokenRequest","volumeLifecycleModes":"[]s"}}\n{"f":{"audience":"s","expirationSeconds":"i"},"r":["audience"]}\n{"f":{"attachRequired":"b","fsGroupPolicy":"s","podInfoOnMount":"b","requiresRepublish":"b","storageCapacity":"b","tokenRequests":"[]@storage/v1beta1.TokenRequest","volumeLifecycleModes":"[]s"}}\n{"f":{"volumeClaimTemplate":"@core/v1.PersistentVolumeClaimTemplate"}}\n{"f":{"exec":"@core/v1.ExecAction","failureThreshold":"i","httpGet":"@core/v1.HTTPGetAction","initialDelaySeconds":"i","periodSeconds":"i","successThreshold":"i","tcpSocket":"@core/v1.TCPSocketAction","terminationGracePeriodSeconds":"i","timeoutSeconds":"i"}}\n{"f":{"labelSelector":"@meta/v1.LabelSelector","namespaceSelector":"@meta/v1.LabelSelector","namespaces":"[]s","topologyKey":"s"},"r":["topologyKey"]}\n{"f":{"activeDeadlineSeconds":"i","backoffLimit":"i","completionMode":"s","completions":"i","manualSelector":"b","parallelism":"i","selector":"@meta/v1.LabelSelector","suspend":"b","template":"@core/v1.PodTemplateSpec","ttlSecondsAfterFinished":"i"},"r":["template"]}\n{"f":{"active":"i","completedIndexes":"s","completionTime":"t","conditions":"[]@batch/v1.JobCondition","failed":"i","startTime":"t","succeeded":"i"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@batch/v1.CronJobSpec","status":"@batch/v1.CronJobStatus"}}\n{"f":{"concurrencyPolicy":"s","failedJobsHistoryLimit":"i","jobTemplate":"@batch/v1.JobTemplateSpec","schedule":"s","startingDeadlineSeconds":"i","successfulJobsHistoryLimit":"i","suspend":"b"},"r":["jobTemplate","schedule"]}\n{"f":{"active":"[]@core/v1.ObjectReference","lastScheduleTime":"t","lastSuccessfulTime":"t"}}\n{"f":{"allocateLoadBalancerNodePorts":"b","clusterIP":"s","clusterIPs":"[]s","externalIPs":"[]s","externalName":"s","externalTrafficPolicy":"s","healthCheckNodePort":"i","internalTrafficPolicy":"s","ipFamilies":"[]s","ipFamilyPolicy":"s","loadBalancerClass":"s","loadBalancerIP":"s","loadBalancerSourceRanges":"[]s","ports":"[]@core/v1.ServicePort","publishNotReadyAddresses":"b","selector":"{}s","sessionAffinity":"s","sessionAffinityConfig":"@core/v1.SessionAffinityConfig","topologyKeys":"[]s","type":"s"}}\n{"f":{"addressType":"s","apiVersion":"s","endpoints":"[]@discovery/v1.Endpoint","kind":"s","metadata":"@meta/v1.ObjectMeta","ports":"[]@discovery/v1.EndpointPort"},"r":["addressType","endpoints"]}\n{"f":{"addresses":"[]s","conditions":"@discovery/v1.EndpointConditions","deprecatedTopology":"{}s","hints":"@discovery/v1.EndpointHints","hostname":"s","nodeName":"s","targetRef":"@core/v1.ObjectReference","zone":"s"},"r":["addresses"]}\n{"f":{"forZones":"[]@discovery/v1.ForZone"}}\n{"f":{"addresses":"[]s","conditions":"@discovery/v1beta1.EndpointConditions","hints":"@discovery/v1beta1.EndpointHints","hostname":"s","nodeName":"s","targetRef":"@core/v1.ObjectReference","topology":"{}s"},"r":["addresses"]}\n{"f":{"forZones":"[]@discovery/v1beta1.ForZone"}}\n{"f":{"endPort":"i","port":"is","protocol":"s"}}\n{"f":{"controller":"s","parameters":"@networking/v1.IngressClassParametersReference"}}\n{"f":{"apiGroup":"s","kind":"s","name":"s","namespace":"s","scope":"s"},"r":["kind","name"]}\n{"f":{"controller":"s","parameters":"@networking/v1beta1.IngressClassParametersReference"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@policy/v1.PodDisruptionBudgetSpec","status":"@policy/v1.PodDisruptionBudgetStatus"}}\n{"f":{"conditions":"[]@meta/v1.Condition","currentHealthy":"i","desiredHealthy":"i","disruptedPods":"{}t","disruptionsAllowed":"i","expectedPods":"i","observedGeneration":"i"},"r":["currentHealthy","desiredHealthy","disruptionsAllowed","expectedPods"]}\n{"f":{"apiVersion":"s","capacity":"q","kind":"s","maximumVolumeSize":"q","metadata":"@meta/v1.ObjectMeta","nodeTopology":"@meta/v1.LabelSelector","storageClassName":"s"},"r":["storageClassName"]}\n{"f":{"apiVersion":"s","fieldsType":"s","fieldsV1":"any","manager":"s","operation":"s","subresource":"s","time":"t"}}\n{"f":{"accessModes":"[]s","dataSource":"@core/v1.TypedLocalObjectReference","dataSourceRef":"@core/v1.TypedLocalObjectReference","resources":"@core/v1.ResourceRequirements","selector":"@meta/v1.LabelSelector","storageClassName":"s","volumeMode":"s","volumeName":"s"}}\n{"f":{"gmsaCredentialSpec":"s","gmsaCredentialSpecName":"s","hostProcess":"b","runAsUserName":"s"}}\n{"f":{"minReadySeconds":"i","podManagementPolicy":"s","replicas":"i","revisionHistoryLimit":"i","selector":"@meta/v1.LabelSelector","serviceName":"s","template":"@core/v1.PodTemplateSpec","updateStrategy":"@apps/v1.StatefulSetUpdateStrategy","volumeClaimTemplates":"[]@core/v1.PersistentVolumeClaim"},"r":["selector","serviceName","template"]}\n{"f":{"availableReplicas":"i","collisionCount":"i","conditions":"[]@apps/v1.StatefulSetCondition","currentReplicas":"i","currentRevision":"s","observedGeneration":"i","readyReplicas":"i","replicas":"i","updateRevision":"s","updatedReplicas":"i"},"r":["replicas"]}\n{"f":{"minReadySeconds":"i","podManagementPolicy":"s","replicas":"i","revisionHistoryLimit":"i","selector":"@meta/v1.LabelSelector","serviceName":"s","template":"@core/v1.PodTemplateSpec","updateStrategy":"@apps/v1beta1.StatefulSetUpdateStrategy","volumeClaimTemplates":"[]@core/v1.PersistentVolumeClaim"},"r":["serviceName","template"]}\n{"f":{"availableReplicas":"i","collisionCount":"i","conditions":"[]@apps/v1beta1.StatefulSetCondition","currentReplicas":"i","currentRevision":"s","observedGeneration":"i","readyReplicas":"i","replicas":"i","updateRevision":"s","updatedReplicas":"i"},"r":["replicas"]}\n{"f":{"minReadySeconds":"i","podManagementPolicy":"s","replicas":"i","revisionHistoryLimit":"i","selector":"@meta/v1.LabelSelector","serviceName":"s","template":"@core/v1.PodTemplateSpec","updateStrategy":"@apps/v1beta2.StatefulSetUpdateStrategy","volumeClaimTemplates":"[]@core/v1.PersistentVolumeClaim"},"r":["selector","serviceName","template"]}\n{"f":{"availableReplicas":"i","collisionCount":"i","conditions":"[]@apps/v1beta2.StatefulSetCondition","currentReplicas":"i","currentRevision":"s","observedGeneration":"i","readyReplicas":"i","replicas":"i","updateRevision":"s","updatedReplicas":"i"},"r":["replicas"]}\n{"f":{"active":"i","completedIndexes":"s","completionTime":"t","conditions":"[]@batch/v1.JobCondition","failed":"i","startTime":"t","succeeded":"i","uncountedTerminatedPods":"@batch/v1.UncountedTerminatedPods"}}\n{"f":{"failed":"[]s","succeeded":"[]s"}}\n{"f":{"expirationSeconds":"i","extra":"{}[]s","groups":"[]s","request":"s","signerName":"s","uid":"s","usages":"[]s","username":"s"},"r":["request","signerName"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@certificates/v1beta1.CertificateSigningRequestSpec","status":"@certificates/v1beta1.CertificateSigningRequestStatus"},"r":["spec"]}\n{"f":{"expirationSeconds":"i","extra":"{}[]s","groups":"[]s","request":"s","signerName":"s","uid":"s","usages":"[]s","username":"s"},"r":["request"]}\n{"f":{"allocateLoadBalancerNodePorts":"b","clusterIP":"s","clusterIPs":"[]s","externalIPs":"[]s","externalName":"s","externalTrafficPolicy":"s","healthCheckNodePort":"i","internalTrafficPolicy":"s","ipFamilies":"[]s","ipFamilyPolicy":"s","loadBalancerClass":"s","loadBalancerIP":"s","loadBalancerSourceRanges":"[]s","ports":"[]@core/v1.ServicePort","publishNotReadyAddresses":"b","selector":"{}s","sessionAffinity":"s","sessionAffinityConfig":"@core/v1.SessionAffinityConfig","type":"s"}}\n{"f":{"names":"[]s","sizeBytes":"i"}}\n{"f":{"backend":"@networking/v1.IngressBackend","path":"s","pathType":"s"},"r":["backend","pathType"]}\n{"f":{"admissionReviewVersions":"[]s","clientConfig":"@admissionregistration/v1.WebhookClientConfig","failurePolicy":"e@admissionregistration/v1.FailurePolicyType","matchPolicy":"e@admissionregistration/v1.MatchPolicyType","name":"s","namespaceSelector":"@meta/v1.LabelSelector","objectSelector":"@meta/v1.LabelSelector","rules":"[]@admissionregistration/v1.RuleWithOperations","sideEffects":"e@admissionregistration/v1.SideEffectClass","timeoutSeconds":"i"},"r":["admissionReviewVersions","clientConfig","name","sideEffects"]}\n{"f":{"apiGroups":"[]s","apiVersions":"[]s","operations":"[]e@admissionregistration/v1.OperationType","resources":"[]s","scope":"e@admissionregistration/v1.ScopeType"}}\n{"e":["*","CONNECT","CREATE","DELETE","UPDATE"]}\n{"e":["*","Cluster","Namespaced"]}\n{"e":["Fail","Ignore"]}\n{"e":["Equivalent","Exact"]}\n{"e":["None","NoneOnDryRun","Some","Unknown"]}\n{"f":{"admissionReviewVersions":"[]s","clientConfig":"@admissionregistration/v1.WebhookClientConfig","failurePolicy":"e@admissionregistration/v1.FailurePolicyType","matchPolicy":"e@admissionregistration/v1.MatchPolicyType","name":"s","namespaceSelector":"@meta/v1.LabelSelector","objectSelector":"@meta/v1.LabelSelector","reinvocationPolicy":"e@admissionregistration/v1.ReinvocationPolicyType","rules":"[]@admissionregistration/v1.RuleWithOperations","sideEffects":"e@admissionregistration/v1.SideEffectClass","timeoutSeconds":"i"},"r":["admissionReviewVersions","clientConfig","name","sideEffects"]}\n{"e":["IfNeeded","Never"]}\n{"f":{"activeDeadlineSeconds":"i","affinity":"@core/v1.Affinity","automountServiceAccountToken":"b","containers":"[]@core/v1.Container","dnsConfig":"@core/v1.PodDNSConfig","dnsPolicy":"e@core/v1.DNSPolicy","enableServiceLinks":"b","ephemeralContainers":"[]@core/v1.EphemeralContainer","hostAliases":"[]@core/v1.HostAlias","hostIPC":"b","hostNetwork":"b","hostPID":"b","hostname":"s","imagePullSecrets":"[]@core/v1.LocalObjectReference","initContainers":"[]@core/v1.Container","nodeName":"s","nodeSelector":"{}s","os":"@core/v1.PodOS","overhead":"{}q","preemptionPolicy":"e@core/v1.PreemptionPolicy","priority":"i","priorityClassName":"s","readinessGates":"[]@core/v1.PodReadinessGate","restartPolicy":"e@core/v1.RestartPolicy","runtimeClassName":"s","schedulerName":"s","securityContext":"@core/v1.PodSecurityContext","serviceAccount":"s","serviceAccountName":"s","setHostnameAsFQDN":"b","shareProcessNamespace":"b","subdomain":"s","terminationGracePeriodSeconds":"i","tolerations":"[]@core/v1.Toleration","topologySpreadConstraints":"[]@core/v1.TopologySpreadConstraint","volumes":"[]@core/v1.Volume"},"r":["containers"]}\n{"f":{"path":"s","type":"e@core/v1.HostPathType"},"r":["path"]}\n{"e":["","BlockDevice","CharDevice","Directory","DirectoryOrCreate","File","FileOrCreate","Socket"]}\n{"f":{"cachingMode":"e@core/v1.AzureDataDiskCachingMode","diskName":"s","diskURI":"s","fsType":"s","kind":"e@core/v1.AzureDataDiskKind","readOnly":"b"},"r":["diskName","diskURI"]}\n{"e":["None","ReadOnly","ReadWrite"]}\n{"e":["Dedicated","Managed","Shared"]}\n{"f":{"accessModes":"[]e@core/v1.PersistentVolumeAccessMode","dataSource":"@core/v1.TypedLocalObjectReference","dataSourceRef":"@core/v1.TypedLocalObjectReference","resources":"@core/v1.ResourceRequirements","selector":"@meta/v1.LabelSelector","storageClassName":"s","volumeMode":"e@core/v1.PersistentVolumeMode","volumeName":"s"}}\n{"e":["ReadOnlyMany","ReadWriteMany","ReadWriteOnce","ReadWriteOncePod"]}\n{"e":["Block","Filesystem"]}\n{"f":{"args":"[]s","command":"[]s","env":"[]@core/v1.EnvVar","envFrom":"[]@core/v1.EnvFromSource","image":"s","imagePullPolicy":"e@core/v1.PullPolicy","lifecycle":"@core/v1.Lifecycle","livenessProbe":"@core/v1.Probe","name":"s","ports":"[]@core/v1.ContainerPort","readinessProbe":"@core/v1.Probe","resources":"@core/v1.ResourceRequirements","securityContext":"@core/v1.SecurityContext","startupProbe":"@core/v1.Probe","stdin":"b","stdinOnce":"b","terminationMessagePath":"s","terminationMessagePolicy":"e@core/v1.TerminationMessagePolicy","tty":"b","volumeDevices":"[]@core/v1.VolumeDevice","volumeMounts":"[]@core/v1.VolumeMount","workingDir":"s"},"r":["name"]}\n{"f":{"containerPort":"i","hostIP":"s","hostPort":"i","name":"s","protocol":"e@core/v1.Protocol"},"r":["containerPort"]}\n{"e":["SCTP","TCP","UDP"]}\n{"f":{"mountPath":"s","mountPropagation":"e@core/v1.MountPropagationMode","name":"s","readOnly":"b","subPath":"s","subPathExpr":"s"},"r":["mountPath","name"]}\n{"e":["Bidirectional","HostToContainer","None"]}\n{"f":{"exec":"@core/v1.ExecAction","failureThreshold":"i","grpc":"@core/v1.GRPCAction","httpGet":"@core/v1.HTTPGetAction","initialDelaySeconds":"i","periodSeconds":"i","successThreshold":"i","tcpSocket":"@core/v1.TCPSocketAction","terminationGracePeriodSeconds":"i","timeoutSeconds":"i"}}\n{"f":{"host":"s","httpHeaders":"[]@core/v1.HTTPHeader","path":"s","port":"is","scheme":"e@core/v1.URIScheme"},"r":["port"]}\n{"e":["HTTP","HTTPS"]}\n{"f":{"port":"i","service":"s"},"r":["port"]}\n{"f":{"postStart":"@core/v1.LifecycleHandler","preStop":"@core/v1.LifecycleHandler"}}\n{"e":["FallbackToLogsOnError","File"]}\n{"e":["Always","IfNotPresent","Never"]}\n{"f":{"allowPrivilegeEscalation":"b","capabilities":"@core/v1.Capabilities","privileged":"b","procMount":"e@core/v1.ProcMountType","readOnlyRootFilesystem":"b","runAsGroup":"i","runAsNonRoot":"b","runAsUser":"i","seLinuxOptions":"@core/v1.SELinuxOptions","seccompProfile":"@core/v1.SeccompProfile","windowsOptions":"@core/v1.WindowsSecurityContextOptions"}}\n{"e":["Default","Unmasked"]}\n{"f":{"localhostProfile":"s","type":"e@core/v1.SeccompProfileType"},"r":["type"]}\n{"e":["Localhost","RuntimeDefault","Unconfined"]}\n{"f":{"args":"[]s","command":"[]s","env":"[]@core/v1.EnvVar","envFrom":"[]@core/v1.EnvFromSource","image":"s","imagePullPolicy":"e@core/v1.PullPolicy","lifecycle":"@core/v1.Lifecycle","livenessProbe":"@core/v1.Probe","name":"s","ports":"[]@core/v1.ContainerPort","readinessProbe":"@core/v1.Probe","resources":"@core/v1.ResourceRequirements","securityContext":"@core/v1.SecurityContext","startupProbe":"@core/v1.Probe","stdin":"b","stdinOnce":"b","targetContainerName":"s","terminationMessagePath":"s","terminationMessagePolicy":"e@core/v1.TerminationMessagePolicy","tty":"b","volumeDevices":"[]@core/v1.VolumeDevice","volumeMounts":"[]@core/v1.VolumeMount","workingDir":"s"},"r":["name"]}\n{"e":["Always","Never","OnFailure"]}\n{"e":["ClusterFirst","ClusterFirstWithHostNet","Default","None"]}\n{"f":{"fsGroup":"i","fsGroupChangePolicy":"e@core/v1.PodFSGroupChangePolicy","runAsGroup":"i","runAsNonRoot":"b","runAsUser":"i","seLinuxOptions":"@core/v1.SELinuxOptions","seccompProfile":"@core/v1.SeccompProfile","supplementalGroups":"[]i","sysctls":"[]@core/v1.Sysctl","windowsOptions":"@core/v1.WindowsSecurityContextOptions"}}\n{"e":["Always","OnRootMismatch"]}\n{"f":{"key":"s","operator":"e@core/v1.NodeSelectorOperator","values":"[]s"},"r":["key","operator"]}\n{"e":["DoesNotExist","Exists","Gt","In","Lt","NotIn"]}\n{"f":{"effect":"e@core/v1.TaintEffect","key":"s","operator":"e@core/v1.TolerationOperator","tolerationSeconds":"i","value":"s"}}\n{"e":["Equal","Exists"]}\n{"e":["NoExecute","NoSchedule","PreferNoSchedule"]}\n{"f":{"conditionType":"e@core/v1.PodConditionType"},"r":["conditionType"]}\n{"e":["ContainersReady","Initialized","PodScheduled","Ready"]}\n{"e":["Never","PreemptLowerPriority"]}\n{"f":{"labelSelector":"@meta/v1.LabelSelector","maxSkew":"i","topologyKey":"s","whenUnsatisfiable":"e@core/v1.UnsatisfiableConstraintAction"},"r":["maxSkew","topologyKey","whenUnsatisfiable"]}\n{"e":["DoNotSchedule","ScheduleAnyway"]}\n{"f":{"rollingUpdate":"@apps/v1.RollingUpdateDeployment","type":"e@apps/v1.DeploymentStrategyType"}}\n{"e":["Recreate","RollingUpdate"]}\n{"f":{"minReadySeconds":"i","persistentVolumeClaimRetentionPolicy":"@apps/v1.StatefulSetPersistentVolumeClaimRetentionPolicy","podManagementPolicy":"e@apps/v1.PodManagementPolicyType","replicas":"i","revisionHistoryLimit":"i","selector":"@meta/v1.LabelSelector","serviceName":"s","template":"@core/v1.PodTemplateSpec","updateStrategy":"@apps/v1.StatefulSetUpdateStrategy","volumeClaimTemplates":"[]@core/v1.PersistentVolumeClaim"},"r":["selector","serviceName","template"]}\n{"f":{"accessModes":"[]e@core/v1.PersistentVolumeAccessMode","allocatedResources":"{}q","capacity":"{}q","conditions":"[]@core/v1.PersistentVolumeClaimCondition","phase":"e@core/v1.PersistentVolumeClaimPhase","resizeStatus":"e@core/v1.PersistentVolumeClaimResizeStatus"}}\n{"e":["Bound","Lost","Pending"]}\n{"f":{"lastProbeTime":"t","lastTransitionTime":"t","message":"s","reason":"s","status":"s","type":"e@core/v1.PersistentVolumeClaimConditionType"},"r":["status","type"]}\n{"e":["FileSystemResizePending","Resizing"]}\n{"e":["","ControllerExpansionFailed","ControllerExpansionInProgress","NodeExpansionFailed","NodeExpansionInProgress","NodeExpansionPending"]}\n{"e":["OrderedReady","Parallel"]}\n{"f":{"rollingUpdate":"@apps/v1.RollingUpdateStatefulSetStrategy","type":"e@apps/v1.StatefulSetUpdateStrategyType"}}\n{"e":["OnDelete","RollingUpdate"]}\n{"f":{"whenDeleted":"s","whenScaled":"s"}}\n{"f":{"availableReplicas":"i","collisionCount":"i","conditions":"[]@apps/v1.StatefulSetCondition","currentReplicas":"i","currentRevision":"s","observedGeneration":"i","readyReplicas":"i","replicas":"i","updateRevision":"s","updatedReplicas":"i"},"r":["availableReplicas","replicas"]}\n{"f":{"rollingUpdate":"@apps/v1.RollingUpdateDaemonSet","type":"e@apps/v1.DaemonSetUpdateStrategyType"}}\n{"f":{"minReadySeconds":"i","persistentVolumeClaimRetentionPolicy":"@apps/v1beta1.StatefulSetPersistentVolumeClaimRetentionPolicy","podManagementPolicy":"s","replicas":"i","revisionHistoryLimit":"i","selector":"@meta/v1.LabelSelector","serviceName":"s","template":"@core/v1.PodTemplateSpec","updateStrategy":"@apps/v1beta1.StatefulSetUpdateStrategy","volumeClaimTemplates":"[]@core/v1.PersistentVolumeClaim"},"r":["serviceName","template"]}\n{"f":{"availableReplicas":"i","collisionCount":"i","conditions":"[]@apps/v1beta1.StatefulSetCondition","currentReplicas":"i","currentRevision":"s","observedGeneration":"i","readyReplicas":"i","replicas":"i","updateRevision":"s","updatedReplicas":"i"},"r":["availableReplicas","replicas"]}\n{"f":{"minReadySeconds":"i","persistentVolumeClaimRetentionPolicy":"@apps/v1beta2.StatefulSetPersistentVolumeClaimRetentionPolicy","podManagementPolicy":"s","replicas":"i","revisionHistoryLimit":"i","selector":"@meta/v1.LabelSelector","serviceName":"s","template":"@core/v1.PodTemplateSpec","updateStrategy":"@apps/v1beta2.StatefulSetUpdateStrategy","volumeClaimTemplates":"[]@core/v1.PersistentVolumeClaim"},"r":["selector","serviceName","template"]}\n{"f":{"availableReplicas":"i","collisionCount":"i","conditions":"[]@apps/v1beta2.StatefulSetCondition","currentReplicas":"i","currentRevision":"s","observedGeneration":"i","readyReplicas":"i","replicas":"i","updateRevision":"s","updatedReplicas":"i"},"r":["availableReplicas","replicas"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@autoscaling/v2.HorizontalPodAutoscalerSpec","status":"@autoscaling/v2.HorizontalPodAutoscalerStatus"}}\n{"f":{"behavior":"@autoscaling/v2.HorizontalPodAutoscalerBehavior","maxReplicas":"i","metrics":"[]@autoscaling/v2.MetricSpec","minReplicas":"i","scaleTargetRef":"@autoscaling/v2.CrossVersionObjectReference"},"r":["maxReplicas","scaleTargetRef"]}\n{"f":{"containerResource":"@autoscaling/v2.ContainerResourceMetricSource","external":"@autoscaling/v2.ExternalMetricSource","object":"@autoscaling/v2.ObjectMetricSource","pods":"@autoscaling/v2.PodsMetricSource","resource":"@autoscaling/v2.ResourceMetricSource","type":"s"},"r":["type"]}\n{"f":{"describedObject":"@autoscaling/v2.CrossVersionObjectReference","metric":"@autoscaling/v2.MetricIdentifier","target":"@autoscaling/v2.MetricTarget"},"r":["describedObject","metric","target"]}\n{"f":{"metric":"@autoscaling/v2.MetricIdentifier","target":"@autoscaling/v2.MetricTarget"},"r":["metric","target"]}\n{"f":{"name":"s","target":"@autoscaling/v2.MetricTarget"},"r":["name","target"]}\n{"f":{"container":"s","name":"s","target":"@autoscaling/v2.MetricTarget"},"r":["container","name","target"]}\n{"f":{"scaleDown":"@autoscaling/v2.HPAScalingRules","scaleUp":"@autoscaling/v2.HPAScalingRules"}}\n{"f":{"policies":"[]@autoscaling/v2.HPAScalingPolicy","selectPolicy":"s","stabilizationWindowSeconds":"i"}}\n{"f":{"conditions":"[]@autoscaling/v2.HorizontalPodAutoscalerCondition","currentMetrics":"[]@autoscaling/v2.MetricStatus","currentReplicas":"i","desiredReplicas":"i","lastScaleTime":"t","observedGeneration":"i"},"r":["desiredReplicas"]}\n{"f":{"containerResource":"@autoscaling/v2.ContainerResourceMetricStatus","external":"@autoscaling/v2.ExternalMetricStatus","object":"@autoscaling/v2.ObjectMetricStatus","pods":"@autoscaling/v2.PodsMetricStatus","resource":"@autoscaling/v2.ResourceMetricStatus","type":"s"},"r":["type"]}\n{"f":{"current":"@autoscaling/v2.MetricValueStatus","describedObject":"@autoscaling/v2.CrossVersionObjectReference","metric":"@autoscaling/v2.MetricIdentifier"},"r":["current","describedObject","metric"]}\n{"f":{"current":"@autoscaling/v2.MetricValueStatus","metric":"@autoscaling/v2.MetricIdentifier"},"r":["current","metric"]}\n{"f":{"current":"@autoscaling/v2.MetricValueStatus","name":"s"},"r":["current","name"]}\n{"f":{"container":"s","current":"@autoscaling/v2.MetricValueStatus","name":"s"},"r":["container","current","name"]}\n{"f":{"conditions":"[]@autoscaling/v2beta1.HorizontalPodAutoscalerCondition","currentMetrics":"[]@autoscaling/v2beta1.MetricStatus","currentReplicas":"i","desiredReplicas":"i","lastScaleTime":"t","observedGeneration":"i"},"r":["currentReplicas","desiredReplicas"]}\n{"f":{"conditions":"[]@autoscaling/v2beta2.HorizontalPodAutoscalerCondition","currentMetrics":"[]@autoscaling/v2beta2.MetricStatus","currentReplicas":"i","desiredReplicas":"i","lastScaleTime":"t","observedGeneration":"i"},"r":["currentReplicas","desiredReplicas"]}\n{"f":{"activeDeadlineSeconds":"i","backoffLimit":"i","completionMode":"e@batch/v1.CompletionMode","completions":"i","manualSelector":"b","parallelism":"i","selector":"@meta/v1.LabelSelector","suspend":"b","template":"@core/v1.PodTemplateSpec","ttlSecondsAfterFinished":"i"},"r":["template"]}\n{"e":["Indexed","NonIndexed"]}\n{"f":{"active":"i","completedIndexes":"s","completionTime":"t","conditions":"[]@batch/v1.JobCondition","failed":"i","ready":"i","startTime":"t","succeeded":"i","uncountedTerminatedPods":"@batch/v1.UncountedTerminatedPods"}}\n{"f":{"lastProbeTime":"t","lastTransitionTime":"t","message":"s","reason":"s","status":"s","type":"e@batch/v1.JobConditionType"},"r":["status","type"]}\n{"e":["Complete","Failed","Suspended"]}\n{"f":{"concurrencyPolicy":"e@batch/v1.ConcurrencyPolicy","failedJobsHistoryLimit":"i","jobTemplate":"@batch/v1.JobTemplateSpec","schedule":"s","startingDeadlineSeconds":"i","successfulJobsHistoryLimit":"i","suspend":"b"},"r":["jobTemplate","schedule"]}\n{"e":["Allow","Forbid","Replace"]}\n{"f":{"expirationSeconds":"i","extra":"{}[]s","groups":"[]s","request":"s","signerName":"s","uid":"s","usages":"[]e@certificates/v1.KeyUsage","username":"s"},"r":["request","signerName"]}\n{"e":["any","cert sign","client auth","code signing","content commitment","crl sign","data encipherment","decipher only","digital signature","email protection","encipher only","ipsec end system","ipsec tunnel","ipsec user","key agreement","key encipherment","microsoft sgc","netscape sgc","ocsp signing","s/mime","server auth","signing","timestamping"]}\n{"f":{"lastTransitionTime":"t","lastUpdateTime":"t","message":"s","reason":"s","status":"s","type":"e@certificates/v1.RequestConditionType"},"r":["status","type"]}\n{"e":["Approved","Denied","Failed"]}\n{"f":{"conditions":"[]@core/v1.PodCondition","containerStatuses":"[]@core/v1.ContainerStatus","ephemeralContainerStatuses":"[]@core/v1.ContainerStatus","hostIP":"s","initContainerStatuses":"[]@core/v1.ContainerStatus","message":"s","nominatedNodeName":"s","phase":"e@core/v1.PodPhase","podIP":"s","podIPs":"[]@core/v1.PodIP","qosClass":"e@core/v1.PodQOSClass","reason":"s","startTime":"t"}}\n{"e":["Failed","Pending","Running","Succeeded","Unknown"]}\n{"f":{"lastProbeTime":"t","lastTransitionTime":"t","message":"s","reason":"s","status":"s","type":"e@core/v1.PodConditionType"},"r":["status","type"]}\n{"e":["BestEffort","Burstable","Guaranteed"]}\n{"f":{"allocateLoadBalancerNodePorts":"b","clusterIP":"s","clusterIPs":"[]s","externalIPs":"[]s","externalName":"s","externalTrafficPolicy":"e@core/v1.ServiceExternalTrafficPolicyType","healthCheckNodePort":"i","internalTrafficPolicy":"e@core/v1.ServiceInternalTrafficPolicyType","ipFamilies":"[]e@core/v1.IPFamily","ipFamilyPolicy":"e@core/v1.IPFamilyPolicyType","loadBalancerClass":"s","loadBalancerIP":"s","loadBalancerSourceRanges":"[]s","ports":"[]@core/v1.ServicePort","publishNotReadyAddresses":"b","selector":"{}s","sessionAffinity":"e@core/v1.ServiceAffinity","sessionAffinityConfig":"@core/v1.SessionAffinityConfig","type":"e@core/v1.ServiceType"}}\n{"f":{"appProtocol":"s","name":"s","nodePort":"i","port":"i","protocol":"e@core/v1.Protocol","targetPort":"is"},"r":["port"]}\n{"e":["ClusterIP","ExternalName","LoadBalancer","NodePort"]}\n{"e":["ClientIP","None"]}\n{"e":["Cluster","Local"]}\n{"e":["IPv4","IPv6"]}\n{"e":["PreferDualStack","RequireDualStack","SingleStack"]}\n{"f":{"error":"s","port":"i","protocol":"e@core/v1.Protocol"},"r":["port","protocol"]}\n{"f":{"appProtocol":"s","name":"s","port":"i","protocol":"e@core/v1.Protocol"},"r":["port"]}\n{"f":{"effect":"e@core/v1.TaintEffect","key":"s","timeAdded":"t","value":"s"},"r":["effect","key"]}\n{"f":{"addresses":"[]@core/v1.NodeAddress","allocatable":"{}q","capacity":"{}q","conditions":"[]@core/v1.NodeCondition","config":"@core/v1.NodeConfigStatus","daemonEndpoints":"@core/v1.NodeDaemonEndpoints","images":"[]@core/v1.ContainerImage","nodeInfo":"@core/v1.NodeSystemInfo","phase":"e@core/v1.NodePhase","volumesAttached":"[]@core/v1.AttachedVolume","volumesInUse":"[]s"}}\n{"e":["Pending","Running","Terminated"]}\n{"f":{"lastHeartbeatTime":"t","lastTransitionTime":"t","message":"s","reason":"s","status":"s","type":"e@core/v1.NodeConditionType"},"r":["status","type"]}\n{"e":["DiskPressure","MemoryPressure","NetworkUnavailable","PIDPressure","Ready"]}\n{"f":{"address":"s","type":"e@core/v1.NodeAddressType"},"r":["address","type"]}\n{"e":["ExternalDNS","ExternalIP","Hostname","InternalDNS","InternalIP"]}\n{"f":{"default":"{}q","defaultRequest":"{}q","max":"{}q","maxLimitRequestRatio":"{}q","min":"{}q","type":"e@core/v1.LimitType"},"r":["type"]}\n{"e":["Container","PersistentVolumeClaim","Pod"]}\n{"f":{"hard":"{}q","scopeSelector":"@core/v1.ScopeSelector","scopes":"[]e@core/v1.ResourceQuotaScope"}}\n{"e":["BestEffort","CrossNamespacePodAffinity","NotBestEffort","NotTerminating","PriorityClass","Terminating"]}\n{"f":{"operator":"e@core/v1.ScopeSelectorOperator","scopeName":"e@core/v1.ResourceQuotaScope","values":"[]s"},"r":["operator","scopeName"]}\n{"e":["DoesNotExist","Exists","In","NotIn"]}\n{"f":{"conditions":"[]@core/v1.NamespaceCondition","phase":"e@core/v1.NamespacePhase"}}\n{"e":["Active","Terminating"]}\n{"f":{"lastTransitionTime":"t","message":"s","reason":"s","status":"s","type":"e@core/v1.NamespaceConditionType"},"r":["status","type"]}\n{"e":["NamespaceContentRemaining","NamespaceDeletionContentFailure","NamespaceDeletionDiscoveryFailure","NamespaceDeletionGroupVersionParsingFailure","NamespaceFinalizersRemaining"]}\n{"f":{"accessModes":"[]e@core/v1.PersistentVolumeAccessMode","awsElasticBlockStore":"@core/v1.AWSElasticBlockStoreVolumeSource","azureDisk":"@core/v1.AzureDiskVolumeSource","azureFile":"@core/v1.AzureFilePersistentVolumeSource","capacity":"{}q","cephfs":"@core/v1.CephFSPersistentVolumeSource","cinder":"@core/v1.CinderPersistentVolumeSource","claimRef":"@core/v1.ObjectReference","csi":"@core/v1.CSIPersistentVolumeSource","fc":"@core/v1.FCVolumeSource","flexVolume":"@core/v1.FlexPersistentVolumeSource","flocker":"@core/v1.FlockerVolumeSource","gcePersistentDisk":"@core/v1.GCEPersistentDiskVolumeSource","glusterfs":"@core/v1.GlusterfsPersistentVolumeSource","hostPath":"@core/v1.HostPathVolumeSource","iscsi":"@core/v1.ISCSIPersistentVolumeSource","local":"@core/v1.LocalVolumeSource","mountOptions":"[]s","nfs":"@core/v1.NFSVolumeSource","nodeAffinity":"@core/v1.VolumeNodeAffinity","persistentVolumeReclaimPolicy":"e@core/v1.PersistentVolumeReclaimPolicy","photonPersistentDisk":"@core/v1.PhotonPersistentDiskVolumeSource","portworxVolume":"@core/v1.PortworxVolumeSource","quobyte":"@core/v1.QuobyteVolumeSource","rbd":"@core/v1.RBDPersistentVolumeSource","scaleIO":"@core/v1.ScaleIOPersistentVolumeSource","storageClassName":"s","storageos":"@core/v1.StorageOSPersistentVolumeSource","volumeMode":"e@core/v1.PersistentVolumeMode","vsphereVolume":"@core/v1.VsphereVirtualDiskVolumeSource"}}\n{"e":["Delete","Recycle","Retain"]}\n{"f":{"message":"s","phase":"e@core/v1.PersistentVolumePhase","reason":"s"}}\n{"e":["Available","Bound","Failed","Pending","Released"]}\n{"f":{"addressType":"e@discovery/v1.AddressType","apiVersion":"s","endpoints":"[]@discovery/v1.Endpoint","kind":"s","metadata":"@meta/v1.ObjectMeta","ports":"[]@discovery/v1.EndpointPort"},"r":["addressType","endpoints"]}\n{"e":["FQDN","IPv4","IPv6"]}\n{"f":{"appProtocol":"s","name":"s","port":"i","protocol":"e@core/v1.Protocol"}}\n{"f":{"allowPrivilegeEscalation":"b","allowedCSIDrivers":"[]@extensions/v1beta1.AllowedCSIDriver","allowedCapabilities":"[]s","allowedFlexVolumes":"[]@extensions/v1beta1.AllowedFlexVolume","allowedHostPaths":"[]@extensions/v1beta1.AllowedHostPath","allowedProcMountTypes":"[]e@core/v1.ProcMountType","allowedUnsafeSysctls":"[]s","defaultAddCapabilities":"[]s","defaultAllowPrivilegeEscalation":"b","forbiddenSysctls":"[]s","fsGroup":"@extensions/v1beta1.FSGroupStrategyOptions","hostIPC":"b","hostNetwork":"b","hostPID":"b","hostPorts":"[]@extensions/v1beta1.HostPortRange","privileged":"b","readOnlyRootFilesystem":"b","requiredDropCapabilities":"[]s","runAsGroup":"@extensions/v1beta1.RunAsGroupStrategyOptions","runAsUser":"@extensions/v1beta1.RunAsUserStrategyOptions","runtimeClass":"@extensions/v1beta1.RuntimeClassStrategyOptions","seLinux":"@extensions/v1beta1.SELinuxStrategyOptions","supplementalGroups":"@extensions/v1beta1.SupplementalGroupsStrategyOptions","volumes":"[]s"},"r":["fsGroup","runAsUser","seLinux","supplementalGroups"]}\n{"f":{"endPort":"i","port":"is","protocol":"e@core/v1.Protocol"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@flowcontrol/v1beta2.FlowSchemaSpec","status":"@flowcontrol/v1beta2.FlowSchemaStatus"}}\n{"f":{"distinguisherMethod":"@flowcontrol/v1beta2.FlowDistinguisherMethod","matchingPrecedence":"i","priorityLevelConfiguration":"@flowcontrol/v1beta2.PriorityLevelConfigurationReference","rules":"[]@flowcontrol/v1beta2.PolicyRulesWithSubjects"},"r":["priorityLevelConfiguration"]}\n{"f":{"nonResourceRules":"[]@flowcontrol/v1beta2.NonResourcePolicyRule","resourceRules":"[]@flowcontrol/v1beta2.ResourcePolicyRule","subjects":"[]@flowcontrol/v1beta2.Subject"},"r":["subjects"]}\n{"f":{"group":"@flowcontrol/v1beta2.GroupSubject","kind":"s","serviceAccount":"@flowcontrol/v1beta2.ServiceAccountSubject","user":"@flowcontrol/v1beta2.UserSubject"},"r":["kind"]}\n{"f":{"conditions":"[]@flowcontrol/v1beta2.FlowSchemaCondition"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@flowcontrol/v1beta2.PriorityLevelConfigurationSpec","status":"@flowcontrol/v1beta2.PriorityLevelConfigurationStatus"}}\n{"f":{"limited":"@flowcontrol/v1beta2.LimitedPriorityLevelConfiguration","type":"s"},"r":["type"]}\n{"f":{"assuredConcurrencyShares":"i","limitResponse":"@flowcontrol/v1beta2.LimitResponse"}}\n{"f":{"queuing":"@flowcontrol/v1beta2.QueuingConfiguration","type":"s"},"r":["type"]}\n{"f":{"conditions":"[]@flowcontrol/v1beta2.PriorityLevelConfigurationCondition"}}\n{"f":{"backend":"@networking/v1.IngressBackend","path":"s","pathType":"e@networking/v1.PathType"},"r":["backend","pathType"]}\n{"e":["Exact","ImplementationSpecific","Prefix"]}\n{"f":{"egress":"[]@networking/v1.NetworkPolicyEgressRule","ingress":"[]@networking/v1.NetworkPolicyIngressRule","podSelector":"@meta/v1.LabelSelector","policyTypes":"[]e@networking/v1.PolicyType"},"r":["podSelector"]}\n{"e":["Egress","Ingress"]}\n{"f":{"apiGroup":"s","kind":"s","name":"s","namespace":"s","scope":"s"},"r":["kind","name","scope"]}\n{"f":{"allowPrivilegeEscalation":"b","allowedCSIDrivers":"[]@policy/v1beta1.AllowedCSIDriver","allowedCapabilities":"[]s","allowedFlexVolumes":"[]@policy/v1beta1.AllowedFlexVolume","allowedHostPaths":"[]@policy/v1beta1.AllowedHostPath","allowedProcMountTypes":"[]e@core/v1.ProcMountType","allowedUnsafeSysctls":"[]s","defaultAddCapabilities":"[]s","defaultAllowPrivilegeEscalation":"b","forbiddenSysctls":"[]s","fsGroup":"@policy/v1beta1.FSGroupStrategyOptions","hostIPC":"b","hostNetwork":"b","hostPID":"b","hostPorts":"[]@policy/v1beta1.HostPortRange","privileged":"b","readOnlyRootFilesystem":"b","requiredDropCapabilities":"[]s","runAsGroup":"@policy/v1beta1.RunAsGroupStrategyOptions","runAsUser":"@policy/v1beta1.RunAsUserStrategyOptions","runtimeClass":"@policy/v1beta1.RuntimeClassStrategyOptions","seLinux":"@policy/v1beta1.SELinuxStrategyOptions","supplementalGroups":"@policy/v1beta1.SupplementalGroupsStrategyOptions","volumes":"[]s"},"r":["fsGroup","runAsUser","seLinux","supplementalGroups"]}\n{"f":{"apiVersion":"s","description":"s","globalDefault":"b","kind":"s","metadata":"@meta/v1.ObjectMeta","preemptionPolicy":"e@core/v1.PreemptionPolicy","value":"i"},"r":["value"]}\n{"f":{"allowVolumeExpansion":"b","allowedTopologies":"[]@core/v1.TopologySelectorTerm","apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","mountOptions":"[]s","parameters":"{}s","provisioner":"s","reclaimPolicy":"e@core/v1.PersistentVolumeReclaimPolicy","volumeBindingMode":"e@storage/v1.VolumeBindingMode"},"r":["provisioner"]}\n{"e":["Immediate","WaitForFirstConsumer"]}\n{"f":{"allowVolumeExpansion":"b","allowedTopologies":"[]@core/v1.TopologySelectorTerm","apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","mountOptions":"[]s","parameters":"{}s","provisioner":"s","reclaimPolicy":"e@core/v1.PersistentVolumeReclaimPolicy","volumeBindingMode":"s"},"r":["provisioner"]}\n{"f":{"labelSelector":"@meta/v1.LabelSelector","maxSkew":"i","minDomains":"i","topologyKey":"s","whenUnsatisfiable":"e@core/v1.UnsatisfiableConstraintAction"},"r":["maxSkew","topologyKey","whenUnsatisfiable"]}\n{"f":{"maxUnavailable":"is","partition":"i"}}\n{"f":{"concurrencyPolicy":"e@batch/v1.ConcurrencyPolicy","failedJobsHistoryLimit":"i","jobTemplate":"@batch/v1.JobTemplateSpec","schedule":"s","startingDeadlineSeconds":"i","successfulJobsHistoryLimit":"i","suspend":"b","timeZone":"s"},"r":["jobTemplate","schedule"]}\n{"f":{"concurrencyPolicy":"s","failedJobsHistoryLimit":"i","jobTemplate":"@batch/v1beta1.JobTemplateSpec","schedule":"s","startingDeadlineSeconds":"i","successfulJobsHistoryLimit":"i","suspend":"b","timeZone":"s"},"r":["jobTemplate","schedule"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@extensions/v1beta1.NetworkPolicySpec","status":"@extensions/v1beta1.NetworkPolicyStatus"}}\n{"f":{"conditions":"[]@meta/v1.Condition"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@networking/v1.NetworkPolicySpec","status":"@networking/v1.NetworkPolicyStatus"}}\n{"f":{"annotations":"{}s","creationTimestamp":"t","deletionGracePeriodSeconds":"i","deletionTimestamp":"t","finalizers":"[]s","generateName":"s","generation":"i","labels":"{}s","managedFields":"[]@meta/v1.ManagedFieldsEntry","name":"s","namespace":"s","ownerReferences":"[]@meta/v1.OwnerReference","resourceVersion":"s","selfLink":"s","uid":"s"}}\n{"f":{"activeDeadlineSeconds":"i","affinity":"@core/v1.Affinity","automountServiceAccountToken":"b","containers":"[]@core/v1.Container","dnsConfig":"@core/v1.PodDNSConfig","dnsPolicy":"e@core/v1.DNSPolicy","enableServiceLinks":"b","ephemeralContainers":"[]@core/v1.EphemeralContainer","hostAliases":"[]@core/v1.HostAlias","hostIPC":"b","hostNetwork":"b","hostPID":"b","hostUsers":"b","hostname":"s","imagePullSecrets":"[]@core/v1.LocalObjectReference","initContainers":"[]@core/v1.Container","nodeName":"s","nodeSelector":"{}s","os":"@core/v1.PodOS","overhead":"{}q","preemptionPolicy":"e@core/v1.PreemptionPolicy","priority":"i","priorityClassName":"s","readinessGates":"[]@core/v1.PodReadinessGate","restartPolicy":"e@core/v1.RestartPolicy","runtimeClassName":"s","schedulerName":"s","securityContext":"@core/v1.PodSecurityContext","serviceAccount":"s","serviceAccountName":"s","setHostnameAsFQDN":"b","shareProcessNamespace":"b","subdomain":"s","terminationGracePeriodSeconds":"i","tolerations":"[]@core/v1.Toleration","topologySpreadConstraints":"[]@core/v1.TopologySpreadConstraint","volumes":"[]@core/v1.Volume"},"r":["containers"]}\n{"f":{"labelSelector":"@meta/v1.LabelSelector","matchLabelKeys":"[]s","maxSkew":"i","minDomains":"i","nodeAffinityPolicy":"e@core/v1.NodeInclusionPolicy","nodeTaintsPolicy":"e@core/v1.NodeInclusionPolicy","topologyKey":"s","whenUnsatisfiable":"e@core/v1.UnsatisfiableConstraintAction"},"r":["maxSkew","topologyKey","whenUnsatisfiable"]}\n{"e":["Honor","Ignore"]}\n{"f":{"activeDeadlineSeconds":"i","backoffLimit":"i","completionMode":"e@batch/v1.CompletionMode","completions":"i","manualSelector":"b","parallelism":"i","podFailurePolicy":"@batch/v1.PodFailurePolicy","selector":"@meta/v1.LabelSelector","suspend":"b","template":"@core/v1.PodTemplateSpec","ttlSecondsAfterFinished":"i"},"r":["template"]}\n{"f":{"rules":"[]@batch/v1.PodFailurePolicyRule"},"r":["rules"]}\n{"f":{"action":"e@batch/v1.PodFailurePolicyAction","onExitCodes":"@batch/v1.PodFailurePolicyOnExitCodesRequirement","onPodConditions":"[]@batch/v1.PodFailurePolicyOnPodConditionsPattern"},"r":["action","onPodConditions"]}\n{"e":["Count","FailJob","Ignore"]}\n{"f":{"containerName":"s","operator":"e@batch/v1.PodFailurePolicyOnExitCodesOperator","values":"[]i"},"r":["operator","values"]}\n{"e":["In","NotIn"]}\n{"f":{"status":"s","type":"s"},"r":["status","type"]}\n{"f":{"allocateLoadBalancerNodePorts":"b","clusterIP":"s","clusterIPs":"[]s","externalIPs":"[]s","externalName":"s","externalTrafficPolicy":"e@core/v1.ServiceExternalTrafficPolicyType","healthCheckNodePort":"i","internalTrafficPolicy":"e@core/v1.ServiceInternalTrafficPolicyType","ipFamilies":"[]e@core/v1.IPFamily","ipFamilyPolicy":"e@core/v1.IPFamilyPolicy","loadBalancerClass":"s","loadBalancerIP":"s","loadBalancerSourceRanges":"[]s","ports":"[]@core/v1.ServicePort","publishNotReadyAddresses":"b","selector":"{}s","sessionAffinity":"e@core/v1.ServiceAffinity","sessionAffinityConfig":"@core/v1.SessionAffinityConfig","type":"e@core/v1.ServiceType"}}\n{"f":{"controllerExpandSecretRef":"@core/v1.SecretReference","controllerPublishSecretRef":"@core/v1.SecretReference","driver":"s","fsType":"s","nodeExpandSecretRef":"@core/v1.SecretReference","nodePublishSecretRef":"@core/v1.SecretReference","nodeStageSecretRef":"@core/v1.SecretReference","readOnly":"b","volumeAttributes":"{}s","volumeHandle":"s"},"r":["driver","volumeHandle"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@networking/v1alpha1.ClusterCIDRSpec"}}\n{"f":{"ipv4":"s","ipv6":"s","nodeSelector":"@core/v1.NodeSelector","perNodeHostBits":"i"},"r":["perNodeHostBits"]}\n{"f":{"attachRequired":"b","fsGroupPolicy":"s","podInfoOnMount":"b","requiresRepublish":"b","seLinuxMount":"b","storageCapacity":"b","tokenRequests":"[]@storage/v1.TokenRequest","volumeLifecycleModes":"[]s"}}\n{"f":{"attachRequired":"b","fsGroupPolicy":"s","podInfoOnMount":"b","requiresRepublish":"b","seLinuxMount":"b","storageCapacity":"b","tokenRequests":"[]@storage/v1beta1.TokenRequest","volumeLifecycleModes":"[]s"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@admissionregistration/v1alpha1.ValidatingAdmissionPolicySpec"}}\n{"f":{"failurePolicy":"e@admissionregistration/v1alpha1.FailurePolicyType","matchConstraints":"@admissionregistration/v1alpha1.MatchResources","paramKind":"@admissionregistration/v1alpha1.ParamKind","validations":"[]@admissionregistration/v1alpha1.Validation"},"r":["validations"]}\n{"f":{"apiVersion":"s","kind":"s"}}\n{"f":{"excludeResourceRules":"[]@admissionregistration/v1alpha1.NamedRuleWithOperations","matchPolicy":"e@admissionregistration/v1alpha1.MatchPolicyType","namespaceSelector":"@meta/v1.LabelSelector","objectSelector":"@meta/v1.LabelSelector","resourceRules":"[]@admissionregistration/v1alpha1.NamedRuleWithOperations"}}\n{"f":{"apiGroups":"[]s","apiVersions":"[]s","operations":"[]e@admissionregistration/v1.OperationType","resourceNames":"[]s","resources":"[]s","scope":"e@admissionregistration/v1.ScopeType"}}\n{"f":{"expression":"s","message":"s","reason":"s"},"r":["expression"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@admissionregistration/v1alpha1.ValidatingAdmissionPolicyBindingSpec"}}\n{"f":{"matchResources":"@admissionregistration/v1alpha1.MatchResources","paramRef":"@admissionregistration/v1alpha1.ParamRef","policyName":"s"}}\n{"f":{"admissionReviewVersions":"[]s","clientConfig":"@admissionregistration/v1beta1.WebhookClientConfig","failurePolicy":"s","matchPolicy":"s","name":"s","namespaceSelector":"@meta/v1.LabelSelector","objectSelector":"@meta/v1.LabelSelector","rules":"[]@admissionregistration/v1.RuleWithOperations","sideEffects":"s","timeoutSeconds":"i"},"r":["clientConfig","name"]}\n{"f":{"admissionReviewVersions":"[]s","clientConfig":"@admissionregistration/v1beta1.WebhookClientConfig","failurePolicy":"s","matchPolicy":"s","name":"s","namespaceSelector":"@meta/v1.LabelSelector","objectSelector":"@meta/v1.LabelSelector","reinvocationPolicy":"s","rules":"[]@admissionregistration/v1.RuleWithOperations","sideEffects":"s","timeoutSeconds":"i"},"r":["clientConfig","name"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","versions":"[]@apidiscovery/v2beta1.APIVersionDiscovery"}}\n{"f":{"freshness":"s","resources":"[]@apidiscovery/v2beta1.APIResourceDiscovery","version":"s"},"r":["version"]}\n{"f":{"categories":"[]s","resource":"s","responseKind":"@meta/v1.GroupVersionKind","scope":"s","shortNames":"[]s","singularResource":"s","subresources":"[]@apidiscovery/v2beta1.APISubresourceDiscovery","verbs":"[]s"},"r":["resource","scope","singularResource","verbs"]}\n{"f":{"acceptedTypes":"[]@meta/v1.GroupVersionKind","responseKind":"@meta/v1.GroupVersionKind","subresource":"s","verbs":"[]s"},"r":["subresource","verbs"]}\n{"f":{"activeDeadlineSeconds":"i","affinity":"@core/v1.Affinity","automountServiceAccountToken":"b","containers":"[]@core/v1.Container","dnsConfig":"@core/v1.PodDNSConfig","dnsPolicy":"e@core/v1.DNSPolicy","enableServiceLinks":"b","ephemeralContainers":"[]@core/v1.EphemeralContainer","hostAliases":"[]@core/v1.HostAlias","hostIPC":"b","hostNetwork":"b","hostPID":"b","hostUsers":"b","hostname":"s","imagePullSecrets":"[]@core/v1.LocalObjectReference","initContainers":"[]@core/v1.Container","nodeName":"s","nodeSelector":"{}s","os":"@core/v1.PodOS","overhead":"{}q","preemptionPolicy":"e@core/v1.PreemptionPolicy","priority":"i","priorityClassName":"s","readinessGates":"[]@core/v1.PodReadinessGate","resourceClaims":"[]@core/v1.PodResourceClaim","restartPolicy":"e@core/v1.RestartPolicy","runtimeClassName":"s","schedulerName":"s","schedulingGates":"[]@core/v1.PodSchedulingGate","securityContext":"@core/v1.PodSecurityContext","serviceAccount":"s","serviceAccountName":"s","setHostnameAsFQDN":"b","shareProcessNamespace":"b","subdomain":"s","terminationGracePeriodSeconds":"i","tolerations":"[]@core/v1.Toleration","topologySpreadConstraints":"[]@core/v1.TopologySpreadConstraint","volumes":"[]@core/v1.Volume"},"r":["containers"]}\n{"f":{"accessModes":"[]e@core/v1.PersistentVolumeAccessMode","dataSource":"@core/v1.TypedLocalObjectReference","dataSourceRef":"@core/v1.TypedObjectReference","resources":"@core/v1.ResourceRequirements","selector":"@meta/v1.LabelSelector","storageClassName":"s","volumeMode":"e@core/v1.PersistentVolumeMode","volumeName":"s"}}\n{"f":{"claims":"[]@core/v1.ResourceClaim","limits":"{}q","requests":"{}q"}}\n{"f":{"name":"s","source":"@core/v1.ClaimSource"},"r":["name"]}\n{"f":{"resourceClaimName":"s","resourceClaimTemplateName":"s"}}\n{"f":{"minReadySeconds":"i","ordinals":"@apps/v1.StatefulSetOrdinals","persistentVolumeClaimRetentionPolicy":"@apps/v1.StatefulSetPersistentVolumeClaimRetentionPolicy","podManagementPolicy":"e@apps/v1.PodManagementPolicyType","replicas":"i","revisionHistoryLimit":"i","selector":"@meta/v1.LabelSelector","serviceName":"s","template":"@core/v1.PodTemplateSpec","updateStrategy":"@apps/v1.StatefulSetUpdateStrategy","volumeClaimTemplates":"[]@core/v1.PersistentVolumeClaim"},"r":["selector","serviceName","template"]}\n{"f":{"start":"i"}}\n{"f":{"minReadySeconds":"i","ordinals":"@apps/v1beta1.StatefulSetOrdinals","persistentVolumeClaimRetentionPolicy":"@apps/v1beta1.StatefulSetPersistentVolumeClaimRetentionPolicy","podManagementPolicy":"s","replicas":"i","revisionHistoryLimit":"i","selector":"@meta/v1.LabelSelector","serviceName":"s","template":"@core/v1.PodTemplateSpec","updateStrategy":"@apps/v1beta1.StatefulSetUpdateStrategy","volumeClaimTemplates":"[]@core/v1.PersistentVolumeClaim"},"r":["serviceName","template"]}\n{"f":{"minReadySeconds":"i","ordinals":"@apps/v1beta2.StatefulSetOrdinals","persistentVolumeClaimRetentionPolicy":"@apps/v1beta2.StatefulSetPersistentVolumeClaimRetentionPolicy","podManagementPolicy":"s","replicas":"i","revisionHistoryLimit":"i","selector":"@meta/v1.LabelSelector","serviceName":"s","template":"@core/v1.PodTemplateSpec","updateStrategy":"@apps/v1beta2.StatefulSetUpdateStrategy","volumeClaimTemplates":"[]@core/v1.PersistentVolumeClaim"},"r":["selector","serviceName","template"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","status":"@authentication/v1alpha1.SelfSubjectReviewStatus"}}\n{"f":{"userInfo":"@authentication/v1.UserInfo"}}\n{"f":{"loadBalancer":"@extensions/v1beta1.IngressLoadBalancerStatus"}}\n{"f":{"ingress":"[]@extensions/v1beta1.IngressLoadBalancerIngress"}}\n{"f":{"hostname":"s","ip":"s","ports":"[]@extensions/v1beta1.IngressPortStatus"}}\n{"f":{"assuredConcurrencyShares":"i","borrowingLimitPercent":"i","lendablePercent":"i","limitResponse":"@flowcontrol/v1alpha1.LimitResponse"}}\n{"f":{"assuredConcurrencyShares":"i","borrowingLimitPercent":"i","lendablePercent":"i","limitResponse":"@flowcontrol/v1beta1.LimitResponse"}}\n{"f":{"assuredConcurrencyShares":"i","borrowingLimitPercent":"i","lendablePercent":"i","limitResponse":"@flowcontrol/v1beta2.LimitResponse"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@flowcontrol/v1beta3.FlowSchemaSpec","status":"@flowcontrol/v1beta3.FlowSchemaStatus"}}\n{"f":{"distinguisherMethod":"@flowcontrol/v1beta3.FlowDistinguisherMethod","matchingPrecedence":"i","priorityLevelConfiguration":"@flowcontrol/v1beta3.PriorityLevelConfigurationReference","rules":"[]@flowcontrol/v1beta3.PolicyRulesWithSubjects"},"r":["priorityLevelConfiguration"]}\n{"f":{"nonResourceRules":"[]@flowcontrol/v1beta3.NonResourcePolicyRule","resourceRules":"[]@flowcontrol/v1beta3.ResourcePolicyRule","subjects":"[]@flowcontrol/v1beta3.Subject"},"r":["subjects"]}\n{"f":{"group":"@flowcontrol/v1beta3.GroupSubject","kind":"s","serviceAccount":"@flowcontrol/v1beta3.ServiceAccountSubject","user":"@flowcontrol/v1beta3.UserSubject"},"r":["kind"]}\n{"f":{"conditions":"[]@flowcontrol/v1beta3.FlowSchemaCondition"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@flowcontrol/v1beta3.PriorityLevelConfigurationSpec","status":"@flowcontrol/v1beta3.PriorityLevelConfigurationStatus"}}\n{"f":{"limited":"@flowcontrol/v1beta3.LimitedPriorityLevelConfiguration","type":"s"},"r":["type"]}\n{"f":{"borrowingLimitPercent":"i","lendablePercent":"i","limitResponse":"@flowcontrol/v1beta3.LimitResponse","nominalConcurrencyShares":"i"}}\n{"f":{"queuing":"@flowcontrol/v1beta3.QueuingConfiguration","type":"s"},"r":["type"]}\n{"f":{"conditions":"[]@flowcontrol/v1beta3.PriorityLevelConfigurationCondition"}}\n{"f":{"loadBalancer":"@networking/v1.IngressLoadBalancerStatus"}}\n{"f":{"ingress":"[]@networking/v1.IngressLoadBalancerIngress"}}\n{"f":{"hostname":"s","ip":"s","ports":"[]@networking/v1.IngressPortStatus"}}\n{"f":{"loadBalancer":"@networking/v1beta1.IngressLoadBalancerStatus"}}\n{"f":{"ingress":"[]@networking/v1beta1.IngressLoadBalancerIngress"}}\n{"f":{"hostname":"s","ip":"s","ports":"[]@networking/v1beta1.IngressPortStatus"}}\n{"f":{"maxUnavailable":"is","minAvailable":"is","selector":"@meta/v1.LabelSelector","unhealthyPodEvictionPolicy":"e@policy/v1.UnhealthyPodEvictionPolicyType"}}\n{"e":["AlwaysAllow","IfHealthyBudget"]}\n{"f":{"maxUnavailable":"is","minAvailable":"is","selector":"@meta/v1.LabelSelector","unhealthyPodEvictionPolicy":"e@policy/v1beta1.UnhealthyPodEvictionPolicyType"}}\n{"f":{"apiVersion":"s","driverName":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","parametersRef":"@resource/v1alpha1.ResourceClassParametersReference","suitableNodes":"@core/v1.NodeSelector"},"r":["driverName"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1alpha1.ResourceClaimSpec","status":"@resource/v1alpha1.ResourceClaimStatus"},"r":["spec"]}\n{"f":{"allocationMode":"s","parametersRef":"@resource/v1alpha1.ResourceClaimParametersReference","resourceClassName":"s"},"r":["resourceClassName"]}\n{"f":{"allocation":"@resource/v1alpha1.AllocationResult","deallocationRequested":"b","driverName":"s","reservedFor":"[]@resource/v1alpha1.ResourceClaimConsumerReference"}}\n{"f":{"availableOnNodes":"@core/v1.NodeSelector","resourceHandle":"s","shareable":"b"}}\n{"f":{"apiGroup":"s","name":"s","resource":"s","uid":"s"},"r":["name","resource","uid"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1alpha1.ResourceClaimTemplateSpec"},"r":["spec"]}\n{"f":{"metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1alpha1.ResourceClaimSpec"},"r":["spec"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1alpha1.PodSchedulingSpec","status":"@resource/v1alpha1.PodSchedulingStatus"},"r":["spec"]}\n{"f":{"potentialNodes":"[]s","selectedNode":"s"}}\n{"f":{"resourceClaims":"[]@resource/v1alpha1.ResourceClaimSchedulingStatus"}}\n{"f":{"name":"s","unsuitableNodes":"[]s"}}\n{"f":{"admissionReviewVersions":"[]s","clientConfig":"@admissionregistration/v1.WebhookClientConfig","failurePolicy":"e@admissionregistration/v1.FailurePolicyType","matchConditions":"[]@admissionregistration/v1.MatchCondition","matchPolicy":"e@admissionregistration/v1.MatchPolicyType","name":"s","namespaceSelector":"@meta/v1.LabelSelector","objectSelector":"@meta/v1.LabelSelector","rules":"[]@admissionregistration/v1.RuleWithOperations","sideEffects":"e@admissionregistration/v1.SideEffectClass","timeoutSeconds":"i"},"r":["admissionReviewVersions","clientConfig","name","sideEffects"]}\n{"f":{"expression":"s","name":"s"},"r":["expression","name"]}\n{"f":{"admissionReviewVersions":"[]s","clientConfig":"@admissionregistration/v1.WebhookClientConfig","failurePolicy":"e@admissionregistration/v1.FailurePolicyType","matchConditions":"[]@admissionregistration/v1.MatchCondition","matchPolicy":"e@admissionregistration/v1.MatchPolicyType","name":"s","namespaceSelector":"@meta/v1.LabelSelector","objectSelector":"@meta/v1.LabelSelector","reinvocationPolicy":"e@admissionregistration/v1.ReinvocationPolicyType","rules":"[]@admissionregistration/v1.RuleWithOperations","sideEffects":"e@admissionregistration/v1.SideEffectClass","timeoutSeconds":"i"},"r":["admissionReviewVersions","clientConfig","name","sideEffects"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@admissionregistration/v1alpha1.ValidatingAdmissionPolicySpec","status":"@admissionregistration/v1alpha1.ValidatingAdmissionPolicyStatus"}}\n{"f":{"auditAnnotations":"[]@admissionregistration/v1alpha1.AuditAnnotation","failurePolicy":"e@admissionregistration/v1alpha1.FailurePolicyType","matchConditions":"[]@admissionregistration/v1.MatchCondition","matchConstraints":"@admissionregistration/v1alpha1.MatchResources","paramKind":"@admissionregistration/v1alpha1.ParamKind","validations":"[]@admissionregistration/v1alpha1.Validation"}}\n{"f":{"expression":"s","message":"s","messageExpression":"s","reason":"s"},"r":["expression"]}\n{"f":{"key":"s","valueExpression":"s"},"r":["key","valueExpression"]}\n{"f":{"conditions":"[]@meta/v1.Condition","observedGeneration":"i","typeChecking":"@admissionregistration/v1alpha1.TypeChecking"}}\n{"f":{"expressionWarnings":"[]@admissionregistration/v1alpha1.ExpressionWarning"}}\n{"f":{"fieldRef":"s","warning":"s"},"r":["fieldRef","warning"]}\n{"f":{"matchResources":"@admissionregistration/v1alpha1.MatchResources","paramRef":"@admissionregistration/v1alpha1.ParamRef","policyName":"s","validationActions":"[]e@admissionregistration/v1alpha1.ValidationAction"}}\n{"e":["Audit","Deny","Warn"]}\n{"f":{"admissionReviewVersions":"[]s","clientConfig":"@admissionregistration/v1beta1.WebhookClientConfig","failurePolicy":"s","matchConditions":"[]@admissionregistration/v1beta1.MatchCondition","matchPolicy":"s","name":"s","namespaceSelector":"@meta/v1.LabelSelector","objectSelector":"@meta/v1.LabelSelector","rules":"[]@admissionregistration/v1.RuleWithOperations","sideEffects":"s","timeoutSeconds":"i"},"r":["clientConfig","name"]}\n{"f":{"admissionReviewVersions":"[]s","clientConfig":"@admissionregistration/v1beta1.WebhookClientConfig","failurePolicy":"s","matchConditions":"[]@admissionregistration/v1beta1.MatchCondition","matchPolicy":"s","name":"s","namespaceSelector":"@meta/v1.LabelSelector","objectSelector":"@meta/v1.LabelSelector","reinvocationPolicy":"s","rules":"[]@admissionregistration/v1.RuleWithOperations","sideEffects":"s","timeoutSeconds":"i"},"r":["clientConfig","name"]}\n{"f":{"args":"[]s","command":"[]s","env":"[]@core/v1.EnvVar","envFrom":"[]@core/v1.EnvFromSource","image":"s","imagePullPolicy":"e@core/v1.PullPolicy","lifecycle":"@core/v1.Lifecycle","livenessProbe":"@core/v1.Probe","name":"s","ports":"[]@core/v1.ContainerPort","readinessProbe":"@core/v1.Probe","resizePolicy":"[]@core/v1.ContainerResizePolicy","resources":"@core/v1.ResourceRequirements","securityContext":"@core/v1.SecurityContext","startupProbe":"@core/v1.Probe","stdin":"b","stdinOnce":"b","terminationMessagePath":"s","terminationMessagePolicy":"e@core/v1.TerminationMessagePolicy","tty":"b","volumeDevices":"[]@core/v1.VolumeDevice","volumeMounts":"[]@core/v1.VolumeMount","workingDir":"s"},"r":["name"]}\n{"f":{"resourceName":"s","restartPolicy":"s"},"r":["resourceName","restartPolicy"]}\n{"f":{"args":"[]s","command":"[]s","env":"[]@core/v1.EnvVar","envFrom":"[]@core/v1.EnvFromSource","image":"s","imagePullPolicy":"e@core/v1.PullPolicy","lifecycle":"@core/v1.Lifecycle","livenessProbe":"@core/v1.Probe","name":"s","ports":"[]@core/v1.ContainerPort","readinessProbe":"@core/v1.Probe","resizePolicy":"[]@core/v1.ContainerResizePolicy","resources":"@core/v1.ResourceRequirements","securityContext":"@core/v1.SecurityContext","startupProbe":"@core/v1.Probe","stdin":"b","stdinOnce":"b","targetContainerName":"s","terminationMessagePath":"s","terminationMessagePolicy":"e@core/v1.TerminationMessagePolicy","tty":"b","volumeDevices":"[]@core/v1.VolumeDevice","volumeMounts":"[]@core/v1.VolumeMount","workingDir":"s"},"r":["name"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","status":"@authentication/v1beta1.SelfSubjectReviewStatus"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@certificates/v1alpha1.ClusterTrustBundleSpec"},"r":["spec"]}\n{"f":{"signerName":"s","trustBundle":"s"},"r":["trustBundle"]}\n{"f":{"conditions":"[]@core/v1.PodCondition","containerStatuses":"[]@core/v1.ContainerStatus","ephemeralContainerStatuses":"[]@core/v1.ContainerStatus","hostIP":"s","initContainerStatuses":"[]@core/v1.ContainerStatus","message":"s","nominatedNodeName":"s","phase":"e@core/v1.PodPhase","podIP":"s","podIPs":"[]@core/v1.PodIP","qosClass":"e@core/v1.PodQOSClass","reason":"s","resize":"s","startTime":"t"}}\n{"f":{"allocatedResources":"{}q","containerID":"s","image":"s","imageID":"s","lastState":"@core/v1.ContainerState","name":"s","ready":"b","resources":"@core/v1.ResourceRequirements","restartCount":"i","started":"b","state":"@core/v1.ContainerState"},"r":["image","imageID","name","ready","restartCount"]}\n{"f":{"allocateLoadBalancerNodePorts":"b","clusterIP":"s","clusterIPs":"[]s","externalIPs":"[]s","externalName":"s","externalTrafficPolicy":"e@core/v1.ServiceExternalTrafficPolicy","healthCheckNodePort":"i","internalTrafficPolicy":"e@core/v1.ServiceInternalTrafficPolicy","ipFamilies":"[]e@core/v1.IPFamily","ipFamilyPolicy":"e@core/v1.IPFamilyPolicy","loadBalancerClass":"s","loadBalancerIP":"s","loadBalancerSourceRanges":"[]s","ports":"[]@core/v1.ServicePort","publishNotReadyAddresses":"b","selector":"{}s","sessionAffinity":"e@core/v1.ServiceAffinity","sessionAffinityConfig":"@core/v1.SessionAffinityConfig","type":"e@core/v1.ServiceType"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@networking/v1alpha1.IPAddressSpec"}}\n{"f":{"parentRef":"@networking/v1alpha1.ParentReference"},"r":["parentRef"]}\n{"f":{"group":"s","name":"s","namespace":"s","resource":"s","uid":"s"},"r":["name","resource"]}\n{"f":{"apiVersion":"s","driverName":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","parametersRef":"@resource/v1alpha2.ResourceClassParametersReference","suitableNodes":"@core/v1.NodeSelector"},"r":["driverName"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1alpha2.ResourceClaimSpec","status":"@resource/v1alpha2.ResourceClaimStatus"},"r":["spec"]}\n{"f":{"allocationMode":"s","parametersRef":"@resource/v1alpha2.ResourceClaimParametersReference","resourceClassName":"s"},"r":["resourceClassName"]}\n{"f":{"allocation":"@resource/v1alpha2.AllocationResult","deallocationRequested":"b","driverName":"s","reservedFor":"[]@resource/v1alpha2.ResourceClaimConsumerReference"}}\n{"f":{"availableOnNodes":"@core/v1.NodeSelector","resourceHandles":"[]@resource/v1alpha2.ResourceHandle","shareable":"b"}}\n{"f":{"data":"s","driverName":"s"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1alpha2.ResourceClaimTemplateSpec"},"r":["spec"]}\n{"f":{"metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1alpha2.ResourceClaimSpec"},"r":["spec"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1alpha2.PodSchedulingContextSpec","status":"@resource/v1alpha2.PodSchedulingContextStatus"},"r":["spec"]}\n{"f":{"resourceClaims":"[]@resource/v1alpha2.ResourceClaimSchedulingStatus"}}\n{"f":{"auditAnnotations":"[]@admissionregistration/v1alpha1.AuditAnnotation","failurePolicy":"e@admissionregistration/v1alpha1.FailurePolicyType","matchConditions":"[]@admissionregistration/v1.MatchCondition","matchConstraints":"@admissionregistration/v1alpha1.MatchResources","paramKind":"@admissionregistration/v1alpha1.ParamKind","validations":"[]@admissionregistration/v1alpha1.Validation","variables":"[]@admissionregistration/v1alpha1.Variable"}}\n{"f":{"name":"s","namespace":"s","parameterNotFoundAction":"e@admissionregistration/v1alpha1.ParameterNotFoundActionType","selector":"@meta/v1.LabelSelector"}}\n{"e":["Allow","Deny"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@admissionregistration/v1beta1.ValidatingAdmissionPolicySpec","status":"@admissionregistration/v1beta1.ValidatingAdmissionPolicyStatus"}}\n{"f":{"auditAnnotations":"[]@admissionregistration/v1beta1.AuditAnnotation","failurePolicy":"s","matchConditions":"[]@admissionregistration/v1beta1.MatchCondition","matchConstraints":"@admissionregistration/v1beta1.MatchResources","paramKind":"@admissionregistration/v1beta1.ParamKind","validations":"[]@admissionregistration/v1beta1.Validation","variables":"[]@admissionregistration/v1beta1.Variable"}}\n{"f":{"excludeResourceRules":"[]@admissionregistration/v1beta1.NamedRuleWithOperations","matchPolicy":"s","namespaceSelector":"@meta/v1.LabelSelector","objectSelector":"@meta/v1.LabelSelector","resourceRules":"[]@admissionregistration/v1beta1.NamedRuleWithOperations"}}\n{"f":{"conditions":"[]@meta/v1.Condition","observedGeneration":"i","typeChecking":"@admissionregistration/v1beta1.TypeChecking"}}\n{"f":{"expressionWarnings":"[]@admissionregistration/v1beta1.ExpressionWarning"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@admissionregistration/v1beta1.ValidatingAdmissionPolicyBindingSpec"}}\n{"f":{"matchResources":"@admissionregistration/v1beta1.MatchResources","paramRef":"@admissionregistration/v1beta1.ParamRef","policyName":"s","validationActions":"[]e@admissionregistration/v1beta1.ValidationAction"}}\n{"f":{"name":"s","namespace":"s","parameterNotFoundAction":"s","selector":"@meta/v1.LabelSelector"}}\n{"f":{"apiServerID":"s","decodableVersions":"[]s","encodingVersion":"s","servedVersions":"[]s"}}\n{"f":{"args":"[]s","command":"[]s","env":"[]@core/v1.EnvVar","envFrom":"[]@core/v1.EnvFromSource","image":"s","imagePullPolicy":"e@core/v1.PullPolicy","lifecycle":"@core/v1.Lifecycle","livenessProbe":"@core/v1.Probe","name":"s","ports":"[]@core/v1.ContainerPort","readinessProbe":"@core/v1.Probe","resizePolicy":"[]@core/v1.ContainerResizePolicy","resources":"@core/v1.ResourceRequirements","restartPolicy":"s","securityContext":"@core/v1.SecurityContext","startupProbe":"@core/v1.Probe","stdin":"b","stdinOnce":"b","terminationMessagePath":"s","terminationMessagePolicy":"e@core/v1.TerminationMessagePolicy","tty":"b","volumeDevices":"[]@core/v1.VolumeDevice","volumeMounts":"[]@core/v1.VolumeMount","workingDir":"s"},"r":["name"]}\n{"f":{"args":"[]s","command":"[]s","env":"[]@core/v1.EnvVar","envFrom":"[]@core/v1.EnvFromSource","image":"s","imagePullPolicy":"e@core/v1.PullPolicy","lifecycle":"@core/v1.Lifecycle","livenessProbe":"@core/v1.Probe","name":"s","ports":"[]@core/v1.ContainerPort","readinessProbe":"@core/v1.Probe","resizePolicy":"[]@core/v1.ContainerResizePolicy","resources":"@core/v1.ResourceRequirements","restartPolicy":"s","securityContext":"@core/v1.SecurityContext","startupProbe":"@core/v1.Probe","stdin":"b","stdinOnce":"b","targetContainerName":"s","terminationMessagePath":"s","terminationMessagePolicy":"e@core/v1.TerminationMessagePolicy","tty":"b","volumeDevices":"[]@core/v1.VolumeDevice","volumeMounts":"[]@core/v1.VolumeMount","workingDir":"s"},"r":["name"]}\n{"f":{"accessModes":"[]e@core/v1.PersistentVolumeAccessMode","allocatedResourceStatuses":"{}e@core/v1.ClaimResourceStatus","allocatedResources":"{}q","capacity":"{}q","conditions":"[]@core/v1.PersistentVolumeClaimCondition","phase":"e@core/v1.PersistentVolumeClaimPhase"}}\n{"e":["ControllerResizeFailed","ControllerResizeInProgress","NodeResizeFailed","NodeResizeInProgress","NodeResizePending"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","status":"@authentication/v1.SelfSubjectReviewStatus"}}\n{"f":{"activeDeadlineSeconds":"i","backoffLimit":"i","backoffLimitPerIndex":"i","completionMode":"e@batch/v1.CompletionMode","completions":"i","manualSelector":"b","maxFailedIndexes":"i","parallelism":"i","podFailurePolicy":"@batch/v1.PodFailurePolicy","podReplacementPolicy":"e@batch/v1.PodReplacementPolicy","selector":"@meta/v1.LabelSelector","suspend":"b","template":"@core/v1.PodTemplateSpec","ttlSecondsAfterFinished":"i"},"r":["template"]}\n{"e":["Count","FailIndex","FailJob","Ignore"]}\n{"e":["Failed","TerminatingOrFailed"]}\n{"f":{"active":"i","completedIndexes":"s","completionTime":"t","conditions":"[]@batch/v1.JobCondition","failed":"i","failedIndexes":"s","ready":"i","startTime":"t","succeeded":"i","terminating":"i","uncountedTerminatedPods":"@batch/v1.UncountedTerminatedPods"}}\n{"f":{"conditions":"[]@core/v1.PodCondition","containerStatuses":"[]@core/v1.ContainerStatus","ephemeralContainerStatuses":"[]@core/v1.ContainerStatus","hostIP":"s","hostIPs":"[]@core/v1.HostIP","initContainerStatuses":"[]@core/v1.ContainerStatus","message":"s","nominatedNodeName":"s","phase":"e@core/v1.PodPhase","podIP":"s","podIPs":"[]@core/v1.PodIP","qosClass":"e@core/v1.PodQOSClass","reason":"s","resize":"s","resourceClaimStatuses":"[]@core/v1.PodResourceClaimStatus","startTime":"t"}}\n{"f":{"name":"s","resourceClaimName":"s"},"r":["name"]}\n{"f":{"lastPhaseTransitionTime":"t","message":"s","phase":"e@core/v1.PersistentVolumePhase","reason":"s"}}\n{"f":{"exempt":"@flowcontrol/v1alpha1.ExemptPriorityLevelConfiguration","limited":"@flowcontrol/v1alpha1.LimitedPriorityLevelConfiguration","type":"s"},"r":["type"]}\n{"f":{"lendablePercent":"i","nominalConcurrencyShares":"i"}}\n{"f":{"exempt":"@flowcontrol/v1beta1.ExemptPriorityLevelConfiguration","limited":"@flowcontrol/v1beta1.LimitedPriorityLevelConfiguration","type":"s"},"r":["type"]}\n{"f":{"exempt":"@flowcontrol/v1beta2.ExemptPriorityLevelConfiguration","limited":"@flowcontrol/v1beta2.LimitedPriorityLevelConfiguration","type":"s"},"r":["type"]}\n{"f":{"exempt":"@flowcontrol/v1beta3.ExemptPriorityLevelConfiguration","limited":"@flowcontrol/v1beta3.LimitedPriorityLevelConfiguration","type":"s"},"r":["type"]}\n{"f":{"clusterTrustBundle":"@core/v1.ClusterTrustBundleProjection","configMap":"@core/v1.ConfigMapProjection","downwardAPI":"@core/v1.DownwardAPIProjection","secret":"@core/v1.SecretProjection","serviceAccountToken":"@core/v1.ServiceAccountTokenProjection"}}\n{"f":{"labelSelector":"@meta/v1.LabelSelector","name":"s","optional":"b","path":"s","signerName":"s"},"r":["path"]}\n{"f":{"accessModes":"[]e@core/v1.PersistentVolumeAccessMode","dataSource":"@core/v1.TypedLocalObjectReference","dataSourceRef":"@core/v1.TypedObjectReference","resources":"@core/v1.VolumeResourceRequirements","selector":"@meta/v1.LabelSelector","storageClassName":"s","volumeAttributesClassName":"s","volumeMode":"e@core/v1.PersistentVolumeMode","volumeName":"s"}}\n{"f":{"exec":"@core/v1.ExecAction","httpGet":"@core/v1.HTTPGetAction","sleep":"@core/v1.SleepAction","tcpSocket":"@core/v1.TCPSocketAction"}}\n{"f":{"seconds":"i"},"r":["seconds"]}\n{"f":{"labelSelector":"@meta/v1.LabelSelector","matchLabelKeys":"[]s","mismatchLabelKeys":"[]s","namespaceSelector":"@meta/v1.LabelSelector","namespaces":"[]s","topologyKey":"s"},"r":["topologyKey"]}\n{"f":{"accessModes":"[]e@core/v1.PersistentVolumeAccessMode","allocatedResourceStatuses":"{}e@core/v1.ClaimResourceStatus","allocatedResources":"{}q","capacity":"{}q","conditions":"[]@core/v1.PersistentVolumeClaimCondition","currentVolumeAttributesClassName":"s","modifyVolumeStatus":"@core/v1.ModifyVolumeStatus","phase":"e@core/v1.PersistentVolumeClaimPhase"}}\n{"f":{"status":"e@core/v1.PersistentVolumeClaimModifyVolumeStatus","targetVolumeAttributesClassName":"s"},"r":["status"]}\n{"e":["InProgress","Infeasible","Pending"]}\n{"f":{"action":"e@batch/v1.PodFailurePolicyAction","onExitCodes":"@batch/v1.PodFailurePolicyOnExitCodesRequirement","onPodConditions":"[]@batch/v1.PodFailurePolicyOnPodConditionsPattern"},"r":["action"]}\n{"e":["","IPv4","IPv6"]}\n{"f":{"hostname":"s","ip":"s","ipMode":"s","ports":"[]@core/v1.PortStatus"}}\n{"f":{"accessModes":"[]e@core/v1.PersistentVolumeAccessMode","awsElasticBlockStore":"@core/v1.AWSElasticBlockStoreVolumeSource","azureDisk":"@core/v1.AzureDiskVolumeSource","azureFile":"@core/v1.AzureFilePersistentVolumeSource","capacity":"{}q","cephfs":"@core/v1.CephFSPersistentVolumeSource","cinder":"@core/v1.CinderPersistentVolumeSource","claimRef":"@core/v1.ObjectReference","csi":"@core/v1.CSIPersistentVolumeSource","fc":"@core/v1.FCVolumeSource","flexVolume":"@core/v1.FlexPersistentVolumeSource","flocker":"@core/v1.FlockerVolumeSource","gcePersistentDisk":"@core/v1.GCEPersistentDiskVolumeSource","glusterfs":"@core/v1.GlusterfsPersistentVolumeSource","hostPath":"@core/v1.HostPathVolumeSource","iscsi":"@core/v1.ISCSIPersistentVolumeSource","local":"@core/v1.LocalVolumeSource","mountOptions":"[]s","nfs":"@core/v1.NFSVolumeSource","nodeAffinity":"@core/v1.VolumeNodeAffinity","persistentVolumeReclaimPolicy":"e@core/v1.PersistentVolumeReclaimPolicy","photonPersistentDisk":"@core/v1.PhotonPersistentDiskVolumeSource","portworxVolume":"@core/v1.PortworxVolumeSource","quobyte":"@core/v1.QuobyteVolumeSource","rbd":"@core/v1.RBDPersistentVolumeSource","scaleIO":"@core/v1.ScaleIOPersistentVolumeSource","storageClassName":"s","storageos":"@core/v1.StorageOSPersistentVolumeSource","volumeAttributesClassName":"s","volumeMode":"e@core/v1.PersistentVolumeMode","vsphereVolume":"@core/v1.VsphereVirtualDiskVolumeSource"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@flowcontrol/v1.FlowSchemaSpec","status":"@flowcontrol/v1.FlowSchemaStatus"}}\n{"f":{"distinguisherMethod":"@flowcontrol/v1.FlowDistinguisherMethod","matchingPrecedence":"i","priorityLevelConfiguration":"@flowcontrol/v1.PriorityLevelConfigurationReference","rules":"[]@flowcontrol/v1.PolicyRulesWithSubjects"},"r":["priorityLevelConfiguration"]}\n{"f":{"nonResourceRules":"[]@flowcontrol/v1.NonResourcePolicyRule","resourceRules":"[]@flowcontrol/v1.ResourcePolicyRule","subjects":"[]@flowcontrol/v1.Subject"},"r":["subjects"]}\n{"f":{"group":"@flowcontrol/v1.GroupSubject","kind":"s","serviceAccount":"@flowcontrol/v1.ServiceAccountSubject","user":"@flowcontrol/v1.UserSubject"},"r":["kind"]}\n{"f":{"conditions":"[]@flowcontrol/v1.FlowSchemaCondition"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@flowcontrol/v1.PriorityLevelConfigurationSpec","status":"@flowcontrol/v1.PriorityLevelConfigurationStatus"}}\n{"f":{"exempt":"@flowcontrol/v1.ExemptPriorityLevelConfiguration","limited":"@flowcontrol/v1.LimitedPriorityLevelConfiguration","type":"s"},"r":["type"]}\n{"f":{"borrowingLimitPercent":"i","lendablePercent":"i","limitResponse":"@flowcontrol/v1.LimitResponse","nominalConcurrencyShares":"i"}}\n{"f":{"queuing":"@flowcontrol/v1.QueuingConfiguration","type":"s"},"r":["type"]}\n{"f":{"conditions":"[]@flowcontrol/v1.PriorityLevelConfigurationCondition"}}\n{"f":{"group":"s","name":"s","namespace":"s","resource":"s"},"r":["name","resource"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@networking/v1alpha1.ServiceCIDRSpec","status":"@networking/v1alpha1.ServiceCIDRStatus"}}\n{"f":{"cidrs":"[]s"}}\n{"f":{"apiVersion":"s","driverName":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","parameters":"{}s"},"r":["driverName"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@admissionregistration/v1.ValidatingAdmissionPolicySpec","status":"@admissionregistration/v1.ValidatingAdmissionPolicyStatus"}}\n{"f":{"auditAnnotations":"[]@admissionregistration/v1.AuditAnnotation","failurePolicy":"e@admissionregistration/v1.FailurePolicyType","matchConditions":"[]@admissionregistration/v1.MatchCondition","matchConstraints":"@admissionregistration/v1.MatchResources","paramKind":"@admissionregistration/v1.ParamKind","validations":"[]@admissionregistration/v1.Validation","variables":"[]@admissionregistration/v1.Variable"}}\n{"f":{"excludeResourceRules":"[]@admissionregistration/v1.NamedRuleWithOperations","matchPolicy":"e@admissionregistration/v1.MatchPolicyType","namespaceSelector":"@meta/v1.LabelSelector","objectSelector":"@meta/v1.LabelSelector","resourceRules":"[]@admissionregistration/v1.NamedRuleWithOperations"}}\n{"f":{"conditions":"[]@meta/v1.Condition","observedGeneration":"i","typeChecking":"@admissionregistration/v1.TypeChecking"}}\n{"f":{"expressionWarnings":"[]@admissionregistration/v1.ExpressionWarning"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@admissionregistration/v1.ValidatingAdmissionPolicyBindingSpec"}}\n{"f":{"matchResources":"@admissionregistration/v1.MatchResources","paramRef":"@admissionregistration/v1.ParamRef","policyName":"s","validationActions":"[]e@admissionregistration/v1.ValidationAction"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","versions":"[]@apidiscovery/v2.APIVersionDiscovery"}}\n{"f":{"freshness":"s","resources":"[]@apidiscovery/v2.APIResourceDiscovery","version":"s"},"r":["version"]}\n{"f":{"categories":"[]s","resource":"s","responseKind":"@meta/v1.GroupVersionKind","scope":"s","shortNames":"[]s","singularResource":"s","subresources":"[]@apidiscovery/v2.APISubresourceDiscovery","verbs":"[]s"},"r":["resource","scope","singularResource","verbs"]}\n{"f":{"lastTransitionTime":"t","message":"s","observedGeneration":"i","reason":"s","status":"s","type":"s"},"r":["message","reason","status","type"]}\n{"f":{"mountPath":"s","mountPropagation":"e@core/v1.MountPropagationMode","name":"s","readOnly":"b","recursiveReadOnly":"s","subPath":"s","subPathExpr":"s"},"r":["mountPath","name"]}\n{"f":{"allowPrivilegeEscalation":"b","appArmorProfile":"@core/v1.AppArmorProfile","capabilities":"@core/v1.Capabilities","privileged":"b","procMount":"e@core/v1.ProcMountType","readOnlyRootFilesystem":"b","runAsGroup":"i","runAsNonRoot":"b","runAsUser":"i","seLinuxOptions":"@core/v1.SELinuxOptions","seccompProfile":"@core/v1.SeccompProfile","windowsOptions":"@core/v1.WindowsSecurityContextOptions"}}\n{"f":{"localhostProfile":"s","type":"e@core/v1.AppArmorProfileType"},"r":["type"]}\n{"f":{"appArmorProfile":"@core/v1.AppArmorProfile","fsGroup":"i","fsGroupChangePolicy":"e@core/v1.PodFSGroupChangePolicy","runAsGroup":"i","runAsNonRoot":"b","runAsUser":"i","seLinuxOptions":"@core/v1.SELinuxOptions","seccompProfile":"@core/v1.SeccompProfile","supplementalGroups":"[]i","sysctls":"[]@core/v1.Sysctl","windowsOptions":"@core/v1.WindowsSecurityContextOptions"}}\n{"f":{"activeDeadlineSeconds":"i","backoffLimit":"i","backoffLimitPerIndex":"i","completionMode":"e@batch/v1.CompletionMode","completions":"i","managedBy":"s","manualSelector":"b","maxFailedIndexes":"i","parallelism":"i","podFailurePolicy":"@batch/v1.PodFailurePolicy","podReplacementPolicy":"e@batch/v1.PodReplacementPolicy","selector":"@meta/v1.LabelSelector","successPolicy":"@batch/v1.SuccessPolicy","suspend":"b","template":"@core/v1.PodTemplateSpec","ttlSecondsAfterFinished":"i"},"r":["template"]}\n{"f":{"rules":"[]@batch/v1.SuccessPolicyRule"},"r":["rules"]}\n{"f":{"succeededCount":"i","succeededIndexes":"s"}}\n{"f":{"allocatedResources":"{}q","containerID":"s","image":"s","imageID":"s","lastState":"@core/v1.ContainerState","name":"s","ready":"b","resources":"@core/v1.ResourceRequirements","restartCount":"i","started":"b","state":"@core/v1.ContainerState","volumeMounts":"[]@core/v1.VolumeMountStatus"},"r":["image","imageID","name","ready","restartCount"]}\n{"f":{"mountPath":"s","name":"s","readOnly":"b","recursiveReadOnly":"s"},"r":["mountPath","name"]}\n{"f":{"allocateLoadBalancerNodePorts":"b","clusterIP":"s","clusterIPs":"[]s","externalIPs":"[]s","externalName":"s","externalTrafficPolicy":"e@core/v1.ServiceExternalTrafficPolicy","healthCheckNodePort":"i","internalTrafficPolicy":"e@core/v1.ServiceInternalTrafficPolicy","ipFamilies":"[]e@core/v1.IPFamily","ipFamilyPolicy":"e@core/v1.IPFamilyPolicy","loadBalancerClass":"s","loadBalancerIP":"s","loadBalancerSourceRanges":"[]s","ports":"[]@core/v1.ServicePort","publishNotReadyAddresses":"b","selector":"{}s","sessionAffinity":"e@core/v1.ServiceAffinity","sessionAffinityConfig":"@core/v1.SessionAffinityConfig","trafficDistribution":"s","type":"e@core/v1.ServiceType"}}\n{"f":{"addresses":"[]@core/v1.NodeAddress","allocatable":"{}q","capacity":"{}q","conditions":"[]@core/v1.NodeCondition","config":"@core/v1.NodeConfigStatus","daemonEndpoints":"@core/v1.NodeDaemonEndpoints","images":"[]@core/v1.ContainerImage","nodeInfo":"@core/v1.NodeSystemInfo","phase":"e@core/v1.NodePhase","runtimeHandlers":"[]@core/v1.NodeRuntimeHandler","volumesAttached":"[]@core/v1.AttachedVolume","volumesInUse":"[]s"}}\n{"f":{"features":"@core/v1.NodeRuntimeHandlerFeatures","name":"s"}}\n{"f":{"recursiveReadOnlyMounts":"b"}}\n{"f":{"apiVersion":"s","driverName":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","parametersRef":"@resource/v1alpha2.ResourceClassParametersReference","structuredParameters":"b","suitableNodes":"@core/v1.NodeSelector"},"r":["driverName"]}\n{"f":{"data":"s","driverName":"s","structuredData":"@resource/v1alpha2.StructuredResourceHandle"}}\n{"f":{"nodeName":"s","results":"[]@resource/v1alpha2.DriverAllocationResult","vendorClaimParameters":"any","vendorClassParameters":"any"},"r":["results"]}\n{"f":{"namedResources":"@resource/v1alpha2.NamedResourcesAllocationResult","vendorRequestParameters":"any"}}\n{"f":{"apiVersion":"s","driverName":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","namedResources":"@resource/v1alpha2.NamedResourcesResources","nodeName":"s"},"r":["driverName"]}\n{"f":{"instances":"[]@resource/v1alpha2.NamedResourcesInstance"},"r":["instances"]}\n{"f":{"attributes":"[]@resource/v1alpha2.NamedResourcesAttribute","name":"s"},"r":["name"]}\n{"f":{"bool":"b","int":"i","intSlice":"@resource/v1alpha2.NamedResourcesIntSlice","name":"s","quantity":"q","string":"s","stringSlice":"@resource/v1alpha2.NamedResourcesStringSlice","version":"s"},"r":["name"]}\n{"f":{"ints":"[]i"},"r":["ints"]}\n{"f":{"strings":"[]s"},"r":["strings"]}\n{"f":{"apiVersion":"s","driverRequests":"[]@resource/v1alpha2.DriverRequests","generatedFrom":"@resource/v1alpha2.ResourceClaimParametersReference","kind":"s","metadata":"@meta/v1.ObjectMeta","shareable":"b"}}\n{"f":{"driverName":"s","requests":"[]@resource/v1alpha2.ResourceRequest","vendorParameters":"any"}}\n{"f":{"namedResources":"@resource/v1alpha2.NamedResourcesRequest","vendorParameters":"any"}}\n{"f":{"selector":"s"},"r":["selector"]}\n{"f":{"apiVersion":"s","filters":"[]@resource/v1alpha2.ResourceFilter","generatedFrom":"@resource/v1alpha2.ResourceClassParametersReference","kind":"s","metadata":"@meta/v1.ObjectMeta","vendorParameters":"[]@resource/v1alpha2.VendorParameters"}}\n{"f":{"driverName":"s","parameters":"any"}}\n{"f":{"driverName":"s","namedResources":"@resource/v1alpha2.NamedResourcesFilter"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@storagemigration/v1alpha1.StorageVersionMigrationSpec","status":"@storagemigration/v1alpha1.StorageVersionMigrationStatus"}}\n{"f":{"continueToken":"s","resource":"@storagemigration/v1alpha1.GroupVersionResource"},"r":["resource"]}\n{"f":{"group":"s","resource":"s","version":"s"}}\n{"f":{"conditions":"[]@storagemigration/v1alpha1.MigrationCondition","resourceVersion":"s"}}\n{"f":{"lastUpdateTime":"t","message":"s","reason":"s","status":"s","type":"s"},"r":["status","type"]}\n{"f":{"awsElasticBlockStore":"@core/v1.AWSElasticBlockStoreVolumeSource","azureDisk":"@core/v1.AzureDiskVolumeSource","azureFile":"@core/v1.AzureFileVolumeSource","cephfs":"@core/v1.CephFSVolumeSource","cinder":"@core/v1.CinderVolumeSource","configMap":"@core/v1.ConfigMapVolumeSource","csi":"@core/v1.CSIVolumeSource","downwardAPI":"@core/v1.DownwardAPIVolumeSource","emptyDir":"@core/v1.EmptyDirVolumeSource","ephemeral":"@core/v1.EphemeralVolumeSource","fc":"@core/v1.FCVolumeSource","flexVolume":"@core/v1.FlexVolumeSource","flocker":"@core/v1.FlockerVolumeSource","gcePersistentDisk":"@core/v1.GCEPersistentDiskVolumeSource","gitRepo":"@core/v1.GitRepoVolumeSource","glusterfs":"@core/v1.GlusterfsVolumeSource","hostPath":"@core/v1.HostPathVolumeSource","image":"@core/v1.ImageVolumeSource","iscsi":"@core/v1.ISCSIVolumeSource","name":"s","nfs":"@core/v1.NFSVolumeSource","persistentVolumeClaim":"@core/v1.PersistentVolumeClaimVolumeSource","photonPersistentDisk":"@core/v1.PhotonPersistentDiskVolumeSource","portworxVolume":"@core/v1.PortworxVolumeSource","projected":"@core/v1.ProjectedVolumeSource","quobyte":"@core/v1.QuobyteVolumeSource","rbd":"@core/v1.RBDVolumeSource","scaleIO":"@core/v1.ScaleIOVolumeSource","secret":"@core/v1.SecretVolumeSource","storageos":"@core/v1.StorageOSVolumeSource","vsphereVolume":"@core/v1.VsphereVirtualDiskVolumeSource"},"r":["name"]}\n{"f":{"pullPolicy":"e@core/v1.PullPolicy","reference":"s"}}\n{"f":{"name":"s","request":"s"},"r":["name"]}\n{"f":{"appArmorProfile":"@core/v1.AppArmorProfile","fsGroup":"i","fsGroupChangePolicy":"e@core/v1.PodFSGroupChangePolicy","runAsGroup":"i","runAsNonRoot":"b","runAsUser":"i","seLinuxOptions":"@core/v1.SELinuxOptions","seccompProfile":"@core/v1.SeccompProfile","supplementalGroups":"[]i","supplementalGroupsPolicy":"e@core/v1.SupplementalGroupsPolicy","sysctls":"[]@core/v1.Sysctl","windowsOptions":"@core/v1.WindowsSecurityContextOptions"}}\n{"e":["Merge","Strict"]}\n{"f":{"hostnames":"[]s","ip":"s"},"r":["ip"]}\n{"f":{"name":"s","resourceClaimName":"s","resourceClaimTemplateName":"s"},"r":["name"]}\n{"e":["ControllerResizeInProgress","ControllerResizeInfeasible","NodeResizeInProgress","NodeResizeInfeasible","NodeResizePending"]}\n{"f":{"fieldSelector":"@authorization/v1.FieldSelectorAttributes","group":"s","labelSelector":"@authorization/v1.LabelSelectorAttributes","name":"s","namespace":"s","resource":"s","subresource":"s","verb":"s","version":"s"}}\n{"f":{"rawSelector":"s","requirements":"[]@meta/v1.FieldSelectorRequirement"}}\n{"f":{"rawSelector":"s","requirements":"[]@meta/v1.LabelSelectorRequirement"}}\n{"f":{"acquireTime":"t","holderIdentity":"s","leaseDurationSeconds":"i","leaseTransitions":"i","preferredHolder":"s","renewTime":"t","strategy":"s"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@coordination/v1alpha1.LeaseCandidateSpec"}}\n{"f":{"binaryVersion":"s","emulationVersion":"s","leaseName":"s","pingTime":"t","preferredStrategies":"[]s","renewTime":"t"},"r":["leaseName","preferredStrategies"]}\n{"f":{"ip":"s"},"r":["ip"]}\n{"f":{"allocatedResources":"{}q","allocatedResourcesStatus":"[]@core/v1.ResourceStatus","containerID":"s","image":"s","imageID":"s","lastState":"@core/v1.ContainerState","name":"s","ready":"b","resources":"@core/v1.ResourceRequirements","restartCount":"i","started":"b","state":"@core/v1.ContainerState","user":"@core/v1.ContainerUser","volumeMounts":"[]@core/v1.VolumeMountStatus"},"r":["image","imageID","name","ready","restartCount"]}\n{"f":{"linux":"@core/v1.LinuxContainerUser"}}\n{"f":{"gid":"i","supplementalGroups":"[]i","uid":"i"},"r":["gid","uid"]}\n{"f":{"name":"s","resources":"[]@core/v1.ResourceHealth"},"r":["name"]}\n{"f":{"health":"s","resourceID":"s"},"r":["resourceID"]}\n{"f":{"addresses":"[]@core/v1.NodeAddress","allocatable":"{}q","capacity":"{}q","conditions":"[]@core/v1.NodeCondition","config":"@core/v1.NodeConfigStatus","daemonEndpoints":"@core/v1.NodeDaemonEndpoints","features":"@core/v1.NodeFeatures","images":"[]@core/v1.ContainerImage","nodeInfo":"@core/v1.NodeSystemInfo","phase":"e@core/v1.NodePhase","runtimeHandlers":"[]@core/v1.NodeRuntimeHandler","volumesAttached":"[]@core/v1.AttachedVolume","volumesInUse":"[]s"}}\n{"f":{"recursiveReadOnlyMounts":"b","userNamespaces":"b"}}\n{"f":{"supplementalGroupsPolicy":"b"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@networking/v1beta1.IPAddressSpec"}}\n{"f":{"parentRef":"@networking/v1beta1.ParentReference"},"r":["parentRef"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@networking/v1beta1.ServiceCIDRSpec","status":"@networking/v1beta1.ServiceCIDRStatus"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1alpha3.DeviceClassSpec"},"r":["spec"]}\n{"f":{"config":"[]@resource/v1alpha3.DeviceClassConfiguration","selectors":"[]@resource/v1alpha3.DeviceSelector","suitableNodes":"@core/v1.NodeSelector"}}\n{"f":{"cel":"@resource/v1alpha3.CELDeviceSelector"}}\n{"f":{"expression":"s"},"r":["expression"]}\n{"f":{"opaque":"@resource/v1alpha3.OpaqueDeviceConfiguration"}}\n{"f":{"driver":"s","parameters":"any"},"r":["driver","parameters"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1alpha3.ResourceClaimSpec","status":"@resource/v1alpha3.ResourceClaimStatus"},"r":["spec"]}\n{"f":{"controller":"s","devices":"@resource/v1alpha3.DeviceClaim"}}\n{"f":{"config":"[]@resource/v1alpha3.DeviceClaimConfiguration","constraints":"[]@resource/v1alpha3.DeviceConstraint","requests":"[]@resource/v1alpha3.DeviceRequest"}}\n{"f":{"adminAccess":"b","allocationMode":"s","count":"i","deviceClassName":"s","name":"s","selectors":"[]@resource/v1alpha3.DeviceSelector"},"r":["deviceClassName","name"]}\n{"f":{"matchAttribute":"s","requests":"[]s"}}\n{"f":{"opaque":"@resource/v1alpha3.OpaqueDeviceConfiguration","requests":"[]s"}}\n{"f":{"allocation":"@resource/v1alpha3.AllocationResult","deallocationRequested":"b","reservedFor":"[]@resource/v1alpha3.ResourceClaimConsumerReference"}}\n{"f":{"controller":"s","devices":"@resource/v1alpha3.DeviceAllocationResult","nodeSelector":"@core/v1.NodeSelector"}}\n{"f":{"config":"[]@resource/v1alpha3.DeviceAllocationConfiguration","results":"[]@resource/v1alpha3.DeviceRequestAllocationResult"}}\n{"f":{"device":"s","driver":"s","pool":"s","request":"s"},"r":["device","driver","pool","request"]}\n{"f":{"opaque":"@resource/v1alpha3.OpaqueDeviceConfiguration","requests":"[]s","source":"s"},"r":["source"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1alpha3.ResourceClaimTemplateSpec"},"r":["spec"]}\n{"f":{"metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1alpha3.ResourceClaimSpec"},"r":["spec"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1alpha3.PodSchedulingContextSpec","status":"@resource/v1alpha3.PodSchedulingContextStatus"},"r":["spec"]}\n{"f":{"resourceClaims":"[]@resource/v1alpha3.ResourceClaimSchedulingStatus"}}\n{"f":{"name":"s","unsuitableNodes":"[]s"},"r":["name"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1alpha3.ResourceSliceSpec"},"r":["spec"]}\n{"f":{"allNodes":"b","devices":"[]@resource/v1alpha3.Device","driver":"s","nodeName":"s","nodeSelector":"@core/v1.NodeSelector","pool":"@resource/v1alpha3.ResourcePool"},"r":["driver","pool"]}\n{"f":{"generation":"i","name":"s","resourceSliceCount":"i"},"r":["generation","name","resourceSliceCount"]}\n{"f":{"basic":"@resource/v1alpha3.BasicDevice","name":"s"},"r":["name"]}\n{"f":{"attributes":"{}@resource/v1alpha3.DeviceAttribute","capacity":"{}q"}}\n{"f":{"bool":"b","int":"i","string":"s","version":"s"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@admissionregistration/v1alpha1.MutatingAdmissionPolicySpec"}}\n{"f":{"failurePolicy":"e@admissionregistration/v1alpha1.FailurePolicyType","matchConditions":"[]@admissionregistration/v1.MatchCondition","matchConstraints":"@admissionregistration/v1alpha1.MatchResources","mutations":"[]@admissionregistration/v1alpha1.Mutation","paramKind":"@admissionregistration/v1alpha1.ParamKind","reinvocationPolicy":"e@admissionregistration/v1.ReinvocationPolicyType","variables":"[]@admissionregistration/v1alpha1.Variable"}}\n{"f":{"applyConfiguration":"@admissionregistration/v1alpha1.ApplyConfiguration","jsonPatch":"@admissionregistration/v1alpha1.JSONPatch","patchType":"e@admissionregistration/v1alpha1.PatchType"},"r":["patchType"]}\n{"e":["ApplyConfiguration","JSONPatch"]}\n{"f":{"expression":"s"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@admissionregistration/v1alpha1.MutatingAdmissionPolicyBindingSpec"}}\n{"f":{"activeDeadlineSeconds":"i","affinity":"@core/v1.Affinity","automountServiceAccountToken":"b","containers":"[]@core/v1.Container","dnsConfig":"@core/v1.PodDNSConfig","dnsPolicy":"e@core/v1.DNSPolicy","enableServiceLinks":"b","ephemeralContainers":"[]@core/v1.EphemeralContainer","hostAliases":"[]@core/v1.HostAlias","hostIPC":"b","hostNetwork":"b","hostPID":"b","hostUsers":"b","hostname":"s","imagePullSecrets":"[]@core/v1.LocalObjectReference","initContainers":"[]@core/v1.Container","nodeName":"s","nodeSelector":"{}s","os":"@core/v1.PodOS","overhead":"{}q","preemptionPolicy":"e@core/v1.PreemptionPolicy","priority":"i","priorityClassName":"s","readinessGates":"[]@core/v1.PodReadinessGate","resourceClaims":"[]@core/v1.PodResourceClaim","resources":"@core/v1.ResourceRequirements","restartPolicy":"e@core/v1.RestartPolicy","runtimeClassName":"s","schedulerName":"s","schedulingGates":"[]@core/v1.PodSchedulingGate","securityContext":"@core/v1.PodSecurityContext","serviceAccount":"s","serviceAccountName":"s","setHostnameAsFQDN":"b","shareProcessNamespace":"b","subdomain":"s","terminationGracePeriodSeconds":"i","tolerations":"[]@core/v1.Toleration","topologySpreadConstraints":"[]@core/v1.TopologySpreadConstraint","volumes":"[]@core/v1.Volume"},"r":["containers"]}\n{"f":{"appArmorProfile":"@core/v1.AppArmorProfile","fsGroup":"i","fsGroupChangePolicy":"e@core/v1.PodFSGroupChangePolicy","runAsGroup":"i","runAsNonRoot":"b","runAsUser":"i","seLinuxChangePolicy":"s","seLinuxOptions":"@core/v1.SELinuxOptions","seccompProfile":"@core/v1.SeccompProfile","supplementalGroups":"[]i","supplementalGroupsPolicy":"e@core/v1.SupplementalGroupsPolicy","sysctls":"[]@core/v1.Sysctl","windowsOptions":"@core/v1.WindowsSecurityContextOptions"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@coordination/v1alpha2.LeaseCandidateSpec"}}\n{"f":{"binaryVersion":"s","emulationVersion":"s","leaseName":"s","pingTime":"t","renewTime":"t","strategy":"s"},"r":["binaryVersion","leaseName","strategy"]}\n{"f":{"apiVersion":"s","container":"s","follow":"b","insecureSkipTLSVerifyBackend":"b","kind":"s","limitBytes":"i","previous":"b","sinceSeconds":"i","sinceTime":"t","stream":"s","tailLines":"i","timestamps":"b"}}\n{"f":{"apiVersion":"s","dryRun":"[]s","gracePeriodSeconds":"i","ignoreStoreReadErrorWithClusterBreakingPotential":"b","kind":"s","orphanDependents":"b","preconditions":"@meta/v1.Preconditions","propagationPolicy":"s"}}\n{"f":{"config":"[]@resource/v1alpha3.DeviceClassConfiguration","selectors":"[]@resource/v1alpha3.DeviceSelector"}}\n{"f":{"devices":"@resource/v1alpha3.DeviceClaim"}}\n{"f":{"allocation":"@resource/v1alpha3.AllocationResult","devices":"[]@resource/v1alpha3.AllocatedDeviceStatus","reservedFor":"[]@resource/v1alpha3.ResourceClaimConsumerReference"}}\n{"f":{"devices":"@resource/v1alpha3.DeviceAllocationResult","nodeSelector":"@core/v1.NodeSelector"}}\n{"f":{"adminAccess":"b","device":"s","driver":"s","pool":"s","request":"s"},"r":["device","driver","pool","request"]}\n{"f":{"conditions":"[]@meta/v1.Condition","data":"any","device":"s","driver":"s","networkData":"@resource/v1alpha3.NetworkDeviceData","pool":"s"},"r":["device","driver","pool"]}\n{"f":{"hardwareAddress":"s","interfaceName":"s","ips":"[]s"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1beta1.DeviceClassSpec"},"r":["spec"]}\n{"f":{"config":"[]@resource/v1beta1.DeviceClassConfiguration","selectors":"[]@resource/v1beta1.DeviceSelector"}}\n{"f":{"cel":"@resource/v1beta1.CELDeviceSelector"}}\n{"f":{"opaque":"@resource/v1beta1.OpaqueDeviceConfiguration"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1beta1.ResourceClaimSpec","status":"@resource/v1beta1.ResourceClaimStatus"},"r":["spec"]}\n{"f":{"devices":"@resource/v1beta1.DeviceClaim"}}\n{"f":{"config":"[]@resource/v1beta1.DeviceClaimConfiguration","constraints":"[]@resource/v1beta1.DeviceConstraint","requests":"[]@resource/v1beta1.DeviceRequest"}}\n{"f":{"adminAccess":"b","allocationMode":"s","count":"i","deviceClassName":"s","name":"s","selectors":"[]@resource/v1beta1.DeviceSelector"},"r":["deviceClassName","name"]}\n{"f":{"opaque":"@resource/v1beta1.OpaqueDeviceConfiguration","requests":"[]s"}}\n{"f":{"allocation":"@resource/v1beta1.AllocationResult","devices":"[]@resource/v1beta1.AllocatedDeviceStatus","reservedFor":"[]@resource/v1beta1.ResourceClaimConsumerReference"}}\n{"f":{"devices":"@resource/v1beta1.DeviceAllocationResult","nodeSelector":"@core/v1.NodeSelector"}}\n{"f":{"config":"[]@resource/v1beta1.DeviceAllocationConfiguration","results":"[]@resource/v1beta1.DeviceRequestAllocationResult"}}\n{"f":{"opaque":"@resource/v1beta1.OpaqueDeviceConfiguration","requests":"[]s","source":"s"},"r":["source"]}\n{"f":{"conditions":"[]@meta/v1.Condition","data":"any","device":"s","driver":"s","networkData":"@resource/v1beta1.NetworkDeviceData","pool":"s"},"r":["device","driver","pool"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1beta1.ResourceClaimTemplateSpec"},"r":["spec"]}\n{"f":{"metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1beta1.ResourceClaimSpec"},"r":["spec"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1beta1.ResourceSliceSpec"},"r":["spec"]}\n{"f":{"allNodes":"b","devices":"[]@resource/v1beta1.Device","driver":"s","nodeName":"s","nodeSelector":"@core/v1.NodeSelector","pool":"@resource/v1beta1.ResourcePool"},"r":["driver","pool"]}\n{"f":{"basic":"@resource/v1beta1.BasicDevice","name":"s"},"r":["name"]}\n{"f":{"attributes":"{}@resource/v1beta1.DeviceAttribute","capacity":"{}@resource/v1beta1.DeviceCapacity"}}\n{"f":{"value":"q"},"r":["value"]}\n{"f":{"postStart":"@core/v1.LifecycleHandler","preStop":"@core/v1.LifecycleHandler","stopSignal":"e@core/v1.Signal"}}\n{"e":["SIGABRT","SIGALRM","SIGBUS","SIGCHLD","SIGCLD","SIGCONT","SIGFPE","SIGHUP","SIGILL","SIGINT","SIGIO","SIGIOT","SIGKILL","SIGPIPE","SIGPOLL","SIGPROF","SIGPWR","SIGQUIT","SIGRTMAX","SIGRTMAX-1","SIGRTMAX-10","SIGRTMAX-11","SIGRTMAX-12","SIGRTMAX-13","SIGRTMAX-14","SIGRTMAX-2","SIGRTMAX-3","SIGRTMAX-4","SIGRTMAX-5","SIGRTMAX-6","SIGRTMAX-7","SIGRTMAX-8","SIGRTMAX-9","SIGRTMIN","SIGRTMIN+1","SIGRTMIN+10","SIGRTMIN+11","SIGRTMIN+12","SIGRTMIN+13","SIGRTMIN+14","SIGRTMIN+15","SIGRTMIN+2","SIGRTMIN+3","SIGRTMIN+4","SIGRTMIN+5","SIGRTMIN+6","SIGRTMIN+7","SIGRTMIN+8","SIGRTMIN+9","SIGSEGV","SIGSTKFLT","SIGSTOP","SIGSYS","SIGTERM","SIGTRAP","SIGTSTP","SIGTTIN","SIGTTOU","SIGURG","SIGUSR1","SIGUSR2","SIGVTALRM","SIGWINCH","SIGXCPU","SIGXFSZ"]}\n{"f":{"availableReplicas":"i","collisionCount":"i","conditions":"[]@apps/v1.DeploymentCondition","observedGeneration":"i","readyReplicas":"i","replicas":"i","terminatingReplicas":"i","unavailableReplicas":"i","updatedReplicas":"i"}}\n{"f":{"minReadySeconds":"i","ordinals":"@apps/v1.StatefulSetOrdinals","persistentVolumeClaimRetentionPolicy":"@apps/v1.StatefulSetPersistentVolumeClaimRetentionPolicy","podManagementPolicy":"e@apps/v1.PodManagementPolicyType","replicas":"i","revisionHistoryLimit":"i","selector":"@meta/v1.LabelSelector","serviceName":"s","template":"@core/v1.PodTemplateSpec","updateStrategy":"@apps/v1.StatefulSetUpdateStrategy","volumeClaimTemplates":"[]@core/v1.PersistentVolumeClaim"},"r":["selector","template"]}\n{"f":{"availableReplicas":"i","conditions":"[]@apps/v1.ReplicaSetCondition","fullyLabeledReplicas":"i","observedGeneration":"i","readyReplicas":"i","replicas":"i","terminatingReplicas":"i"},"r":["replicas"]}\n{"f":{"availableReplicas":"i","collisionCount":"i","conditions":"[]@apps/v1beta1.DeploymentCondition","observedGeneration":"i","readyReplicas":"i","replicas":"i","terminatingReplicas":"i","unavailableReplicas":"i","updatedReplicas":"i"}}\n{"f":{"minReadySeconds":"i","ordinals":"@apps/v1beta1.StatefulSetOrdinals","persistentVolumeClaimRetentionPolicy":"@apps/v1beta1.StatefulSetPersistentVolumeClaimRetentionPolicy","podManagementPolicy":"s","replicas":"i","revisionHistoryLimit":"i","selector":"@meta/v1.LabelSelector","serviceName":"s","template":"@core/v1.PodTemplateSpec","updateStrategy":"@apps/v1beta1.StatefulSetUpdateStrategy","volumeClaimTemplates":"[]@core/v1.PersistentVolumeClaim"},"r":["template"]}\n{"f":{"availableReplicas":"i","collisionCount":"i","conditions":"[]@apps/v1beta2.DeploymentCondition","observedGeneration":"i","readyReplicas":"i","replicas":"i","terminatingReplicas":"i","unavailableReplicas":"i","updatedReplicas":"i"}}\n{"f":{"minReadySeconds":"i","ordinals":"@apps/v1beta2.StatefulSetOrdinals","persistentVolumeClaimRetentionPolicy":"@apps/v1beta2.StatefulSetPersistentVolumeClaimRetentionPolicy","podManagementPolicy":"s","replicas":"i","revisionHistoryLimit":"i","selector":"@meta/v1.LabelSelector","serviceName":"s","template":"@core/v1.PodTemplateSpec","updateStrategy":"@apps/v1beta2.StatefulSetUpdateStrategy","volumeClaimTemplates":"[]@core/v1.PersistentVolumeClaim"},"r":["selector","template"]}\n{"f":{"availableReplicas":"i","conditions":"[]@apps/v1beta2.ReplicaSetCondition","fullyLabeledReplicas":"i","observedGeneration":"i","readyReplicas":"i","replicas":"i","terminatingReplicas":"i"},"r":["replicas"]}\n{"f":{"policies":"[]@autoscaling/v2.HPAScalingPolicy","selectPolicy":"s","stabilizationWindowSeconds":"i","tolerance":"q"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@certificates/v1beta1.ClusterTrustBundleSpec"},"r":["spec"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@coordination/v1beta1.LeaseCandidateSpec"}}\n{"f":{"conditions":"[]@core/v1.PodCondition","containerStatuses":"[]@core/v1.ContainerStatus","ephemeralContainerStatuses":"[]@core/v1.ContainerStatus","hostIP":"s","hostIPs":"[]@core/v1.HostIP","initContainerStatuses":"[]@core/v1.ContainerStatus","message":"s","nominatedNodeName":"s","observedGeneration":"i","phase":"e@core/v1.PodPhase","podIP":"s","podIPs":"[]@core/v1.PodIP","qosClass":"e@core/v1.PodQOSClass","reason":"s","resize":"s","resourceClaimStatuses":"[]@core/v1.PodResourceClaimStatus","startTime":"t"}}\n{"f":{"lastProbeTime":"t","lastTransitionTime":"t","message":"s","observedGeneration":"i","reason":"s","status":"s","type":"s"},"r":["status","type"]}\n{"f":{"allocatedResources":"{}q","allocatedResourcesStatus":"[]@core/v1.ResourceStatus","containerID":"s","image":"s","imageID":"s","lastState":"@core/v1.ContainerState","name":"s","ready":"b","resources":"@core/v1.ResourceRequirements","restartCount":"i","started":"b","state":"@core/v1.ContainerState","stopSignal":"e@core/v1.Signal","user":"@core/v1.ContainerUser","volumeMounts":"[]@core/v1.VolumeMountStatus"},"r":["image","imageID","name","ready","restartCount"]}\n{"f":{"architecture":"s","bootID":"s","containerRuntimeVersion":"s","kernelVersion":"s","kubeProxyVersion":"s","kubeletVersion":"s","machineID":"s","operatingSystem":"s","osImage":"s","swap":"@core/v1.NodeSwapStatus","systemUUID":"s"},"r":["architecture","bootID","containerRuntimeVersion","kernelVersion","kubeProxyVersion","kubeletVersion","machineID","operatingSystem","osImage","systemUUID"]}\n{"f":{"capacity":"i"}}\n{"e":["BestEffort","CrossNamespacePodAffinity","NotBestEffort","NotTerminating","PriorityClass","Terminating","VolumeAttributesClass"]}\n{"f":{"forNodes":"[]@discovery/v1.ForNode","forZones":"[]@discovery/v1.ForZone"}}\n{"f":{"forNodes":"[]@discovery/v1beta1.ForNode","forZones":"[]@discovery/v1beta1.ForZone"}}\n{"f":{"availableReplicas":"i","collisionCount":"i","conditions":"[]@extensions/v1beta1.DeploymentCondition","observedGeneration":"i","readyReplicas":"i","replicas":"i","terminatingReplicas":"i","unavailableReplicas":"i","updatedReplicas":"i"}}\n{"f":{"availableReplicas":"i","conditions":"[]@extensions/v1beta1.ReplicaSetCondition","fullyLabeledReplicas":"i","observedGeneration":"i","readyReplicas":"i","replicas":"i","terminatingReplicas":"i"},"r":["replicas"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@networking/v1.IPAddressSpec"}}\n{"f":{"parentRef":"@networking/v1.ParentReference"},"r":["parentRef"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@networking/v1.ServiceCIDRSpec","status":"@networking/v1.ServiceCIDRStatus"}}\n{"f":{"adminAccess":"b","allocationMode":"s","count":"i","deviceClassName":"s","firstAvailable":"[]@resource/v1alpha3.DeviceSubRequest","name":"s","selectors":"[]@resource/v1alpha3.DeviceSelector","tolerations":"[]@resource/v1alpha3.DeviceToleration"},"r":["name"]}\n{"f":{"allocationMode":"s","count":"i","deviceClassName":"s","name":"s","selectors":"[]@resource/v1alpha3.DeviceSelector","tolerations":"[]@resource/v1alpha3.DeviceToleration"},"r":["deviceClassName","name"]}\n{"f":{"effect":"e@resource/v1alpha3.DeviceTaintEffect","key":"s","operator":"e@resource/v1alpha3.DeviceTolerationOperator","tolerationSeconds":"i","value":"s"}}\n{"e":["NoExecute","NoSchedule"]}\n{"f":{"adminAccess":"b","device":"s","driver":"s","pool":"s","request":"s","tolerations":"[]@resource/v1alpha3.DeviceToleration"},"r":["device","driver","pool","request"]}\n{"f":{"allNodes":"b","devices":"[]@resource/v1alpha3.Device","driver":"s","nodeName":"s","nodeSelector":"@core/v1.NodeSelector","perDeviceNodeSelection":"b","pool":"@resource/v1alpha3.ResourcePool","sharedCounters":"[]@resource/v1alpha3.CounterSet"},"r":["driver","pool"]}\n{"f":{"allNodes":"b","attributes":"{}@resource/v1alpha3.DeviceAttribute","capacity":"{}q","consumesCounters":"[]@resource/v1alpha3.DeviceCounterConsumption","nodeName":"s","nodeSelector":"@core/v1.NodeSelector","taints":"[]@resource/v1alpha3.DeviceTaint"}}\n{"f":{"counterSet":"s","counters":"{}@resource/v1alpha3.Counter"},"r":["counterSet","counters"]}\n{"f":{"effect":"e@resource/v1alpha3.DeviceTaintEffect","key":"s","timeAdded":"t","value":"s"},"r":["effect","key"]}\n{"f":{"counters":"{}@resource/v1alpha3.Counter","name":"s"},"r":["counters","name"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1alpha3.DeviceTaintRuleSpec"},"r":["spec"]}\n{"f":{"deviceSelector":"@resource/v1alpha3.DeviceTaintSelector","taint":"@resource/v1alpha3.DeviceTaint"},"r":["taint"]}\n{"f":{"device":"s","deviceClassName":"s","driver":"s","pool":"s","selectors":"[]@resource/v1alpha3.DeviceSelector"}}\n{"f":{"adminAccess":"b","allocationMode":"s","count":"i","deviceClassName":"s","firstAvailable":"[]@resource/v1beta1.DeviceSubRequest","name":"s","selectors":"[]@resource/v1beta1.DeviceSelector","tolerations":"[]@resource/v1beta1.DeviceToleration"},"r":["name"]}\n{"f":{"allocationMode":"s","count":"i","deviceClassName":"s","name":"s","selectors":"[]@resource/v1beta1.DeviceSelector","tolerations":"[]@resource/v1beta1.DeviceToleration"},"r":["deviceClassName","name"]}\n{"f":{"effect":"e@resource/v1beta1.DeviceTaintEffect","key":"s","operator":"e@resource/v1beta1.DeviceTolerationOperator","tolerationSeconds":"i","value":"s"}}\n{"f":{"adminAccess":"b","device":"s","driver":"s","pool":"s","request":"s","tolerations":"[]@resource/v1beta1.DeviceToleration"},"r":["device","driver","pool","request"]}\n{"f":{"allNodes":"b","devices":"[]@resource/v1beta1.Device","driver":"s","nodeName":"s","nodeSelector":"@core/v1.NodeSelector","perDeviceNodeSelection":"b","pool":"@resource/v1beta1.ResourcePool","sharedCounters":"[]@resource/v1beta1.CounterSet"},"r":["driver","pool"]}\n{"f":{"allNodes":"b","attributes":"{}@resource/v1beta1.DeviceAttribute","capacity":"{}@resource/v1beta1.DeviceCapacity","consumesCounters":"[]@resource/v1beta1.DeviceCounterConsumption","nodeName":"s","nodeSelector":"@core/v1.NodeSelector","taints":"[]@resource/v1beta1.DeviceTaint"}}\n{"f":{"counterSet":"s","counters":"{}@resource/v1beta1.Counter"},"r":["counterSet","counters"]}\n{"f":{"effect":"e@resource/v1beta1.DeviceTaintEffect","key":"s","timeAdded":"t","value":"s"},"r":["effect","key"]}\n{"f":{"counters":"{}@resource/v1beta1.Counter","name":"s"},"r":["counters","name"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1beta2.DeviceClassSpec"},"r":["spec"]}\n{"f":{"config":"[]@resource/v1beta2.DeviceClassConfiguration","selectors":"[]@resource/v1beta2.DeviceSelector"}}\n{"f":{"cel":"@resource/v1beta2.CELDeviceSelector"}}\n{"f":{"opaque":"@resource/v1beta2.OpaqueDeviceConfiguration"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1beta2.ResourceClaimSpec","status":"@resource/v1beta2.ResourceClaimStatus"},"r":["spec"]}\n{"f":{"devices":"@resource/v1beta2.DeviceClaim"}}\n{"f":{"config":"[]@resource/v1beta2.DeviceClaimConfiguration","constraints":"[]@resource/v1beta2.DeviceConstraint","requests":"[]@resource/v1beta2.DeviceRequest"}}\n{"f":{"exactly":"@resource/v1beta2.ExactDeviceRequest","firstAvailable":"[]@resource/v1beta2.DeviceSubRequest","name":"s"},"r":["name"]}\n{"f":{"adminAccess":"b","allocationMode":"s","count":"i","deviceClassName":"s","selectors":"[]@resource/v1beta2.DeviceSelector","tolerations":"[]@resource/v1beta2.DeviceToleration"},"r":["deviceClassName"]}\n{"f":{"effect":"e@resource/v1beta2.DeviceTaintEffect","key":"s","operator":"e@resource/v1beta2.DeviceTolerationOperator","tolerationSeconds":"i","value":"s"}}\n{"f":{"allocationMode":"s","count":"i","deviceClassName":"s","name":"s","selectors":"[]@resource/v1beta2.DeviceSelector","tolerations":"[]@resource/v1beta2.DeviceToleration"},"r":["deviceClassName","name"]}\n{"f":{"opaque":"@resource/v1beta2.OpaqueDeviceConfiguration","requests":"[]s"}}\n{"f":{"allocation":"@resource/v1beta2.AllocationResult","devices":"[]@resource/v1beta2.AllocatedDeviceStatus","reservedFor":"[]@resource/v1beta2.ResourceClaimConsumerReference"}}\n{"f":{"devices":"@resource/v1beta2.DeviceAllocationResult","nodeSelector":"@core/v1.NodeSelector"}}\n{"f":{"config":"[]@resource/v1beta2.DeviceAllocationConfiguration","results":"[]@resource/v1beta2.DeviceRequestAllocationResult"}}\n{"f":{"adminAccess":"b","device":"s","driver":"s","pool":"s","request":"s","tolerations":"[]@resource/v1beta2.DeviceToleration"},"r":["device","driver","pool","request"]}\n{"f":{"opaque":"@resource/v1beta2.OpaqueDeviceConfiguration","requests":"[]s","source":"s"},"r":["source"]}\n{"f":{"conditions":"[]@meta/v1.Condition","data":"any","device":"s","driver":"s","networkData":"@resource/v1beta2.NetworkDeviceData","pool":"s"},"r":["device","driver","pool"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1beta2.ResourceClaimTemplateSpec"},"r":["spec"]}\n{"f":{"metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1beta2.ResourceClaimSpec"},"r":["spec"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1beta2.ResourceSliceSpec"},"r":["spec"]}\n{"f":{"allNodes":"b","devices":"[]@resource/v1beta2.Device","driver":"s","nodeName":"s","nodeSelector":"@core/v1.NodeSelector","perDeviceNodeSelection":"b","pool":"@resource/v1beta2.ResourcePool","sharedCounters":"[]@resource/v1beta2.CounterSet"},"r":["driver","pool"]}\n{"f":{"allNodes":"b","attributes":"{}@resource/v1beta2.DeviceAttribute","capacity":"{}@resource/v1beta2.DeviceCapacity","consumesCounters":"[]@resource/v1beta2.DeviceCounterConsumption","name":"s","nodeName":"s","nodeSelector":"@core/v1.NodeSelector","taints":"[]@resource/v1beta2.DeviceTaint"},"r":["name"]}\n{"f":{"counterSet":"s","counters":"{}@resource/v1beta2.Counter"},"r":["counterSet","counters"]}\n{"f":{"effect":"e@resource/v1beta2.DeviceTaintEffect","key":"s","timeAdded":"t","value":"s"},"r":["effect","key"]}\n{"f":{"counters":"{}@resource/v1beta2.Counter","name":"s"},"r":["counters","name"]}\n{"f":{"errorCode":"i","message":"s","time":"t"}}\n{"f":{"attachRequired":"b","fsGroupPolicy":"s","nodeAllocatableUpdatePeriodSeconds":"i","podInfoOnMount":"b","requiresRepublish":"b","seLinuxMount":"b","storageCapacity":"b","tokenRequests":"[]@storage/v1.TokenRequest","volumeLifecycleModes":"[]s"}}\n{"f":{"attachRequired":"b","fsGroupPolicy":"s","nodeAllocatableUpdatePeriodSeconds":"i","podInfoOnMount":"b","requiresRepublish":"b","seLinuxMount":"b","storageCapacity":"b","tokenRequests":"[]@storage/v1beta1.TokenRequest","volumeLifecycleModes":"[]s"}}\n{"f":{"admissionReviewVersions":"[]s","clientConfig":"@admissionregistration/v1beta1.WebhookClientConfig","failurePolicy":"s","matchConditions":"[]@admissionregistration/v1beta1.MatchCondition","matchPolicy":"s","name":"s","namespaceSelector":"@meta/v1.LabelSelector","objectSelector":"@meta/v1.LabelSelector","reinvocationPolicy":"e@admissionregistration/v1.ReinvocationPolicyType","rules":"[]@admissionregistration/v1.RuleWithOperations","sideEffects":"s","timeoutSeconds":"i"},"r":["clientConfig","name"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@admissionregistration/v1beta1.MutatingAdmissionPolicySpec"}}\n{"f":{"failurePolicy":"s","matchConditions":"[]@admissionregistration/v1beta1.MatchCondition","matchConstraints":"@admissionregistration/v1beta1.MatchResources","mutations":"[]@admissionregistration/v1beta1.Mutation","paramKind":"@admissionregistration/v1beta1.ParamKind","reinvocationPolicy":"e@admissionregistration/v1.ReinvocationPolicyType","variables":"[]@admissionregistration/v1beta1.Variable"}}\n{"f":{"applyConfiguration":"@admissionregistration/v1beta1.ApplyConfiguration","jsonPatch":"@admissionregistration/v1beta1.JSONPatch","patchType":"e@admissionregistration/v1beta1.PatchType"},"r":["patchType"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@admissionregistration/v1beta1.MutatingAdmissionPolicyBindingSpec"}}\n{"f":{"matchResources":"@admissionregistration/v1beta1.MatchResources","paramRef":"@admissionregistration/v1beta1.ParamRef","policyName":"s"}}\n{"f":{"activeDeadlineSeconds":"i","affinity":"@core/v1.Affinity","automountServiceAccountToken":"b","containers":"[]@core/v1.Container","dnsConfig":"@core/v1.PodDNSConfig","dnsPolicy":"e@core/v1.DNSPolicy","enableServiceLinks":"b","ephemeralContainers":"[]@core/v1.EphemeralContainer","hostAliases":"[]@core/v1.HostAlias","hostIPC":"b","hostNetwork":"b","hostPID":"b","hostUsers":"b","hostname":"s","hostnameOverride":"s","imagePullSecrets":"[]@core/v1.LocalObjectReference","initContainers":"[]@core/v1.Container","nodeName":"s","nodeSelector":"{}s","os":"@core/v1.PodOS","overhead":"{}q","preemptionPolicy":"e@core/v1.PreemptionPolicy","priority":"i","priorityClassName":"s","readinessGates":"[]@core/v1.PodReadinessGate","resourceClaims":"[]@core/v1.PodResourceClaim","resources":"@core/v1.ResourceRequirements","restartPolicy":"e@core/v1.RestartPolicy","runtimeClassName":"s","schedulerName":"s","schedulingGates":"[]@core/v1.PodSchedulingGate","securityContext":"@core/v1.PodSecurityContext","serviceAccount":"s","serviceAccountName":"s","setHostnameAsFQDN":"b","shareProcessNamespace":"b","subdomain":"s","terminationGracePeriodSeconds":"i","tolerations":"[]@core/v1.Toleration","topologySpreadConstraints":"[]@core/v1.TopologySpreadConstraint","volumes":"[]@core/v1.Volume"},"r":["containers"]}\n{"f":{"clusterTrustBundle":"@core/v1.ClusterTrustBundleProjection","configMap":"@core/v1.ConfigMapProjection","downwardAPI":"@core/v1.DownwardAPIProjection","podCertificate":"@core/v1.PodCertificateProjection","secret":"@core/v1.SecretProjection","serviceAccountToken":"@core/v1.ServiceAccountTokenProjection"}}\n{"f":{"certificateChainPath":"s","credentialBundlePath":"s","keyPath":"s","keyType":"s","maxExpirationSeconds":"i","signerName":"s"},"r":["keyType","signerName"]}\n{"f":{"args":"[]s","command":"[]s","env":"[]@core/v1.EnvVar","envFrom":"[]@core/v1.EnvFromSource","image":"s","imagePullPolicy":"e@core/v1.PullPolicy","lifecycle":"@core/v1.Lifecycle","livenessProbe":"@core/v1.Probe","name":"s","ports":"[]@core/v1.ContainerPort","readinessProbe":"@core/v1.Probe","resizePolicy":"[]@core/v1.ContainerResizePolicy","resources":"@core/v1.ResourceRequirements","restartPolicy":"s","restartPolicyRules":"[]@core/v1.ContainerRestartRule","securityContext":"@core/v1.SecurityContext","startupProbe":"@core/v1.Probe","stdin":"b","stdinOnce":"b","terminationMessagePath":"s","terminationMessagePolicy":"e@core/v1.TerminationMessagePolicy","tty":"b","volumeDevices":"[]@core/v1.VolumeDevice","volumeMounts":"[]@core/v1.VolumeMount","workingDir":"s"},"r":["name"]}\n{"f":{"configMapKeyRef":"@core/v1.ConfigMapKeySelector","fieldRef":"@core/v1.ObjectFieldSelector","fileKeyRef":"@core/v1.FileKeySelector","resourceFieldRef":"@core/v1.ResourceFieldSelector","secretKeyRef":"@core/v1.SecretKeySelector"}}\n{"f":{"key":"s","optional":"b","path":"s","volumeName":"s"},"r":["key","path","volumeName"]}\n{"f":{"action":"s","exitCodes":"@core/v1.ContainerRestartRuleOnExitCodes"},"r":["action"]}\n{"f":{"operator":"s","values":"[]i"},"r":["operator"]}\n{"f":{"args":"[]s","command":"[]s","env":"[]@core/v1.EnvVar","envFrom":"[]@core/v1.EnvFromSource","image":"s","imagePullPolicy":"e@core/v1.PullPolicy","lifecycle":"@core/v1.Lifecycle","livenessProbe":"@core/v1.Probe","name":"s","ports":"[]@core/v1.ContainerPort","readinessProbe":"@core/v1.Probe","resizePolicy":"[]@core/v1.ContainerResizePolicy","resources":"@core/v1.ResourceRequirements","restartPolicy":"s","restartPolicyRules":"[]@core/v1.ContainerRestartRule","securityContext":"@core/v1.SecurityContext","startupProbe":"@core/v1.Probe","stdin":"b","stdinOnce":"b","targetContainerName":"s","terminationMessagePath":"s","terminationMessagePolicy":"e@core/v1.TerminationMessagePolicy","tty":"b","volumeDevices":"[]@core/v1.VolumeDevice","volumeMounts":"[]@core/v1.VolumeMount","workingDir":"s"},"r":["name"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@certificates/v1alpha1.PodCertificateRequestSpec","status":"@certificates/v1alpha1.PodCertificateRequestStatus"},"r":["spec"]}\n{"f":{"maxExpirationSeconds":"i","nodeName":"s","nodeUID":"s","pkixPublicKey":"s","podName":"s","podUID":"s","proofOfPossession":"s","serviceAccountName":"s","serviceAccountUID":"s","signerName":"s"},"r":["nodeName","nodeUID","pkixPublicKey","podName","podUID","proofOfPossession","serviceAccountName","serviceAccountUID","signerName"]}\n{"f":{"beginRefreshAt":"t","certificateChain":"s","conditions":"[]@meta/v1.Condition","notAfter":"t","notBefore":"t"}}\n{"f":{"conditions":"[]@core/v1.PodCondition","containerStatuses":"[]@core/v1.ContainerStatus","ephemeralContainerStatuses":"[]@core/v1.ContainerStatus","extendedResourceClaimStatus":"@core/v1.PodExtendedResourceClaimStatus","hostIP":"s","hostIPs":"[]@core/v1.HostIP","initContainerStatuses":"[]@core/v1.ContainerStatus","message":"s","nominatedNodeName":"s","observedGeneration":"i","phase":"e@core/v1.PodPhase","podIP":"s","podIPs":"[]@core/v1.PodIP","qosClass":"e@core/v1.PodQOSClass","reason":"s","resize":"s","resourceClaimStatuses":"[]@core/v1.PodResourceClaimStatus","startTime":"t"}}\n{"f":{"requestMappings":"[]@core/v1.ContainerExtendedResourceRequest","resourceClaimName":"s"},"r":["requestMappings","resourceClaimName"]}\n{"f":{"containerName":"s","requestName":"s","resourceName":"s"},"r":["containerName","requestName","resourceName"]}\n{"f":{"egress":"[]@networking/v1.NetworkPolicyEgressRule","ingress":"[]@networking/v1.NetworkPolicyIngressRule","podSelector":"@meta/v1.LabelSelector","policyTypes":"[]e@networking/v1.PolicyType"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1.DeviceClassSpec"},"r":["spec"]}\n{"f":{"config":"[]@resource/v1.DeviceClassConfiguration","extendedResourceName":"s","selectors":"[]@resource/v1.DeviceSelector"}}\n{"f":{"cel":"@resource/v1.CELDeviceSelector"}}\n{"f":{"opaque":"@resource/v1.OpaqueDeviceConfiguration"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1.ResourceClaimSpec","status":"@resource/v1.ResourceClaimStatus"},"r":["spec"]}\n{"f":{"devices":"@resource/v1.DeviceClaim"}}\n{"f":{"config":"[]@resource/v1.DeviceClaimConfiguration","constraints":"[]@resource/v1.DeviceConstraint","requests":"[]@resource/v1.DeviceRequest"}}\n{"f":{"exactly":"@resource/v1.ExactDeviceRequest","firstAvailable":"[]@resource/v1.DeviceSubRequest","name":"s"},"r":["name"]}\n{"f":{"adminAccess":"b","allocationMode":"s","capacity":"@resource/v1.CapacityRequirements","count":"i","deviceClassName":"s","selectors":"[]@resource/v1.DeviceSelector","tolerations":"[]@resource/v1.DeviceToleration"},"r":["deviceClassName"]}\n{"f":{"effect":"e@resource/v1.DeviceTaintEffect","key":"s","operator":"e@resource/v1.DeviceTolerationOperator","tolerationSeconds":"i","value":"s"}}\n{"f":{"requests":"{}q"}}\n{"f":{"allocationMode":"s","capacity":"@resource/v1.CapacityRequirements","count":"i","deviceClassName":"s","name":"s","selectors":"[]@resource/v1.DeviceSelector","tolerations":"[]@resource/v1.DeviceToleration"},"r":["deviceClassName","name"]}\n{"f":{"distinctAttribute":"s","matchAttribute":"s","requests":"[]s"}}\n{"f":{"opaque":"@resource/v1.OpaqueDeviceConfiguration","requests":"[]s"}}\n{"f":{"allocation":"@resource/v1.AllocationResult","devices":"[]@resource/v1.AllocatedDeviceStatus","reservedFor":"[]@resource/v1.ResourceClaimConsumerReference"}}\n{"f":{"allocationTimestamp":"t","devices":"@resource/v1.DeviceAllocationResult","nodeSelector":"@core/v1.NodeSelector"}}\n{"f":{"config":"[]@resource/v1.DeviceAllocationConfiguration","results":"[]@resource/v1.DeviceRequestAllocationResult"}}\n{"f":{"adminAccess":"b","bindingConditions":"[]s","bindingFailureConditions":"[]s","consumedCapacity":"{}q","device":"s","driver":"s","pool":"s","request":"s","shareID":"s","tolerations":"[]@resource/v1.DeviceToleration"},"r":["device","driver","pool","request"]}\n{"f":{"opaque":"@resource/v1.OpaqueDeviceConfiguration","requests":"[]s","source":"s"},"r":["source"]}\n{"f":{"conditions":"[]@meta/v1.Condition","data":"any","device":"s","driver":"s","networkData":"@resource/v1.NetworkDeviceData","pool":"s","shareID":"s"},"r":["device","driver","pool"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1.ResourceClaimTemplateSpec"},"r":["spec"]}\n{"f":{"metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1.ResourceClaimSpec"},"r":["spec"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1.ResourceSliceSpec"},"r":["spec"]}\n{"f":{"allNodes":"b","devices":"[]@resource/v1.Device","driver":"s","nodeName":"s","nodeSelector":"@core/v1.NodeSelector","perDeviceNodeSelection":"b","pool":"@resource/v1.ResourcePool","sharedCounters":"[]@resource/v1.CounterSet"},"r":["driver","pool"]}\n{"f":{"allNodes":"b","allowMultipleAllocations":"b","attributes":"{}@resource/v1.DeviceAttribute","bindingConditions":"[]s","bindingFailureConditions":"[]s","bindsToNode":"b","capacity":"{}@resource/v1.DeviceCapacity","consumesCounters":"[]@resource/v1.DeviceCounterConsumption","name":"s","nodeName":"s","nodeSelector":"@core/v1.NodeSelector","taints":"[]@resource/v1.DeviceTaint"},"r":["name"]}\n{"f":{"requestPolicy":"@resource/v1.CapacityRequestPolicy","value":"q"},"r":["value"]}\n{"f":{"default":"q","validRange":"@resource/v1.CapacityRequestPolicyRange","validValues":"[]q"}}\n{"f":{"max":"q","min":"q","step":"q"},"r":["min"]}\n{"f":{"counterSet":"s","counters":"{}@resource/v1.Counter"},"r":["counterSet","counters"]}\n{"f":{"effect":"e@resource/v1.DeviceTaintEffect","key":"s","timeAdded":"t","value":"s"},"r":["effect","key"]}\n{"f":{"counters":"{}@resource/v1.Counter","name":"s"},"r":["counters","name"]}\n{"f":{"config":"[]@resource/v1beta1.DeviceClassConfiguration","extendedResourceName":"s","selectors":"[]@resource/v1beta1.DeviceSelector"}}\n{"f":{"adminAccess":"b","allocationMode":"s","capacity":"@resource/v1beta1.CapacityRequirements","count":"i","deviceClassName":"s","firstAvailable":"[]@resource/v1beta1.DeviceSubRequest","name":"s","selectors":"[]@resource/v1beta1.DeviceSelector","tolerations":"[]@resource/v1beta1.DeviceToleration"},"r":["name"]}\n{"f":{"allocationMode":"s","capacity":"@resource/v1beta1.CapacityRequirements","count":"i","deviceClassName":"s","name":"s","selectors":"[]@resource/v1beta1.DeviceSelector","tolerations":"[]@resource/v1beta1.DeviceToleration"},"r":["deviceClassName","name"]}\n{"f":{"allocationTimestamp":"t","devices":"@resource/v1beta1.DeviceAllocationResult","nodeSelector":"@core/v1.NodeSelector"}}\n{"f":{"adminAccess":"b","bindingConditions":"[]s","bindingFailureConditions":"[]s","consumedCapacity":"{}q","device":"s","driver":"s","pool":"s","request":"s","shareID":"s","tolerations":"[]@resource/v1beta1.DeviceToleration"},"r":["device","driver","pool","request"]}\n{"f":{"conditions":"[]@meta/v1.Condition","data":"any","device":"s","driver":"s","networkData":"@resource/v1beta1.NetworkDeviceData","pool":"s","shareID":"s"},"r":["device","driver","pool"]}\n{"f":{"allNodes":"b","allowMultipleAllocations":"b","attributes":"{}@resource/v1beta1.DeviceAttribute","bindingConditions":"[]s","bindingFailureConditions":"[]s","bindsToNode":"b","capacity":"{}@resource/v1beta1.DeviceCapacity","consumesCounters":"[]@resource/v1beta1.DeviceCounterConsumption","nodeName":"s","nodeSelector":"@core/v1.NodeSelector","taints":"[]@resource/v1beta1.DeviceTaint"}}\n{"f":{"requestPolicy":"@resource/v1beta1.CapacityRequestPolicy","value":"q"},"r":["value"]}\n{"f":{"default":"q","validRange":"@resource/v1beta1.CapacityRequestPolicyRange","validValues":"[]q"}}\n{"f":{"config":"[]@resource/v1beta2.DeviceClassConfiguration","extendedResourceName":"s","selectors":"[]@resource/v1beta2.DeviceSelector"}}\n{"f":{"adminAccess":"b","allocationMode":"s","capacity":"@resource/v1beta2.CapacityRequirements","count":"i","deviceClassName":"s","selectors":"[]@resource/v1beta2.DeviceSelector","tolerations":"[]@resource/v1beta2.DeviceToleration"},"r":["deviceClassName"]}\n{"f":{"allocationMode":"s","capacity":"@resource/v1beta2.CapacityRequirements","count":"i","deviceClassName":"s","name":"s","selectors":"[]@resource/v1beta2.DeviceSelector","tolerations":"[]@resource/v1beta2.DeviceToleration"},"r":["deviceClassName","name"]}\n{"f":{"allocationTimestamp":"t","devices":"@resource/v1beta2.DeviceAllocationResult","nodeSelector":"@core/v1.NodeSelector"}}\n{"f":{"adminAccess":"b","bindingConditions":"[]s","bindingFailureConditions":"[]s","consumedCapacity":"{}q","device":"s","driver":"s","pool":"s","request":"s","shareID":"s","tolerations":"[]@resource/v1beta2.DeviceToleration"},"r":["device","driver","pool","request"]}\n{"f":{"conditions":"[]@meta/v1.Condition","data":"any","device":"s","driver":"s","networkData":"@resource/v1beta2.NetworkDeviceData","pool":"s","shareID":"s"},"r":["device","driver","pool"]}\n{"f":{"allNodes":"b","allowMultipleAllocations":"b","attributes":"{}@resource/v1beta2.DeviceAttribute","bindingConditions":"[]s","bindingFailureConditions":"[]s","bindsToNode":"b","capacity":"{}@resource/v1beta2.DeviceCapacity","consumesCounters":"[]@resource/v1beta2.DeviceCounterConsumption","name":"s","nodeName":"s","nodeSelector":"@core/v1.NodeSelector","taints":"[]@resource/v1beta2.DeviceTaint"},"r":["name"]}\n{"f":{"requestPolicy":"@resource/v1beta2.CapacityRequestPolicy","value":"q"},"r":["value"]}\n{"f":{"default":"q","validRange":"@resource/v1beta2.CapacityRequestPolicyRange","validValues":"[]q"}}\n{"f":{"activeDeadlineSeconds":"i","affinity":"@core/v1.Affinity","automountServiceAccountToken":"b","containers":"[]@core/v1.Container","dnsConfig":"@core/v1.PodDNSConfig","dnsPolicy":"e@core/v1.DNSPolicy","enableServiceLinks":"b","ephemeralContainers":"[]@core/v1.EphemeralContainer","hostAliases":"[]@core/v1.HostAlias","hostIPC":"b","hostNetwork":"b","hostPID":"b","hostUsers":"b","hostname":"s","hostnameOverride":"s","imagePullSecrets":"[]@core/v1.LocalObjectReference","initContainers":"[]@core/v1.Container","nodeName":"s","nodeSelector":"{}s","os":"@core/v1.PodOS","overhead":"{}q","preemptionPolicy":"e@core/v1.PreemptionPolicy","priority":"i","priorityClassName":"s","readinessGates":"[]@core/v1.PodReadinessGate","resourceClaims":"[]@core/v1.PodResourceClaim","resources":"@core/v1.ResourceRequirements","restartPolicy":"e@core/v1.RestartPolicy","runtimeClassName":"s","schedulerName":"s","schedulingGates":"[]@core/v1.PodSchedulingGate","securityContext":"@core/v1.PodSecurityContext","serviceAccount":"s","serviceAccountName":"s","setHostnameAsFQDN":"b","shareProcessNamespace":"b","subdomain":"s","terminationGracePeriodSeconds":"i","tolerations":"[]@core/v1.Toleration","topologySpreadConstraints":"[]@core/v1.TopologySpreadConstraint","volumes":"[]@core/v1.Volume","workloadRef":"@core/v1.WorkloadReference"},"r":["containers"]}\n{"f":{"certificateChainPath":"s","credentialBundlePath":"s","keyPath":"s","keyType":"s","maxExpirationSeconds":"i","signerName":"s","userAnnotations":"{}s"},"r":["keyType","signerName"]}\n{"e":["Equal","Exists","Gt","Lt"]}\n{"f":{"name":"s","podGroup":"s","podGroupReplicaKey":"s"},"r":["name","podGroup"]}\n{"f":{"status":"s","type":"s"},"r":["type"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@certificates/v1beta1.PodCertificateRequestSpec","status":"@certificates/v1beta1.PodCertificateRequestStatus"},"r":["spec"]}\n{"f":{"maxExpirationSeconds":"i","nodeName":"s","nodeUID":"s","pkixPublicKey":"s","podName":"s","podUID":"s","proofOfPossession":"s","serviceAccountName":"s","serviceAccountUID":"s","signerName":"s","unverifiedUserAnnotations":"{}s"},"r":["nodeName","nodeUID","pkixPublicKey","podName","podUID","proofOfPossession","serviceAccountName","serviceAccountUID","signerName"]}\n{"f":{"allocatedResources":"{}q","conditions":"[]@core/v1.PodCondition","containerStatuses":"[]@core/v1.ContainerStatus","ephemeralContainerStatuses":"[]@core/v1.ContainerStatus","extendedResourceClaimStatus":"@core/v1.PodExtendedResourceClaimStatus","hostIP":"s","hostIPs":"[]@core/v1.HostIP","initContainerStatuses":"[]@core/v1.ContainerStatus","message":"s","nominatedNodeName":"s","observedGeneration":"i","phase":"e@core/v1.PodPhase","podIP":"s","podIPs":"[]@core/v1.PodIP","qosClass":"e@core/v1.PodQOSClass","reason":"s","resize":"s","resourceClaimStatuses":"[]@core/v1.PodResourceClaimStatus","resources":"@core/v1.ResourceRequirements","startTime":"t"}}\n{"f":{"addresses":"[]@core/v1.NodeAddress","allocatable":"{}q","capacity":"{}q","conditions":"[]@core/v1.NodeCondition","config":"@core/v1.NodeConfigStatus","daemonEndpoints":"@core/v1.NodeDaemonEndpoints","declaredFeatures":"[]s","features":"@core/v1.NodeFeatures","images":"[]@core/v1.ContainerImage","nodeInfo":"@core/v1.NodeSystemInfo","phase":"e@core/v1.NodePhase","runtimeHandlers":"[]@core/v1.NodeRuntimeHandler","volumesAttached":"[]@core/v1.AttachedVolume","volumesInUse":"[]s"}}\n{"f":{"adminAccess":"b","allocationMode":"e@resource/v1.DeviceAllocationMode","capacity":"@resource/v1.CapacityRequirements","count":"i","deviceClassName":"s","selectors":"[]@resource/v1.DeviceSelector","tolerations":"[]@resource/v1.DeviceToleration"},"r":["deviceClassName"]}\n{"e":["All","ExactCount"]}\n{"e":["NoExecute","NoSchedule","None"]}\n{"f":{"allocationMode":"e@resource/v1.DeviceAllocationMode","capacity":"@resource/v1.CapacityRequirements","count":"i","deviceClassName":"s","name":"s","selectors":"[]@resource/v1.DeviceSelector","tolerations":"[]@resource/v1.DeviceToleration"},"r":["deviceClassName","name"]}\n{"f":{"opaque":"@resource/v1.OpaqueDeviceConfiguration","requests":"[]s","source":"e@resource/v1.AllocationConfigSource"},"r":["source"]}\n{"e":["FromClaim","FromClass"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1alpha3.DeviceTaintRuleSpec","status":"@resource/v1alpha3.DeviceTaintRuleStatus"},"r":["spec"]}\n{"f":{"device":"s","driver":"s","pool":"s"}}\n{"f":{"adminAccess":"b","allocationMode":"e@resource/v1beta1.DeviceAllocationMode","capacity":"@resource/v1beta1.CapacityRequirements","count":"i","deviceClassName":"s","firstAvailable":"[]@resource/v1beta1.DeviceSubRequest","name":"s","selectors":"[]@resource/v1beta1.DeviceSelector","tolerations":"[]@resource/v1beta1.DeviceToleration"},"r":["name"]}\n{"f":{"allocationMode":"e@resource/v1beta1.DeviceAllocationMode","capacity":"@resource/v1beta1.CapacityRequirements","count":"i","deviceClassName":"s","name":"s","selectors":"[]@resource/v1beta1.DeviceSelector","tolerations":"[]@resource/v1beta1.DeviceToleration"},"r":["deviceClassName","name"]}\n{"f":{"opaque":"@resource/v1beta1.OpaqueDeviceConfiguration","requests":"[]s","source":"e@resource/v1beta1.AllocationConfigSource"},"r":["source"]}\n{"f":{"adminAccess":"b","allocationMode":"e@resource/v1beta2.DeviceAllocationMode","capacity":"@resource/v1beta2.CapacityRequirements","count":"i","deviceClassName":"s","selectors":"[]@resource/v1beta2.DeviceSelector","tolerations":"[]@resource/v1beta2.DeviceToleration"},"r":["deviceClassName"]}\n{"f":{"allocationMode":"e@resource/v1beta2.DeviceAllocationMode","capacity":"@resource/v1beta2.CapacityRequirements","count":"i","deviceClassName":"s","name":"s","selectors":"[]@resource/v1beta2.DeviceSelector","tolerations":"[]@resource/v1beta2.DeviceToleration"},"r":["deviceClassName","name"]}\n{"f":{"opaque":"@resource/v1beta2.OpaqueDeviceConfiguration","requests":"[]s","source":"e@resource/v1beta2.AllocationConfigSource"},"r":["source"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@scheduling/v1alpha1.WorkloadSpec"},"r":["spec"]}\n{"f":{"controllerRef":"@scheduling/v1alpha1.TypedLocalObjectReference","podGroups":"[]@scheduling/v1alpha1.PodGroup"},"r":["podGroups"]}\n{"f":{"name":"s","policy":"@scheduling/v1alpha1.PodGroupPolicy"},"r":["name","policy"]}\n{"f":{"basic":"@scheduling/v1alpha1.BasicSchedulingPolicy","gang":"@scheduling/v1alpha1.GangSchedulingPolicy"}}\n{"f":{"minCount":"i"},"r":["minCount"]}\n{"f":{"attachRequired":"b","fsGroupPolicy":"s","nodeAllocatableUpdatePeriodSeconds":"i","podInfoOnMount":"b","requiresRepublish":"b","seLinuxMount":"b","serviceAccountTokenInSecrets":"b","storageCapacity":"b","tokenRequests":"[]@storage/v1.TokenRequest","volumeLifecycleModes":"[]s"}}\n{"f":{"attachRequired":"b","fsGroupPolicy":"s","nodeAllocatableUpdatePeriodSeconds":"i","podInfoOnMount":"b","requiresRepublish":"b","seLinuxMount":"b","serviceAccountTokenInSecrets":"b","storageCapacity":"b","tokenRequests":"[]@storage/v1beta1.TokenRequest","volumeLifecycleModes":"[]s"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@storagemigration/v1beta1.StorageVersionMigrationSpec","status":"@storagemigration/v1beta1.StorageVersionMigrationStatus"}}\n{"f":{"resource":"@meta/v1.GroupResource"},"r":["resource"]}\n{"f":{"group":"s","resource":"s"},"r":["group","resource"]}\n{"f":{"conditions":"[]@meta/v1.Condition","resourceVersion":"s"}}\n{"f":{"dryRun":"b","kind":"@meta/v1.GroupVersionKind","name":"s","namespace":"s","object":"any","oldObject":"any","operation":"s","options":"any","requestKind":"@meta/v1.GroupVersionKind","requestResource":"@meta/v1.GroupVersionResource","requestSubResource":"s","resource":"@meta/v1.GroupVersionResource","subResource":"s","uid":"s","userInfo":"@authentication/v1.UserInfo"}}\n{"f":{"allowed":"b","auditAnnotations":"{}s","patch":"s","patchType":"s","status":"@meta/v1.Status","uid":"s","warnings":"[]s"}}\n{"f":{"continue":"s","remainingItemCount":"i","resourceVersion":"s","selfLink":"s","shardInfo":"@meta/v1.ShardInfo"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@admissionregistration/v1.ValidatingAdmissionPolicyBindingSpec"},"r":["spec"]}\n{"f":{"matchResources":"@admissionregistration/v1.MatchResources","paramRef":"@admissionregistration/v1.ParamRef","policyName":"s","validationActions":"[]e@admissionregistration/v1.ValidationAction"},"r":["policyName","validationActions"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@admissionregistration/v1.MutatingAdmissionPolicySpec"}}\n{"f":{"failurePolicy":"e@admissionregistration/v1.FailurePolicyType","matchConditions":"[]@admissionregistration/v1.MatchCondition","matchConstraints":"@admissionregistration/v1.MatchResources","mutations":"[]@admissionregistration/v1.Mutation","paramKind":"@admissionregistration/v1.ParamKind","reinvocationPolicy":"e@admissionregistration/v1.ReinvocationPolicyType","variables":"[]@admissionregistration/v1.Variable"}}\n{"f":{"applyConfiguration":"@admissionregistration/v1.ApplyConfiguration","jsonPatch":"@admissionregistration/v1.JSONPatch","patchType":"e@admissionregistration/v1.PatchType"},"r":["patchType"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@admissionregistration/v1.MutatingAdmissionPolicyBindingSpec"}}\n{"f":{"matchResources":"@admissionregistration/v1.MatchResources","paramRef":"@admissionregistration/v1.ParamRef","policyName":"s"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@admissionregistration/v1alpha1.ValidatingAdmissionPolicyBindingSpec"},"r":["spec"]}\n{"f":{"matchResources":"@admissionregistration/v1alpha1.MatchResources","paramRef":"@admissionregistration/v1alpha1.ParamRef","policyName":"s","validationActions":"[]e@admissionregistration/v1alpha1.ValidationAction"},"r":["policyName","validationActions"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@admissionregistration/v1beta1.ValidatingAdmissionPolicyBindingSpec"},"r":["spec"]}\n{"f":{"matchResources":"@admissionregistration/v1beta1.MatchResources","paramRef":"@admissionregistration/v1beta1.ParamRef","policyName":"s","validationActions":"[]e@admissionregistration/v1beta1.ValidationAction"},"r":["policyName","validationActions"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@apiserverinternal/v1alpha1.StorageVersionSpec","status":"@apiserverinternal/v1alpha1.StorageVersionStatus"},"r":["metadata"]}\n{"f":{"apiServerID":"s","decodableVersions":"[]s","encodingVersion":"s","servedVersions":"[]s"},"r":["apiServerID","decodableVersions","encodingVersion"]}\n{"f":{"activeDeadlineSeconds":"i","affinity":"@core/v1.Affinity","automountServiceAccountToken":"b","containers":"[]@core/v1.Container","dnsConfig":"@core/v1.PodDNSConfig","dnsPolicy":"e@core/v1.DNSPolicy","enableServiceLinks":"b","ephemeralContainers":"[]@core/v1.EphemeralContainer","hostAliases":"[]@core/v1.HostAlias","hostIPC":"b","hostNetwork":"b","hostPID":"b","hostUsers":"b","hostname":"s","hostnameOverride":"s","imagePullSecrets":"[]@core/v1.LocalObjectReference","initContainers":"[]@core/v1.Container","nodeName":"s","nodeSelector":"{}s","os":"@core/v1.PodOS","overhead":"{}q","preemptionPolicy":"e@core/v1.PreemptionPolicy","priority":"i","priorityClassName":"s","readinessGates":"[]@core/v1.PodReadinessGate","resourceClaims":"[]@core/v1.PodResourceClaim","resources":"@core/v1.ResourceRequirements","restartPolicy":"e@core/v1.RestartPolicy","runtimeClassName":"s","schedulerName":"s","schedulingGates":"[]@core/v1.PodSchedulingGate","schedulingGroup":"@core/v1.PodSchedulingGroup","securityContext":"@core/v1.PodSecurityContext","serviceAccount":"s","serviceAccountName":"s","setHostnameAsFQDN":"b","shareProcessNamespace":"b","subdomain":"s","terminationGracePeriodSeconds":"i","tolerations":"[]@core/v1.Toleration","topologySpreadConstraints":"[]@core/v1.TopologySpreadConstraint","volumes":"[]@core/v1.Volume"},"r":["containers"]}\n{"f":{"podGroupName":"s"}}\n{"f":{"audiences":"[]s","token":"s"},"r":["token"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@authentication/v1.TokenRequestSpec","status":"@authentication/v1.TokenRequestStatus"}}\n{"f":{"audiences":"[]s","boundObjectRef":"@authentication/v1.BoundObjectReference","expirationSeconds":"i"}}\n{"f":{"expirationTimestamp":"t","token":"s"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@autoscaling/v1.HorizontalPodAutoscalerSpec","status":"@autoscaling/v1.HorizontalPodAutoscalerStatus"},"r":["spec"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@autoscaling/v2.HorizontalPodAutoscalerSpec","status":"@autoscaling/v2.HorizontalPodAutoscalerStatus"},"r":["spec"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@batch/v1.CronJobSpec","status":"@batch/v1.CronJobStatus"},"r":["spec"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@batch/v1beta1.CronJobSpec","status":"@batch/v1beta1.CronJobStatus"},"r":["spec"]}\n{"f":{"maxExpirationSeconds":"i","nodeName":"s","nodeUID":"s","pkixPublicKey":"s","podName":"s","podUID":"s","proofOfPossession":"s","serviceAccountName":"s","serviceAccountUID":"s","signerName":"s","stubPKCS10Request":"s","unverifiedUserAnnotations":"{}s"},"r":["nodeName","nodeUID","podName","podUID","serviceAccountName","serviceAccountUID","signerName","stubPKCS10Request"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@coordination/v1alpha2.LeaseCandidateSpec"},"r":["spec"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@coordination/v1beta1.LeaseCandidateSpec"},"r":["spec"]}\n{"f":{"allocatedResources":"{}q","conditions":"[]@core/v1.PodCondition","containerStatuses":"[]@core/v1.ContainerStatus","ephemeralContainerStatuses":"[]@core/v1.ContainerStatus","extendedResourceClaimStatus":"@core/v1.PodExtendedResourceClaimStatus","hostIP":"s","hostIPs":"[]@core/v1.HostIP","initContainerStatuses":"[]@core/v1.ContainerStatus","message":"s","nodeAllocatableResourceClaimStatuses":"[]@core/v1.NodeAllocatableResourceClaimStatus","nominatedNodeName":"s","observedGeneration":"i","phase":"e@core/v1.PodPhase","podIP":"s","podIPs":"[]@core/v1.PodIP","qosClass":"e@core/v1.PodQOSClass","reason":"s","resize":"s","resourceClaimStatuses":"[]@core/v1.PodResourceClaimStatus","resources":"@core/v1.ResourceRequirements","startTime":"t"}}\n{"f":{"mountPath":"s","name":"s","readOnly":"b","recursiveReadOnly":"s","volumeStatus":"@core/v1.VolumeStatus"},"r":["mountPath","name"]}\n{"f":{"image":"@core/v1.ImageVolumeStatus"}}\n{"f":{"imageRef":"s"},"r":["imageRef"]}\n{"f":{"health":"s","message":"s","resourceID":"s"},"r":["resourceID"]}\n{"f":{"containers":"[]s","resourceClaimName":"s","resources":"{}q"},"r":["resourceClaimName","resources"]}\n{"f":{"addressType":"e@discovery/v1.AddressType","apiVersion":"s","endpoints":"[]@discovery/v1.Endpoint","kind":"s","metadata":"@meta/v1.ObjectMeta","ports":"[]@discovery/v1.EndpointPort"},"r":["addressType"]}\n{"f":{"addressType":"e@discovery/v1beta1.AddressType","apiVersion":"s","endpoints":"[]@discovery/v1beta1.Endpoint","kind":"s","metadata":"@meta/v1.ObjectMeta","ports":"[]@discovery/v1beta1.EndpointPort"},"r":["addressType"]}\n{"f":{"exempt":"@flowcontrol/v1.ExemptPriorityLevelConfiguration","limited":"@flowcontrol/v1.LimitedPriorityLevelConfiguration","type":"s"},"r":["limited","type"]}\n{"f":{"queuing":"@flowcontrol/v1.QueuingConfiguration","type":"s"},"r":["queuing","type"]}\n{"f":{"exempt":"@flowcontrol/v1beta1.ExemptPriorityLevelConfiguration","limited":"@flowcontrol/v1beta1.LimitedPriorityLevelConfiguration","type":"s"},"r":["limited","type"]}\n{"f":{"queuing":"@flowcontrol/v1beta1.QueuingConfiguration","type":"s"},"r":["queuing","type"]}\n{"f":{"exempt":"@flowcontrol/v1beta2.ExemptPriorityLevelConfiguration","limited":"@flowcontrol/v1beta2.LimitedPriorityLevelConfiguration","type":"s"},"r":["limited","type"]}\n{"f":{"queuing":"@flowcontrol/v1beta2.QueuingConfiguration","type":"s"},"r":["queuing","type"]}\n{"f":{"exempt":"@flowcontrol/v1beta3.ExemptPriorityLevelConfiguration","limited":"@flowcontrol/v1beta3.LimitedPriorityLevelConfiguration","type":"s"},"r":["limited","type"]}\n{"f":{"queuing":"@flowcontrol/v1beta3.QueuingConfiguration","type":"s"},"r":["queuing","type"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@imagepolicy/v1alpha1.ImageReviewSpec","status":"@imagepolicy/v1alpha1.ImageReviewStatus"}}\n{"f":{"allowed":"b","auditAnnotations":"{}s","reason":"s"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@networking/v1.IPAddressSpec"},"r":["spec"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@networking/v1beta1.IPAddressSpec"},"r":["spec"]}\n{"f":{"conditions":"[]@meta/v1.Condition","currentHealthy":"i","desiredHealthy":"i","disruptedPods":"{}t","disruptionsAllowed":"i","expectedPods":"i","observedGeneration":"i"}}\n{"f":{"allNodes":"b","allowMultipleAllocations":"b","attributes":"{}@resource/v1.DeviceAttribute","bindingConditions":"[]s","bindingFailureConditions":"[]s","bindsToNode":"b","capacity":"{}@resource/v1.DeviceCapacity","consumesCounters":"[]@resource/v1.DeviceCounterConsumption","name":"s","nodeAllocatableResourceMappings":"{}@resource/v1.NodeAllocatableResourceMapping","nodeName":"s","nodeSelector":"@core/v1.NodeSelector","taints":"[]@resource/v1.DeviceTaint"},"r":["name"]}\n{"f":{"bool":"b","bools":"[]b","int":"i","ints":"[]i","string":"s","strings":"[]s","version":"s","versions":"[]s"}}\n{"f":{"allocationMultiplier":"q","capacityKey":"s"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1alpha3.ResourcePoolStatusRequestSpec","status":"@resource/v1alpha3.ResourcePoolStatusRequestStatus"},"r":["metadata","spec"]}\n{"f":{"driver":"s","limit":"i","poolName":"s"},"r":["driver"]}\n{"f":{"conditions":"[]@meta/v1.Condition","poolCount":"i","pools":"[]@resource/v1alpha3.PoolStatus"},"r":["poolCount"]}\n{"f":{"allocatedDevices":"i","availableDevices":"i","driver":"s","generation":"i","nodeName":"s","poolName":"s","resourceSliceCount":"i","totalDevices":"i","unavailableDevices":"i","validationError":"s"},"r":["driver","generation","poolName"]}\n{"f":{"allNodes":"b","allowMultipleAllocations":"b","attributes":"{}@resource/v1beta1.DeviceAttribute","bindingConditions":"[]s","bindingFailureConditions":"[]s","bindsToNode":"b","capacity":"{}@resource/v1beta1.DeviceCapacity","consumesCounters":"[]@resource/v1beta1.DeviceCounterConsumption","nodeAllocatableResourceMappings":"{}@resource/v1beta1.NodeAllocatableResourceMapping","nodeName":"s","nodeSelector":"@core/v1.NodeSelector","taints":"[]@resource/v1beta1.DeviceTaint"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1beta2.DeviceTaintRuleSpec","status":"@resource/v1beta2.DeviceTaintRuleStatus"},"r":["spec"]}\n{"f":{"deviceSelector":"@resource/v1beta2.DeviceTaintSelector","taint":"@resource/v1beta2.DeviceTaint"},"r":["taint"]}\n{"f":{"allNodes":"b","allowMultipleAllocations":"b","attributes":"{}@resource/v1beta2.DeviceAttribute","bindingConditions":"[]s","bindingFailureConditions":"[]s","bindsToNode":"b","capacity":"{}@resource/v1beta2.DeviceCapacity","consumesCounters":"[]@resource/v1beta2.DeviceCounterConsumption","name":"s","nodeAllocatableResourceMappings":"{}@resource/v1beta2.NodeAllocatableResourceMapping","nodeName":"s","nodeSelector":"@core/v1.NodeSelector","taints":"[]@resource/v1beta2.DeviceTaint"},"r":["name"]}\n{"f":{"apiVersion":"s","description":"s","globalDefault":"b","kind":"s","metadata":"@meta/v1.ObjectMeta","preemptionPolicy":"e@core/v1.PreemptionPolicy","value":"i"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@scheduling/v1alpha2.WorkloadSpec"},"r":["spec"]}\n{"f":{"controllerRef":"@scheduling/v1alpha2.TypedLocalObjectReference","podGroupTemplates":"[]@scheduling/v1alpha2.PodGroupTemplate"},"r":["podGroupTemplates"]}\n{"f":{"disruptionMode":"e@scheduling/v1alpha2.DisruptionMode","name":"s","priority":"i","priorityClassName":"s","resourceClaims":"[]@scheduling/v1alpha2.PodGroupResourceClaim","schedulingConstraints":"@scheduling/v1alpha2.PodGroupSchedulingConstraints","schedulingPolicy":"@scheduling/v1alpha2.PodGroupSchedulingPolicy"},"r":["name","schedulingPolicy"]}\n{"f":{"basic":"@scheduling/v1alpha2.BasicSchedulingPolicy","gang":"@scheduling/v1alpha2.GangSchedulingPolicy"}}\n{"f":{"topology":"[]@scheduling/v1alpha2.TopologyConstraint"}}\n{"f":{"key":"s"},"r":["key"]}\n{"e":["Pod","PodGroup"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@scheduling/v1alpha2.PodGroupSpec","status":"@scheduling/v1alpha2.PodGroupStatus"},"r":["spec"]}\n{"f":{"disruptionMode":"e@scheduling/v1alpha2.DisruptionMode","podGroupTemplateRef":"@scheduling/v1alpha2.PodGroupTemplateReference","priority":"i","priorityClassName":"s","resourceClaims":"[]@scheduling/v1alpha2.PodGroupResourceClaim","schedulingConstraints":"@scheduling/v1alpha2.PodGroupSchedulingConstraints","schedulingPolicy":"@scheduling/v1alpha2.PodGroupSchedulingPolicy"},"r":["schedulingPolicy"]}\n{"f":{"workload":"@scheduling/v1alpha2.WorkloadPodGroupTemplateReference"}}\n{"f":{"podGroupTemplateName":"s","workloadName":"s"},"r":["podGroupTemplateName","workloadName"]}\n{"f":{"conditions":"[]@meta/v1.Condition","resourceClaimStatuses":"[]@scheduling/v1alpha2.PodGroupResourceClaimStatus"}}\n{"f":{"attachRequired":"b","fsGroupPolicy":"s","nodeAllocatableUpdatePeriodSeconds":"i","podInfoOnMount":"b","preventPodSchedulingIfMissing":"b","requiresRepublish":"b","seLinuxMount":"b","serviceAccountTokenInSecrets":"b","storageCapacity":"b","tokenRequests":"[]@storage/v1.TokenRequest","volumeLifecycleModes":"[]s"}}\n{"f":{"attachRequired":"b","fsGroupPolicy":"s","nodeAllocatableUpdatePeriodSeconds":"i","podInfoOnMount":"b","preventPodSchedulingIfMissing":"b","requiresRepublish":"b","seLinuxMount":"b","serviceAccountTokenInSecrets":"b","storageCapacity":"b","tokenRequests":"[]@storage/v1beta1.TokenRequest","volumeLifecycleModes":"[]s"}}\n{"f":{"apiVersion":"s","fieldsType":"s","fieldsV1":"any","manager":"s","operation":"s","subresource":"s","time":"t"},"r":["operation"]}\n{"f":{"freshness":"s","resources":"[]@apidiscovery/v2.APIResourceDiscovery","version":"s"}}\n{"f":{"categories":"[]s","resource":"s","responseKind":"@meta/v1.GroupVersionKind","scope":"s","shortNames":"[]s","singularResource":"s","subresources":"[]@apidiscovery/v2.APISubresourceDiscovery","verbs":"[]s"}}\n{"f":{"acceptedTypes":"[]@meta/v1.GroupVersionKind","responseKind":"@meta/v1.GroupVersionKind","subresource":"s","verbs":"[]s"}}\n{"f":{"freshness":"s","resources":"[]@apidiscovery/v2beta1.APIResourceDiscovery","version":"s"}}\n{"f":{"categories":"[]s","resource":"s","responseKind":"@meta/v1.GroupVersionKind","scope":"s","shortNames":"[]s","singularResource":"s","subresources":"[]@apidiscovery/v2beta1.APISubresourceDiscovery","verbs":"[]s"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@apps/v1.DeploymentSpec","status":"@apps/v1.DeploymentStatus"},"r":["spec"]}\n{"f":{"lastTransitionTime":"t","lastUpdateTime":"t","message":"s","reason":"s","status":"s","type":"s"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@apps/v1.StatefulSetSpec","status":"@apps/v1.StatefulSetStatus"},"r":["spec"]}\n{"e":["OnDelete","Recreate","RollingUpdate"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@apps/v1.DaemonSetSpec","status":"@apps/v1.DaemonSetStatus"},"r":["spec"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@apps/v1.ReplicaSetSpec","status":"@apps/v1.ReplicaSetStatus"},"r":["spec"]}\n{"f":{"apiVersion":"s","data":"any","kind":"s","metadata":"@meta/v1.ObjectMeta","revision":"i"},"r":["data"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@apps/v1beta1.DeploymentSpec","status":"@apps/v1beta1.DeploymentStatus"},"r":["spec"]}\n{"f":{"apiVersion":"s","kind":"s","name":"s","rollbackTo":"@apps/v1beta1.RollbackConfig","updatedAnnotations":"{}s"},"r":["name"]}\n{"f":{"replicas":"i","selector":"{}s","targetSelector":"s"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@apps/v1beta1.StatefulSetSpec","status":"@apps/v1beta1.StatefulSetStatus"},"r":["spec"]}\n{"f":{"minReadySeconds":"i","ordinals":"@apps/v1beta1.StatefulSetOrdinals","persistentVolumeClaimRetentionPolicy":"@apps/v1beta1.StatefulSetPersistentVolumeClaimRetentionPolicy","podManagementPolicy":"s","replicas":"i","revisionHistoryLimit":"i","selector":"@meta/v1.LabelSelector","serviceName":"s","template":"@core/v1.PodTemplateSpec","updateStrategy":"@apps/v1beta1.StatefulSetUpdateStrategy","volumeClaimTemplates":"[]@core/v1.PersistentVolumeClaim"},"r":["selector","template"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@apps/v1beta2.DeploymentSpec","status":"@apps/v1beta2.DeploymentStatus"},"r":["spec"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@apps/v1beta2.StatefulSetSpec","status":"@apps/v1beta2.StatefulSetStatus"},"r":["spec"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@apps/v1beta2.DaemonSetSpec","status":"@apps/v1beta2.DaemonSetStatus"},"r":["spec"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@apps/v1beta2.ReplicaSetSpec","status":"@apps/v1beta2.ReplicaSetStatus"},"r":["spec"]}\n{"f":{"lastTransitionTime":"t","message":"s","observedGeneration":"i","reason":"s","status":"s","type":"s"},"r":["status","type"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@certificates/v1.ClusterTrustBundleSpec"},"r":["spec"]}\n{"f":{"configSource":"@core/v1.NodeConfigSource","externalID":"s","podCIDR":"s","podCIDRs":"[]s","podPreemptionPolicy":"@core/v1.NodePodPreemptionPolicy","providerID":"s","taints":"[]@core/v1.Taint","unschedulable":"b"}}\n{"f":{"disableResizePreemption":"[]s"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@flowcontrol/v1.FlowSchemaSpec","status":"@flowcontrol/v1.FlowSchemaStatus"},"r":["spec"]}\n{"f":{"lastTransitionTime":"t","message":"s","reason":"s","status":"s","type":"s"},"r":["type"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@flowcontrol/v1.PriorityLevelConfigurationSpec","status":"@flowcontrol/v1.PriorityLevelConfigurationStatus"},"r":["spec"]}\n{"f":{"borrowingLimitPercent":"i","lendablePercent":"i","limitResponse":"@flowcontrol/v1.LimitResponse","nominalConcurrencyShares":"i"},"r":["limitResponse"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@flowcontrol/v1beta1.FlowSchemaSpec","status":"@flowcontrol/v1beta1.FlowSchemaStatus"},"r":["spec"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@flowcontrol/v1beta1.PriorityLevelConfigurationSpec","status":"@flowcontrol/v1beta1.PriorityLevelConfigurationStatus"},"r":["spec"]}\n{"f":{"assuredConcurrencyShares":"i","borrowingLimitPercent":"i","lendablePercent":"i","limitResponse":"@flowcontrol/v1beta1.LimitResponse"},"r":["limitResponse"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@flowcontrol/v1beta2.FlowSchemaSpec","status":"@flowcontrol/v1beta2.FlowSchemaStatus"},"r":["spec"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@flowcontrol/v1beta2.PriorityLevelConfigurationSpec","status":"@flowcontrol/v1beta2.PriorityLevelConfigurationStatus"},"r":["spec"]}\n{"f":{"assuredConcurrencyShares":"i","borrowingLimitPercent":"i","lendablePercent":"i","limitResponse":"@flowcontrol/v1beta2.LimitResponse"},"r":["limitResponse"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@flowcontrol/v1beta3.FlowSchemaSpec","status":"@flowcontrol/v1beta3.FlowSchemaStatus"},"r":["spec"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@flowcontrol/v1beta3.PriorityLevelConfigurationSpec","status":"@flowcontrol/v1beta3.PriorityLevelConfigurationStatus"},"r":["spec"]}\n{"f":{"borrowingLimitPercent":"i","lendablePercent":"i","limitResponse":"@flowcontrol/v1beta3.LimitResponse","nominalConcurrencyShares":"i"},"r":["limitResponse"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1.DeviceClassSpec"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1.DeviceTaintRuleSpec","status":"@resource/v1.DeviceTaintRuleStatus"},"r":["spec"]}\n{"f":{"deviceSelector":"@resource/v1.DeviceTaintSelector","taint":"@resource/v1.DeviceTaint"},"r":["taint"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1.ResourceClaimSpec","status":"@resource/v1.ResourceClaimStatus"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1.ResourceClaimTemplateSpec"}}\n{"f":{"metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1.ResourceClaimSpec"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1beta1.DeviceClassSpec"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1beta1.ResourceClaimSpec","status":"@resource/v1beta1.ResourceClaimStatus"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1beta1.ResourceClaimTemplateSpec"}}\n{"f":{"metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1beta1.ResourceClaimSpec"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1beta2.DeviceClassSpec"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1beta2.ResourceClaimSpec","status":"@resource/v1beta2.ResourceClaimStatus"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1beta2.ResourceClaimTemplateSpec"}}\n{"f":{"metadata":"@meta/v1.ObjectMeta","spec":"@resource/v1beta2.ResourceClaimSpec"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@scheduling/v1alpha3.WorkloadSpec"},"r":["spec"]}\n{"f":{"compositePodGroupTemplates":"[]@scheduling/v1alpha3.CompositePodGroupTemplate","controllerRef":"@scheduling/v1alpha3.TypedLocalObjectReference","podGroupTemplates":"[]@scheduling/v1alpha3.PodGroupTemplate"}}\n{"f":{"disruptionMode":"@scheduling/v1alpha3.DisruptionMode","name":"s","preemptionPolicy":"e@scheduling/v1alpha3.PreemptionPolicy","priority":"i","priorityClassName":"s","resourceClaims":"[]@scheduling/v1alpha3.PodGroupResourceClaim","schedulingConstraints":"@scheduling/v1alpha3.PodGroupSchedulingConstraints","schedulingPolicy":"@scheduling/v1alpha3.PodGroupSchedulingPolicy"},"r":["name","schedulingPolicy"]}\n{"f":{"basic":"@scheduling/v1alpha3.BasicSchedulingPolicy","gang":"@scheduling/v1alpha3.GangSchedulingPolicy"}}\n{"f":{"topology":"[]@scheduling/v1alpha3.TopologyConstraint"}}\n{"f":{"all":"@scheduling/v1alpha3.AllDisruptionMode","single":"@scheduling/v1alpha3.SingleDisruptionMode"}}\n{"f":{"compositePodGroupTemplates":"[]@scheduling/v1alpha3.CompositePodGroupTemplate","name":"s","podGroupTemplates":"[]@scheduling/v1alpha3.PodGroupTemplate","priority":"i","priorityClassName":"s","schedulingPolicy":"@scheduling/v1alpha3.CompositePodGroupSchedulingPolicy"},"r":["name","schedulingPolicy"]}\n{"f":{"basic":"@scheduling/v1alpha3.CompositeBasicSchedulingPolicy","gang":"@scheduling/v1alpha3.CompositeGangSchedulingPolicy"}}\n{"f":{"minGroupCount":"i"},"r":["minGroupCount"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@scheduling/v1alpha3.PodGroupSpec","status":"@scheduling/v1alpha3.PodGroupStatus"},"r":["spec"]}\n{"f":{"disruptionMode":"@scheduling/v1alpha3.DisruptionMode","parentCompositePodGroupName":"s","preemptionPolicy":"e@scheduling/v1alpha3.PreemptionPolicy","priority":"i","priorityClassName":"s","resourceClaims":"[]@scheduling/v1alpha3.PodGroupResourceClaim","schedulingConstraints":"@scheduling/v1alpha3.PodGroupSchedulingConstraints","schedulingPolicy":"@scheduling/v1alpha3.PodGroupSchedulingPolicy","workloadRef":"@scheduling/v1alpha3.WorkloadReference"},"r":["schedulingPolicy"]}\n{"f":{"templateName":"s","workloadName":"s"},"r":["templateName","workloadName"]}\n{"f":{"conditions":"[]@meta/v1.Condition","resourceClaimStatuses":"[]@scheduling/v1alpha3.PodGroupResourceClaimStatus"}}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@scheduling/v1alpha3.CompositePodGroupSpec","status":"@scheduling/v1alpha3.CompositePodGroupStatus"},"r":["spec"]}\n{"f":{"parentCompositePodGroupName":"s","priority":"i","priorityClassName":"s","schedulingPolicy":"@scheduling/v1alpha3.CompositePodGroupSchedulingPolicy","workloadRef":"@scheduling/v1alpha3.WorkloadReference"},"r":["schedulingPolicy","workloadRef"]}\n{"f":{"apiVersion":"s","kind":"s","metadata":"@meta/v1.ObjectMeta","spec":"@storagemigration/v1.StorageVersionMigrationSpec","status":"@storagemigration/v1.StorageVersionMigrationStatus"}}'.split("\n") };

// src/model/field-schemas.ts
var DATA = k8s_fields_default;
var gvk = (apiVersion, kind) => `${apiVersion}|${kind}`;
var SCHEMA_RELEASES = Object.keys(DATA.versions);
var replayed = /* @__PURE__ */ new Map();
function replay(version) {
  const at = SCHEMA_RELEASES.indexOf(version);
  if (at === -1) return void 0;
  let from = at;
  while (from >= 0 && !replayed.has(SCHEMA_RELEASES[from] ?? "")) from--;
  const start = from >= 0 ? replayed.get(SCHEMA_RELEASES[from] ?? "") : void 0;
  if (start && from === at) return start;
  const maps = { types: new Map(start?.types), kinds: new Map(start?.kinds) };
  for (let i = from + 1; i <= at; i++) {
    const release = SCHEMA_RELEASES[i] ?? "";
    const diff = own(DATA.versions, release);
    if (diff) {
      for (const [id, index] of Object.entries(diff.types)) {
        if (index < 0) maps.types.delete(id);
        else maps.types.set(id, index);
      }
      for (const [key, id] of Object.entries(diff.kinds)) {
        if (id === null) maps.kinds.delete(key);
        else maps.kinds.set(key, id);
      }
    }
  }
  replayed.set(version, maps);
  return maps;
}
function build(version) {
  const maps = replay(version);
  const diff = own(DATA.versions, version);
  if (!maps || !diff) return void 0;
  const { types, kinds } = maps;
  const byApiVersion = /* @__PURE__ */ new Map();
  for (const key of kinds.keys()) {
    const [apiVersion = "", kind = ""] = key.split("|");
    byApiVersion.set(apiVersion, [...byApiVersion.get(apiVersion) ?? [], kind]);
  }
  return {
    version,
    tag: diff.tag,
    kindType: (apiVersion, kind) => kinds.get(gvk(apiVersion, kind)),
    kindsOf: (apiVersion) => byApiVersion.get(apiVersion) ?? [],
    typeDef: (id) => {
      const index = types.get(id);
      return index === void 0 ? void 0 : defAt(index);
    }
  };
}
function defAt(index) {
  const def = DATA.defs[index];
  if (typeof def !== "string") return def;
  const parsed = JSON.parse(def);
  DATA.defs[index] = parsed;
  return parsed;
}
var built = /* @__PURE__ */ new Map();
function schemaOf(version) {
  if (!built.has(version)) built.set(version, build(version));
  return built.get(version);
}
function releaseSchema(target) {
  return schemaOf(formatVersion(target));
}
function isEnumDef(def) {
  return "e" in def;
}

// src/k8s/required-fields.ts
var REQUIRED_FIELDS_OUTSIDE_API = {
  "apiextensions.k8s.io/v1 CustomResourceDefinition": [["spec"], ["spec", "group"], ["spec", "names"], ["spec", "scope"], ["spec", "versions"]],
  "apiextensions.k8s.io/v1beta1 CustomResourceDefinition": [["spec"], ["spec", "group"], ["spec", "names"], ["spec", "scope"]],
  "apiregistration.k8s.io/v1 APIService": [["spec"], ["spec", "groupPriorityMinimum"], ["spec", "versionPriority"]]
};

// src/model/schema-validation.ts
import { closest as closest2, distance as distance2 } from "fastest-levenshtein";
function suggest(word, candidates) {
  if (candidates.length === 0) return void 0;
  const lower = word.toLowerCase();
  const sameLetters = candidates.find((c) => c.toLowerCase() === lower);
  if (sameLetters) return sameLetters;
  const best = closest2(word, [...candidates]);
  return distance2(word, best) <= Math.max(2, Math.floor(word.length / 4)) ? best : void 0;
}
var EXPECTED = {
  s: "a string",
  t: "a timestamp string",
  b: "a boolean (true or false)",
  i: "an integer",
  n: "a number",
  q: "a quantity (a number or a string such as 500m or 1Gi)",
  is: "an integer or a string"
};
function describeValue(value) {
  if (Array.isArray(value)) return "a list";
  if (isPlainObject(value)) return "a map";
  if (typeof value === "number" || typeof value === "bigint") return "a number";
  if (typeof value === "boolean") return "a boolean";
  if (typeof value === "string") return "a string";
  return "a value of another type";
}
var YAML11_BOOLEANS = /* @__PURE__ */ new Set(["y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "True", "TRUE", "False", "FALSE"]);
function scalarMatches(ref, value) {
  switch (ref) {
    case "s":
    case "t":
      return typeof value === "string";
    case "b":
      return typeof value === "boolean" || typeof value === "string" && YAML11_BOOLEANS.has(value);
    case "i":
      return typeof value === "number" && Number.isInteger(value);
    case "n":
      return typeof value === "number";
    case "q":
      return typeof value === "number" || typeof value === "string";
    case "is":
      return typeof value === "number" && Number.isInteger(value) || typeof value === "string";
    default:
      return true;
  }
}
function typeName(id) {
  return id.slice(id.lastIndexOf(".") + 1);
}
var parsedRefs = /* @__PURE__ */ new Map();
var MAX_PARSED_REFS = 1e4;
function parseRef(ref) {
  let parsed = parsedRefs.get(ref);
  if (parsed) return parsed;
  if (ref.startsWith("[]")) parsed = { kind: "list", item: parseRef(ref.slice(2)) };
  else if (ref.startsWith("{}")) parsed = { kind: "map", item: parseRef(ref.slice(2)) };
  else if (ref.startsWith("e@")) parsed = { kind: "enum", id: ref.slice(2) };
  else if (ref.startsWith("@")) parsed = { kind: "object", id: ref.slice(1) };
  else parsed = { kind: "scalar", ref };
  if (parsedRefs.size >= MAX_PARSED_REFS) parsedRefs.clear();
  parsedRefs.set(ref, parsed);
  return parsed;
}
function fieldAt(path, from) {
  let field = String(path[from]);
  for (let i = from + 1; i < path.length; i++) {
    const segment = path[i];
    field += typeof segment === "number" ? `[${segment}]` : `.${String(segment)}`;
  }
  return field;
}
function wrongType(walk, value, fieldStart, ownerId, expected) {
  const { path } = walk;
  walk.problems.push({ problem: "wrong-type", path: [...path], field: fieldAt(path, fieldStart), type: typeName(ownerId), expected, actual: describeValue(value) });
}
function check(walk, value, ref, fieldStart, ownerId) {
  if (value === null || value === void 0) return;
  const { path } = walk;
  switch (ref.kind) {
    case "list":
      if (!Array.isArray(value)) {
        wrongType(walk, value, fieldStart, ownerId, "a list");
        return;
      }
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        check(walk, value[i], ref.item, fieldStart, ownerId);
        path.pop();
      }
      return;
    case "map":
      if (!isPlainObject(value)) {
        wrongType(walk, value, fieldStart, ownerId, "a map");
        return;
      }
      for (const [key, child] of Object.entries(value)) {
        path.push(key);
        check(walk, child, ref.item, fieldStart, ownerId);
        path.pop();
      }
      return;
    case "enum": {
      if (typeof value !== "string") {
        wrongType(walk, value, fieldStart, ownerId, "a string");
        return;
      }
      const def = walk.schema.typeDef(ref.id);
      if (!def || !isEnumDef(def) || def.e.includes(value)) return;
      const suggestion = suggest(value, def.e);
      walk.problems.push({
        problem: "invalid-value",
        path: [...path],
        field: fieldAt(path, fieldStart),
        type: typeName(ownerId),
        value,
        allowed: def.e,
        ...suggestion !== void 0 && { suggestion }
      });
      return;
    }
    case "object":
      if (!isPlainObject(value)) {
        wrongType(walk, value, fieldStart, ownerId, "a map");
        return;
      }
      checkObject(walk, value, ref.id);
      return;
    case "scalar":
      if (ref.ref !== "any" && !scalarMatches(ref.ref, value)) wrongType(walk, value, fieldStart, ownerId, own(EXPECTED, ref.ref) ?? ref.ref);
  }
}
function checkObject(walk, value, id) {
  const def = walk.schema.typeDef(id);
  if (!def || isEnumDef(def)) return;
  const { path } = walk;
  const fieldStart = path.length;
  for (const [key, child] of Object.entries(value)) {
    const ref = own(def.f, key);
    if (ref === void 0) {
      const suggestion = suggest(key, Object.keys(def.f));
      walk.problems.push({ problem: "unknown-field", path: [...path, key], field: key, type: typeName(id), typeId: id, ...suggestion !== void 0 && { suggestion } });
      continue;
    }
    path.push(key);
    check(walk, child, parseRef(ref), fieldStart, id);
    path.pop();
  }
  for (const name of def.r ?? []) {
    if (own(value, name) === void 0 || own(value, name) === null) walk.problems.push({ problem: "missing-field", path: [...path], field: name, type: typeName(id) });
  }
}
function validateAgainstSchema(schema2, typeId, value) {
  const walk = { schema: schema2, problems: [], path: [] };
  if (isPlainObject(value)) checkObject(walk, withoutStatus(value), typeId);
  return walk.problems;
}
function withoutStatus(value) {
  if (!Object.hasOwn(value, "status")) return value;
  return dict(Object.entries(value).filter(([key]) => key !== "status"));
}

// src/model/required-fields.ts
function missingRequiredField(resource, target) {
  const outside = own(REQUIRED_FIELDS_OUTSIDE_API, `${resource.apiVersion} ${resource.kind}`);
  if (outside) return outside.find((field) => !hasField(resource.value, field))?.join(".");
  const schema2 = releaseSchema(target);
  if (!schema2 || !isServedAt(resource.apiVersion, resource.kind, target)) return void 0;
  const typeId = schema2.kindType(resource.apiVersion, resource.kind);
  if (typeId === void 0) return void 0;
  let nearest;
  for (const problem of validateAgainstSchema(schema2, typeId, resource.value)) {
    if (problem.problem !== "missing-field" || nearest && nearest.length <= problem.path.length + 1) continue;
    nearest = [...problem.path, problem.field];
  }
  return nearest && formatPath(nearest);
}
function hasField(value, field) {
  let at = value;
  for (const key of field) {
    if (!isPlainObject(at)) return false;
    at = own(at, key);
  }
  return at !== void 0 && at !== null;
}

// src/model/document.ts
function resourcesOfDocument(parsed, patch = false, operationsOn, target) {
  let value;
  try {
    value = parsed.toValue();
  } catch (error) {
    const start = parsed.start;
    const reason = error instanceof Error ? error.message : String(error);
    return {
      resources: [],
      problem: { span: { start, end: start + 1 }, code: "ALIAS_LIMIT", message: `Document cannot be expanded: ${reason}.` }
    };
  }
  const operations = patch && operationsOn ? jsonPatchObject(value, operationsOn) : void 0;
  if (operations) return { resources: [], patches: [operations] };
  const objects = resourcesIn(value).filter((r2) => !isKustomizePluginConfig(r2.value));
  if (patch) return objects.length === 0 ? { resources: [] } : { resources: [], patches: objects };
  if (objects.length === 0) {
    const untyped = untypedObject(parsed, value, [], target);
    if (untyped) return { resources: [], problem: untyped };
  }
  let problem = untypedItem(parsed, value, target);
  const isPatch = (r2) => parsed.helm === void 0 && holdsPatchDirective(r2.value);
  const patches = objects.filter(isPatch);
  const resources = patches.length === 0 ? objects : objects.filter((r2) => !isPatch(r2));
  const kept = resources.filter((resource) => {
    const template = templatedIdentity(parsed, resource);
    problem ??= template;
    return template === void 0;
  });
  return { resources: kept, ...patches.length > 0 && { patches }, ...problem && { problem } };
}
function unlistedPatches(objects, target) {
  const out = [];
  for (const resource of objects) {
    const missing = missingRequiredField(resource, target);
    if (missing !== void 0) out.push({ resource, missing });
  }
  return out;
}
var BUILT_IN_KINDS = new Set(Object.keys(KIND_GROUPS).filter((kind) => kind !== "Policy"));
function untypedObject(parsed, value, at, target) {
  if (!isPlainObject(value) || !isPlainObject(own(value, "metadata"))) return void 0;
  const kind = own(value, "kind");
  const apiVersion = own(value, "apiVersion");
  const stated = (text) => typeof text === "string" && text.trim() !== "";
  let problem;
  if (stated(kind) && !stated(apiVersion) && BUILT_IN_KINDS.has(kind)) {
    problem = { field: "kind", message: `This ${kind} has no apiVersion, so kubectl refuses it ("apiVersion not set") and pci-lint cannot check it. Add the apiVersion it is meant for.` };
  } else if (stated(apiVersion) && !stated(kind) && target !== void 0 && (releaseSchema(target)?.kindsOf(apiVersion.trim()).length ?? 0) > 0) {
    problem = { field: "apiVersion", message: `This object of ${apiVersion} has no kind, so kubectl refuses it ("Object 'Kind' is missing") and pci-lint cannot check it. Add its kind.` };
  }
  if (!problem) return void 0;
  const located = parsed.locate([...at, problem.field], "pair");
  const start = located?.span.start ?? parsed.start;
  return { span: { start, end: located?.span.end ?? start + 1 }, code: "UNTYPED_OBJECT", message: problem.message };
}
function untypedItem(parsed, value, target) {
  const items = isPlainObject(value) ? own(value, "items") : void 0;
  if (!Array.isArray(items)) return void 0;
  for (const [index, item] of items.entries()) {
    const problem = untypedObject(parsed, item, ["items", index], target);
    if (problem) return problem;
  }
  return void 0;
}
function placeholderIn(text) {
  const open = text.indexOf("{{");
  if (open !== -1 && text.indexOf("}}", open + 2) !== -1) return "{{ \u2026 }}";
  const dollar = text.indexOf("${");
  return dollar !== -1 && text.indexOf("}", dollar + 2) !== -1 ? "${\u2026}" : void 0;
}
function templatedIdentity(parsed, resource) {
  const metadata = resource.value.metadata;
  if (typeof metadata !== "object" || metadata === null) return void 0;
  for (const field of ["name", "generateName", "namespace"]) {
    const text = metadata[field];
    const shape = typeof text === "string" ? placeholderIn(text) : void 0;
    if (shape === void 0) continue;
    const located = parsed.locate(resource.pathTo("metadata", field), "value");
    const start = located?.span.start ?? parsed.start;
    return {
      span: { start, end: located?.span.end ?? start + 1 },
      code: "HELM_TEMPLATE",
      message: `This looks like an unrendered template (metadata.${field} holds a ${shape} placeholder, which no Kubernetes name can); it is not the manifest yet. Render it with the tool that fills the placeholders in and lint the output.`
    };
  }
  return void 0;
}

// src/k8s/flags.ts
var CONTROL_PLANE_COMPONENTS = ["kube-apiserver", "kube-controller-manager", "kube-scheduler", "etcd"];
var K8S = "kubernetes/kubernetes";
var SERVING = `${K8S} staging/src/k8s.io/apiserver/pkg/server/options/serving.go (NewSecureServingOptions: BindAddress 0.0.0.0, every interface)`;
var FLAG_LIFECYCLE = [
  {
    component: "etcd",
    flag: "auto-tls",
    defaults: [{ since: "1.0", value: "false" }],
    source: "etcd.io/docs/v3.5/op-guide/configuration (--auto-tls default false); k8s-versions.md \xA74"
  },
  {
    component: "etcd",
    flag: "client-cert-auth",
    defaults: [{ since: "1.0", value: "false" }],
    source: "etcd.io/docs/v3.5/op-guide/security (--client-cert-auth default false); k8s-versions.md \xA74"
  },
  {
    component: "etcd",
    flag: "peer-auto-tls",
    defaults: [{ since: "1.0", value: "false" }],
    source: "etcd.io/docs/v3.5/op-guide/configuration (--peer-auto-tls default false); k8s-versions.md \xA74"
  },
  {
    component: "etcd",
    flag: "peer-client-cert-auth",
    defaults: [{ since: "1.0", value: "false" }],
    source: "etcd.io/docs/v3.5/op-guide/security (--peer-client-cert-auth default false); k8s-versions.md \xA74"
  },
  {
    component: "kube-apiserver",
    flag: "address",
    deprecated: "1.10",
    removed: "1.24",
    replacement: "serve on --bind-address and --secure-port instead",
    source: `${K8S} CHANGELOG-1.24: insecure address flags --address, --insecure-bind-address, --port, --insecure-port removed (inert since 1.20, PR #95856)`
  },
  {
    component: "kube-apiserver",
    flag: "anonymous-auth",
    defaults: [{ since: "1.0", value: "true" }],
    source: `${K8S} pkg/kubeapiserver/options/authentication.go (Anonymous.Allow defaults to true); kubernetes.io kube-apiserver reference`
  },
  {
    component: "kube-apiserver",
    flag: "audit-log-maxage",
    defaults: [{ since: "1.0", value: "0" }],
    source: `${K8S} staging/src/k8s.io/apiserver/pkg/server/options/audit.go (MaxAge 0: no age-based retention)`
  },
  {
    component: "kube-apiserver",
    flag: "audit-log-maxbackup",
    defaults: [{ since: "1.0", value: "0" }],
    source: `${K8S} staging/src/k8s.io/apiserver/pkg/server/options/audit.go (MaxBackups 0: keep all)`
  },
  {
    component: "kube-apiserver",
    flag: "audit-log-maxsize",
    defaults: [{ since: "1.0", value: "0" }],
    source: `${K8S} staging/src/k8s.io/apiserver/pkg/server/options/audit.go (MaxSize 0: never rotate)`
  },
  {
    component: "kube-apiserver",
    flag: "authentication-config",
    added: "1.29",
    gate: { name: "StructuredAuthenticationConfiguration", onByDefaultSince: "1.30" },
    source: `${K8S} PR #119142 (--authentication-config added for 1.29, alpha gate StructuredAuthenticationConfiguration); kubernetes/website PR #45108 (beta and on by default in 1.30)`
  },
  {
    component: "kube-apiserver",
    flag: "authorization-config",
    added: "1.29",
    gate: { name: "StructuredAuthorizationConfiguration", onByDefaultSince: "1.30" },
    source: `${K8S} PR #120154 (--authorization-config added for 1.29, "the alpha StructuredAuthorizationConfiguration feature flag must be enabled"); kubernetes/enhancements#3221 (beta 1.30, GA 1.32)`
  },
  {
    component: "kube-apiserver",
    flag: "authorization-mode",
    defaults: [{ since: "1.0", value: "AlwaysAllow" }],
    source: `${K8S} pkg/kubeapiserver/options/authorization.go (Modes default [AlwaysAllow]); kubernetes.io kube-apiserver reference`
  },
  {
    component: "kube-apiserver",
    flag: "basic-auth-file",
    deprecated: "1.16",
    removed: "1.19",
    replacement: "authenticate people with client certificates or OIDC instead (--token-auth-file is no better)",
    source: `${K8S} PR #89069 (remove basic auth), CHANGELOG-1.19`
  },
  {
    component: "kube-apiserver",
    flag: "insecure-bind-address",
    deprecated: "1.10",
    removed: "1.24",
    replacement: "serve on --bind-address and --secure-port instead",
    source: `${K8S} PR #95856 (insecure serving removed in 1.20), CHANGELOG-1.24 (flag removed)`
  },
  {
    component: "kube-apiserver",
    flag: "insecure-port",
    deprecated: "1.10",
    removed: "1.24",
    replacement: "serve on --secure-port instead",
    defaults: [{ since: "1.0", value: "8080" }, { since: "1.20", value: "0" }],
    onlyZeroSince: "1.20",
    source: `${K8S} PR #95856 (1.20: only 0 allowed), PR #102121 and issue #102619 ("Error: invalid port value 8080: only zero is allowed"), CHANGELOG-1.24`
  },
  {
    component: "kube-apiserver",
    flag: "kubelet-https",
    deprecated: "1.19",
    removed: "1.22",
    replacement: "the apiserver always uses HTTPS to kubelets, so nothing replaces it",
    source: `${K8S} PR #91630 (deprecated), PR #101178 (removed in 1.22)`
  },
  {
    component: "kube-apiserver",
    flag: "port",
    deprecated: "1.10",
    removed: "1.24",
    replacement: "serve on --secure-port instead",
    onlyZeroSince: "1.20",
    source: `${K8S} CHANGELOG-1.24: insecure address flags --address, --insecure-bind-address, --port, --insecure-port removed`
  },
  {
    component: "kube-apiserver",
    flag: "profiling",
    defaults: [{ since: "1.0", value: "true" }],
    source: `${K8S} staging/src/k8s.io/apiserver/pkg/server/options/feature.go (EnableProfiling true)`
  },
  {
    component: "kube-apiserver",
    flag: "service-account-extend-token-expiration",
    added: "1.19",
    defaults: [{ since: "1.19", value: "false" }, { since: "1.20", value: "true" }],
    source: `${K8S} PR #89549 (flag added in 1.19, default false), PR #96273 (default true, merged 2020-11-05 for 1.20)`
  },
  {
    component: "kube-apiserver",
    flag: "service-account-lookup",
    defaults: [{ since: "1.0", value: "true" }],
    source: `${K8S} pkg/kubeapiserver/options/authentication.go (ServiceAccounts.Lookup true)`
  },
  {
    component: "kube-controller-manager",
    flag: "address",
    deprecated: "1.20",
    removed: "1.24",
    replacement: "use --bind-address instead",
    source: `${K8S} CHANGELOG-1.24: "The insecure address flags --address and --port in kube-controller-manager ... are removed in v1.24" (quoted in cybozu-go/cke#574)`
  },
  {
    component: "kube-controller-manager",
    flag: "authorization-always-allow-paths",
    defaults: [{ since: "1.0", value: "/healthz,/readyz,/livez" }],
    source: `${K8S} staging/src/k8s.io/apiserver/pkg/server/options/authorization.go (NewDelegatingAuthorizationOptions)`
  },
  {
    component: "kube-controller-manager",
    flag: "bind-address",
    defaults: [{ since: "1.0", value: "0.0.0.0" }],
    source: `${K8S} cmd/kube-controller-manager/app/options/options.go (SecureServing: NewSecureServingOptions().WithLoopback(), port 10257); ${SERVING}`
  },
  {
    component: "kube-controller-manager",
    flag: "port",
    deprecated: "1.20",
    removed: "1.24",
    replacement: "serve on --secure-port instead",
    defaults: [{ since: "1.0", value: "10252" }, { since: "1.22", value: "0" }],
    onlyZeroSince: "1.22",
    source: `${K8S} PR #96216 (1.22: insecure serving disabled), kubernetes/kubeadm#2207, CHANGELOG-1.24 (flag removed)`
  },
  {
    component: "kube-controller-manager",
    flag: "profiling",
    defaults: [{ since: "1.0", value: "true" }],
    source: `${K8S} staging/src/k8s.io/apiserver/pkg/server/options (DebuggingOptions EnableProfiling true); kube-controller-manager reference`
  },
  {
    component: "kube-controller-manager",
    flag: "use-service-account-credentials",
    defaults: [{ since: "1.0", value: "false" }],
    source: `${K8S} cmd/kube-controller-manager/app/options (UseServiceAccountCredentials false); kube-controller-manager reference`
  },
  {
    component: "kube-scheduler",
    flag: "address",
    deprecated: "1.13",
    removed: "1.24",
    replacement: "use --bind-address instead",
    source: `${K8S} PR #69663 (insecure serving deprecated, 1.13), PR #96345 ("--port and --address have no effect and would be removed in v1.24"), kubernetes/kubeadm#2716 (kube-scheduler 1.24.2: "Error: unknown flag: --address")`
  },
  {
    component: "kube-scheduler",
    flag: "authorization-always-allow-paths",
    defaults: [{ since: "1.0", value: "/healthz,/readyz,/livez" }],
    source: `${K8S} staging/src/k8s.io/apiserver/pkg/server/options/authorization.go (NewDelegatingAuthorizationOptions)`
  },
  {
    component: "kube-scheduler",
    flag: "bind-address",
    defaults: [{ since: "1.0", value: "0.0.0.0" }],
    source: `${K8S} cmd/kube-scheduler/app/options/options.go (SecureServing: NewSecureServingOptions().WithLoopback(), port 10259); ${SERVING}`
  },
  {
    component: "kube-scheduler",
    flag: "port",
    deprecated: "1.13",
    removed: "1.24",
    replacement: "serve on --secure-port instead",
    defaults: [{ since: "1.0", value: "10251" }, { since: "1.23", value: "0" }],
    onlyZeroSince: "1.23",
    source: `${K8S} PR #69663 (deprecated, 1.13), PR #96345 ("may only be set to 0", 1.23) and #105034 (no-op since 1.23), kubernetes/kubeadm#2716 (kube-scheduler 1.24.2 refuses the insecure flags as unknown; the port row shares --address's removal), kubernetes/kubeadm#2207`
  },
  {
    component: "kube-scheduler",
    flag: "profiling",
    defaults: [{ since: "1.0", value: "true" }],
    ignoredWithConfig: { field: "enableProfiling", defaultValue: "true" },
    source: `${K8S} cmd/kube-scheduler/app/options/deprecated.go ("--profiling" default true: "This parameter is ignored if a config file is specified in --config"), options.go ApplyTo (with --config only the leader-election flags are applied to the loaded file), pkg/scheduler/apis/config/v1/defaults.go (EnableProfiling nil: true)`
  }
];
var KUBELET_BOOLEAN_FLAGS = /* @__PURE__ */ new Set([
  "anonymous-auth",
  "authentication-token-webhook",
  "make-iptables-util-chains",
  "protect-kernel-defaults",
  "rotate-certificates",
  "rotate-server-certificates",
  "seccomp-default",
  "fail-swap-on",
  "register-node",
  "enable-server",
  "enable-debugging-handlers",
  "serialize-image-pulls",
  "cgroups-per-qos",
  "logtostderr"
]);
var BOOLEAN_FLAGS = {
  "kube-apiserver": /* @__PURE__ */ new Set([
    "allow-privileged",
    "anonymous-auth",
    "enable-aggregator-routing",
    "enable-bootstrap-token-auth",
    "enable-garbage-collector",
    "enable-priority-and-fairness",
    "encryption-provider-config-automatic-reload",
    "insecure-skip-tls-verify",
    "kubelet-https",
    "profiling",
    "contention-profiling",
    "service-account-extend-token-expiration",
    "service-account-lookup",
    "audit-log-compress",
    "logtostderr"
  ]),
  "kube-controller-manager": /* @__PURE__ */ new Set(["allocate-node-cidrs", "leader-elect", "profiling", "contention-profiling", "use-service-account-credentials", "logtostderr"]),
  "kube-scheduler": /* @__PURE__ */ new Set(["leader-elect", "profiling", "contention-profiling", "logtostderr"]),
  etcd: /* @__PURE__ */ new Set([
    "auto-tls",
    "client-cert-auth",
    "peer-auto-tls",
    "peer-client-cert-auth",
    "enable-v2",
    "strict-reconfig-check",
    "enable-pprof",
    "experimental-initial-corrupt-check",
    "force-new-cluster"
  ])
};
var ADMISSION_PLUGINS = [
  { plugin: "AlwaysAdmit", source: "kubernetes.io admission-controllers (deprecated since 1.13, never default); CIS Kubernetes 1.2.x" },
  {
    plugin: "DenyEscalatingExec",
    removed: "1.21",
    replacement: "restrict exec into privileged pods with RBAC (pods/exec) and keep such pods out with Pod Security Admission or PodSecurityPolicy",
    source: `${K8S} PR #98669 ("DenyEscalatingExec and DenyExecOnPrivileged admission plugins, deprecated since v1.14, have been removed", 1.21)`
  },
  {
    plugin: "DenyExecOnPrivileged",
    removed: "1.21",
    replacement: "restrict exec into privileged pods with RBAC (pods/exec) and keep such pods out with Pod Security Admission or PodSecurityPolicy",
    source: `${K8S} PR #98669 (removed in 1.21, with DenyEscalatingExec)`
  },
  { plugin: "NodeRestriction", source: "kubernetes.io admission-controllers (not in the default set; kubeadm enables it)" },
  {
    plugin: "PodPreset",
    removed: "1.20",
    replacement: "inject pod defaults with a mutating admission webhook",
    source: `${K8S} PR #94090 ("The v1alpha1 PodPreset API and admission plugin has been removed", 1.20); rancher/rancher#33252 (1.20: plugin "PodPreset" is unknown)`
  },
  {
    plugin: "PodSecurity",
    added: "1.22",
    defaultOnSince: "1.23",
    source: "kubernetes.io pod-security-admission (beta and on by default in 1.23, GA 1.25); k8s-versions.md \xA78.1"
  },
  {
    plugin: "PodSecurityPolicy",
    removed: "1.25",
    replacement: "enforce the Pod Security Standards with the PodSecurity plugin and namespace labels",
    source: `${K8S} PR #109798 (PodSecurityPolicy admission plugin removed in 1.25)`
  },
  {
    plugin: "SecurityContextDeny",
    removed: "1.30",
    replacement: "enforce the Pod Security Standards with the PodSecurity plugin and namespace labels",
    source: `${K8S} PR #122612 (removed in 1.30)`
  }
];

// src/k8s/kubeadm.ts
var MANIFESTS = "kubernetes/kubernetes cmd/kubeadm/app/phases/controlplane/manifests.go";
var ETCD = "kubernetes/kubernetes cmd/kubeadm/app/phases/etcd/local.go (getEtcdCommand)";
var KUBEADM_DEFAULT_FLAGS = [
  { component: "etcd", flag: "cert-file", value: "/etc/kubernetes/pki/etcd/server.crt", source: ETCD },
  { component: "etcd", flag: "client-cert-auth", value: "true", source: ETCD },
  { component: "etcd", flag: "key-file", value: "/etc/kubernetes/pki/etcd/server.key", source: ETCD },
  { component: "etcd", flag: "peer-cert-file", value: "/etc/kubernetes/pki/etcd/peer.crt", source: ETCD },
  { component: "etcd", flag: "peer-client-cert-auth", value: "true", source: ETCD },
  { component: "etcd", flag: "peer-key-file", value: "/etc/kubernetes/pki/etcd/peer.key", source: ETCD },
  { component: "etcd", flag: "peer-trusted-ca-file", value: "/etc/kubernetes/pki/etcd/ca.crt", source: ETCD },
  { component: "etcd", flag: "trusted-ca-file", value: "/etc/kubernetes/pki/etcd/ca.crt", source: ETCD },
  { component: "kube-apiserver", flag: "authorization-mode", value: "Node,RBAC", source: `${MANIFESTS} (getAuthzModes)` },
  { component: "kube-apiserver", flag: "client-ca-file", value: "/etc/kubernetes/pki/ca.crt", source: MANIFESTS },
  { component: "kube-apiserver", flag: "enable-admission-plugins", value: "NodeRestriction", source: MANIFESTS },
  { component: "kube-apiserver", flag: "etcd-cafile", value: "/etc/kubernetes/pki/etcd/ca.crt", localEtcd: { externalField: "caFile" }, source: `${MANIFESTS} (getAPIServerCommand)` },
  { component: "kube-apiserver", flag: "etcd-certfile", value: "/etc/kubernetes/pki/apiserver-etcd-client.crt", localEtcd: { externalField: "certFile" }, source: `${MANIFESTS} (getAPIServerCommand: external certFile only together with keyFile)` },
  { component: "kube-apiserver", flag: "etcd-keyfile", value: "/etc/kubernetes/pki/apiserver-etcd-client.key", localEtcd: { externalField: "keyFile" }, source: `${MANIFESTS} (getAPIServerCommand: external keyFile only together with certFile)` },
  { component: "kube-apiserver", flag: "insecure-port", value: "0", until: "1.22", source: "kubernetes/kubernetes PR #102121 (kubeadm stops writing --insecure-port=0 in 1.22)" },
  { component: "kube-apiserver", flag: "kubelet-client-certificate", value: "/etc/kubernetes/pki/apiserver-kubelet-client.crt", source: MANIFESTS },
  { component: "kube-apiserver", flag: "kubelet-client-key", value: "/etc/kubernetes/pki/apiserver-kubelet-client.key", source: MANIFESTS },
  { component: "kube-apiserver", flag: "service-account-issuer", value: "https://kubernetes.default.svc.cluster.local", source: MANIFESTS },
  { component: "kube-apiserver", flag: "service-account-key-file", value: "/etc/kubernetes/pki/sa.pub", source: MANIFESTS },
  { component: "kube-apiserver", flag: "service-account-signing-key-file", value: "/etc/kubernetes/pki/sa.key", source: MANIFESTS },
  { component: "kube-apiserver", flag: "tls-cert-file", value: "/etc/kubernetes/pki/apiserver.crt", source: MANIFESTS },
  { component: "kube-apiserver", flag: "tls-private-key-file", value: "/etc/kubernetes/pki/apiserver.key", source: MANIFESTS },
  { component: "kube-controller-manager", flag: "bind-address", value: "127.0.0.1", source: MANIFESTS },
  { component: "kube-controller-manager", flag: "port", value: "0", since: "1.19", until: "1.23", source: "kubernetes/kubernetes PR #92720 (added in 1.19), PR #104157 (dropped in 1.23)" },
  { component: "kube-controller-manager", flag: "root-ca-file", value: "/etc/kubernetes/pki/ca.crt", source: `${MANIFESTS} (getControllerManagerCommand)` },
  { component: "kube-controller-manager", flag: "service-account-private-key-file", value: "/etc/kubernetes/pki/sa.key", source: `${MANIFESTS} (getControllerManagerCommand)` },
  { component: "kube-controller-manager", flag: "use-service-account-credentials", value: "true", source: MANIFESTS },
  { component: "kube-scheduler", flag: "bind-address", value: "127.0.0.1", source: MANIFESTS },
  { component: "kube-scheduler", flag: "port", value: "0", since: "1.19", until: "1.23", source: "kubernetes/kubernetes PR #92720 (added in 1.19); kubernetes/kubeadm#2207 (dropped with the insecure port)" }
];

// src/model/image.ts
function parseImageReference(image) {
  const at = image.indexOf("@");
  const name = at === -1 ? image : image.slice(0, at);
  const digest = at === -1 ? void 0 : image.slice(at + 1);
  const lastSlash = name.lastIndexOf("/");
  const colon = name.indexOf(":", lastSlash + 1);
  const path = colon === -1 ? name : name.slice(0, colon);
  const tag = colon === -1 ? void 0 : name.slice(colon + 1);
  const firstSlash = path.indexOf("/");
  const first = firstSlash === -1 ? "" : path.slice(0, firstSlash);
  const hasRegistry = first !== "" && (first.includes(".") || first.includes(":") || first === "localhost");
  return {
    registry: hasRegistry ? first : "docker.io",
    repository: hasRegistry ? path.slice(firstSlash + 1) : path,
    ...tag !== void 0 && { tag },
    ...digest !== void 0 && { digest }
  };
}

// src/model/control-plane.ts
function listValue(value) {
  return value.split(",").map((v) => v.trim()).filter((v) => v !== "");
}
var ControlPlaneNode = class {
  constructor(component, source, value, path, missingAt, resource) {
    this.component = component;
    this.source = source;
    this.value = value;
    this.path = path;
    this.missingAt = missingAt;
    this.resource = resource;
  }
  component;
  source;
  value;
  path;
  missingAt;
  resource;
  get flags() {
    return this.value;
  }
  /** The effective occurrence of a flag: the last one, as pflag lets later values win. */
  flag(name) {
    for (let i = this.value.length - 1; i >= 0; i--) if (this.value[i]?.name === name) return this.value[i];
    return void 0;
  }
  /** Every occurrence of a flag, for flags that may repeat (`--service-account-key-file`). */
  all(name) {
    return this.value.filter((f) => f.name === name);
  }
  /** The items of a comma-separated flag, empty when absent. */
  list(name) {
    const f = this.flag(name);
    return f ? listValue(f.value) : [];
  }
};
var BINARY_NAMES = new Set(CONTROL_PLANE_COMPONENTS);
function basename(text) {
  const slash = text.lastIndexOf("/");
  return slash === -1 ? text : text.slice(slash + 1);
}
function componentName(text) {
  if (typeof text !== "string") return void 0;
  const name = basename(text.trim());
  return BINARY_NAMES.has(name) ? name : void 0;
}
function parseFlagTokens(component, tokens) {
  return parseTokens(BOOLEAN_FLAGS[component], tokens);
}
function parseTokens(booleans, tokens) {
  const flags = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    const match = /^--?([A-Za-z0-9][A-Za-z0-9._-]*)(?:=([\s\S]*))?$/.exec(token.text.trim());
    if (!match) continue;
    const name = match[1] ?? "";
    if (match[2] !== void 0) {
      flags.push({ name, value: match[2], path: token.path, valuePath: token.path });
      continue;
    }
    const next = tokens[i + 1];
    if (!booleans.has(name) && next && !next.text.startsWith("-")) {
      flags.push({ name, value: next.text, path: token.path, valuePath: next.path });
      i++;
    } else {
      flags.push({ name, value: "true", path: token.path, valuePath: token.path });
    }
  }
  return flags;
}
function tokensOf(list, base, from) {
  if (!Array.isArray(list)) return [];
  const out = [];
  list.forEach((item, i) => {
    if (i < from) return;
    if (typeof item === "string" || typeof item === "number" || typeof item === "boolean") out.push({ text: String(item), path: [...base, i] });
  });
  return out;
}
function componentOfImage(image) {
  if (typeof image !== "string") return void 0;
  return componentName(parseImageReference(image).repository.replace(/-(?:amd64|arm64|arm|ppc64le|s390x)$/, ""));
}
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "ash", "dash"]);
var SCRIPT_SEPARATOR = /^(?:;|&&|\|\|?|&)$/;
var COMMAND_PREFIXES = /* @__PURE__ */ new Set(["exec", "nohup", "env", "command", "time", "then", "else", "do", "!", "{", "("]);
var ENV_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
function commandPositions(lines) {
  const positions = /* @__PURE__ */ new Set();
  let index = 0;
  for (const line of lines) {
    let commandPosition = true;
    for (const word of line) {
      if (commandPosition) positions.add(index);
      index++;
      if (SCRIPT_SEPARATOR.test(word) || word.endsWith(";")) commandPosition = true;
      else if (!(commandPosition && (COMMAND_PREFIXES.has(word) || ENV_ASSIGNMENT.test(word)))) commandPosition = false;
    }
  }
  return positions;
}
function scriptWords(script) {
  const lines = script.replace(/\\\r?\n/g, " ").split(/\r?\n/).map((line) => line.split(/\s+/).filter((w) => w !== ""));
  const words = lines.flat();
  const positions = commandPositions(lines);
  const at = words.findIndex((w, i) => positions.has(i) && componentName(w) !== void 0);
  if (at === -1) return void 0;
  const component = componentName(words[at]);
  if (!component) return void 0;
  const rest = [];
  for (const raw of words.slice(at + 1)) {
    if (SCRIPT_SEPARATOR.test(raw)) break;
    const ends = raw.endsWith(";");
    const word = ends ? raw.slice(0, -1) : raw;
    if (word !== "") rest.push(word.replace(/^(['"])(.*)\1$/, "$2").replace(/=(['"])(.*)\1$/, "=$2"));
    if (ends) break;
  }
  return { component, words: rest };
}
function componentOfContainer(container) {
  const command = Array.isArray(container.command) ? container.command : [];
  const first = componentName(command[0]);
  if (first) return { component: first, skip: 1 };
  const head = typeof command[0] === "string" ? basename(command[0]) : void 0;
  if (head === "hyperkube") {
    const second = componentName(command[1]);
    if (second) return { component: second, skip: 2 };
  }
  if (head !== void 0 && SHELLS.has(head) && command[1] === "-c" && typeof command[2] === "string") {
    const found = scriptWords(command[2]);
    return found ? { component: found.component, skip: command.length, script: { index: 2, words: found.words } } : void 0;
  }
  if (command.length > 0 && !(typeof command[0] === "string" && command[0].startsWith("-"))) {
    const byImage = componentOfImage(container.image);
    const at = command.findIndex((c) => byImage !== void 0 && componentName(c) === byImage);
    return byImage && at !== -1 ? { component: byImage, skip: at + 1 } : void 0;
  }
  const component = componentOfImage(container.image) ?? componentName(container.name);
  return component ? { component, skip: 0 } : void 0;
}
function containersWithPaths(resource, specAt) {
  const spec = dig(resource.value, specAt);
  if (!isPlainObject(spec) || !Array.isArray(spec.containers)) return [];
  const out = [];
  spec.containers.forEach((c, i) => {
    if (isPlainObject(c)) out.push({ container: c, path: resource.pathTo(...specAt, "containers", i) });
  });
  return out;
}
function staticPodComponents(resource) {
  if (resource.kind !== "Pod" || resource.group !== "") return [];
  return podComponents(resource, ["spec"], "static-pod", () => true);
}
var SELF_HOSTING_KINDS = /* @__PURE__ */ new Set(["Deployment", "DaemonSet", "StatefulSet", "ReplicaSet"]);
function selfHostedComponents(resource) {
  if (resource.group !== "apps" || !SELF_HOSTING_KINDS.has(resource.kind)) return [];
  const template = dig(resource.value, ["spec", "template", "metadata", "labels"]);
  const controlPlaneLabel = resource.labels.tier === "control-plane" || isPlainObject(template) && template.tier === "control-plane";
  const etcdCounts = resource.namespace === "kube-system" || controlPlaneLabel;
  return podComponents(resource, ["spec", "template", "spec"], "self-hosted", (component) => component !== "etcd" || etcdCounts);
}
function podComponents(resource, specAt, source, counts) {
  const out = [];
  for (const { container, path } of containersWithPaths(resource, specAt)) {
    const found = componentOfContainer(container);
    if (!found || !counts(found.component)) continue;
    const script = found.script;
    const scriptTokens = script ? script.words.map((text) => ({ text, path: [...path, "command", script.index] })) : [];
    const tokens = [...scriptTokens, ...tokensOf(container.command, [...path, "command"], found.skip), ...tokensOf(container.args, [...path, "args"], 0)];
    const flags = parseFlagTokens(found.component, tokens);
    const missingKey = Array.isArray(container.command) && container.command.length > found.skip ? "command" : Array.isArray(container.args) ? "args" : "command";
    const missingAt = missingKey === "command" && !Array.isArray(container.command) ? [...path, "name"] : [...path, missingKey];
    out.push(new ControlPlaneNode(found.component, source, flags, path, missingAt, resource));
  }
  return out;
}
function isControlPlaneStaticPod(resource) {
  if (resource.kind !== "Pod" || resource.group !== "") return false;
  if (resource.namespace !== "kube-system" && resource.labels.tier !== "control-plane") return false;
  return staticPodComponents(resource).length > 0;
}
var CONTAINER_LISTS = ["initContainers", "containers", "ephemeralContainers"];
function onlyControlPlane(spec) {
  if (!isPlainObject(spec) || spec.hostPID === true || spec.hostIPC === true) return false;
  let components = 0;
  for (const list of CONTAINER_LISTS) {
    const containers = own(spec, list);
    if (containers === void 0 || containers === null) continue;
    if (!Array.isArray(containers)) return false;
    for (const container of containers) {
      if (!isPlainObject(container) || !componentOfContainer(container)) return false;
      const context = own(container, "securityContext");
      if (isPlainObject(context) && context.privileged === true) return false;
      components++;
    }
  }
  const volumes = own(spec, "volumes");
  if (Array.isArray(volumes)) {
    for (const volume of volumes) {
      const hostPath = isPlainObject(volume) ? own(volume, "hostPath") : void 0;
      const path = isPlainObject(hostPath) ? own(hostPath, "path") : void 0;
      if (typeof path === "string" && isRootDirectory(path)) return false;
    }
  }
  return components > 0;
}
function isRootDirectory(path) {
  return path.startsWith("/") && path.split("/").every((segment) => segment === "" || segment === "." || segment === "..");
}
function isControlPlanePod(resource) {
  if (isControlPlaneStaticPod(resource)) return onlyControlPlane(dig(resource.value, ["spec"]));
  if (selfHostedComponents(resource).length === 0) return false;
  const template = dig(resource.value, ["spec", "template", "metadata", "labels"]);
  const placed = resource.namespace === "kube-system" || resource.labels.tier === "control-plane" || isPlainObject(template) && template.tier === "control-plane";
  return placed && onlyControlPlane(dig(resource.value, ["spec", "template", "spec"]));
}
var KUBEADM_SECTIONS = [
  { component: "kube-apiserver", section: ["apiServer"] },
  { component: "kube-controller-manager", section: ["controllerManager"] },
  { component: "kube-scheduler", section: ["scheduler"] },
  { component: "etcd", section: ["etcd", "local"] }
];
function dig(value, keys) {
  let current = value;
  for (const key of keys) {
    if (!isPlainObject(current)) return void 0;
    current = own(current, String(key));
  }
  return current;
}
function scalarText(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return void 0;
}
function extraArgsFlags(extraArgs, base) {
  const out = [];
  if (Array.isArray(extraArgs)) {
    extraArgs.forEach((entry, i) => {
      if (!isPlainObject(entry) || typeof entry.name !== "string") return;
      const value = scalarText(entry.value) ?? "";
      out.push({ name: entry.name, value, path: [...base, i], valuePath: [...base, i, "value"] });
    });
  } else if (isPlainObject(extraArgs)) {
    for (const [name, raw] of Object.entries(extraArgs)) {
      const value = scalarText(raw);
      if (value !== void 0) out.push({ name, value, path: [...base, name], valuePath: [...base, name] });
    }
  }
  return out;
}
function inWindow(target, since, until) {
  if (since !== void 0 && compareVersions(target, mustParse(since)) < 0) return false;
  if (until !== void 0 && compareVersions(target, mustParse(until)) >= 0) return false;
  return true;
}
function externalEtcdValue(external, field) {
  const text = (key) => {
    const value = dig(external, [key]);
    return typeof value === "string" && value !== "" ? value : void 0;
  };
  if ((field === "certFile" || field === "keyFile") && (text("certFile") === void 0 || text("keyFile") === void 0)) return void 0;
  return text(field);
}
function isKubeadmClusterConfiguration(resource) {
  return resource.kind === "ClusterConfiguration" && resource.group === "kubeadm.k8s.io";
}
function kubeadmComponents(resource, target) {
  if (!isKubeadmClusterConfiguration(resource)) return [];
  const out = [];
  for (const { component, section } of KUBEADM_SECTIONS) {
    if (component === "etcd" && dig(resource.value, ["etcd", "external"]) !== void 0) continue;
    const sectionPath = resource.pathTo(...section);
    const hasExtra = dig(resource.value, [...section, "extraArgs"]) !== void 0;
    const existing = [...section];
    while (existing.length > 0 && dig(resource.value, existing) === void 0) existing.pop();
    const missingAt = hasExtra ? resource.pathTo(...section, "extraArgs") : existing.length > 0 ? resource.pathTo(...existing) : resource.pathTo("kind");
    const external = dig(resource.value, ["etcd", "external"]);
    const defaults = KUBEADM_DEFAULT_FLAGS.filter((d) => d.component === component && inWindow(target, d.since, d.until)).flatMap((d) => {
      const value = d.localEtcd && external !== void 0 ? externalEtcdValue(external, d.localEtcd.externalField) : d.value;
      return value === void 0 ? [] : [{ name: d.flag, value, path: missingAt, valuePath: missingAt, kubeadmDefault: true }];
    });
    const given = extraArgsFlags(dig(resource.value, [...section, "extraArgs"]), resource.pathTo(...section, "extraArgs"));
    out.push(new ControlPlaneNode(component, "kubeadm", [...defaults, ...given], sectionPath, missingAt, resource));
  }
  return out;
}
function controlPlaneComponentsOf(resource, target) {
  if (resource.kind === "Pod") return staticPodComponents(resource);
  if (resource.kind === "ClusterConfiguration") return kubeadmComponents(resource, target);
  return selfHostedComponents(resource);
}
function imageBinary(image) {
  if (typeof image !== "string") return void 0;
  return basename(parseImageReference(image).repository).replace(/-(?:amd64|arm64|arm|ppc64le|s390x)$/, "");
}
function kubeletContainerFlags(container, path) {
  const command = Array.isArray(container.command) ? container.command : [];
  const args = Array.isArray(container.args) ? container.args : [];
  const head = typeof command[0] === "string" ? basename(command[0].trim()) : void 0;
  let fromCommand;
  let fromArgs = 0;
  if (head === "kubelet") fromCommand = 1;
  else if (head === "hyperkube" && command[1] === "kubelet") fromCommand = 2;
  else if (command.length === 0 && imageBinary(container.image) === "kubelet") fromCommand = 0;
  else if (command.length === 0 && imageBinary(container.image) === "hyperkube" && args[0] === "kubelet") {
    fromCommand = 0;
    fromArgs = 1;
  } else return void 0;
  return parseTokens(KUBELET_BOOLEAN_FLAGS, [...tokensOf(command, [...path, "command"], fromCommand), ...tokensOf(args, [...path, "args"], fromArgs)]);
}

// src/model/version-claims.ts
var versionOf = parseVersion;
function versionClaimsOf(resource) {
  if (isKubeadmClusterConfiguration(resource)) {
    const value = resource.value.kubernetesVersion;
    const version = typeof value === "string" ? versionOf(value) : void 0;
    return version && typeof value === "string" ? [{ version, text: value, how: "kubeadm ClusterConfiguration kubernetesVersion", path: resource.pathTo("kubernetesVersion") }] : [];
  }
  if (!isControlPlaneStaticPod(resource)) return [];
  const out = [];
  const containers = isPlainObject(resource.value.spec) ? resource.value.spec.containers : void 0;
  if (!Array.isArray(containers)) return out;
  containers.forEach((c, i) => {
    if (!isPlainObject(c) || typeof c.image !== "string") return;
    const component = componentOfContainer(c)?.component;
    if (component === void 0 || component === "etcd") return;
    const tag = parseImageReference(c.image).tag;
    const version = tag !== void 0 ? versionOf(tag) : void 0;
    if (version && tag !== void 0) out.push({ version, text: tag, how: `${component} image tag`, path: resource.pathTo("spec", "containers", i, "image") });
  });
  return out;
}

// src/model/workloads.ts
var POD_BEARING_KINDS = [...new Set(POD_TEMPLATE_KINDS.map((row) => row.kind))];
var CONTAINER_GROUPS = ["initContainers", "containers", "ephemeralContainers"];
var PodSpecNode = class {
  constructor(value, path, resource, template) {
    this.value = value;
    this.path = path;
    this.resource = resource;
    this.template = template;
  }
  value;
  path;
  resource;
  template;
  /**
   * The workload as messages name it: `Deployment "web"`, or for an object with several pod templates
   * (a RayCluster's head and worker groups, a PyTorchJob's replica types) also the template:
   * `RayCluster "rc" (workerGroupSpecs[1] "gpu")`.
   */
  get owner() {
    const workload = `${this.resource.kind} "${this.resource.name ?? "(unnamed)"}"`;
    return this.template === void 0 ? workload : `${workload} (${this.template})`;
  }
  pathTo(...segments) {
    return [...this.path, ...segments];
  }
  /** The ServiceAccount the pods run as (`default` when unset, as the API server defaults it). */
  get serviceAccountName() {
    const name = this.value.serviceAccountName ?? this.value.serviceAccount;
    return typeof name === "string" && name !== "" ? name : "default";
  }
};
var ContainerNode = class {
  constructor(value, path, group, podSpec) {
    this.value = value;
    this.path = path;
    this.group = group;
    this.podSpec = podSpec;
  }
  value;
  path;
  group;
  podSpec;
  get resource() {
    return this.podSpec.resource;
  }
  get name() {
    return typeof this.value.name === "string" ? this.value.name : `#${String(this.path[this.path.length - 1])}`;
  }
  pathTo(...segments) {
    return [...this.path, ...segments];
  }
};
var specsByResource = /* @__PURE__ */ new WeakMap();
function podSpecsOf(resource) {
  let specs = specsByResource.get(resource);
  if (!specs) {
    const row = podTemplateKind(resource.kind, resource.group);
    specs = row ? podSpecNodesOf(resource, row.patterns) : [];
    specsByResource.set(resource, specs);
  }
  return [...specs];
}
function podSpecNodesOf(resource, patterns) {
  const found = [];
  const walk = (value, path, live) => {
    const depth = path.length;
    if (live.some((pattern) => pattern.length === depth)) {
      if (isPlainObject(value)) found.push({ value, path });
      return;
    }
    if (Array.isArray(value)) {
      const each = live.filter((pattern) => pattern[depth] === EACH);
      if (each.length > 0) value.forEach((item, i) => {
        walk(item, [...path, i], each);
      });
      return;
    }
    if (!isPlainObject(value)) return;
    const every = live.filter((pattern) => pattern[depth] === EVERY);
    for (const key of Object.keys(value)) {
      const next = [...every, ...live.filter((pattern) => pattern[depth] === key)];
      if (next.length > 0) walk(own(value, key), [...path, key], next);
    }
  };
  walk(resource.value, [], patterns);
  const several = found.length > 1;
  return found.map(({ value, path }) => new PodSpecNode(value, resource.pathTo(...path), resource, several ? templateLabel(resource.value, path) : void 0));
}
var TEMPLATE_NAME_FIELDS = ["groupName", "name"];
function templateLabel(object, path) {
  let end = path.length;
  while (end > 1 && (path[end - 1] === "spec" || path[end - 1] === "template")) end -= 1;
  const start = path[0] === "spec" && end > 1 ? 1 : 0;
  let name;
  let value = object;
  for (let i = 0; i < end; i += 1) {
    const segment = path[i];
    value = Array.isArray(value) && typeof segment === "number" ? value[segment] : isPlainObject(value) && typeof segment === "string" ? own(value, segment) : void 0;
    if (typeof segment === "number" && isPlainObject(value)) {
      const named = TEMPLATE_NAME_FIELDS.map((field) => own(value, field)).find((v) => typeof v === "string" && v !== "");
      if (typeof named === "string") name = named;
    }
  }
  const where = formatPath(path.slice(start, end));
  return name === void 0 ? where : `${where} "${name}"`;
}
var containersBySpec = /* @__PURE__ */ new WeakMap();
function containersOf(spec) {
  let containers = containersBySpec.get(spec);
  if (!containers) {
    containers = containerNodesOf(spec);
    containersBySpec.set(spec, containers);
  }
  return [...containers];
}
function containerNodesOf(spec) {
  const out = [];
  for (const group of CONTAINER_GROUPS) {
    const list = spec.value[group];
    if (!Array.isArray(list)) continue;
    list.forEach((container, i) => {
      if (isPlainObject(container)) out.push(new ContainerNode(container, spec.pathTo(group, i), group, spec));
    });
  }
  return out;
}

// src/model/controller.ts
function objectKey(group, kind, namespace, name) {
  return JSON.stringify([group, kind, namespace ?? "", name]);
}
function controllerKeyOf(resource) {
  const metadata = resource.value.metadata;
  const references = isPlainObject(metadata) ? metadata.ownerReferences : void 0;
  if (!Array.isArray(references)) return void 0;
  const ref = references.find((r2) => isPlainObject(r2) && r2.controller === true);
  if (!isPlainObject(ref) || typeof ref.apiVersion !== "string" || typeof ref.kind !== "string" || typeof ref.name !== "string") return void 0;
  return { key: objectKey(apiGroupOf(ref.apiVersion), ref.kind, resource.namespace, ref.name), ...typeof ref.uid === "string" && ref.uid !== "" && { uid: ref.uid } };
}
function uidOf(resource) {
  const metadata = resource.value.metadata;
  const uid = isPlainObject(metadata) ? metadata.uid : void 0;
  return typeof uid === "string" && uid !== "" ? uid : void 0;
}

// src/engine/controlled-copies.ts
function under(path, prefix) {
  if (prefix === "") return path;
  if (!path.startsWith(prefix)) return void 0;
  const next = path.charAt(prefix.length);
  return next === "" || next === "." || next === "[" ? path.slice(prefix.length) : void 0;
}
function placeOf(d, object) {
  const path = d.path ?? `${String(d.line)}:${String(d.column)}`;
  for (const spec of object.podSpecs) {
    const inSpec = under(path, spec.path);
    if (inSpec !== void 0) return { place: `spec${inSpec}`, spec: spec.relative };
  }
  return { place: `object${under(path, object.objectPath) ?? path}` };
}
function sameTemplate(owner, copy) {
  const cut = copy.search(/[.[]/);
  if (cut < 0) return true;
  const rest = copy.charAt(cut) === "." ? copy.slice(cut + 1) : copy.slice(cut);
  if (!owner.endsWith(rest)) return false;
  const before = owner.charAt(owner.length - rest.length - 1);
  return owner.length === rest.length || before === "." || before === "]" || rest.startsWith("[");
}
var factKey = (ruleId, messageId, place) => `${ruleId}\0${messageId ?? ""}\0${place}`;
function parentPlace(place) {
  const cut = Math.max(place.lastIndexOf("."), place.lastIndexOf("["));
  return cut > 0 ? place.slice(0, cut) : void 0;
}
function copyKeys(place, d, defaulted) {
  const keys = [factKey(d.ruleId, d.messageId, place)];
  const controllerMessage = d.messageId === void 0 ? void 0 : defaulted?.(d.ruleId, d.messageId);
  const parent = parentPlace(place);
  if (controllerMessage !== void 0 && parent !== void 0) keys.push(factKey(d.ruleId, controllerMessage, parent));
  return keys;
}
function controlledCopies(objects, diagnostics, defaulted) {
  const dropped = /* @__PURE__ */ new Set();
  if (!objects.some((o) => o.controller !== void 0)) return dropped;
  const byKey = /* @__PURE__ */ new Map();
  for (const object of objects) {
    const list = byKey.get(object.self);
    if (list) list.push(object);
    else byKey.set(object.self, [object]);
  }
  const factsOf = /* @__PURE__ */ new Map();
  const facts = (object) => {
    let byPlace = factsOf.get(object);
    if (!byPlace) {
      byPlace = /* @__PURE__ */ new Map();
      for (let i = object.from; i < object.to; i++) {
        const d = diagnostics[i];
        if (!d) continue;
        const { place, spec = "" } = placeOf(d, object);
        let set = byPlace.get(spec);
        if (!set) byPlace.set(spec, set = /* @__PURE__ */ new Set());
        set.add(factKey(d.ruleId, d.messageId, place));
      }
      factsOf.set(object, byPlace);
    }
    return byPlace;
  };
  const comparable = (owner, spec) => {
    const out = [];
    for (const [key, set] of facts(owner)) if (spec === void 0 ? key === "" : key !== "" && sameTemplate(key, spec)) out.push(set);
    return out;
  };
  for (const object of objects) {
    const ref = object.controller;
    if (!ref) continue;
    const owners = (byKey.get(ref.key) ?? []).filter((o) => o !== object && (o.uid ?? "") === (ref.uid ?? ""));
    if (owners.length === 0) continue;
    for (let i = object.from; i < object.to; i++) {
      const d = diagnostics[i];
      if (!d) continue;
      const { place, spec } = placeOf(d, object);
      const keys = copyKeys(place, d, defaulted);
      if (owners.some((owner) => comparable(owner, spec).some((set) => keys.some((key) => set.has(key))))) dropped.add(i);
    }
  }
  return dropped;
}

// src/engine/evidence.ts
var NO_EVIDENCE = { kinds: [], versions: [], waivers: [] };
function inputKindsOfResource(resource, components) {
  const kinds = inputKindsOfObject(resource.apiVersion, resource.kind);
  const out = isControlPlanePod(resource) ? kinds.filter((k) => k !== "workload") : kinds;
  for (const node of components) if (CONTROL_PLANE_INPUTS.includes(node.component)) out.push(node.component);
  if (podSpecsOf(resource).some((spec) => containersOf(spec).some((c) => kubeletContainerFlags(c.value, c.path) !== void 0))) out.push("kubelet-config");
  return out;
}
var EvidenceCollector = class {
  kinds = /* @__PURE__ */ new Set();
  versions = [];
  addKinds(kinds) {
    for (const k of kinds) this.kinds.add(k);
  }
  addVersion(claim, at) {
    this.versions.push({ version: formatVersion(claim.version), text: claim.text, how: claim.how, at });
  }
  result() {
    return { kinds: [...this.kinds].sort(), versions: this.versions };
  }
};
function mergeEvidence(files, waivers) {
  const kinds = /* @__PURE__ */ new Set();
  const versions = [];
  for (const f of files) {
    if (!f) continue;
    for (const k of f.kinds) kinds.add(k);
    for (const v of f.versions) versions.push(v);
  }
  return { kinds: [...kinds].sort(), versions, waivers };
}
function isObject(value) {
  return typeof value === "object" && value !== null;
}
function isRunEvidence(value) {
  return isObject(value) && Array.isArray(value.kinds) && Array.isArray(value.versions) && Array.isArray(value.waivers);
}

// src/engine/facts.ts
function locationSubjectKey(l) {
  const r2 = l.resource;
  return JSON.stringify(["@", l.file, r2?.kind ?? "", r2?.namespace ?? "", r2?.name ?? "", l.path ?? "", `${String(l.line)}:${String(l.column)}`]);
}
function textSubjectKey(text) {
  return JSON.stringify(["#", text]);
}
function isTextSubjectKey(key) {
  return key.startsWith('["#"');
}
function oneFindingPerFact(findings, supersedesOf) {
  const bySubject = /* @__PURE__ */ new Map();
  findings.forEach((f, i) => {
    for (const key of f.about.length > 1 ? new Set(f.about) : f.about) {
      const list = bySubject.get(key);
      if (list) list.push(i);
      else bySubject.set(key, [i]);
    }
  });
  const ruleIds = new Set(findings.map((f) => f.ruleId));
  const replacersOf = /* @__PURE__ */ new Map();
  const replacers = (ruleId) => {
    let rules = replacersOf.get(ruleId);
    if (!rules) replacersOf.set(ruleId, rules = new Set([...ruleIds].filter((winner) => supersedesOf(winner)?.includes(ruleId) === true)));
    return rules;
  };
  const byRuleOf = /* @__PURE__ */ new Map();
  const byRule = (key, list) => {
    let map = byRuleOf.get(key);
    if (!map) {
      map = /* @__PURE__ */ new Map();
      for (const j of list) {
        const rule = findings[j]?.ruleId ?? "";
        const same = map.get(rule);
        if (same) same.push(j);
        else map.set(rule, [j]);
      }
      byRuleOf.set(key, map);
    }
    return map;
  };
  const replacedBy = /* @__PURE__ */ new Map();
  findings.forEach((f, i) => {
    if (f.about.length === 0) return;
    const rules = replacers(f.ruleId);
    if (rules.size === 0) return;
    const by = [];
    const replacing = (key) => {
      const list = bySubject.get(key) ?? [];
      const size = by.length;
      let already = false;
      const candidates = list.length <= 16 ? list.filter((j) => rules.has(findings[j]?.ruleId ?? "")) : [...rules].flatMap((rule) => byRule(key, list).get(rule) ?? []);
      for (const j of candidates) {
        if (j === i) continue;
        if (by.includes(j)) already = true;
        else by.push(j);
      }
      return already || by.length > size;
    };
    for (const key of f.about.length > 1 ? new Set(f.about) : f.about) if (!replacing(key)) return;
    replacedBy.set(i, by.length === 1 ? by[0] : by);
  });
  const replacersList = (i) => {
    const by = replacedBy.get(i);
    return by === void 0 ? [] : typeof by === "number" ? [by] : by;
  };
  const recipients = (i, seen) => {
    const out = [];
    for (const j of replacersList(i)) {
      if (seen.has(j)) continue;
      seen.add(j);
      if (replacedBy.has(j)) for (const k of recipients(j, seen)) out.push(k);
      else out.push(j);
    }
    return out;
  };
  const losersOf = /* @__PURE__ */ new Map();
  for (const i of replacedBy.keys()) {
    if (!findings[i]) continue;
    for (const j of recipients(i, /* @__PURE__ */ new Set([i]))) {
      if (!findings[j]) continue;
      const list = losersOf.get(j);
      if (list) list.push(i);
      else losersOf.set(j, [i]);
    }
  }
  const tagIds = /* @__PURE__ */ new Map();
  const tagId = (f) => {
    const key = `${f.ruleId}\0${f.severity}\0${f.pci.join(",")}\0${f.requirements.join(",")}`;
    let id = tagIds.get(key);
    if (id === void 0) tagIds.set(key, id = tagIds.size);
    return id;
  };
  const shared = /* @__PURE__ */ new Map();
  const outcome = /* @__PURE__ */ new Map();
  for (const [j, losers] of losersOf) {
    const winner = findings[j];
    const key = `${tagId(winner)}:${losers.map((i) => tagId(findings[i])).join(",")}`;
    let one = shared.get(key);
    if (!one) {
      const m = { pci: [...winner.pci], requirements: [...winner.requirements], severity: winner.severity, alsoRules: [] };
      for (const i of losers) {
        const loser = findings[i];
        for (const s of loser.pci) if (!m.pci.includes(s)) m.pci.push(s);
        for (const r2 of loser.requirements) if (!m.requirements.includes(r2)) m.requirements.push(r2);
        if (!atLeast(m.severity, loser.severity)) m.severity = loser.severity;
        if (loser.ruleId !== winner.ruleId && !m.alsoRules.includes(loser.ruleId)) m.alsoRules.push(loser.ruleId);
      }
      shared.set(key, one = m);
    }
    outcome.set(j, one);
  }
  return { dropped: new Set(replacedBy.keys()), merged: outcome };
}
function withMerged(d, m) {
  const alsoRules = [.../* @__PURE__ */ new Set([...d.alsoRules ?? [], ...m.alsoRules])].sort();
  return { ...d, pci: m.pci, requirements: m.requirements, severity: m.severity, ...alsoRules.length > 0 && { alsoRules } };
}
function withoutSubjects(d) {
  if (d.about === void 0) return d;
  const copy = { ...d };
  delete copy.about;
  return copy;
}

// src/engine/result.ts
function coreDiagnostic(id, message, location) {
  return { ruleId: id, pci: [], requirements: [], severity: CORE_DIAGNOSTICS[id].severity, message, ...location };
}
function sortDiagnostics(diagnostics) {
  const sorted = diagnostics.sort(compareDiagnostics);
  return sorted.filter((d, i) => {
    const prev = sorted[i - 1];
    return !prev || compareDiagnostics(prev, d) !== 0 || prev.severity !== d.severity;
  });
}
function toDiagnostic(entry, report, location, subjectKey) {
  const { meta } = entry.rule;
  const template = own(meta.messages, report.messageId);
  if (template === void 0) throw new Error(`unknown messageId "${report.messageId}"`);
  const fix = report.fix ?? fixTemplate(meta, report.messageId);
  return {
    ruleId: meta.id,
    messageId: report.messageId,
    pci: meta.pci,
    requirements: meta.requirements,
    severity: entry.severityOverride ?? report.severity ?? meta.severity,
    message: formatMessage(template, report.data),
    ...location,
    ...fix !== void 0 && { fix: formatMessage(fix, report.data) },
    ...report.about !== void 0 && report.about.length > 0 && { about: report.about.map(subjectKey ?? finishSubjectKey) }
  };
}
function fixTemplate(meta, messageId) {
  return meta.fixes === void 0 ? void 0 : own(meta.fixes, messageId);
}
function finishSubjectKey(subject) {
  if (typeof subject === "string") return textSubjectKey(subject);
  if (isLocation2(subject)) return locationSubjectKey(subject);
  throw new Error("subjects reported from finish() must be text or a Location kept with ctx.locate()");
}
function visitSubjectKey(locate) {
  return (subject) => typeof subject === "string" ? textSubjectKey(subject) : locationSubjectKey(isLocation2(subject) ? subject : locate(subject));
}
function isLocation2(target) {
  return !Array.isArray(target) && typeof target.line === "number" && typeof target.file === "string";
}
function describeError(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/engine/suppressions.ts
var IGNORE_ANNOTATION = "pci-lint.io/ignore";
var IGNORE_REASON_ANNOTATION = "pci-lint.io/ignore-reason";
var DIRECTIVE2 = /^([ \t]*)#[ \t]*pci-lint-disable-next-line\b(.*)$/;
function reasonOf(text) {
  const reason = text?.trim();
  return reason !== void 0 && /[\p{L}\p{N}]/u.test(reason) ? reason : void 0;
}
function splitDirective(body) {
  const [rules = "", ...rest] = body.split(/\s--\s?/);
  const reason = reasonOf(rest.join(" -- "));
  const ruleIds = rules.split(/[\s,]+/).map((r2) => r2.trim()).filter((r2) => r2 !== "");
  return { ruleIds, ...reason !== void 0 && { reason } };
}
var SKIPPED = /^\s*(?:#.*)?\r?$/;
function commentSuppressions(file, text, commentLines) {
  if (!text.includes("pci-lint-disable-next-line")) return [];
  const lines = text.split("\n");
  const out = [];
  let covered = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const raw = lines[i] ?? "";
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    const match = line.includes("pci-lint-disable-next-line") && (!commentLines || commentLines.has(i + 1)) ? DIRECTIVE2.exec(line) : null;
    if (match) {
      const column = (match[1]?.length ?? 0) + 1;
      out.push({
        kind: "comment",
        ...splitDirective(match[2] ?? ""),
        at: { file, line: i + 1, column, endLine: i + 1, endColumn: line.length + 1 },
        line: covered + 1
      });
    }
    if (!SKIPPED.test(raw)) covered = i;
  }
  return out.reverse();
}
function annotationSuppression(annotations, resource, at, scope) {
  const value = annotations[IGNORE_ANNOTATION];
  if (value === void 0) return void 0;
  const reason = reasonOf(annotations[IGNORE_REASON_ANNOTATION]);
  const ruleIds = value.split(/[\s,]+/).map((r2) => r2.trim()).filter((r2) => r2 !== "");
  return { kind: "annotation", ruleIds, ...reason && { reason }, at, resource, scope };
}
function sameResource(a, b) {
  return !!a && !!b && a.kind === b.kind && a.apiVersion === b.apiVersion && a.name === b.name && a.namespace === b.namespace;
}
function comparePositions(aLine, aColumn, bLine, bColumn) {
  return aLine - bLine || aColumn - bColumn;
}
function inScope(scope, d) {
  return comparePositions(scope.line, scope.column, d.line, d.column) <= 0 && comparePositions(d.line, d.column, scope.endLine, scope.endColumn) < 0;
}
var SuppressionIndex = class {
  constructor(suppressions) {
    this.suppressions = suppressions;
    const scoped = [];
    suppressions.forEach((s, i) => {
      if (s.kind === "comment" && s.line !== void 0) {
        const list = this.byLine.get(s.line);
        if (list) list.push(i);
        else this.byLine.set(s.line, [i]);
      } else if (s.kind === "annotation" && s.scope) scoped.push(i);
    });
    const scopeOf = (i) => suppressions[i]?.scope;
    this.scoped = scoped.sort((a, b) => comparePositions(scopeOf(a).line, scopeOf(a).column, scopeOf(b).line, scopeOf(b).column) || a - b);
    let far;
    for (const i of this.scoped) {
      const s = scopeOf(i);
      if (!far || comparePositions(s.endLine, s.endColumn, far.endLine, far.endColumn) > 0) far = s;
      this.furthest.push(far);
    }
  }
  suppressions;
  byLine = /* @__PURE__ */ new Map();
  /** Annotation suppressions (their indexes) by where their scope starts, and the furthest end up to each. */
  scoped;
  furthest = [];
  /** The indexes of the suppressions that cover `d`, lowest first. */
  covering(d) {
    const out = [];
    for (const i of this.byLine.get(d.line) ?? []) if (this.suppressions[i]?.ruleIds.includes(d.ruleId)) out.push(i);
    if (d.resource && this.scoped.length > 0) {
      let lo = 0;
      let hi = this.scoped.length;
      while (lo < hi) {
        const mid = lo + hi >>> 1;
        const s = this.suppressions[this.scoped[mid]]?.scope;
        if (comparePositions(s.line, s.column, d.line, d.column) <= 0) lo = mid + 1;
        else hi = mid;
      }
      for (let j = lo - 1; j >= 0; j--) {
        const far = this.furthest[j];
        if (comparePositions(d.line, d.column, far.endLine, far.endColumn) >= 0) break;
        const i = this.scoped[j];
        const s = this.suppressions[i];
        if (s.scope && inScope(s.scope, d) && sameResource(s.resource, d.resource) && s.ruleIds.includes(d.ruleId)) out.push(i);
      }
    }
    return out.length > 1 ? out.sort((a, b) => a - b) : out;
  }
};
function applySuppressions(diagnostics, suppressions, isSuppressible, ruleState) {
  const directiveOf2 = (s) => `${s.kind}\0${s.at.file}\0${s.at.line}\0${s.at.column}`;
  const used = /* @__PURE__ */ new Set();
  const waived = [];
  const index = new SuppressionIndex(suppressions);
  const kept = diagnostics.filter((d) => {
    if (!isSuppressible(d.ruleId)) return true;
    const by = index.covering(d).filter((i) => suppressions[i]?.at.file === d.file);
    for (const i of by) used.add(`${directiveOf2(suppressions[i])}\0${d.ruleId}`);
    const first = by[0] === void 0 ? void 0 : suppressions[by[0]];
    if (first) waived.push({ diagnostic: d, suppression: first });
    return !first;
  });
  const problems = [];
  const judged = /* @__PURE__ */ new Set();
  suppressions.forEach((s) => {
    const directive = directiveOf2(s);
    if (judged.has(directive)) return;
    judged.add(directive);
    const what = s.kind === "comment" ? "pci-lint-disable-next-line comment" : `${IGNORE_ANNOTATION} annotation`;
    if (s.ruleIds.length === 0) {
      problems.push({ id: "unused-suppression", message: `This ${what} names no rule; list the rule ids it should silence.`, at: s.at });
      return;
    }
    if (!s.reason) {
      const how = s.kind === "comment" ? 'after " -- "' : `in the ${IGNORE_REASON_ANNOTATION} annotation`;
      problems.push({
        id: "suppression-missing-reason",
        message: `This ${what} silences ${s.ruleIds.join(", ")} without a reason; auditors need one. Add it ${how}.`,
        at: s.at
      });
    }
    for (const ruleId of s.ruleIds) {
      const state = ruleState(ruleId);
      if (state === "unknown") problems.push({ id: "unused-suppression", message: `This ${what} names "${ruleId}", which is not a pci-lint rule.`, at: s.at });
      else if (state === "active" && !used.has(`${directive}\0${ruleId}`)) {
        const scope = s.kind === "comment" ? `on line ${s.line ?? "?"}` : "on this object";
        problems.push({ id: "unused-suppression", message: `This ${what} silences "${ruleId}", which reports nothing ${scope}; remove it.`, at: s.at });
      }
    }
  });
  return { kept, waived, problems };
}

// src/engine/dispatch.ts
var SYNTAX_ERROR_CODES = /* @__PURE__ */ new Set(["HELM_TEMPLATE", "ALIAS_LIMIT", "NESTING_LIMIT", "JSON_STREAM_SYNTAX", "DOCUMENT_SEPARATOR", "DIRECTIVE", "UNTYPED_OBJECT"]);
function isPath(target) {
  return Array.isArray(target);
}
function lintParsedFile(session, parsed, onDocument, release = false) {
  const { file, lineCounter } = parsed;
  const fileDiagnostics = [];
  const fileResources = [];
  const fileFacts = dict();
  let diagnostics = fileDiagnostics;
  let resources = fileResources;
  let facts = fileFacts;
  const flush = () => {
    if (!onDocument) return;
    if (diagnostics !== fileDiagnostics && (diagnostics.length > 0 || resources.length > 0 || Object.keys(facts).length > 0)) onDocument({ diagnostics, resources, facts });
    diagnostics = [];
    resources = [];
    facts = dict();
  };
  const suppressions = commentSuppressions(file, parsed.text, parsed.commentLines);
  const evidence = new EvidenceCollector();
  const clamp = (offset) => Math.max(0, Math.min(offset, parsed.text.length));
  const locationOf = (span, resource, source, path) => ({
    file,
    ...toPosition(lineCounter, { start: clamp(span.start), end: clamp(span.end) }),
    ...resource && { resource: resource.ref },
    ...source && { source },
    ...path !== void 0 && { path }
  });
  const parseDiagnostic = (problem, helm) => coreDiagnostic("parse-error", SYNTAX_ERROR_CODES.has(problem.code) ? problem.message : `YAML syntax error: ${problem.message}`, locationOf(problem.span, void 0, helm));
  for (const problem of parsed.fileProblems) diagnostics.push(parseDiagnostic(problem));
  for (const note of parsed.lenient ?? []) diagnostics.push(coreDiagnostic("yaml-compatibility", note.message, locationOf(note.span)));
  for (const [d, document] of parsed.documents.entries()) {
    flush();
    if (release && d > 0) parsed.documents[d - 1]?.release?.();
    if (document.problem) {
      diagnostics.push(parseDiagnostic(document.problem, document.helm));
      continue;
    }
    const unused = parsed.kustomizePatch?.objects?.find((o) => o.document === d);
    if (unused) diagnostics.push(coreDiagnostic("unused-kustomize-patch", `${unused.why}. It is checked as the object kubectl apply -f would create.`, locationOf({ start: document.start, end: document.start })));
    const operationsOn = parsed.kustomizePatch?.operations?.find((o) => o.document === d)?.target;
    const of = resourcesOfDocument(document, parsed.kustomizePatch !== void 0 && unused === void 0, operationsOn, session.target);
    const { problem } = of;
    let { resources: objects, patches = [] } = of;
    if (problem) diagnostics.push(parseDiagnostic(problem, document.helm));
    if (parsed.unlistedIn !== void 0 && document.helm === void 0 && objects.length > 0) {
      const unlisted = unlistedPatches(objects, session.target);
      for (const { resource, missing } of unlisted) {
        const what = `${resource.kind}${resource.name === void 0 ? "" : ` "${resource.name}"`}`;
        const at = document.locate(resource.pathTo("kind"), "pair")?.span ?? { start: document.start, end: document.start };
        const message = `${what} lacks ${missing}, which the API server requires, and no kustomization lists this file (it is in the tree of ${parsed.unlistedIn}): it is read as a kustomize patch not in use and checked only for the values it states. List it under patches: to check it with the object it patches.`;
        diagnostics.push(coreDiagnostic("unlisted-kustomize-patch", message, locationOf(at, resource)));
      }
      if (unlisted.length > 0) {
        const asPatch = new Set(unlisted.map((u) => u.resource));
        objects = objects.filter((resource) => !asPatch.has(resource));
        patches = [...patches, ...asPatch];
      }
    }
    if (objects.length === 0 && patches.length === 0) continue;
    const documentEnd = parsed.documents[d + 1]?.start ?? parsed.text.length;
    const scopeOf = (resource) => {
      const item = resource.path.length > 0 ? document.locate(resource.path, "value") : void 0;
      const span = item?.exact ? item.span : { start: document.start, end: documentEnd };
      return toPosition(lineCounter, { start: clamp(span.start), end: clamp(Math.max(span.start, span.end)) });
    };
    const copies = objectsOfBuilds(objects, parsed.kustomizeBuilds).flatMap((list, object) => {
      const first = list.findIndex((resource) => !resource.removed);
      return list.map((resource, copy) => ({ resource, first: copy === first, patch: resource.removed, object, copy }));
    });
    const walk = patches.length === 0 ? copies : [...copies, ...patches.map((resource) => ({ resource, first: false, patch: true }))];
    let objectFrom = diagnostics.length;
    const walked = [];
    for (const { resource, first, patch, object, copy } of walk) {
      const from = diagnostics.length;
      if (copy === 0) objectFrom = from;
      const source = document.helm ?? kustomizeSourceOf(resource.annotations);
      const located = /* @__PURE__ */ new Map();
      const locate = (target, part = "pair") => {
        const path = target instanceof Resource ? target.pathTo("kind") : isPath(target) ? target : target.path;
        const text = formatPath(path);
        const key = `${part}\0${text}`;
        let location = located.get(key);
        if (!location) {
          const found = document.locate(resource.inDocument ? resource.inDocument(path) : path, part);
          location = locationOf(found?.span ?? { start: document.start, end: document.start }, resource, source, text);
          located.set(key, location);
        }
        return location;
      };
      const visited = guarded(() => {
        const anchor = locate(resource);
        const components = patch ? [] : controlPlaneComponentsOf(resource, session.target);
        if (!patch) resources.push({ ...resource.ref, labels: resource.labels, location: anchor });
        if (first) {
          evidence.addKinds(inputKindsOfResource(resource, components));
          for (const claim of versionClaimsOf(resource)) evidence.addVersion(claim, locate(claim.path, "value"));
        }
        const subjectKey = visitSubjectKey((node) => locate(node));
        const ignore = annotationSuppression(resource.annotations, resource.ref, locate(resource.pathTo("metadata", "annotations", IGNORE_ANNOTATION)), scopeOf(resource));
        if (ignore) suppressions.push(ignore);
        visitResource(patch ? session.patchDispatch : session.dispatch, session, resource, components, {
          file,
          locate,
          report: (entry, report) => {
            if (resource.setByPatch && entry.rule.meta.checksPatches === true && !isLocation2(report.at) && resource.setByPatch(isPath(report.at) ? report.at : report.at.path)) return;
            diagnostics.push(toDiagnostic(entry, report, isLocation2(report.at) ? report.at : locate(report.at, report.part), subjectKey));
          },
          record: (entry, fact) => {
            if (!patch) (facts[entry.rule.meta.id] ??= []).push(fact);
          },
          crash: (entry, error) => {
            const message = `Rule "${entry.rule.meta.id}" failed on this object (${describeError(error)}); the other rules still ran. Please report this.`;
            diagnostics.push(coreDiagnostic("internal-error", message, anchor));
          }
        });
      });
      if (visited !== true) diagnostics.push(coreDiagnostic("internal-error", `pci-lint failed while reading this object (${visited}), so some rules did not check it. Please report this.`, locationOf({ start: document.start, end: document.start }, resource, source)));
      if (object !== void 0 && copy !== 0 && from > objectFrom) dropEarlierCopies(diagnostics, objectFrom, from);
      if (!patch) walked.push({ resource, from, to: diagnostics.length });
    }
    const repeats = walked.some(({ resource }) => controllerKeyOf(resource) !== void 0) ? controlledCopies(walked.flatMap(walkedObject), diagnostics, (ruleId, messageId) => {
      const table = session.defaultedInCopies.get(ruleId);
      return table ? own(table, messageId) : void 0;
    }) : void 0;
    if (repeats && repeats.size > 0) {
      let kept = walked[0]?.from ?? diagnostics.length;
      for (let i = kept; i < diagnostics.length; i++) if (!repeats.has(i)) diagnostics[kept++] = diagnostics[i];
      diagnostics.length = kept;
    }
  }
  flush();
  if (release) parsed.documents.at(-1)?.release?.();
  return { file, diagnostics: fileDiagnostics, resources: fileResources, facts: fileFacts, suppressions, evidence: evidence.result() };
}
function dropEarlierCopies(diagnostics, earlier, from) {
  const key = (d) => `${d.ruleId}\0${d.messageId ?? ""}\0${String(d.line)}:${String(d.column)}`;
  const seen = /* @__PURE__ */ new Set();
  for (let i = earlier; i < from; i++) seen.add(key(diagnostics[i]));
  let kept = from;
  for (let i = from; i < diagnostics.length; i++) if (!seen.has(key(diagnostics[i]))) diagnostics[kept++] = diagnostics[i];
  diagnostics.length = kept;
}
function walkedObject({ resource, from, to }) {
  if (resource.name === void 0) return [];
  const objectPath = formatPath(resource.path);
  return [
    {
      self: objectKey(resource.group, resource.kind, resource.namespace, resource.name),
      uid: uidOf(resource),
      controller: controllerKeyOf(resource),
      objectPath,
      podSpecs: podSpecsOf(resource).map((spec) => ({ path: formatPath(spec.path), relative: formatPath(spec.path.slice(resource.path.length)) })),
      from,
      to
    }
  ];
}
function visitResource(dispatch, session, resource, components, hooks) {
  const contextFor = (entry) => ({
    ruleId: entry.rule.meta.id,
    target: session.target,
    options: entry.options,
    settings: session.settings,
    file: hooks.file,
    resource,
    report: (report) => {
      hooks.report(entry, report);
    },
    locate: (at, part) => hooks.locate(at, part),
    record: (fact) => {
      hooks.record(entry, fact);
    }
  });
  const call = (key, node) => {
    for (const entry of dispatch.get(key) ?? []) {
      const visitor = own(entry.rule.visit, key);
      if (!visitor) continue;
      try {
        visitor(contextFor(entry), node);
      } catch (error) {
        hooks.crash(entry, error);
      }
    }
  };
  if (isKnownKind(resource.kind, resource.group)) call(resource.kind, resource);
  call("Resource", resource);
  if (dispatch.has("ControlPlaneComponent")) for (const component of components) call("ControlPlaneComponent", component);
  if (!dispatch.has("PodSpec") && !dispatch.has("Container")) return;
  if (isControlPlanePod(resource)) return;
  for (const spec of podSpecsOf(resource)) {
    call("PodSpec", spec);
    if (dispatch.has("Container")) for (const container of containersOf(spec)) call("Container", container);
  }
}
function guarded(fn) {
  try {
    fn();
    return true;
  } catch (error) {
    return describeError(error);
  }
}

// src/load/fast-parse.ts
import jsyaml from "js-yaml";

// src/load/yaml11.ts
var YAML11_BOOLEAN = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
var TRUE_WORDS = /* @__PURE__ */ new Set(["y", "Y", "yes", "Yes", "YES", "on", "On", "ON"]);
function yaml11BooleanValue(text) {
  return TRUE_WORDS.has(text);
}
var YAML11_INT = /^(?:[-+]_*)?(?:0_*[xX]_*[0-9a-fA-F][0-9a-fA-F_]*|0_*[oO]_*[0-7][0-7_]*|0_*[bB]_*[01][01_]*|0[0-7_]*|[1-9][0-9_]*)$/;
var INT64_MIN = -(2n ** 63n);
var UINT64_MAX = 2n ** 64n - 1n;
function yaml11IntValue(text) {
  const plain = text.replace(/_/g, "");
  const negative = plain.startsWith("-");
  const unsigned = plain.replace(/^[-+]/, "");
  const digits = /^0[0-7]+$/.test(unsigned) ? `0o${unsigned.slice(1)}` : unsigned.toLowerCase();
  const magnitude = BigInt(digits);
  const value = negative ? -magnitude : magnitude;
  if (value >= INT64_MIN && value <= UINT64_MAX) return Number(value);
  return /^[0-9]+$/.test(unsigned) ? Number(plain) : text;
}
var YAML11_UNDERSCORED_FLOAT = /^(?=[^_]*_)[-+0-9][-+0-9_.eE]*$/;
var YAML_STYLE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
function yaml11FloatValue(text) {
  const plain = text.replace(/_/g, "");
  const value = YAML_STYLE_FLOAT.test(plain) ? Number(plain) : Number.NaN;
  return Number.isFinite(value) ? value : text;
}
function yaml11ExplicitFloat(text) {
  const trimmed = text.trim();
  if (YAML11_INT.test(trimmed)) {
    const value2 = yaml11IntValue(trimmed);
    return typeof value2 === "number" ? value2 : void 0;
  }
  if (/^[-+0-9]/.test(trimmed)) {
    const value2 = yaml11FloatValue(trimmed);
    return typeof value2 === "number" ? value2 : void 0;
  }
  const value = /^\.[0-9]+(?:[eE][-+]?[0-9]+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  return Number.isFinite(value) ? value : void 0;
}
function yaml11BinaryText(text) {
  const compact = text.replace(/[\r\n]/g, "");
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return void 0;
  return Buffer.from(compact, "base64").toString("utf8");
}

// src/load/fast-parse.ts
var DOC_MARKER = /^---(?=[ \n]|$)/gm;
function hasUnsupportedSyntax(text) {
  if (text.includes("	") || text.includes("\r")) return true;
  if (text.startsWith("%") || text.includes("\n%") || /^\.\.\.(?:\s|$)/.test(text)) return true;
  for (let at = text.indexOf("\n..."); at !== -1; at = text.indexOf("\n...", at + 1)) if (at + 4 === text.length || isWhitespace(text.charCodeAt(at + 4))) return true;
  for (let at = text.startsWith("---") ? 0 : text.indexOf("\n---"); at !== -1; at = text.indexOf("\n---", at + 1)) {
    const after = text.charCodeAt(at === 0 && text.startsWith("---") ? 3 : at + 4);
    if (!Number.isNaN(after) && after !== SPACE && after !== LF) return true;
  }
  return false;
}
var Unsupported = class extends Error {
};
var NULL = /^(?:~|[Nn]ull|NULL)?$/;
var BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
var INT_OCT = /^0o[0-7]+$/;
var INT_DEC = /^[-+]?[0-9]+$/;
var INT_HEX = /^0x[0-9a-fA-F]+$/;
var FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
var FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
var FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
var isDigitOrSign = (c) => c >= 48 && c <= 57 || c === 43 || c === 45;
var mayBeNull = (s) => s === "" || s[0] === "~" || s[0] === "n" || s[0] === "N";
var mayBeBool = (c) => c === 116 || c === 84 || c === 102 || c === 70;
var mayBeFloat = (c) => isDigitOrSign(c) || c === 46;
var mayBeBool11 = (c) => c === 121 || c === 89 || c === 110 || c === 78 || c === 111 || c === 79;
var schema = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    new jsyaml.Type("tag:yaml.org,2002:null", { kind: "scalar", resolve: (s) => mayBeNull(s) && NULL.test(s), construct: () => null }),
    new jsyaml.Type("tag:yaml.org,2002:bool", {
      kind: "scalar",
      resolve: (s) => mayBeBool(s.charCodeAt(0)) && BOOL.test(s),
      construct: (s) => s[0] === "t" || s[0] === "T"
    }),
    // go-yaml's integers first (yaml11.ts), as on the `yaml` path; a past-64-bit hex stays a string there too.
    new jsyaml.Type("tag:yaml.org,2002:int", {
      kind: "scalar",
      resolve: (s) => isDigitOrSign(s.charCodeAt(0)) && (YAML11_INT.test(s) || INT_OCT.test(s) || INT_DEC.test(s) || INT_HEX.test(s)),
      construct: (s) => YAML11_INT.test(s) ? yaml11IntValue(s) : INT_OCT.test(s) ? parseInt(s.substring(2), 8) : INT_DEC.test(s) ? parseInt(s, 10) : parseInt(s.substring(2), 16)
    }),
    new jsyaml.Type("tag:yaml.org,2002:float", {
      kind: "scalar",
      resolve: (s) => mayBeFloat(s.charCodeAt(0)) && (FLOAT_NAN.test(s) || FLOAT_EXP.test(s) || FLOAT.test(s)),
      construct: (s) => FLOAT_NAN.test(s) ? s.slice(-3).toLowerCase() === "nan" ? NaN : s[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY : parseFloat(s)
    }),
    // go-yaml's floats with underscores (yaml11.ts), as on the `yaml` path; a distinct tag, as for bool11.
    new jsyaml.Type("tag:pci-lint,2026:float11", {
      kind: "scalar",
      resolve: (s) => isDigitOrSign(s.charCodeAt(0)) && YAML11_UNDERSCORED_FLOAT.test(s) && typeof yaml11FloatValue(s) === "number",
      construct: yaml11FloatValue
    }),
    // A distinct tag so js-yaml keeps both boolean types; only the value reaches the document.
    new jsyaml.Type("tag:pci-lint,2026:bool11", { kind: "scalar", resolve: (s) => mayBeBool11(s.charCodeAt(0)) && YAML11_BOOLEAN.test(s), construct: yaml11BooleanValue })
  ]
});
var LF = 10;
var HASH = 35;
var SPACE = 32;
var PIPE = 124;
var COLON = 58;
var COMMA = 44;
var GREATER = 62;
var OPEN_BRACKET = 91;
var OPEN_BRACE = 123;
function isWhitespace(code) {
  return code === 32 || code >= 9 && code <= 13 || code > 127 && (code === 160 || code === 5760 || code >= 8192 && code <= 8202 || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288 || code === 65279);
}
function trimmedEnd(text, start, end) {
  let e = Math.min(end, text.length);
  while (e > start && isWhitespace(text.charCodeAt(e - 1))) e--;
  return e;
}
function skipToContent(text, from) {
  let at = from;
  for (; ; ) {
    for (let c = text.charCodeAt(at); c === SPACE || c === LF || c === 9 || c === 13; c = text.charCodeAt(at)) at++;
    if (text.charCodeAt(at) !== HASH) return at;
    while (at < text.length && text.charCodeAt(at) !== LF) at++;
  }
}
function lineBreakIn(text, from, to) {
  return occursIn(text, LF, from, to);
}
function occursIn(text, code, from, to) {
  for (let at = from; at < to; at++) if (text.charCodeAt(at) === code) return true;
  return false;
}
var EMPTY = 0;
var SCALAR = 1;
var SEQUENCE = 2;
var MAPPING = 3;
var ALIAS = 4;
var AMPERSAND = 38;
var BANG = 33;
var STAR = 42;
var CORE_TAG = { scalar: "!!str", mapping: "!!map", sequence: "!!seq" };
function endsProperty(code) {
  return code === SPACE || code === LF || code === 9 || code === 13 || code === 44 || code === 91 || code === 93 || code === 123 || code === 125;
}
function readProperties(text, from) {
  let anchor = null;
  let tag;
  let at = from;
  for (let code = text.charCodeAt(at); code === AMPERSAND || code === BANG; code = text.charCodeAt(at)) {
    let end = at + 1;
    while (end < text.length && !endsProperty(text.charCodeAt(end))) end++;
    if (end < text.length && text.charCodeAt(end) !== SPACE && text.charCodeAt(end) !== LF) return void 0;
    if (code === AMPERSAND) {
      if (anchor !== null) return void 0;
      anchor = text.slice(at + 1, end);
    } else {
      if (tag !== void 0) return void 0;
      tag = text.slice(at, end);
    }
    at = skipToContent(text, end);
  }
  return { anchor, tag, contentStart: at };
}
var SpanIndex = class {
  size = 0;
  starts;
  ends;
  kinds;
  /** Where a collection's children begin in `pool`. */
  firsts;
  /** Items of a sequence, pairs of a mapping. */
  counts;
  poolSize = 0;
  pool;
  /** Aligned with `pool`: the key's name at a key's place, else undefined. */
  names = [];
  constructor(capacity) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.kinds = new Uint8Array(capacity);
    this.firsts = new Int32Array(capacity);
    this.counts = new Int32Array(capacity);
    this.pool = new Int32Array(capacity);
  }
  add(kind, start, end, first = 0, count = 0) {
    if (this.size === this.starts.length) {
      const capacity = this.size * 2;
      this.starts = grown(this.starts, capacity);
      this.ends = grown(this.ends, capacity);
      this.kinds = grown(this.kinds, capacity);
      this.firsts = grown(this.firsts, capacity);
      this.counts = grown(this.counts, capacity);
    }
    const node = this.size++;
    this.starts[node] = start;
    this.ends[node] = end;
    this.kinds[node] = kind;
    this.firsts[node] = first;
    this.counts[node] = count;
    return node;
  }
  /** Appends a child to the pool; a collection's children are appended together, after its `first`. */
  addChild(node, name) {
    if (this.poolSize === this.pool.length) this.pool = grown(this.pool, this.poolSize * 2);
    this.pool[this.poolSize++] = node;
    this.names.push(name);
  }
  span(node) {
    return { start: this.starts[node], end: this.ends[node] };
  }
};
function grown(array, capacity) {
  const copy = new array.constructor(capacity);
  copy.set(array);
  return copy;
}
var IndexBuilder = class {
  constructor(text) {
    this.text = text;
    this.index = new SpanIndex(Math.max(64, text.length >> 3));
  }
  text;
  index;
  opens = [];
  bases = [];
  depth = 0;
  /** How many pending entries there are. */
  size = 0;
  // Pending entries: the closed node's kind, result and index node. A node of kind null (an empty value,
  // or the failed read that ends a block mapping) gets its index node only where it is used (node -1).
  kinds = [];
  results = [];
  nodes = [];
  entryOpens = [];
  emptyHasContent = [];
  hasProperties = [];
  /** True for an alias and for a collection with one inside. */
  aliasInside = [];
  /** Each anchor's node as the events meet it: a later `&name` replaces an earlier one, as in YAML. */
  anchors = /* @__PURE__ */ new Map();
  /** True when every node that opened has closed. */
  get closed() {
    return this.depth === 0;
  }
  listener = (event, state) => {
    if (event === "open") {
      this.opens[this.depth] = state.position;
      this.bases[this.depth] = this.size;
      this.depth++;
      return;
    }
    if (this.depth === 0) throw new Unsupported("unbalanced events");
    this.depth--;
    const open = this.opens[this.depth];
    const base = this.bases[this.depth];
    const { kind, result } = state;
    let count = this.size - base;
    const { text } = this;
    let start = skipToContent(text, open);
    const first = text.charCodeAt(start);
    let anchor = null;
    if (first === AMPERSAND || first === BANG || first === STAR) {
      if (first === STAR && kind === null && state.position > start) {
        this.closeAlias(open, start, base, result);
        return;
      }
      const properties = readProperties(text, start);
      if (properties === void 0 || kind === null) throw new Unsupported("node properties");
      if (properties.tag !== void 0 && (properties.tag !== own(CORE_TAG, kind) || state.tag !== `tag:yaml.org,2002:${kind === "scalar" ? "str" : kind === "mapping" ? "map" : "seq"}`)) {
        throw new Unsupported("tag");
      }
      if (kind === "scalar" && lineBreakIn(text, start, properties.contentStart)) throw new Unsupported("properties on a line of their own");
      if (properties.anchor !== state.anchor) throw new Unsupported("anchor");
      anchor = properties.anchor;
      start = properties.contentStart;
      if (kind === "scalar" && count > 0) {
        this.size = base;
        count = 0;
      }
    } else if (state.anchor !== null) {
      throw new Unsupported("anchor not at the node");
    } else if (kind === "scalar" && count > 0 && (first === PIPE || first === GREATER) && this.onlyFailedReads(base, count)) {
      this.size = base;
      count = 0;
    }
    if (count === 1 && this.kinds[base] === kind && Object.is(this.results[base], result)) {
      if (anchor !== null) throw new Unsupported("anchor on a nested read");
      return;
    }
    const node = kind === null ? -1 : this.build(start, state.position, kind, result, base, count);
    let aliasInside = false;
    for (let i = base; i < base + count && !aliasInside; i++) aliasInside = this.aliasInside[i];
    if (anchor !== null) {
      if (aliasInside) throw new Unsupported("alias inside an anchored node");
      this.anchors.set(anchor, node);
    }
    this.aliasInside[base] = aliasInside;
    this.nodes[base] = node;
    this.kinds[base] = kind;
    this.results[base] = result;
    this.entryOpens[base] = open;
    this.hasProperties[base] = anchor !== null || first === BANG;
    this.emptyHasContent[base] = kind === null && (result !== null || count > 0);
    this.size = base + 1;
  };
  /** True when the `count` pending entries from `base` are all empty reads that found nothing. */
  onlyFailedReads(base, count) {
    for (let i = base; i < base + count; i++) if (this.kinds[i] !== null || this.results[i] !== null || this.emptyHasContent[i]) return false;
    return true;
  }
  /** An alias (`*name`): a node of its own span that stands for the anchored node. */
  closeAlias(open, start, base, result) {
    const { text } = this;
    let end = start + 1;
    while (end < text.length && !endsProperty(text.charCodeAt(end))) end++;
    if (this.size === base + 1 && this.kinds[base] === "alias" && Object.is(this.results[base], result)) return;
    const target = this.anchors.get(text.slice(start + 1, end));
    if (target === void 0 || this.size !== base) throw new Unsupported("alias");
    this.nodes[base] = this.index.add(ALIAS, start, end, target);
    this.kinds[base] = "alias";
    this.results[base] = result;
    this.entryOpens[base] = open;
    this.hasProperties[base] = false;
    this.aliasInside[base] = true;
    this.emptyHasContent[base] = false;
    this.size = base + 1;
  }
  /** The index node of pending entry `i`. */
  nodeAt(i, flowKeyEnd = -1) {
    const node = this.nodes[i];
    if (node >= 0) return node;
    if (this.emptyHasContent[i]) throw new Unsupported("alias");
    const { text } = this;
    let at = Math.min(this.entryOpens[i], text.length);
    if (flowKeyEnd >= 0) {
      at = flowKeyEnd;
      while (text.charCodeAt(at) === SPACE) at++;
      if (text.charCodeAt(at) !== COLON) throw new Unsupported("empty flow value");
      at++;
      if (occursIn(text, HASH, at, skipToContent(text, at))) throw new Unsupported("empty flow value before a comment");
    }
    while (text.charCodeAt(at) === SPACE) at++;
    if (text.charCodeAt(at) === HASH) throw new Unsupported("empty value before a comment");
    return this.index.add(EMPTY, at, at);
  }
  build(start, close, kind, result, base, count) {
    const { text, index } = this;
    if (kind === "scalar") {
      if (count > 0) throw new Unsupported("scalar with children");
      const first2 = text[start];
      const end = trimmedEnd(text, start, close);
      if ((first2 === '"' || first2 === "'") && text.charCodeAt(end) === HASH) throw new Unsupported("comment glued to a quote");
      return index.add(SCALAR, start, end);
    }
    const first = text[start];
    const flow = first === "[" || first === "{";
    if (flow && text.charCodeAt(trimmedEnd(text, start, close)) === HASH) throw new Unsupported("comment glued to a bracket");
    if (kind === "sequence") {
      if (!Array.isArray(result) || result.length !== count) throw new Unsupported("sequence shape");
      const first2 = index.poolSize;
      for (let i = base; i < base + count; i++) {
        const child = this.nodeAt(i);
        if (index.kinds[child] === EMPTY) throw new Unsupported("empty sequence item");
        if (!flow) checkFlowNode(text, index, child, start);
        index.addChild(child);
      }
      const last = count > 0 ? index.pool[first2 + count - 1] : -1;
      if (!flow && last >= 0) commentsAfter(text, index, last, start, close);
      return index.add(SEQUENCE, start, flow || last < 0 ? trimmedEnd(text, start, close) : index.ends[last], first2, count);
    }
    if (kind === "mapping") {
      let entries = count;
      if (entries % 2 === 1 && this.kinds[base + entries - 1] === null) entries--;
      if (entries % 2 === 1) throw new Unsupported("mapping shape");
      const pairs = entries / 2;
      const first2 = index.poolSize;
      let last = -1;
      for (let i = base; i < base + entries; i += 2) {
        const name = this.results[i];
        const key = this.nodes[i];
        if (this.kinds[i] !== "scalar" || typeof name !== "string" || name === "__proto__" || key < 0 || this.hasProperties[i]) throw new Unsupported("key");
        if (name === "<<") throw new Unsupported("merge key");
        if (index.ends[key] - index.starts[key] > 1e3) throw new Unsupported("long key");
        if (lineBreakIn(text, index.starts[key], index.ends[key])) throw new Unsupported("multi-line key");
        last = this.nodeAt(i + 1, flow ? index.ends[key] : -1);
        if (!flow) checkFlowNode(text, index, last, start);
        index.addChild(key, name);
        index.addChild(last);
      }
      const distinct = ownKeyCount(result);
      if (distinct !== pairs) repeatedKeys(index, first2, pairs, distinct);
      if (!flow && last >= 0) commentsAfter(text, index, last, start, close);
      return index.add(MAPPING, start, flow || last < 0 ? trimmedEnd(text, start, close) : index.ends[last], first2, pairs);
    }
    throw new Unsupported(`kind ${kind}`);
  }
};
function checkFlowNode(text, index, node, parentStart) {
  checkFlowIndent(text, index, node, parentStart, relaxedFlowNodes);
}
var relaxedFlowNodes;
var duplicateKeys;
function repeatedKeys(index, first, pairs, distinct) {
  if (!duplicateKeys) throw new Unsupported("mapping size");
  const occurrences = /* @__PURE__ */ new Map();
  for (let at = first; at < first + 2 * pairs; at += 2) {
    const name = index.names[at];
    const list = occurrences.get(name);
    if (list) list.push(index.pool[at]);
    else occurrences.set(name, [index.pool[at]]);
  }
  if (occurrences.size !== distinct) throw new Unsupported("mapping size");
  for (const [key, nodes] of occurrences) {
    const effective = index.span(nodes[nodes.length - 1]);
    for (const node of nodes.slice(0, -1)) duplicateKeys.push({ key, at: index.span(node), effective });
  }
}
var lastHash;
function nextHash(text, from) {
  const last = lastHash;
  if (last && last.text === text && last.from <= from && (last.found === -1 || from <= last.found)) return last.found;
  const found = text.indexOf("#", from);
  lastHash = { text, from, found };
  return found;
}
function checkFlowIndent(text, index, node, parentStart, relaxed) {
  const start = index.starts[node];
  const end = index.ends[node];
  const kind = index.kinds[node];
  const first = text.charCodeAt(start);
  if (kind === EMPTY || kind === ALIAS || first === PIPE || first === GREATER) return;
  if (kind !== SCALAR && first !== OPEN_BRACKET && first !== OPEN_BRACE) return;
  if (kind !== SCALAR) {
    for (let at = nextHash(text, start); at !== -1 && at < end; at = nextHash(text, at + 1)) {
      const before = text.charCodeAt(at - 1);
      if (before === OPEN_BRACKET || before === OPEN_BRACE || before === COMMA) throw new Unsupported("comment glued to a flow indicator");
    }
  }
  if (parentStart < 0) return;
  let lineBreak = text.indexOf("\n", start);
  if (lineBreak === -1 || lineBreak >= end) return;
  const column = parentStart - (text.lastIndexOf("\n", parentStart - 1) + 1);
  while (lineBreak !== -1 && lineBreak < end) {
    let at = lineBreak + 1;
    while (text.charCodeAt(at) === SPACE) at++;
    if (text.charCodeAt(at) !== LF && at < end) {
      const indent = at - lineBreak - 1;
      const closesCollection = kind !== SCALAR && at === end - 1;
      if (indent < column || indent === column && !closesCollection) {
        if (!relaxed) throw new Unsupported("flow lines not indented");
        relaxed.push(start);
        return;
      }
    }
    lineBreak = text.indexOf("\n", at);
  }
}
function ownKeyCount(object) {
  let count = 0;
  for (const key in object) if (Object.hasOwn(object, key)) count++;
  return count;
}
function commentsAfter(text, index, last, start, to) {
  const from = index.ends[last];
  if (!occursIn(text, HASH, from, to)) return;
  if (index.kinds[last] === EMPTY) throw new Unsupported("comments after an empty last value");
  const column = start - (text.lastIndexOf("\n", start - 1) + 1);
  let lineBreak = text.indexOf("\n", from);
  if (lineBreak === -1 || occursIn(text, HASH, from, lineBreak)) throw new Unsupported("comment on the last entry line");
  while (lineBreak !== -1 && lineBreak < to) {
    let at = lineBreak + 1;
    while (text.charCodeAt(at) === SPACE) at++;
    if (text.charCodeAt(at) === HASH && at - lineBreak - 1 > column) throw new Unsupported("comment indented into a block collection");
    lineBreak = text.indexOf("\n", at);
  }
}
function deref2(index, node) {
  return index.kinds[node] === ALIAS ? index.firsts[node] : node;
}
function headOf2(text, index, aliasOrNode) {
  const node = deref2(index, aliasOrNode);
  const kind = index.kinds[node];
  const first = index.firsts[node];
  const hasChildren = index.counts[node] > 0;
  if (kind === MAPPING && hasChildren) return index.span(index.pool[first]);
  if (kind === SEQUENCE && hasChildren) return headOf2(text, index, index.pool[first]);
  const start = index.starts[node];
  const end = index.ends[node];
  const lineEnd = text.indexOf("\n", start);
  return { start, end: trimmedEnd(text, start, lineEnd === -1 || lineEnd > end ? end : lineEnd) };
}
function keyPlace(index, node, name) {
  const first = index.firsts[node];
  for (let at = first + 2 * index.counts[node] - 2; at >= first; at -= 2) if (index.names[at] === name) return at;
  return -1;
}
function locateIn(text, index, root, path, part = "pair") {
  let node = root;
  let key = -1;
  let matched = 0;
  for (const segment of path) {
    const current = deref2(index, node);
    const kind = index.kinds[current];
    if (kind === MAPPING) {
      const at = keyPlace(index, current, String(segment));
      if (at === -1) break;
      key = index.pool[at];
      node = index.pool[at + 1];
    } else if (kind === SEQUENCE && typeof segment === "number") {
      if (!Number.isInteger(segment) || segment < 0 || segment >= index.counts[current]) break;
      key = -1;
      node = index.pool[index.firsts[current] + segment];
    } else {
      break;
    }
    matched++;
  }
  const exact = matched === path.length;
  if (!exact || path.length === 0) return { span: key >= 0 ? index.span(key) : headOf2(text, index, node), exact };
  let start = index.starts[node];
  const end = index.ends[node];
  if (part !== "value" && key >= 0) start = index.starts[key];
  const spanEnd = part === "key" && key >= 0 ? index.ends[key] : end;
  return { span: { start, end: trimmedEnd(text, start, spanEnd) }, exact };
}
function fastParse(text) {
  if (hasUnsupportedSyntax(text)) return void 0;
  const values = [];
  const builder = new IndexBuilder(text);
  try {
    jsyaml.loadAll(text, (doc) => values.push(doc), { schema, listener: builder.listener, json: duplicateKeys !== void 0 });
    if (!builder.closed || builder.size !== values.length) return void 0;
    return documentsOf(text, builder, values);
  } catch {
    return void 0;
  }
}
function fastParseLenient(text) {
  const relaxed = [];
  const duplicates = [];
  relaxedFlowNodes = relaxed;
  duplicateKeys = duplicates;
  try {
    const documents = fastParse(text);
    return documents && { documents, relaxed, duplicates };
  } finally {
    relaxedFlowNodes = void 0;
    duplicateKeys = void 0;
  }
}
function documentsOf(text, builder, values) {
  const markers = [...text.matchAll(DOC_MARKER)].map((m) => m.index);
  const firstMarker = markers[0] ?? text.length;
  const leading = skipToContent(text, 0) < firstMarker;
  const starts = leading ? [0, ...markers] : markers;
  if (starts.length !== builder.size) throw new Unsupported("document count");
  const { index } = builder;
  return values.map((value, i) => {
    const marker = starts[i];
    const headerStart = i === 0 ? 0 : marker;
    if (builder.kinds[i] === null) {
      if (value !== null || builder.results[i] !== null || i === 0 && leading) throw new Unsupported("empty document");
      if (!/^---(?:\n|$)/.test(text.slice(marker, marker + 4))) throw new Unsupported("empty document marker line");
      const at = marker + 3;
      const empty = index.add(EMPTY, at, at);
      return { value, start: at, headerStart, locate: locator(text, index, empty) };
    }
    const root = builder.nodeAt(i);
    checkFlowNode(text, index, root, -1);
    const rootStart = index.starts[root];
    const next = starts[i + 1] ?? text.length + 1;
    if (rootStart < marker || rootStart >= next) throw new Unsupported("document segment");
    return { value, start: rootStart, headerStart, locate: locator(text, index, root) };
  });
}
function locator(text, index, root) {
  return (path, part) => locateIn(text, index, root, path, part);
}

// src/load/helm.ts
var SOURCE_COMMENT = /^[ \t]*#[ \t]*Source:[ \t]*(\S+)[ \t]*\r?$/m;
function helmSourceIn(header) {
  const match = SOURCE_COMMENT.exec(header);
  if (!match?.[1]) return void 0;
  const template = match[1];
  const parts = template.split("/");
  let chart = parts[0];
  for (let i = 1; parts[i] === "charts" && parts[i + 1] !== void 0; i += 2) chart = parts[i + 1];
  return { chart: chart ?? template, template };
}
var TEMPLATE_ACTIONS = /\{\{-?\s*(?:(\.|\$|-|\/\*|end\b|if\b|else\b|range\b|with\b|define\b|include\b|template\b|toYaml\b|tpl\b|default\b|required\b|quote\b)|[A-Za-z_][\w.-]*\s*(?:\|[^{}\n]*)?-?\}\})/g;
function* templateActions(text) {
  for (const match of text.matchAll(TEMPLATE_ACTIONS)) yield { at: match.index, helm: match[1] !== void 0 };
}

// src/load/merge-order.ts
var MAX_DEPTH2 = 32;
function isMergeKey(key) {
  const { isScalar } = yamlPackage();
  if (!isScalar(key)) return false;
  const value = key.value;
  return typeof value === "symbol" && value.description === "<<";
}
function deref3(doc, node) {
  let current = node;
  for (let hops = 0; current && yamlPackage().isAlias(current) && hops < MAX_DEPTH2; hops++) current = current.resolve(doc);
  return current;
}
var MergedKeys = class {
  constructor(doc) {
    this.doc = doc;
  }
  doc;
  memo = /* @__PURE__ */ new Map();
  ofValue(value, depth = 0) {
    const { isSeq } = yamlPackage();
    const source = deref3(this.doc, value);
    if (!isSeq(source)) return this.ofMap(source, depth);
    const keys = /* @__PURE__ */ new Set();
    for (const item of source.items) for (const key of this.ofMap(deref3(this.doc, item), depth)) keys.add(key);
    return keys;
  }
  ofMap(node, depth) {
    const { isMap, isScalar } = yamlPackage();
    if (!node || !isMap(node) || depth > MAX_DEPTH2) return /* @__PURE__ */ new Set();
    const known = this.memo.get(node);
    if (known) return known;
    const keys = /* @__PURE__ */ new Set();
    this.memo.set(node, keys);
    for (const pair of node.items) {
      if (isMergeKey(pair.key)) for (const key of this.ofValue(pair.value, depth + 1)) keys.add(key);
      else if (isScalar(pair.key)) keys.add(pair.key.value);
    }
    return keys;
  }
};
function keyText(value) {
  const text = String(value);
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text);
}
function spanOf(node) {
  const [start = 0, end = start] = node?.range ?? [];
  return { start, end: Math.max(start + 1, end) };
}
function applyGoYamlMergeOrder(doc, lineCounter) {
  const { visit, isScalar } = yamlPackage();
  const maps = [];
  visit(doc, {
    Map(_key, map) {
      if (map.items.some((pair) => isMergeKey(pair.key))) maps.push(map);
    }
  });
  if (maps.length === 0) return [];
  const merged = new MergedKeys(doc);
  const notes = [];
  const where = (node) => {
    const { line, col } = lineCounter.linePos(spanOf(node).start);
    return `line ${line}:${col}`;
  };
  for (const map of maps) {
    const items = map.items;
    const mergeAt = items.flatMap((pair, index) => isMergeKey(pair.key) ? [index] : []);
    const supplies = new Map(mergeAt.map((index) => [index, merged.ofValue(items[index].value)]));
    const dropped = /* @__PURE__ */ new Set();
    const nearest = /* @__PURE__ */ new Map();
    const overridden = /* @__PURE__ */ new Map();
    for (let index = items.length - 1; index >= 0; index--) {
      const pair = items[index];
      if (isMergeKey(pair.key)) {
        const own2 = supplies.get(index) ?? /* @__PURE__ */ new Set();
        let laterAt;
        for (const key2 of own2) {
          const at = nearest.get(key2);
          if (at !== void 0 && (laterAt === void 0 || at < laterAt)) laterAt = at;
        }
        if (laterAt !== void 0) overridden.set(index, laterAt);
        for (const key2 of own2) nearest.set(key2, index);
        continue;
      }
      if (!isScalar(pair.key)) continue;
      const key = pair.key.value;
      const later = nearest.get(key);
      if (later === void 0) continue;
      dropped.add(index);
      notes.push({
        span: spanOf(pair.key),
        code: "MERGE_ORDER",
        message: `The key ${keyText(key)} is set again by the merge key (<<) after it, at ${where(items[later]?.key)}. kubectl (go-yaml) applies merge keys in the order written, so the merged value replaces this one, and the document was checked with it; the YAML merge-key specification and most other YAML tools keep this value instead. Write the key after the << line so that every tool reads the same value.`
      });
    }
    for (const at of mergeAt) {
      const laterAt = overridden.get(at);
      if (laterAt === void 0) continue;
      const own2 = supplies.get(at) ?? /* @__PURE__ */ new Set();
      const later = supplies.get(laterAt);
      const shared = [...own2].filter((key) => later?.has(key));
      notes.push({
        span: spanOf(items[at]?.key),
        code: "MERGE_ORDER",
        message: `This merge key (<<) and a later one in the same mapping, at ${where(items[laterAt]?.key)}, both set ${shared.length === 1 ? `the key ${keyText(shared[0])}` : `${shared.length} keys (${keyText(shared[0])} and others)`}. kubectl (go-yaml) keeps the later one's values, and the document was checked with them; most other YAML tools keep this one's. Merge both in one sequence (<<: [*first, *second]), where every tool lets the first win.`
      });
    }
    if (dropped.size === 0 && mergeAt.length < 2) continue;
    const kept = items.filter((_pair, index) => !dropped.has(index));
    const merges = kept.filter((pair) => isMergeKey(pair.key)).reverse();
    map.items = kept.map((pair) => isMergeKey(pair.key) ? merges.shift() : pair);
  }
  return notes;
}

// src/load/json-keys.ts
function jsonKeyOf(value, written2) {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value !== "number" || !Number.isFinite(value)) return void 0;
  if (YAML11_INT.test(written2)) return Math.abs(value) < 2 ** 53 ? String(value) : void 0;
  const magnitude = Math.abs(value);
  if (magnitude < 1e-4 || magnitude >= 1e6) return void 0;
  const digits = String(magnitude).replace(".", "").replace(/^0+/, "");
  return digits.length <= 6 ? String(value) : void 0;
}
function keySpan(key) {
  const [start = 0, end = start] = key.range ?? [];
  return { start, end: Math.max(start + 1, end) };
}
function written(text, key) {
  const { start, end } = keySpan(key);
  const source = text.slice(start, end).trimEnd();
  return JSON.stringify(source.length > 80 ? `${source.slice(0, 77)}...` : source);
}
function jsonKeyCollisions(text, doc, lineCounter) {
  const { visit, isScalar } = yamlPackage();
  const notes = [];
  visit(doc, {
    Map(_key, map) {
      const items = map.items;
      if (!items.some((pair) => isScalar(pair.key) && typeof pair.key.value !== "string" && typeof pair.key.value !== "symbol")) return;
      const groups = /* @__PURE__ */ new Map();
      for (const pair of items) {
        if (!isScalar(pair.key)) continue;
        const { start, end } = keySpan(pair.key);
        const json = jsonKeyOf(pair.key.value, text.slice(start, end).trim());
        if (json === void 0) continue;
        const group = groups.get(json);
        if (group) group.push(pair.key);
        else groups.set(json, [pair.key]);
      }
      for (const [json, keys] of groups) {
        const last = keys[keys.length - 1];
        const { line, col } = lineCounter.linePos(keySpan(last).start);
        for (const key of keys.slice(0, -1)) {
          if (key.value === last.value) continue;
          notes.push({
            span: keySpan(key),
            code: "JSON_KEY_COLLISION",
            message: `The key ${written(text, key)} and the key ${written(text, last)} at line ${line}:${col} are different YAML keys but the same JSON key, ${JSON.stringify(json)}. kubectl (sigs.k8s.io/yaml) converts keys to strings and then keeps one of the two values, and which one is not defined, so the document was checked with the later one. Write the key once, quoted.`
          });
        }
      }
    }
  });
  return notes;
}

// src/load/kubectl-reader.ts
var NOT_PRINTABLE = new RegExp("[\\0-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x84\\x86-\\x9f\\ufffe\\uffff]|\\p{Cs}", "u");
var NOT_PRINTABLE_ALL = new RegExp("[\\0-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x84\\x86-\\x9f\\ufffe\\uffff]|\\p{Cs}", "gu");
function isGoSpace(code) {
  return code >= 9 && code <= 13 || code === 32 || code === 133 || code === 160 || code === 5760 || code >= 8192 && code <= 8202 || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288;
}
function readerDocuments(text) {
  const out = [];
  let start = 0;
  let hasLine = false;
  for (let at = 0; at < text.length; ) {
    const lf = text.indexOf("\n", at);
    const next = lf === -1 ? text.length : lf + 1;
    if (text.startsWith("---", at) && separatorRest(text, at + 3, next)) {
      if (hasLine) {
        out.push({ start, end: at });
        start = next;
        hasLine = false;
      } else {
        hasLine = true;
      }
    } else {
      hasLine = true;
    }
    at = next;
  }
  if (hasLine) out.push({ start, end: text.length });
  return out;
}
function separatorRest(text, from, to) {
  let at = from;
  while (at < to && isGoSpace(text.charCodeAt(at))) at++;
  return at === to || text.charCodeAt(at) === 35;
}
function readAsJson(text) {
  let at = 0;
  while (at < text.length && isGoSpace(text.charCodeAt(at))) at++;
  if (text.charCodeAt(at) !== 123) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
function refusedCharacters(text) {
  if (!NOT_PRINTABLE.test(text) || readAsJson(text)) return [];
  const documents = readerDocuments(text);
  const out = [];
  let d = 0;
  for (const match of text.matchAll(NOT_PRINTABLE_ALL)) {
    const at = match.index;
    while (d < documents.length && documents[d].end <= at) d++;
    const document = documents[d];
    if (document === void 0) break;
    if (at < document.start) continue;
    if (out[out.length - 1]?.document === document) continue;
    out.push({ at, codePoint: match[0].codePointAt(0) ?? 0, document });
  }
  return out;
}
function droppedSeparatorsBlanked(text) {
  if (!text.includes("---")) return text;
  let out = "";
  let copied = 0;
  let hasLine = false;
  for (let at = 0; at < text.length; ) {
    const lf = text.indexOf("\n", at);
    const next = lf === -1 ? text.length : lf + 1;
    if (text.startsWith("---", at) && separatorRest(text, at + 3, next)) {
      if (hasLine) {
        for (let c = at + 3; c < next; c++) {
          const code = text.charCodeAt(c);
          if (code === 35) break;
          if (code === 32 || code === 9 || code === 10 || code === 13) continue;
          out += `${text.slice(copied, c)} `;
          copied = c + 1;
        }
      }
      hasLine = !hasLine;
    } else {
      hasLine = true;
    }
    at = next;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
function jsonStream(text) {
  let first = 0;
  while (first < text.length && isGoSpace(text.charCodeAt(first))) first++;
  if (text.charCodeAt(first) !== 123) return void 0;
  const values = [];
  let error;
  for (let at = jsonSpaceEnd(text, 0); at < text.length; at = jsonSpaceEnd(text, at)) {
    const end = jsonValueEnd(text, at);
    if (typeof end !== "number") {
      error = end;
      break;
    }
    values.push({ start: at, end });
    at = end;
  }
  if (values.length < 2) return void 0;
  return error ? { values, error } : { values };
}
function jsonSpaceEnd(text, from) {
  let at = from;
  for (let c = text.charCodeAt(at); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(at)) at++;
  return at;
}
var JSON_MAX_DEPTH = 1e4;
function jsonValueEnd(text, from) {
  const stack = [];
  let at = from;
  for (; ; ) {
    at = jsonSpaceEnd(text, at);
    const c = text.charCodeAt(at);
    let end;
    if (c === 123 || c === 91) {
      if (stack.length >= JSON_MAX_DEPTH) return { at, reason: "the value nests deeper than 10000 levels" };
      const inner = jsonSpaceEnd(text, at + 1);
      if (text.charCodeAt(inner) === (c === 123 ? 125 : 93)) {
        end = inner + 1;
      } else {
        stack.push(c);
        const next = c === 123 ? jsonKeyEnd(text, inner) : inner;
        if (typeof next !== "number") return next;
        at = next;
        continue;
      }
    } else {
      end = jsonScalarEnd(text, at);
    }
    if (typeof end !== "number") return end;
    at = end;
    for (; ; ) {
      const top = stack[stack.length - 1];
      if (top === void 0) return at;
      at = jsonSpaceEnd(text, at);
      const d = text.charCodeAt(at);
      if (d === (top === 123 ? 125 : 93)) {
        stack.pop();
        at++;
        continue;
      }
      if (d !== 44) return { at, reason: at >= text.length ? "the input ends inside a value" : top === 123 ? "a character that is not , or } after a key:value pair" : "a character that is not , or ] after an array element" };
      at++;
      if (top === 123) {
        const next = jsonKeyEnd(text, at);
        if (typeof next !== "number") return next;
        at = next;
      }
      break;
    }
  }
}
function jsonKeyEnd(text, from) {
  const at = jsonSpaceEnd(text, from);
  if (text.charCodeAt(at) !== 34) return { at, reason: at >= text.length ? "the input ends inside a value" : "a character that does not start an object key string (a trailing comma, a comment or an unquoted key)" };
  const end = jsonStringEnd(text, at);
  if (typeof end !== "number") return end;
  const colon = jsonSpaceEnd(text, end);
  if (text.charCodeAt(colon) !== 58) return { at: colon, reason: "a character that is not : after an object key" };
  return colon + 1;
}
var JSON_NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?/y;
function jsonScalarEnd(text, at) {
  const c = text.charCodeAt(at);
  if (c === 34) return jsonStringEnd(text, at);
  for (const word of ["true", "false", "null"]) if (text.startsWith(word, at)) return at + word.length;
  JSON_NUMBER.lastIndex = at;
  if ((c === 45 || c >= 48 && c <= 57) && JSON_NUMBER.test(text)) return JSON_NUMBER.lastIndex;
  return { at, reason: at >= text.length ? "the input ends inside a value" : "a character that does not start a JSON value" };
}
function jsonStringEnd(text, from) {
  for (let at = from + 1; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c === 34) return at + 1;
    if (c < 32) return { at, reason: "a control character in a string (write it as an escape)" };
    if (c !== 92) continue;
    const e = text.charCodeAt(at + 1);
    if (e === 117) {
      if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) return { at: at + 1, reason: "a \\u escape without four hexadecimal digits" };
      at += 5;
    } else if (e === 34 || e === 92 || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) {
      at++;
    } else {
      return { at: at + 1, reason: "an escape JSON does not have" };
    }
  }
  return { at: text.length, reason: "the input ends inside a string" };
}
function readerFailure(text) {
  if (!text.includes("---") && !text.includes("%")) return void 0;
  let start = 0;
  let hasLine = false;
  let significant = false;
  for (let at = 0; at < text.length; ) {
    const lf = text.indexOf("\n", at);
    const next = lf === -1 ? text.length : lf + 1;
    const lineEnd = lf === -1 ? text.length : text.charCodeAt(lf - 1) === 13 ? lf - 1 : lf;
    if (text.startsWith("---", at)) {
      if (!separatorRest(text, at + 3, next)) return { at, end: lineEnd, code: "DOCUMENT_SEPARATOR", document: { start, end: lineEnd } };
      if (hasLine) {
        start = next;
        hasLine = false;
        significant = false;
        at = next;
        continue;
      }
    }
    hasLine = true;
    if (!significant) {
      let c = at;
      while (c < lineEnd && (text.charCodeAt(c) === 32 || text.charCodeAt(c) === 9)) c++;
      if (c < lineEnd && text.charCodeAt(c) !== 35 && !text.startsWith("---", at)) {
        significant = true;
        if (c === at && text.charCodeAt(c) === 37) {
          let end = next;
          for (let l = next; l < text.length; ) {
            const f = text.indexOf("\n", l);
            const n = f === -1 ? text.length : f + 1;
            if (text.startsWith("---", l)) {
              end = Math.min(n + 1, text.length);
              break;
            }
            l = n;
            end = n;
          }
          return { at, end: lineEnd, code: "DIRECTIVE", document: { start, end } };
        }
      }
    }
    at = next;
  }
  return void 0;
}
function ignoredAfterDocumentEnd(text) {
  if (!text.startsWith("...") && !text.includes("\n...")) return [];
  const out = [];
  for (const document of readerDocuments(text)) {
    let marker = -1;
    for (let at = document.start; at < document.end; ) {
      const lf = text.indexOf("\n", at);
      const next = lf === -1 || lf + 1 > document.end ? document.end : lf + 1;
      if (marker === -1) {
        if (text.startsWith("...", at) && separatorRest(text, at + 3, next)) marker = at;
      } else {
        let c = at;
        while (c < next && isGoSpace(text.charCodeAt(c))) c++;
        if (c < next && text.charCodeAt(c) !== 35) {
          out.push(marker);
          break;
        }
      }
      at = next;
    }
  }
  return out;
}

// src/load/parse.ts
var STACK_EXHAUSTED = /Maximum call stack size exceeded/;
var yaml11Booleans = {
  identify: (value) => typeof value === "boolean",
  default: true,
  tag: "tag:yaml.org,2002:bool",
  test: YAML11_BOOLEAN,
  resolve: yaml11BooleanValue
};
var yaml11Integers = {
  identify: (value) => typeof value === "number" && Number.isInteger(value),
  default: true,
  tag: "tag:yaml.org,2002:int",
  test: YAML11_INT,
  resolve: yaml11IntValue
};
var yaml11Floats = {
  identify: () => false,
  default: true,
  tag: "tag:yaml.org,2002:float",
  test: YAML11_UNDERSCORED_FLOAT,
  resolve: yaml11FloatValue
};
function explicitTag(tag, read, refused) {
  return {
    identify: () => false,
    default: false,
    tag,
    resolve: (text, onError) => {
      const value = read(text);
      if (value === void 0) onError(refused);
      return value ?? text;
    }
  };
}
var yaml11ExplicitFloats = explicitTag("tag:yaml.org,2002:float", yaml11ExplicitFloat, "The !!float value is not a number: kubectl (go-yaml) rejects it.");
var yaml11Binary = explicitTag("tag:yaml.org,2002:binary", yaml11BinaryText, "The !!binary value is not base64: kubectl (go-yaml) rejects it.");
var MAX_ALIAS_COUNT = 100;
function contentStart(doc) {
  const contents = doc.contents;
  return contents?.range?.[0] ?? doc.range[1];
}
function parseSource(source) {
  const { file } = source;
  const unmarked = source.text.startsWith("\uFEFF") ? source.text.slice(1) : source.text;
  const crless = unmarked.includes("\r") ? unmarked.replace(/\r(?!\n)/g, "\n") : unmarked;
  const firstBreak = crless.search(YAML11_LINE_BREAK);
  const broken = firstBreak === -1 ? crless : crless.replace(YAML11_LINE_BREAKS, "\n");
  const marks = broken.includes("\n\uFEFF") ? lineStartMarks(broken) : void 0;
  const text = droppedSeparatorsBlanked(marks?.text ?? broken);
  const fast = fastParse(text);
  const yamlRead = fast ? { file, text, lineCounter: linesOf(text), documents: fastDocuments(text, fast), fileProblems: [] } : lenientWhereKubectlAccepts(parseWithYaml(file, text));
  const stream = !fast && unmarked === source.text && (yamlRead.fileProblems.length > 0 || yamlRead.documents.some((d) => d.problem)) ? jsonStream(crless) : void 0;
  if (stream) return withSourceFacts(source, withCommentLines(jsonStreamFile(file, crless, stream.values, stream.error)));
  const failure = READER_FAILURE_HINT.test(text) ? readerFailure(text) : void 0;
  const failed = failure ? withReaderFailures(yamlRead, [readerFailureProblem(text, failure)]) : yamlRead;
  const ignored = fast ? [] : ignoredAfterDocumentEnd(text);
  const read = ignored.length === 0 ? failed : { ...failed, lenient: byPosition([...failed.lenient ?? [], ...ignored.map(documentEndNote)]) };
  const lineBroken = firstBreak === -1 ? read : withYaml11LineBreakNote(read, firstBreak, crless.match(YAML11_LINE_BREAKS)?.length ?? 1);
  const noted = marks ? withLineStartMarkNote(lineBroken, marks.first, marks.count) : lineBroken;
  const refused = refusedCharacters(unmarked);
  const checked = refused.length === 0 ? noted : withRefusedCharacters(noted, refused);
  return withSourceFacts(source, withCommentLines(checked));
}
function withCommentLines(parsed) {
  return parsed.text.includes(DIRECTIVE_WORD) ? { ...parsed, commentLines: commentLinesOf(parsed.text, parsed.lineCounter) } : parsed;
}
function withSourceFacts(source, parsed) {
  return source.kustomizePatch || source.kustomizeBuilds || source.unlistedIn !== void 0 ? {
    ...parsed,
    ...source.kustomizePatch && { kustomizePatch: source.kustomizePatch },
    ...source.kustomizeBuilds && { kustomizeBuilds: source.kustomizeBuilds },
    ...source.unlistedIn !== void 0 && { unlistedIn: source.unlistedIn }
  } : parsed;
}
var shiftedSpan = (span, by) => ({ start: span.start + by, end: span.end + by });
var shiftedProblem = (problem, by) => ({ ...problem, span: shiftedSpan(problem.span, by) });
function jsonStreamFile(file, text, values, error) {
  const documents = [];
  const lenient = [];
  for (const value of values) {
    const slice = text.slice(value.start, value.end);
    const fast = fastParse(slice);
    const read = fast ? { documents: fastDocuments(slice, fast), lenient: void 0 } : lenientWhereKubectlAccepts(parseWithYaml(file, slice));
    for (const d of read.documents) {
      const by = value.start;
      documents.push({
        index: documents.length,
        start: d.start + by,
        ...d.problem && { problem: shiftedProblem(d.problem, by) },
        toValue: () => d.toValue(),
        locate: (path, part) => {
          const found = d.locate(path, part);
          return found && { ...found, span: shiftedSpan(found.span, by) };
        }
      });
    }
    for (const note of read.lenient ?? []) lenient.push(shiftedProblem(note, value.start));
  }
  const second = values[1];
  lenient.push({
    span: { start: second.start, end: second.start + 1 },
    code: "JSON_STREAM",
    message: `This file holds ${String(values.length)} JSON values one after another${error ? " before a syntax error" : ""}. kubectl reads such a stream with encoding/json (k8s.io/apimachinery YAMLOrJSONDecoder) and applies each object, and each was checked; it is no YAML, so YAML tools and kustomize reject the file: write one object per file, a List, or YAML documents separated by ---.`
  });
  if (error) {
    documents.push({
      index: documents.length,
      start: error.at,
      problem: {
        span: { start: error.at, end: Math.min(error.at + 1, Math.max(text.length, error.at)) },
        code: "JSON_STREAM_SYNTAX",
        message: `kubectl reads this file as a stream of JSON values (encoding/json) and stops here, at ${error.reason}: nothing from here on is applied, and nothing in it was checked. The values before it were checked.`
      },
      toValue: () => null,
      locate: () => void 0
    });
  }
  return { file, text, lineCounter: linesOf(text), documents, fileProblems: [], lenient: byPosition(lenient) };
}
function documentEndNote(at) {
  return {
    span: { start: at, end: at + 3 },
    code: "DOCUMENT_END_CONTENT",
    message: "kubectl ignores everything after this ... marker up to the next --- line, with no error (its reader splits documents only at ---, and go-yaml reads one document of what it is handed), so it does not apply what follows; kustomize and YAML tools read it as a document, and it was checked as written. Start the next document with a --- line."
  };
}
function readerFailureProblem(text, failure) {
  const span = { start: failure.at, end: failure.code === "DIRECTIVE" ? failure.end : failure.at + 3 };
  const message = failure.code === "DIRECTIVE" ? `kubectl rejects a YAML directive (${text.startsWith("%YAML", failure.at) ? "%YAML" : text.startsWith("%TAG", failure.at) ? "%TAG" : "a % line"}): its reader (k8s.io/apimachinery YAMLReader) cuts the stream at the --- line after it and hands go-yaml the directive without its document ("did not find expected <document start>"), so nothing from here on is applied, and the document was not checked. Remove the directive: Kubernetes reads YAML 1.1 without it.` : 'kubectl rejects this line: a line that starts with --- may hold only blanks or a comment after it (k8s.io/apimachinery YAMLReader: "invalid Yaml document separator"), so it applies neither the document this line ends nor anything after it, and neither was checked. Put the content on the next line.';
  return { problem: { span, code: failure.code, message }, document: failure.document };
}
function withRefusedCharacters(parsed, refused) {
  return withReaderFailures(
    parsed,
    refused.map((character) => ({
      problem: { span: { start: character.at, end: character.at + (character.codePoint > 65535 ? 2 : 1) }, code: "CONTROL_CHARACTER", message: refusedMessage(character.codePoint) },
      document: character.document
    }))
  );
}
function withReaderFailures(parsed, failures) {
  if (parsed.fileProblems.length > 0) return parsed;
  const documents = [...parsed.documents];
  for (const { problem, document } of failures) {
    const at = problem.span.start;
    const mark = (i) => {
      const d = documents[i];
      if (d.problem?.code !== "CONTROL_CHARACTER") documents[i] = { ...d, problem };
    };
    const inside = documents.flatMap((d, i) => d.start >= document.start && d.start < document.end ? [i] : []);
    for (const i of inside) mark(i);
    if (inside.length > 0) continue;
    const next = documents.findIndex((d) => d.start >= document.end);
    if (next !== -1) mark(next);
    else documents.push({ index: documents.length, start: at, problem, toValue: () => null, locate: () => void 0 });
  }
  return { ...parsed, documents };
}
function refusedMessage(codePoint) {
  const name = `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
  const what = codePoint >= 55296 && codePoint <= 57343 ? "a lone surrogate" : codePoint >= 65534 ? "a noncharacter" : "a control character";
  return `The character ${name} (${what}) is not allowed in YAML: kubectl (go-yaml) rejects this document ("control characters are not allowed"), so nothing in it was checked. Remove it, or write it as an escape in a double-quoted string.`;
}
var READER_FAILURE_HINT = /^(?:---[^\n]*[^\s#]|%)/m;
var DIRECTIVE_WORD = "pci-lint-disable-next-line";
function commentLinesOf(text, lineCounter) {
  const lines = /* @__PURE__ */ new Set();
  const stack = [...new (yamlPackage()).Parser().parse(text)];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
      continue;
    }
    if (typeof node !== "object" || node === null) continue;
    const token = node;
    if (token.type === "comment" && typeof token.offset === "number") {
      const { line, col } = lineCounter.linePos(token.offset);
      const start = token.offset - col + 1;
      if (text.slice(start, token.offset).trim() === "") lines.add(line);
      continue;
    }
    for (const value of Object.values(node)) if (typeof value === "object" && value !== null) stack.push(value);
  }
  return lines;
}
var YAML11_LINE_BREAK = /[\u0085\u2028\u2029]/;
var YAML11_LINE_BREAKS = /[\u0085\u2028\u2029]/g;
function withYaml11LineBreakNote(parsed, at, count) {
  const note = {
    span: { start: at, end: at + 1 },
    code: "YAML11_LINE_BREAK",
    message: `This file has ${count} line break${count === 1 ? "" : "s"} that only YAML 1.1 reads as one (NEL, LS or PS: U+0085, U+2028, U+2029), the first here. kubectl (go-yaml) starts a new line at each and the file was checked that way; YAML 1.2 tools (yamllint, editors, Helm) read them as ordinary characters and may show something else: use LF line breaks.`
  };
  return { ...parsed, lenient: byPosition([note, ...parsed.lenient ?? []]) };
}
function lineStartMarks(text) {
  let out = "";
  let copied = 0;
  let first = -1;
  let count = 0;
  let documentHasLine = false;
  let separatorEndedDocument = false;
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf("\n", start);
    const lineEnd = end === -1 ? text.length : end;
    if (text.charCodeAt(start) === 65279 && start > 0) {
      count++;
      if (first === -1) first = separatorEndedDocument ? start + 1 : start;
      if (separatorEndedDocument) {
        const breakStart = text.charAt(start - 2) === "\r" ? start - 2 : start - 1;
        out += text.slice(copied, breakStart) + " " + text.slice(breakStart, start);
      } else {
        out += text.slice(copied, start) + " ";
      }
      copied = start + 1;
    }
    const line = text.slice(start, lineEnd);
    const separator = line.startsWith("---") && /^[ \t\r]*(?:#|$)/.test(line.slice(3));
    separatorEndedDocument = separator && documentHasLine;
    documentHasLine = separator ? !documentHasLine : true;
    if (end === -1) break;
    start = end + 1;
  }
  return count === 0 ? void 0 : { text: out + text.slice(copied), first, count };
}
function withLineStartMarkNote(parsed, at, count) {
  const note = {
    span: { start: at, end: at + 1 },
    code: "LINE_START_BOM",
    message: `This file has ${count} byte-order mark${count === 1 ? "" : "s"} (U+FEFF) at the start of a line, the first here. kubectl (go-yaml) skips each and the file was checked that way; YAML 1.2 tools (yamllint, editors, Helm) read one as the first character of a key and may show something else: remove them.`
  };
  return { ...parsed, lenient: byPosition([note, ...parsed.lenient ?? []]) };
}
var FLOW_NODE_NAMES = { '"': "double-quoted scalar", "'": "single-quoted scalar", "[": "flow sequence", "{": "flow mapping" };
function lenientWhereKubectlAccepts(parsed) {
  if (parsed.fileProblems.length > 0 || !parsed.documents.some((d) => d.problem)) return parsed;
  const lenient = fastParseLenient(parsed.text);
  if (!lenient || lenient.relaxed.length === 0) return parsed;
  const lineCounter = linesOf(parsed.text);
  const relaxed = lenient.relaxed.map((start) => ({
    span: { start, end: start + 1 },
    code: "UNDER_INDENTED_FLOW",
    message: `This ${own(FLOW_NODE_NAMES, parsed.text.charAt(start)) ?? "flow value"} continues on a line indented no deeper than the entry holding it. Kubernetes' decoder (sigs.k8s.io/yaml over go-yaml, which kubectl uses) accepts it and the document was checked as that decoder reads it; the YAML specification requires deeper indentation, so some YAML tools may reject it: indent its continuation lines past the entry.`
  }));
  return {
    file: parsed.file,
    text: parsed.text,
    lineCounter,
    documents: fastDocuments(parsed.text, lenient.documents),
    fileProblems: [],
    lenient: byPosition([...relaxed, ...lenient.duplicates.map((d) => duplicateKeyNote(lineCounter, d))])
  };
}
function byPosition(notes) {
  return notes.sort((a, b) => a.span.start - b.span.start);
}
function keyName(key) {
  return JSON.stringify(key.length > 80 ? `${key.slice(0, 77)}...` : key);
}
function duplicateKeyNote(lineCounter, duplicate) {
  const { line, col } = lineCounter.linePos(duplicate.effective.start);
  return {
    span: duplicate.at,
    code: "DUPLICATE_KEY",
    message: `The key ${keyName(duplicate.key)} is repeated in this mapping: kubectl (sigs.k8s.io/yaml over go-yaml) keeps the last value, at line ${line}:${col}, and ignores this one, so the document was checked with that value. The YAML specification and stricter YAML tools (yamllint, editors, strict parsers) reject repeated keys: keep only the one you mean.`
  };
}
function duplicateKeysOf(text, doc) {
  const out = [];
  const { isScalar, visit } = yamlPackage();
  visit(doc, {
    Map(_key, map) {
      const groups = /* @__PURE__ */ new Map();
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key) || !key.range || key.value === "<<" && key.type === "PLAIN" || typeof key.value === "symbol" || Number.isNaN(key.value)) continue;
        const group = groups.get(key.value);
        if (group) group.push(key);
        else groups.set(key.value, [key]);
      }
      for (const [value, keys] of groups) {
        if (keys.length < 2) continue;
        const effective = keySpan2(text, keys[keys.length - 1]);
        for (const key of keys.slice(0, -1)) out.push({ key: typeof value === "string" ? value : key.source ?? String(value), at: keySpan2(text, key), effective });
      }
    }
  });
  return out;
}
function keySpan2(text, key) {
  const [start = 0, valueEnd = start] = key.range ?? [];
  let end = valueEnd;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { start, end };
}
function linesOf(text) {
  const lineCounter = new LineStarts();
  lineCounter.addNewLine(0);
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) lineCounter.addNewLine(at + 1);
  return lineCounter;
}
function fastDocuments(text, fast) {
  return fast.map((doc, index) => {
    const helm = helmSourceIn(text.slice(doc.headerStart, doc.start));
    let held = doc;
    return {
      index,
      start: doc.start,
      ...helm && { helm },
      toValue: () => held ? held.value : null,
      locate: (path, part) => held?.locate(path, part),
      release: () => {
        held = void 0;
      }
    };
  });
}
var UNRENDERED_HELM_MESSAGE = "This looks like an unrendered Helm template ({{ ... }}); it is not YAML yet. Render it first (helm template ...) and lint the output.";
var UNRENDERED_TEMPLATE_PREFIX = "This looks like an unrendered ";
function parseWithYaml(file, text, lineCounter = new (yamlPackage()).LineCounter()) {
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let docs;
  try {
    docs = yamlPackage().parseAllDocuments(text, { lineCounter, prettyErrors: false, merge: true, uniqueKeys: false, strict: true, logLevel: "error", customTags: (tags) => [yaml11Integers, yaml11Floats, yaml11ExplicitFloats, yaml11Binary, ...tags, yaml11Booleans] });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  const list = Array.isArray(docs) ? docs : [];
  const documents = [];
  const duplicates = [];
  const flawed = [];
  let previousEnd = 0;
  list.forEach((doc, index) => {
    const header = text.slice(previousEnd, contentStart(doc));
    previousEnd = doc.range[2];
    const helm = helmSourceIn(header);
    const repeats = duplicateKeysOf(text, doc);
    flawed.push(doc.errors.length > 0 || repeats.length > 0);
    if (doc.errors.length === 0) for (const duplicate of repeats) duplicates.push(duplicate);
    const error = doc.errors[0];
    const problem = !error ? void 0 : STACK_EXHAUSTED.test(error.message) ? (
      // Where the stack ran out depends on the machine; the report must not.
      { span: { start: doc.range[0], end: doc.range[0] }, code: "NESTING_LIMIT", message: "The document nests too deeply to be parsed (the parser ran out of stack); nothing in it was checked." }
    ) : { span: { start: error.pos[0], end: Math.max(error.pos[1], error.pos[0]) }, message: firstSentence(error.message), code: error.code };
    documents.push({
      index,
      start: contentStart(doc),
      ...helm && { helm },
      ...problem && { problem },
      toValue: () => {
        try {
          return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        } catch (error2) {
          throw error2 instanceof Error ? new Error(withoutQuotedText(error2.message)) : error2;
        }
      },
      locate: (path, part) => locatePath(text, doc, path, part)
    });
  });
  if (text.includes("{{") && (flawed.includes(true) || list.some(hasCollectionKey))) {
    const action = unrenderedTemplateAction(text, list);
    if (action && !kubectlReadsActionsAsValues(text)) {
      const { at } = action;
      const close = text.indexOf("}}", at);
      const span = { start: at, end: close === -1 ? at + 2 : close + 2 };
      return {
        file,
        text,
        lineCounter,
        documents: [],
        fileProblems: [
          {
            span,
            code: "HELM_TEMPLATE",
            message: action.helm ? UNRENDERED_HELM_MESSAGE : "This looks like an unrendered template (a {{ name }} placeholder); it is not the manifest yet. Render it with the tool that fills the placeholders in and lint the output."
          }
        ]
      };
    }
  }
  const notes = duplicates.map((d) => duplicateKeyNote(lineCounter, d));
  const merges = text.includes("<<");
  list.forEach((doc, index) => {
    if (documents[index]?.problem) return;
    if (merges) for (const note of applyGoYamlMergeOrder(doc, lineCounter)) notes.push(note);
    for (const note of jsonKeyCollisions(text, doc, lineCounter)) notes.push(note);
  });
  if (notes.length === 0) return { file, text, lineCounter, documents, fileProblems: [] };
  return { file, text, lineCounter, documents, fileProblems: [], lenient: byPosition(notes) };
}
function unrenderedTemplateAction(text, docs) {
  const scalars = [];
  const { visit } = yamlPackage();
  for (const doc of docs) {
    visit(doc, {
      Scalar(_key, node) {
        if (node.range) scalars.push([node.range[0], node.range[1]]);
      }
    });
  }
  scalars.sort((a, b) => a[0] - b[0]);
  const inScalar = (at) => {
    let lo = 0;
    let hi = scalars.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (scalars[mid][0] <= at) lo = mid + 1;
      else hi = mid;
    }
    const scalar = scalars[lo - 1];
    return scalar !== void 0 && at < scalar[1];
  };
  for (const action of templateActions(text)) {
    if (!inScalar(action.at)) return action;
  }
  return void 0;
}
function kubectlReadsActionsAsValues(text) {
  const lenient = fastParseLenient(text);
  if (!lenient || lenient.relaxed.length === 0) return false;
  const spans = [];
  const collect = (doc, value, path) => {
    if (typeof value === "string") {
      const located = doc.locate(path, "value");
      if (located?.exact) spans.push(located.span);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        collect(doc, item, [...path, i]);
      });
    } else if (typeof value === "object" && value !== null) {
      for (const [key, item] of Object.entries(value)) collect(doc, item, [...path, key]);
    }
  };
  for (const doc of lenient.documents) collect(doc, doc.value, []);
  spans.sort((a, b) => a.start - b.start);
  for (const action of templateActions(text)) {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (spans[mid].start <= action.at) lo = mid + 1;
      else hi = mid;
    }
    const span = spans[lo - 1];
    if (span === void 0 || action.at >= span.end) return false;
  }
  return true;
}
function hasCollectionKey(doc) {
  const { isCollection, visit } = yamlPackage();
  let found = false;
  visit(doc, {
    Pair(_key, pair) {
      if (isCollection(pair.key)) {
        found = true;
        return visit.BREAK;
      }
      return void 0;
    }
  });
  return found;
}
function firstSentence(message) {
  return withoutQuotedText(message.split("\n\n")[0]?.trim() ?? message);
}
var QUOTING_MESSAGES = [
  { prefix: "Invalid escape sequence ", message: "Invalid escape sequence in a double-quoted scalar" },
  { prefix: "Unresolved alias (the anchor must be set before the alias)", message: "Unresolved alias (the anchor must be set before the alias)" },
  { prefix: "Block scalar header includes extra characters", message: "Block scalar header includes extra characters" },
  { prefix: "Unresolved tag", message: "Unresolved tag" },
  { prefix: "Could not resolve tag", message: "Could not resolve tag" },
  { prefix: "Not a valid tag", message: "Not a valid tag" },
  { prefix: "The ", suffix: " tag has no suffix", message: "A tag has no suffix" },
  { prefix: "Verbatim tags aren't resolved", message: "Verbatim tags aren't resolved" },
  { prefix: "Unknown directive", message: "Unknown directive" },
  { prefix: "Unsupported YAML version", message: "Unsupported YAML version" },
  { prefix: "Not a YAML token", message: "Not a YAML token" },
  { prefix: "Plain value cannot start with", message: "Plain value cannot start with this character" },
  { prefix: "Ordered maps must not include duplicate keys", message: "Ordered maps must not include duplicate keys" }
];
function withoutQuotedText(message) {
  const known = QUOTING_MESSAGES.find((m) => message.startsWith(m.prefix) && (m.suffix === void 0 || message.endsWith(m.suffix)));
  return known ? known.message : message;
}

// src/engine/finish.ts
function runFinishPhase(session, input) {
  const extra = /* @__PURE__ */ new Map();
  const addExtra = (d) => {
    const list = extra.get(d.file);
    if (list) list.push(d);
    else extra.set(d.file, [d]);
  };
  const { index } = input;
  for (const entry of session.active) {
    if (!entry.rule.finish) continue;
    const id = entry.rule.meta.id;
    const facts = input.factsOf(id);
    const context = {
      ruleId: id,
      target: session.target,
      options: entry.options,
      settings: session.settings,
      report: (report) => {
        if (!isLocation2(report.at)) throw new Error("reports from finish() must point at a Location kept with ctx.locate()");
        addExtra(toDiagnostic(entry, report, report.at));
      }
    };
    try {
      const project = {
        get resources() {
          return index.resources;
        },
        first: index.first,
        find: index.find,
        facts
      };
      entry.rule.finish(context, project);
    } catch (error) {
      const at = index.first?.location ?? { file: input.firstFile ?? "<input>", line: 1, column: 1, endLine: 1, endColumn: 1 };
      addExtra(coreDiagnostic("internal-error", `Rule "${id}" failed in its project-wide phase (${describeError(error)}). Please report this.`, at));
    }
  }
  return extra;
}
function settleFile(session, diagnostics, suppressions, onWaived, replaced) {
  const ruleState = (ruleId) => session.active.some((a) => a.rule.meta.id === ruleId) ? "active" : session.knownRuleIds.has(ruleId) ? "inactive" : "unknown";
  const isSuppressible = (ruleId) => !isCoreDiagnosticId(ruleId);
  const outcome = applySuppressions(diagnostics, suppressions, isSuppressible, ruleState);
  const { problems } = outcome;
  const kept = replaced ? outcome.kept.filter((d) => !replaced.has(d)) : outcome.kept;
  if (onWaived) {
    const seen = /* @__PURE__ */ new Set();
    for (const { diagnostic: d, suppression: s } of outcome.waived) {
      if (replaced?.has(d)) continue;
      const key = [d.file, d.line, d.column, d.ruleId, d.message, d.endLine, d.endColumn, d.severity].join("\0");
      if (seen.has(key)) continue;
      seen.add(key);
      onWaived(waiverOf(d, s));
    }
  }
  for (const problem of problems) kept.push(coreDiagnostic(problem.id, problem.message, problem.at));
  return sortDiagnostics(kept.map(withoutSubjects));
}
function waiverOf(d, s) {
  return {
    ruleId: d.ruleId,
    kind: s.kind,
    ...s.reason !== void 0 && { reason: s.reason },
    at: s.at,
    finding: { file: d.file, line: d.line, column: d.column, message: d.message, ...d.resource && { resource: d.resource } },
    ...d.alsoRules && d.alsoRules.length > 0 && { alsoRules: d.alsoRules },
    diagnostic: withoutSubjects(d)
  };
}

// src/run/projects.ts
var CONFIGURED_PROJECT = "config:";
var STDIN_PROJECT = "-";

// src/run/store.ts
var MAX_TEMPLATE_ROWS = 16;
function sameItems(a, b) {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
function keyOf(kind, namespace, name) {
  return `${kind}\0${namespace ?? ""}\0${name}`;
}
var StreamedRows = class {
  constructor(table) {
    this.table = table;
  }
  table;
  /** The documents' diagnostics, one document's rows after another. */
  parts = new AppendedRows();
  resourceParts = new AppendedRows();
  /**
   * Each rule's facts as the text of one JSON array, written as bytes a document at a time (rules in order
   * of their first fact). Rules that have recorded the same text for every document so far share one.
   */
  factTexts = /* @__PURE__ */ new Map();
  /** The rules writing to each builder. */
  writers = /* @__PURE__ */ new Map();
  /** The locations facts hold, packed once each (see RunTable.factsText); forgotten with their objects. */
  seen = /* @__PURE__ */ new WeakMap();
  /** False once a document's first diagnostic does not sort after the previous one's last. */
  ordered = true;
  /** Packs what one document gave (diagnostics in the order they were reported). */
  add = (part) => {
    if (part.diagnostics.length > 0) {
      const rows = this.table.packDiagnostics(sortDiagnostics(part.diagnostics));
      const count = RunTable.diagnosticCount(this.parts.rows);
      if (count > 0 && this.ordered && this.table.compareRows(this.parts.rows, count - 1, rows, 0) >= 0) this.ordered = false;
      this.parts.add(rows);
    }
    if (part.resources.length > 0) this.resourceParts.add(this.table.packResources(part.resources));
    const written2 = [];
    const texts = /* @__PURE__ */ new Map();
    for (const [ruleId, list] of Object.entries(part.facts)) {
      if (list.length === 0) continue;
      let text = written2.find((w) => sameItems(w.list, list))?.text;
      if (text === void 0) {
        text = this.table.factsText(list, this.seen).slice(1, -1);
        written2.push({ list, text });
      }
      texts.set(ruleId, text);
    }
    if (texts.size > 0) this.writeFacts(texts);
  };
  /** Appends each rule's text of one document to its builder (a builder whose rules differ now is split). */
  writeFacts(texts) {
    const touched = /* @__PURE__ */ new Set();
    for (const ruleId of texts.keys()) {
      const builder = this.factTexts.get(ruleId);
      if (builder) touched.add(builder);
    }
    for (const builder of touched) {
      const rules = this.writers.get(builder) ?? [];
      const groups = /* @__PURE__ */ new Map();
      for (const ruleId of rules) {
        const text = texts.get(ruleId);
        const group = groups.get(text);
        if (group) group.push(ruleId);
        else groups.set(text, [ruleId]);
      }
      const split = [...groups].map(([text, group], i) => ({ text, group, into: i === 0 ? builder : builder.copy() }));
      for (const { text, group, into } of split) {
        this.writers.set(into, group);
        for (const ruleId of group) this.factTexts.set(ruleId, into);
        if (text !== void 0) appendFact(into, text);
      }
    }
    const fresh2 = /* @__PURE__ */ new Map();
    for (const [ruleId, text] of texts) {
      if (this.factTexts.has(ruleId)) continue;
      let builder = fresh2.get(text);
      if (!builder) {
        fresh2.set(text, builder = new TextBuilder());
        appendFact(builder, text);
        this.writers.set(builder, []);
      }
      this.writers.get(builder)?.push(ruleId);
      this.factTexts.set(ruleId, builder);
    }
  }
  /** Forgets what was packed (linting the file failed: its result is then that failure alone). */
  clear() {
    this.parts.clear();
    this.resourceParts.clear();
    this.factTexts.clear();
    this.writers.clear();
    this.ordered = true;
  }
  /** The file's object summaries, packed, with `first` (the result's own) before them. */
  resources(first) {
    const rows = this.resourceParts.take();
    return first.length > 0 ? RunTable.concat([this.table.packResources(first), rows]) : rows;
  }
  /** Each rule's facts, as `add` packs a file's: the number of their text, equal texts kept once. */
  facts() {
    const facts = dict();
    const kept = [];
    for (const [ruleId, builder] of this.factTexts) {
      let id = kept.find((k) => k.builder === builder)?.id;
      if (id === void 0) {
        builder.append("]");
        const built2 = builder.built();
        id = kept.find((k) => sameBuiltText(k.built, built2))?.id ?? this.table.keepFactsBuilt(built2);
        kept.push({ builder, built: built2, id });
      }
      facts[ruleId] = id;
    }
    this.factTexts.clear();
    this.writers.clear();
    return facts;
  }
  /**
   * The file's diagnostics sorted and de-duplicated, with `before` (reported before every document: the
   * file's own, as the result's `diagnostics`) among them: what `sortDiagnostics` gives for all of them.
   */
  rows(before) {
    const rows = this.parts.take();
    if (this.ordered) return this.table.mergeSorted(rows, sortDiagnostics([...before]), true);
    const all = [...before, ...this.table.diagnosticsOf(rows)];
    return this.table.packDiagnostics(sortDiagnostics(all));
  }
};
function appendFact(builder, text) {
  builder.append(builder.isEmpty ? "[" : ",");
  builder.append(text);
}
var AppendedRows = class {
  data = new Int32Array(0);
  length = 0;
  /** The rows so far (a view). */
  get rows() {
    return this.data.subarray(0, this.length);
  }
  add(rows) {
    if (this.length + rows.length > this.data.length) {
      const grown2 = new Int32Array(Math.max(1024, this.length + rows.length, Math.floor(this.data.length * 1.5)));
      grown2.set(this.data.subarray(0, this.length));
      this.data = grown2;
    }
    this.data.set(rows, this.length);
    this.length += rows.length;
  }
  /** The rows, in an array of their size (the rows are then given up). */
  take() {
    const rows = this.data.length === this.length ? this.data : this.data.slice(0, this.length);
    this.clear();
    return rows;
  }
  clear() {
    this.data = new Int32Array(0);
    this.length = 0;
  }
};
var ProjectStore = class {
  /**
   * `packed: false` keeps results as they are: for callers that hold every result in memory anyway
   * (finishProject), where packing would only cost time.
   */
  constructor(options = { packed: true }) {
    this.options = options;
  }
  options;
  table = new RunTable();
  files = [];
  /**
   * Adds one file's result; `order` is its place in the input (defaults to the order of adding), `project`
   * the project it belongs to (one project by default).
   */
  add(result, order = this.files.length, project = STDIN_PROJECT, streamed) {
    this.addFile(result, order, project, streamed);
    const stored = this.files[this.files.length - 1];
    const count = stored ? rowCount(stored.rows) : 0;
    if (!stored || stored.resources.length > 0 || count === 0 || count > MAX_TEMPLATE_ROWS) return;
    const rows = unpackRows(this.table, stored.rows);
    if (rows.every((d) => d.ruleId === "parse-error" && d.message.startsWith(UNRENDERED_TEMPLATE_PREFIX))) this.unrendered.set(stored, rows);
  }
  /** Files whose every diagnostic is an unrendered-template parse-error, with those diagnostics (in row order). */
  unrendered = /* @__PURE__ */ new Map();
  addFile(result, order, project, streamed) {
    if (!this.options.packed) {
      if (streamed) throw new Error("a store that does not pack takes no streamed diagnostics");
      this.files.push({ file: result.file, order, project, rows: sortDiagnostics([...result.diagnostics]), resources: result.resources, facts: result.facts, suppressions: result.suppressions, evidence: result.evidence });
      return;
    }
    if (streamed && streamed !== this.streaming) throw new Error("streamed diagnostics of another file");
    this.streaming = void 0;
    if (!streamed) this.table.startFile();
    if (streamed && (result.resources.length > 0 || Object.keys(result.facts).length > 0)) throw new Error("a streamed file's objects and facts come a document at a time");
    const facts = streamed ? streamed.facts() : dict();
    const packed = [];
    const seen = /* @__PURE__ */ new Map();
    for (const [ruleId, list] of Object.entries(result.facts)) {
      let id = packed.find((p) => sameItems(p.list, list))?.id;
      if (id === void 0) {
        id = this.table.packFacts(list, seen);
        packed.push({ list, id });
      }
      facts[ruleId] = id;
    }
    this.files.push({
      file: result.file,
      order,
      project,
      rows: streamed ? streamed.rows(result.diagnostics) : this.table.packDiagnostics(sortDiagnostics([...result.diagnostics])),
      resources: streamed ? streamed.resources(result.resources) : this.table.packResources(result.resources),
      facts,
      suppressions: result.suppressions,
      evidence: result.evidence
    });
  }
  /** The file being streamed (StreamedRows), until it is added. */
  streaming;
  /**
   * Starts a file whose diagnostics are packed as they are reported; `add` its result with what this
   * returns before starting another.
   */
  streamFile() {
    if (!this.options.packed) throw new Error("a store that does not pack takes no streamed diagnostics");
    this.table.startFile();
    return this.streaming = new StreamedRows(this.table);
  }
  get fileCount() {
    return this.files.length;
  }
  /** The files added, in output order (their display paths). */
  fileNames() {
    return this.ordered().map((f) => f.file);
  }
  ordered() {
    return this.files.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.order - b.order);
  }
  /**
   * One finding per fact over the whole run (src/engine/facts.ts): for each file that has findings to drop
   * or to merge, which ones, by their place in the file's diagnostics (its members' rows, then what the
   * finish phase added).
   */
  oneFindingPerFact(session, names, groups, extra) {
    const placeFile = [];
    const placeIndex = [];
    const findings = [];
    names.forEach((name, n) => {
      let offset = 0;
      const members = groups.get(name) ?? [];
      const first = members[0];
      const scan = (rows, project) => {
        const scopedLists = /* @__PURE__ */ new Map();
        const scope = (about) => {
          let list = scopedLists.get(about);
          if (!list) scopedLists.set(about, list = about.map((key) => isTextSubjectKey(key) ? `${project}\0${key}` : key));
          return list;
        };
        if (rows instanceof Int32Array) {
          this.table.factFindings(rows, (index, finding) => {
            placeFile.push(n);
            placeIndex.push(offset + index);
            findings.push({ ...finding, about: scope(finding.about) });
          });
        } else {
          rows.forEach((d, index) => {
            if (d.about === void 0 || d.about.length === 0) return;
            placeFile.push(n);
            placeIndex.push(offset + index);
            findings.push({ ruleId: d.ruleId, pci: d.pci, requirements: d.requirements, severity: d.severity, about: scope(d.about) });
          });
        }
        offset += rowCount(rows);
      };
      for (const member of members) scan(member.rows, this.projectKeyOf(member));
      scan(extra.get(name) ?? [], first ? this.projectKeyOf(first) : "");
    });
    const byFile = /* @__PURE__ */ new Map();
    if (findings.length < 2) return byFile;
    const supersedes = new Map(session.active.map((a) => [a.rule.meta.id, a.rule.meta.supersedes]));
    const outcome = oneFindingPerFact(findings, (id) => supersedes.get(id));
    const entry = (name) => {
      let e = byFile.get(name);
      if (!e) byFile.set(name, e = { dropped: /* @__PURE__ */ new Set(), merged: /* @__PURE__ */ new Map() });
      return e;
    };
    for (const i of outcome.dropped) entry(names[placeFile[i] ?? -1] ?? "").dropped.add(placeIndex[i] ?? -1);
    for (const [i, m] of outcome.merged) entry(names[placeFile[i] ?? -1] ?? "").merged.set(placeIndex[i] ?? -1, m);
    return byFile;
  }
  /**
   * Runs every rule's `finish` phase over each project of the input, applies suppressions and returns the
   * run's diagnostics, in their stable order and de-duplicated. Call once.
   */
  finish(session) {
    const ordered = this.ordered();
    const extra = /* @__PURE__ */ new Map();
    for (const members of this.projects(ordered)) {
      for (const [file, list] of this.finishProject(session, members)) extra.set(file, [...extra.get(file) ?? [], ...list]);
    }
    const groups = /* @__PURE__ */ new Map();
    for (const file of ordered) groups.set(file.file, [...groups.get(file.file) ?? [], file]);
    for (const name of extra.keys()) if (!groups.has(name)) groups.set(name, []);
    const names = [...groups.keys()].sort();
    const facts = this.oneFindingPerFact(session, names, groups, extra);
    this.oneUnrenderedPerProject(ordered, groups, extra, facts);
    const out = [];
    const waivers = [];
    for (const name of names) {
      const members = groups.get(name) ?? [];
      const added = extra.get(name) ?? [];
      const suppressions = members.flatMap((m) => m.suppressions);
      const only = members[0];
      const replacing = facts.get(name);
      if (members.length === 1 && only && added.length === 0 && suppressions.length === 0 && !replacing) {
        out.push(only.rows instanceof Int32Array ? RunTable.withoutSubjects(only.rows) : only.rows.map(withoutSubjects));
        continue;
      }
      if (members.length === 1 && only && only.rows instanceof Int32Array && suppressions.length === 0) {
        this.table.startFile();
        out.push(this.settlePacked(only.rows, added, replacing));
        continue;
      }
      let diagnostics = [...members.flatMap((m) => unpackRows(this.table, m.rows)), ...added];
      let replaced;
      if (replacing) {
        const merged = replacing.merged;
        diagnostics = diagnostics.map((d, i) => {
          const m = merged.get(i);
          return m ? withMerged(d, m) : d;
        });
        replaced = new Set([...replacing.dropped].map((i) => diagnostics[i]).filter((d) => d !== void 0));
      }
      const sorted = settleFile(session, diagnostics, suppressions, (w) => waivers.push(w), replaced);
      this.table.startFile();
      out.push(this.options.packed ? this.table.packDiagnostics(sorted) : sorted);
    }
    return new FinishedProject(
      this.table,
      out,
      mergeEvidence(
        ordered.map((f) => f.evidence),
        waivers
      )
    );
  }
  /**
   * A chart's templates are one fact: the chart is not rendered. Of the files of one project that are only
   * unrendered templates (Helm's, or other `{{ … }}` or `${…}` placeholders), the first keeps one parse-error naming
   * the others; the rest of theirs, and of its own, are dropped.
   */
  oneUnrenderedPerProject(ordered, groups, extra, facts) {
    if (this.unrendered.size < 2) return;
    const byProject = /* @__PURE__ */ new Map();
    for (const file of ordered) {
      if (!this.unrendered.has(file) || (groups.get(file.file)?.length ?? 0) !== 1) continue;
      const key = this.projectKeyOf(file);
      byProject.set(key, [...byProject.get(key) ?? [], file]);
    }
    for (const files of byProject.values()) {
      const [first, ...others] = files;
      const kept = first && this.unrendered.get(first)?.[0];
      if (!kept || others.length === 0) continue;
      const shown = others.slice(0, 3).map((f) => f.file);
      const rest = others.length - shown.length;
      const list = rest > 0 ? `${shown.join(", ")} and ${rest} more` : shown.length > 1 ? `${shown.slice(0, -1).join(", ")} and ${shown.at(-1) ?? ""}` : shown[0] ?? "";
      const helm = files.some((f) => this.unrendered.get(f)?.some((d) => d.message === UNRENDERED_HELM_MESSAGE));
      const dollar = files.some((f) => this.unrendered.get(f)?.some((d) => d.message.includes("a ${\u2026} placeholder")));
      const shapes = dollar ? "{{ ... }} or ${...}" : "{{ ... }}";
      const message = helm ? `This file and ${others.length} more of this project (${list}) look like unrendered Helm templates ({{ ... }}); they are not YAML yet. Render the chart first (helm template ...) and lint the output.` : `This file and ${others.length} more of this project (${list}) look like unrendered templates (${shapes} placeholders); they are not the manifests yet. Render them with the tool that fills the placeholders in and lint the output.`;
      for (const file of files) {
        let entry = facts.get(file.file);
        if (!entry) facts.set(file.file, entry = { dropped: /* @__PURE__ */ new Set(), merged: /* @__PURE__ */ new Map() });
        const count = this.unrendered.get(file)?.length ?? 0;
        for (let i = 0; i < count; i++) entry.dropped.add(i);
      }
      const added = extra.get(first.file) ?? [];
      extra.set(first.file, [...added, { ...kept, message }]);
    }
  }
  /**
   * `settleFile` without suppressions over one file's packed rows and the finish phase's findings in it
   * (`added`): findings that absorbed others carry their tags, those replaced are dropped, the subjects
   * cleared, and the two lists merged into the stable order without repeats.
   */
  settlePacked(rows, added, replacing) {
    const count = RunTable.diagnosticCount(rows);
    let extra = added;
    if (replacing) {
      for (const [index, m] of replacing.merged) if (index < count) this.table.mergeTagsAt(rows, index, m);
      extra = added.flatMap((d, i) => {
        if (replacing.dropped.has(count + i)) return [];
        const m = replacing.merged.get(count + i);
        return [m ? withMerged(d, m) : d];
      });
    }
    const dropped = replacing?.dropped;
    const keep = dropped && dropped.size > 0 ? (index) => !dropped.has(index) : void 0;
    return this.table.mergeSorted(RunTable.withoutSubjects(rows), sortDiagnostics(extra.map(withoutSubjects)), false, keep);
  }
  /**
   * The files of each project, each list in output order; a project not listed in the configuration is split
   * further by Helm release (the chart of a file's first `# Source:` comment), so two releases rendered side
   * by side stay apart.
   */
  projects(ordered) {
    const groups = /* @__PURE__ */ new Map();
    for (const file of ordered) {
      const key = this.projectKeyOf(file);
      const list = groups.get(key);
      if (list) list.push(file);
      else groups.set(key, [file]);
    }
    return groups.size === 0 ? [[]] : [...groups.values()];
  }
  projectKeys = /* @__PURE__ */ new Map();
  /** The project a file's facts are joined in: its project, split by Helm release unless configured. */
  projectKeyOf(file) {
    let key = this.projectKeys.get(file);
    if (key === void 0) {
      const release = file.project.startsWith(CONFIGURED_PROJECT) ? void 0 : this.helmReleaseOf(file);
      key = release === void 0 ? file.project : `${file.project}\0helm:${release}`;
      this.projectKeys.set(file, key);
    }
    return key;
  }
  helmReleaseOf(file) {
    if (file.resources.length === 0) return void 0;
    const resources = file.resources instanceof Int32Array ? this.table.unpackResources(file.resources) : file.resources;
    for (const r2 of resources) {
      const source = r2.location.source;
      if (source !== void 0 && source.tool === void 0) return source.template.split("/")[0];
    }
    return void 0;
  }
  /** Every rule's finish phase over one project's files. */
  finishProject(session, ordered) {
    let parsed = /* @__PURE__ */ new Map();
    const factsOf = (id) => {
      const wanted = /* @__PURE__ */ new Set();
      for (const file of ordered) {
        const kept = own(file.facts, id);
        if (typeof kept === "number") wanted.add(kept);
      }
      for (const key of parsed.keys()) if (!wanted.has(key)) parsed.delete(key);
      const next = /* @__PURE__ */ new Map();
      const facts = [];
      for (const file of ordered) {
        const kept = own(file.facts, id);
        if (kept === void 0) continue;
        let list;
        if (typeof kept === "number") {
          list = parsed.get(kept) ?? next.get(kept) ?? this.table.unpackFacts(kept);
          next.set(kept, list);
        } else list = kept;
        for (const fact of list) facts.push(fact);
      }
      parsed = next;
      return facts;
    };
    return runFinishPhase(session, { index: lazyIndex(this.table, ordered), factsOf, firstFile: ordered[0]?.file });
  }
};
function rowCount(rows) {
  return rows instanceof Int32Array ? RunTable.diagnosticCount(rows) : rows.length;
}
function unpackRows(table, rows) {
  return rows instanceof Int32Array ? table.unpackDiagnostics(rows) : rows;
}
function lazyIndex(table, ordered) {
  let resources;
  let byKey;
  const unpack = (kept) => kept instanceof Int32Array ? table.unpackResources(kept) : kept;
  const all = () => resources ??= ordered.flatMap((f) => unpack(f.resources));
  const withResources = ordered.find((f) => f.resources.length > 0);
  const first = withResources && unpack(withResources.resources)[0];
  return {
    get resources() {
      return all();
    },
    first,
    find(kind, namespace, name) {
      if (!byKey) {
        byKey = /* @__PURE__ */ new Map();
        for (const r2 of all()) if (r2.name !== void 0 && !byKey.has(keyOf(r2.kind, r2.namespace, r2.name))) byKey.set(keyOf(r2.kind, r2.namespace, r2.name), r2);
      }
      return byKey.get(keyOf(kind, namespace, name));
    }
  };
}
var FinishedProject = class _FinishedProject {
  constructor(table, files, evidence = NO_EVIDENCE) {
    this.table = table;
    this.files = files;
    this.evidence = evidence;
    const counts = { error: 0, warning: 0, info: 0 };
    let size = 0;
    for (const rows of files) {
      if (rows instanceof Int32Array) {
        const n = RunTable.diagnosticCount(rows);
        size += n;
        for (let i = 0; i < n; i++) counts[table.severityAt(rows, i)]++;
      } else {
        size += rows.length;
        for (const d of rows) counts[d.severity]++;
      }
    }
    this.size = size;
    this.counts = counts;
  }
  table;
  files;
  evidence;
  /** How many diagnostics there are. */
  size;
  counts;
  toStored() {
    const files = this.files.map((rows) => rows instanceof Int32Array ? rows : this.table.packDiagnostics(rows));
    return { table: this.table.snapshot(), files, evidence: this.evidence };
  }
  /** A run read back from the cache; undefined unless it is consistent. */
  static fromStored(stored) {
    try {
      const table = RunTable.fromSnapshot(stored.table);
      if (!stored.files.every((rows) => rows instanceof Int32Array && table.holdsDiagnostics(rows))) return void 0;
      if (!isRunEvidence(stored.evidence)) return void 0;
      return new _FinishedProject(table, stored.files, stored.evidence);
    } catch {
      return void 0;
    }
  }
  *[Symbol.iterator]() {
    for (const rows of this.files) yield* rows instanceof Int32Array ? this.table.diagnosticsOf(rows) : rows;
  }
};

// src/run/lint-source.ts
function lintSource(session, source, streamed) {
  try {
    return lintParsedFile(session, parseSource(source), streamed?.add, true);
  } catch (error) {
    streamed?.clear();
    const message = `pci-lint failed while reading this file (${error instanceof Error ? error.message : String(error)}), so it was not checked. Please report this.`;
    return { file: source.file, diagnostics: [coreDiagnostic("internal-error", message, { file: source.file, line: 1, column: 1, endLine: 1, endColumn: 1 })], resources: [], facts: {}, suppressions: [], evidence: { kinds: [], versions: [] } };
  }
}
function finishProject(session, results) {
  const store = new ProjectStore({ packed: false });
  for (const result of results) store.add(result);
  return [...store.finish(session)];
}

// src/testing/rule-tester.ts
function normalise(c) {
  return typeof c === "string" ? { code: c } : c;
}
function caseKey(c) {
  return JSON.stringify([c.code, c.options ?? null, c.target ?? null, c.settings ?? null]);
}
function caseName(c, index) {
  if (c.name) return c.name;
  const firstLine = c.code.split("\n").find((l) => l.trim() !== "" && !l.trim().startsWith("#")) ?? "";
  return `#${index + 1} ${firstLine.trim().slice(0, 60)}`;
}
function runRule(rule, c) {
  const target = c.target === void 0 ? void 0 : parseVersion(c.target);
  if (c.target !== void 0 && !target) throw new Error(`invalid target "${c.target}" in test case`);
  const session = createSession([rule], {
    ...target && { target },
    rules: c.options === void 0 ? {} : { [rule.meta.id]: { options: c.options } },
    ...c.settings && { settings: c.settings }
  });
  if (session.active.length === 0 && session.unconfigured.length === 0) {
    throw new Error(`rule ${rule.meta.id} does not apply to target ${c.target ?? "default"}; the case tests nothing`);
  }
  const result = lintSource(session, { file: "test.yaml", text: c.code });
  const table = new RunTable();
  for (const [ruleId, facts] of Object.entries(result.facts)) {
    if (!isDeepStrictEqual(table.unpackFacts(table.packFacts(facts)), facts)) {
      throw new Error(`${ruleId}: its recorded facts change when packed; facts must be plain JSON data (no undefined, Map, class instances)`);
    }
  }
  return finishProject(session, [result]);
}
function checkTable(rule, cases) {
  const { id, messages } = rule.meta;
  if (cases.valid.length === 0) throw new Error(`${id}: needs at least one valid case`);
  if (cases.invalid.length === 0) throw new Error(`${id}: needs at least one invalid case`);
  const seen = /* @__PURE__ */ new Set();
  for (const c of [...cases.valid.map(normalise), ...cases.invalid]) {
    const key = caseKey(c);
    if (seen.has(key)) throw new Error(`${id}: duplicate case ${caseName(c, 0)}`);
    seen.add(key);
  }
  const used = /* @__PURE__ */ new Set();
  for (const c of cases.invalid) {
    if (c.errors.length === 0) throw new Error(`${id}: invalid case "${caseName(c, 0)}" expects no error; put it in valid`);
    for (const e of c.errors) {
      const template = own(messages, e.messageId);
      if (template === void 0) throw new Error(`${id}: unknown messageId "${e.messageId}"`);
      const fix = rule.meta.fixes === void 0 ? void 0 : own(rule.meta.fixes, e.messageId);
      const missing = [.../* @__PURE__ */ new Set([...placeholdersOf(template), ...placeholdersOf(fix ?? "")])].filter((p) => !e.data || !Object.hasOwn(e.data, p));
      if (missing.length > 0) throw new Error(`${id}: expected "${e.messageId}" needs data for ${missing.join(", ")}`);
      used.add(e.messageId);
    }
  }
  const untested = Object.keys(messages).filter((m) => !used.has(m));
  if (untested.length > 0) throw new Error(`${id}: no invalid case covers messageId ${untested.join(", ")}`);
}
function fixOf(rule, messageId, data) {
  const template = rule.meta.fixes === void 0 ? void 0 : own(rule.meta.fixes, messageId);
  return template === void 0 ? void 0 : formatMessage(template, data);
}
function testRule(rule, cases) {
  checkTable(rule, cases);
  const { id, messages } = rule.meta;
  describe(id, () => {
    describe("valid", () => {
      cases.valid.map(normalise).forEach((c, i) => {
        it(caseName(c, i), () => {
          const found = runRule(rule, c).map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`);
          expect(found).toEqual([]);
        });
      });
    });
    describe("invalid", () => {
      cases.invalid.forEach((c, i) => {
        it(caseName(c, i), () => {
          const actual = runRule(rule, c).map((d) => ({
            ruleId: d.ruleId,
            messageId: d.messageId,
            message: d.message,
            ...rule.meta.fixes !== void 0 && { fix: d.fix },
            line: d.line,
            column: d.column,
            ...c.errors.some((e) => e.endLine !== void 0) && { endLine: d.endLine },
            ...c.errors.some((e) => e.endColumn !== void 0) && { endColumn: d.endColumn },
            ...c.errors.some((e) => e.severity !== void 0) && { severity: d.severity }
          }));
          const expected = c.errors.map((e) => ({
            ruleId: id,
            messageId: e.messageId,
            message: formatMessage(own(messages, e.messageId) ?? "", e.data),
            ...rule.meta.fixes !== void 0 && { fix: fixOf(rule, e.messageId, e.data) },
            line: e.line,
            column: e.column,
            ...c.errors.some((x) => x.endLine !== void 0) && { endLine: e.endLine },
            ...c.errors.some((x) => x.endColumn !== void 0) && { endColumn: e.endColumn },
            ...c.errors.some((x) => x.severity !== void 0) && { severity: e.severity }
          }));
          expect(actual).toEqual(expected);
        });
      });
    });
  });
}
export {
  runRule,
  testRule
};
