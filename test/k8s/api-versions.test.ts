import { describe, expect, it } from 'vitest';
import { API_LIFECYCLE, apiLifecycleOf, isDeprecatedAt, isRemovedAt, replacementAt } from '../../src/k8s/api-versions.js';
import { compareVersions, mustParse, NEWEST_TARGET, parseVersion } from '../../src/k8s/versions.js';

/**
 * Every removal the deprecation guide (kubernetes/website content/en/docs/reference/using-api/deprecation-guide.md,
 * newest section v1.32) lists, by release: `apiVersion kind`.
 */
const GUIDE_REMOVALS: Readonly<Record<string, readonly string[]>> = {
  '1.16': [
    'extensions/v1beta1 NetworkPolicy',
    'extensions/v1beta1 DaemonSet',
    'apps/v1beta2 DaemonSet',
    'extensions/v1beta1 Deployment',
    'apps/v1beta1 Deployment',
    'apps/v1beta2 Deployment',
    'apps/v1beta1 StatefulSet',
    'apps/v1beta2 StatefulSet',
    'extensions/v1beta1 ReplicaSet',
    'apps/v1beta1 ReplicaSet',
    'apps/v1beta2 ReplicaSet',
  ],
  '1.22': [
    'admissionregistration.k8s.io/v1beta1 MutatingWebhookConfiguration',
    'admissionregistration.k8s.io/v1beta1 ValidatingWebhookConfiguration',
    'apiextensions.k8s.io/v1beta1 CustomResourceDefinition',
    'apiregistration.k8s.io/v1beta1 APIService',
    'authentication.k8s.io/v1beta1 TokenReview',
    'authorization.k8s.io/v1beta1 LocalSubjectAccessReview',
    'authorization.k8s.io/v1beta1 SelfSubjectAccessReview',
    'authorization.k8s.io/v1beta1 SubjectAccessReview',
    'authorization.k8s.io/v1beta1 SelfSubjectRulesReview',
    'certificates.k8s.io/v1beta1 CertificateSigningRequest',
    'coordination.k8s.io/v1beta1 Lease',
    'extensions/v1beta1 Ingress',
    'networking.k8s.io/v1beta1 Ingress',
    'networking.k8s.io/v1beta1 IngressClass',
    'rbac.authorization.k8s.io/v1beta1 ClusterRole',
    'rbac.authorization.k8s.io/v1beta1 ClusterRoleBinding',
    'rbac.authorization.k8s.io/v1beta1 Role',
    'rbac.authorization.k8s.io/v1beta1 RoleBinding',
    'scheduling.k8s.io/v1beta1 PriorityClass',
    'storage.k8s.io/v1beta1 CSIDriver',
    'storage.k8s.io/v1beta1 CSINode',
    'storage.k8s.io/v1beta1 StorageClass',
    'storage.k8s.io/v1beta1 VolumeAttachment',
  ],
  '1.25': [
    'batch/v1beta1 CronJob',
    'discovery.k8s.io/v1beta1 EndpointSlice',
    'events.k8s.io/v1beta1 Event',
    'autoscaling/v2beta1 HorizontalPodAutoscaler',
    'policy/v1beta1 PodDisruptionBudget',
    'policy/v1beta1 PodSecurityPolicy',
    'node.k8s.io/v1beta1 RuntimeClass',
  ],
  '1.26': [
    'flowcontrol.apiserver.k8s.io/v1beta1 FlowSchema',
    'flowcontrol.apiserver.k8s.io/v1beta1 PriorityLevelConfiguration',
    'autoscaling/v2beta2 HorizontalPodAutoscaler',
  ],
  '1.27': ['storage.k8s.io/v1beta1 CSIStorageCapacity'],
  '1.29': ['flowcontrol.apiserver.k8s.io/v1beta2 FlowSchema', 'flowcontrol.apiserver.k8s.io/v1beta2 PriorityLevelConfiguration'],
  '1.32': ['flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema', 'flowcontrol.apiserver.k8s.io/v1beta3 PriorityLevelConfiguration'],
};

/** Removals up to 1.32 that the guide does not list but the prerelease-lifecycle markers do. */
const MARKER_ONLY_REMOVALS = ['apps/v1beta1 ControllerRevision', 'apps/v1beta2 ControllerRevision', 'extensions/v1beta1 PodSecurityPolicy'];

const keyOf = (row: { apiVersion: string; kind: string }) => `${row.apiVersion} ${row.kind}`;

describe('API lifecycle table', () => {
  it('is sorted by apiVersion, then kind, without duplicates', () => {
    for (let i = 1; i < API_LIFECYCLE.length; i++) {
      const prev = API_LIFECYCLE[i - 1]!;
      const row = API_LIFECYCLE[i]!;
      const ordered = prev.apiVersion < row.apiVersion || (prev.apiVersion === row.apiVersion && prev.kind < row.kind);
      expect(ordered, `${keyOf(prev)} before ${keyOf(row)}`).toBe(true);
    }
  });

  it.each(API_LIFECYCLE.map((row) => [keyOf(row), row] as const))('%s has parseable, consistent versions and a source', (_, row) => {
    expect(row.source.trim()).not.toBe('');
    expect(row.apiVersion).toMatch(/^(?:v1|[a-z0-9.-]+\/v\d+(?:(?:alpha|beta)\d+)?)$/);
    const deprecated = parseVersion(row.deprecated);
    expect(deprecated, row.deprecated).toBeDefined();
    // Deprecations are facts of published releases (or of the newest one, for its own deprecations).
    expect(compareVersions(deprecated!, NEWEST_TARGET)).toBeLessThanOrEqual(0);
    if (row.removed !== undefined) {
      const removed = parseVersion(row.removed);
      expect(removed, row.removed).toBeDefined();
      expect(compareVersions(removed!, deprecated!), 'removed after deprecated').toBeGreaterThan(0);
    }
    for (const rep of row.replacements) {
      expect(parseVersion(rep.since), rep.since).toBeDefined();
      expect(keyOf(rep)).not.toBe(keyOf(row));
    }
    if (row.replacements.length > 0) {
      // A migration path existed before the old version stopped being served.
      const earliest = row.replacements.map((rep) => mustParse(rep.since)).sort(compareVersions)[0]!;
      if (row.removed !== undefined) expect(compareVersions(earliest, mustParse(row.removed))).toBeLessThan(0);
    } else {
      expect(row.migration, 'a row without replacement says what to do instead').toBeDefined();
    }
  });

  it('only lists beta versions and deprecated GA kinds of the core group', () => {
    for (const row of API_LIFECYCLE) {
      if (row.apiVersion === 'v1') continue;
      expect(row.apiVersion, keyOf(row)).toMatch(/beta\d+$/);
    }
  });

  it.each(Object.entries(GUIDE_REMOVALS))('has every removal the deprecation guide lists for %s', (release, keys) => {
    for (const key of keys) {
      const [apiVersion, kind] = key.split(' ') as [string, string];
      expect(apiLifecycleOf(apiVersion, kind)?.removed, key).toBe(release);
    }
  });

  it('lists no removal up to 1.32 that neither the guide nor the markers name', () => {
    const known = new Set([...Object.values(GUIDE_REMOVALS).flat(), ...MARKER_ONLY_REMOVALS]);
    const last = mustParse('1.32');
    const extra = API_LIFECYCLE.filter((row) => row.removed !== undefined && compareVersions(mustParse(row.removed), last) <= 0 && !known.has(keyOf(row)));
    expect(extra.map(keyOf)).toEqual([]);
  });

  it('says deprecated while served and removed from the removal release on', () => {
    const cronJob = apiLifecycleOf('batch/v1beta1', 'CronJob')!;
    expect([20, 21, 24, 25].map((minor) => [isDeprecatedAt(cronJob, { major: 1, minor }), isRemovedAt(cronJob, { major: 1, minor })])).toEqual([
      [false, false],
      [true, false],
      [true, false],
      [false, true],
    ]);
  });

  it('recommends the preferred replacement the target serves', () => {
    const flowSchema = apiLifecycleOf('flowcontrol.apiserver.k8s.io/v1beta1', 'FlowSchema')!;
    expect(replacementAt(flowSchema, mustParse('1.23'))?.apiVersion).toBe('flowcontrol.apiserver.k8s.io/v1beta2');
    expect(replacementAt(flowSchema, mustParse('1.26'))?.apiVersion).toBe('flowcontrol.apiserver.k8s.io/v1beta3');
    expect(replacementAt(flowSchema, mustParse('1.29'))?.apiVersion).toBe('flowcontrol.apiserver.k8s.io/v1');
    // A replacement that is itself gone is not recommended.
    const oldPsp = apiLifecycleOf('extensions/v1beta1', 'PodSecurityPolicy')!;
    expect(replacementAt(oldPsp, mustParse('1.24'))?.apiVersion).toBe('policy/v1beta1');
    expect(replacementAt(oldPsp, mustParse('1.25'))).toBeUndefined();
  });
});
