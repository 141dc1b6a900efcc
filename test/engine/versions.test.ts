/**
 * One input, many targets: the verdicts of the version-aware rules must change exactly at the releases where
 * the Kubernetes facts in src/k8s change (API lifecycle, first release of a kind, legacy token generation),
 * and nowhere else.
 */
import dedent from 'dedent';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { apiLifecycleOf } from '../../src/k8s/api-versions.js';
import { firstReleaseWithKind } from '../../src/model/field-schemas.js';
import { legacyTokenPhase } from '../../src/k8s/service-account-tokens.js';
import { compareVersions, mustParse, type K8sVersion } from '../../src/k8s/versions.js';
import { lintText } from '../../src/run/lint.js';

const VERSION_RULES = ['deprecated-api', 'legacy-service-account-token', 'pod-security-policy-removed', 'removed-api', 'schema'];
const registry = builtinRules.filter((rule) => VERSION_RULES.includes(rule.meta.id));

const INPUT = dedent`
  apiVersion: policy/v1beta1
  kind: PodSecurityPolicy
  metadata:
    name: restricted
  spec:
    privileged: false
    seLinux: {rule: RunAsAny}
    runAsUser: {rule: MustRunAsNonRoot}
    supplementalGroups: {rule: MustRunAs, ranges: [{min: 1, max: 65535}]}
    fsGroup: {rule: MustRunAs, ranges: [{min: 1, max: 65535}]}
  ---
  apiVersion: policy/v1beta1
  kind: PodDisruptionBudget
  metadata:
    name: web
  spec:
    minAvailable: 1
  ---
  apiVersion: batch/v1beta1
  kind: CronJob
  metadata:
    name: nightly
  spec:
    schedule: "0 2 * * *"
    jobTemplate:
      spec:
        template:
          spec:
            restartPolicy: OnFailure
            containers:
              - {name: job, image: busybox}
  ---
  apiVersion: flowcontrol.apiserver.k8s.io/v1beta2
  kind: FlowSchema
  metadata:
    name: batch-jobs
  ---
  apiVersion: flowcontrol.apiserver.k8s.io/v1beta3
  kind: PriorityLevelConfiguration
  metadata:
    name: batch
  ---
  apiVersion: v1
  kind: Secret
  metadata:
    name: ci-token
    annotations:
      kubernetes.io/service-account.name: ci
  type: kubernetes.io/service-account-token
  ---
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: web
  spec:
    selector:
      matchLabels: {app: web}
    template:
      metadata:
        labels: {app: web}
      spec:
        containers:
          - {name: web, image: nginx}
`;

/** Each object of INPUT: its first and last line, apiVersion and kind. */
const OBJECTS = [
  { first: 1, last: 10, apiVersion: 'policy/v1beta1', kind: 'PodSecurityPolicy' },
  { first: 12, last: 17, apiVersion: 'policy/v1beta1', kind: 'PodDisruptionBudget' },
  { first: 19, last: 31, apiVersion: 'batch/v1beta1', kind: 'CronJob' },
  { first: 33, last: 36, apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2', kind: 'FlowSchema' },
  { first: 38, last: 41, apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3', kind: 'PriorityLevelConfiguration' },
  { first: 43, last: 49, apiVersion: 'v1', kind: 'Secret' },
  { first: 51, last: 63, apiVersion: 'apps/v1', kind: 'Deployment' },
];

const TARGETS = ['1.19', '1.21', '1.22', '1.24', '1.25', '1.26', '1.29', '1.32', '1.37'] as const;

const dep = (line: number) => `${line}:13 deprecated-api warning`;
const rem = (line: number) => `${line}:13 removed-api error`;
const notYet = (line: number) => `${line}:13 schema error`;
const PSP_INFO = '2:1 pod-security-policy-removed info';
const PSP_ERROR = '2:1 pod-security-policy-removed error';
const TOKEN_WARNING = '49:7 legacy-service-account-token warning';
const TOKEN_ERROR = '49:7 legacy-service-account-token error';

// From 1.25 the PodSecurityPolicy on line 1 is reported once, by pod-security-policy-removed (it replaces removed-api there).
const EXPECTED: Record<(typeof TARGETS)[number], string[]> = {
  // flowcontrol v1beta2 first exists in 1.23, v1beta3 in 1.26: before that the API server does not know them.
  '1.19': [notYet(33), notYet(38), TOKEN_WARNING],
  '1.21': [dep(1), PSP_INFO, dep(12), dep(19), notYet(33), notYet(38), TOKEN_WARNING],
  '1.22': [dep(1), PSP_INFO, dep(12), dep(19), notYet(33), notYet(38), TOKEN_WARNING],
  '1.24': [dep(1), PSP_INFO, dep(12), dep(19), notYet(38), TOKEN_ERROR],
  '1.25': [PSP_ERROR, rem(12), rem(19), notYet(38), TOKEN_ERROR],
  '1.26': [PSP_ERROR, rem(12), rem(19), dep(33), TOKEN_ERROR],
  '1.29': [PSP_ERROR, rem(12), rem(19), rem(33), dep(38), TOKEN_ERROR],
  '1.32': [PSP_ERROR, rem(12), rem(19), rem(33), rem(38), TOKEN_ERROR],
  '1.37': [PSP_ERROR, rem(12), rem(19), rem(33), rem(38), TOKEN_ERROR],
};

function verdicts(target: string): string[] {
  return lintText(INPUT, { target: mustParse(target), registry }).map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.severity}`);
}

/** The objects whose version facts differ between two targets, by their first line. */
function objectsWithChangedFacts(before: K8sVersion, after: K8sVersion): number[] {
  const changedIn = (release: string | undefined) =>
    release !== undefined && compareVersions(mustParse(release), before) > 0 && compareVersions(mustParse(release), after) <= 0;
  return OBJECTS.filter((o) => {
    const row = apiLifecycleOf(o.apiVersion, o.kind);
    if (row && (changedIn(row.deprecated) || changedIn(row.removed))) return true;
    if (changedIn(firstReleaseWithKind(o.apiVersion, o.kind))) return true;
    return o.kind === 'Secret' && legacyTokenPhase(before).autoGenerated !== legacyTokenPhase(after).autoGenerated;
  }).map((o) => o.first);
}

function objectOf(verdict: string): number {
  const line = Number(verdict.split(':')[0]);
  const object = OBJECTS.find((o) => o.first <= line && line <= o.last);
  if (!object) throw new Error(`verdict outside every object: ${verdict}`);
  return object.first;
}

describe('the same input under several targets', () => {
  it('runs every version-aware rule', () => {
    expect(registry.map((rule) => rule.meta.id).sort()).toEqual(VERSION_RULES);
  });

  it.each(TARGETS)('gives the expected verdicts for %s', (target) => {
    expect(verdicts(target)).toEqual(EXPECTED[target]);
  });

  it('changes verdicts between two targets only for objects whose facts changed in between', () => {
    for (let i = 1; i < TARGETS.length; i++) {
      const a = new Set(verdicts(TARGETS[i - 1]!));
      const b = new Set(verdicts(TARGETS[i]!));
      const changed = [...a].filter((v) => !b.has(v)).concat([...b].filter((v) => !a.has(v)));
      const objects = [...new Set(changed.map(objectOf))].sort((x, y) => x - y);
      expect(objects, `${TARGETS[i - 1]!} → ${TARGETS[i]!}`).toEqual(objectsWithChangedFacts(mustParse(TARGETS[i - 1]!), mustParse(TARGETS[i]!)));
    }
  });

  it('has one object whose facts never change', () => {
    const deployment = OBJECTS.find((o) => o.kind === 'Deployment')!;
    expect(apiLifecycleOf(deployment.apiVersion, deployment.kind)).toBeUndefined();
    expect(TARGETS.flatMap((t) => verdicts(t)).filter((v) => objectOf(v) === deployment.first)).toEqual([]);
  });
});
