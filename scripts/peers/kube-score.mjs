// kube-score's own fixtures (score/testdata) with the grades its Go tests (score/*_test.go) expect, as
// peer-agreement cases. A test calls testExpectedScore(t, "file.yaml", "Check Name", scorecard.GradeX) or
// testExpectedScoreWithConfig(t, []ks.NamedReader{testFile("a.yaml"), ...}, ..., "Check Name", scorecard.GradeX)
// (a run configuration may state the Kubernetes version; testExpectedScore uses 1.18). The grade is that of
// the first scored object running the check. One case per such call of a mapped check: GradeCritical and
// GradeWarning are 'fail', GradeAllOK is 'pass'; other grades (AlmostOK) and calls with inline YAML are left
// out, as are versions before 1.19 (the oldest pci-lint targets).
//
// Mapping: MAPPING below. Not mapped, no pci-lint counterpart: probes, PodDisruptionBudgets, HPAs,
// anti-affinity, topology spread, replicas, strategies, CronJob deadlines and restart policies, ephemeral
// storage, requests equal to limits, Service/Ingress/NetworkPolicy target checks, container ports,
// duplicate environment keys, StatefulSet service names and selectors. Concept differs: "Pod
// NetworkPolicy" (a policy selecting the pod for ingress and egress; pci-lint asks for a namespace
// default-deny policy, network-default-deny).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { divergenceLedger, objectsOf, WORKLOAD_KINDS } from './util.mjs';

export const name = 'kube-score';
export const repository = 'zegl/kube-score';

/** kube-score check name -> { rules, on: the object a finding must be on ('workload' | kind) }. */
// Where pci-lint's answer deliberately differs from kube-score's, and why (docs/precision.md, peer agreement).
export const divergences = divergenceLedger([
  {
    class: 'Kubernetes default',
    why: 'limits without requests: the API server defaults each request to its limit, so the container is bounded',
    ids: ['TestPodContainerResourceLimits/Container Resources', 'TestDeploymentResources/Container Resources', 'TestStatefulSetResources/Container Resources'],
  },
  {
    class: 'PCI 3.2',
    why: 'a fixed tag is still mutable: pci-lint asks for a digest (image-digest)',
    ids: ['TestPodContainerTagFixed/Container Image Tag'],
  },
  {
    class: 'fixture not valid',
    why: 'seccomp only through the PSP annotation seccomp.security.alpha.kubernetes.io/defaultProfileName on a Pod, which no kubelet reads',
    ids: ['TestContainerSeccompAllGood/Container Seccomp Profile', 'TestContainerSeccompAllGoodAnnotation/Container Seccomp Profile'],
  },
  {
    class: 'PSS semantics',
    why: 'a low runAsGroup with a non-root UID: the user is not root, and the Pod Security Standards do not restrict the group',
    ids: ['TestContainerSecurityContextUserGroupIDLowGroup/Container Security Context User Group ID'],
  },
]);

export const MAPPING = {
  'Container Resources': { rules: ['resource-limits'], on: 'workload' },
  'Container Image Tag': { rules: ['image-digest'], on: 'workload' },
  'Container Image Pull Policy': { rules: ['image-pull-policy'], on: 'workload' },
  // UID and GID (kube-score wants both above 10000); pci-lint's root checks. pss-run-as-non-root (the PSS
  // field runAsNonRoot: true, whatever the UID) is another concept and is not counted.
  'Container Security Context User Group ID': { rules: ['run-as-non-root', 'pss-run-as-user'], on: 'workload' },
  'Container Security Context Privileged': { rules: ['privileged-container'], on: 'workload' },
  'Container Security Context ReadOnlyRootFilesystem': { rules: ['read-only-root-filesystem'], on: 'workload' },
  'Container Seccomp Profile': { rules: ['pss-seccomp-baseline', 'pss-seccomp-restricted'], on: 'workload' },
  'Service Type': { rules: ['service-external-exposure'], on: 'Service' },
  'Stable version': { rules: ['removed-api', 'deprecated-api'] },
};

/** Run-configuration fields that select checks or the version rather than change what a check asks. */
const KNOWN_OPTIONS = new Set(['KubernetesVersion', 'Major', 'Minor', 'EnabledOptionalTests', 'UseOptionalChecksAnnotation', 'UseIgnoreChecksAnnotation']);

const GRADES = { GradeCritical: 'fail', GradeWarning: 'fail', GradeAllOK: 'pass' };

/** The text of each call of `fn` in `source`, from its name to its closing parenthesis. */
function callsOf(source, fn) {
  const out = [];
  const re = new RegExp(`\\b${fn}\\(`, 'g');
  for (let m = re.exec(source); m; m = re.exec(source)) {
    let depth = 0;
    let i = m.index + fn.length;
    let inString = false;
    for (; i < source.length; i++) {
      const ch = source[i];
      if (inString) {
        if (ch === '\\') i++;
        else if (ch === '"') inString = false;
      } else if (ch === '"') inString = true;
      else if (ch === '(') depth++;
      else if (ch === ')' && --depth === 0) break;
    }
    out.push({ text: source.slice(m.index, i + 1), at: m.index });
  }
  return out;
}

/** The Go test a call belongs to, for the case id. */
function testNameAt(source, at) {
  const before = source.slice(0, at);
  const m = [...before.matchAll(/func (Test\w+)\(/g)].pop();
  return m ? m[1] : 'unknown';
}

function objectFor(files, on) {
  if (!on) return undefined;
  for (const file of files) {
    const objects = objectsOf(file).filter((o) => (on === 'workload' ? WORKLOAD_KINDS.has(o.kind) : o.kind === on));
    if (objects.length > 0) return { kind: objects[0].kind, ...(objects[0].name !== undefined && { name: objects[0].name }) };
  }
  return undefined;
}

export async function* cases(dir) {
  const scoreDir = path.join(dir, 'score');
  const testdata = path.join(scoreDir, 'testdata');
  const seen = new Map();
  for (const testFile of readdirSync(scoreDir).filter((f) => f.endsWith('_test.go')).sort()) {
    const source = readFileSync(path.join(scoreDir, testFile), 'utf8');
    const calls = [
      ...callsOf(source, 'testExpectedScore').map((c) => ({ ...c, files: [/testExpectedScore\(t,\s*"([^"]+)"/.exec(c.text)?.[1]].filter(Boolean) })),
      ...callsOf(source, 'testExpectedScoreWithConfig').map((c) => ({ ...c, files: [...c.text.matchAll(/testFile\("([^"]+)"\)/g)].map((m) => m[1]) })),
    ].sort((a, b) => a.at - b.at);
    for (const call of calls) {
      const m = /"([^"]+)",\s*scorecard\.(Grade\w+)\s*\)$/.exec(call.text);
      if (!m || call.files.length === 0) continue;
      const [, check, grade] = m;
      const mapping = MAPPING[check];
      const expect = GRADES[grade];
      if (!mapping || !expect) continue;
      // A run configuration that changes what the check asks (IgnoreContainerCpuLimitRequirement, ...) tests
      // kube-score's options, not the concept: left out.
      const options = [...call.text.matchAll(/(\w+):/g)].map((o) => o[1]).filter((o) => !KNOWN_OPTIONS.has(o));
      if (options.length > 0) continue;
      const version = /KubernetesVersion:\s*config\.Semver\{Major:\s*(\d+),\s*Minor:\s*(\d+)\}/.exec(call.text);
      const k8sVersion = version ? `${version[1]}.${version[2]}` : call.text.startsWith('testExpectedScore(') ? '1.18' : undefined;
      // pci-lint's oldest target is 1.19: a test of API versions for an older release (1.4) says nothing of it;
      // testExpectedScore's 1.18 is linted at 1.19 (the APIs kube-score flags at 1.18 are deprecated or removed there too).
      if (k8sVersion && Number(k8sVersion.split('.')[1]) < 18) continue;
      const files = call.files.map((f) => path.join(testdata, f));
      const base = `${testNameAt(source, call.at)}/${check}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      const object = objectFor(files, mapping.on);
      yield {
        id: n === 1 ? base : `${base}#${n}`,
        check,
        files,
        rules: mapping.rules,
        expect,
        ...(object && { object }),
        ...(k8sVersion && { k8sVersion }),
      };
    }
  }
}
