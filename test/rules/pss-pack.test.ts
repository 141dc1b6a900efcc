/**
 * The whole Pod Security Standards pack against pods whose verdict pod-security-admission's own fixtures
 * (kubernetes/pod-security-admission test/testdata/<level>/<version>/{pass,fail}) establish, re-stated here as
 * our own manifests: a pod is allowed exactly when no pss-* rule reports it, and a forbidden pod is reported
 * by the rule of the check that forbids it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import dedent from 'dedent';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { createSession } from '../../src/engine/session.js';
import { lintSources } from '../../src/run/lint-source.js';
import type { SharedSettings } from '../../src/engine/rule.js';

const PSS_RULES = builtinRules.filter((r) => r.meta.pss !== undefined);

function firing(text: string, settings: SharedSettings): string[] {
  const session = createSession(PSS_RULES, { settings });
  return [...new Set(lintSources(session, [{ file: 'pod.yaml', text }]).map((d) => d.ruleId))].sort();
}

/** The smallest pod the restricted level allows at every policy version (upstream's "base" fixture, in our words). */
const restrictedPod = (extraSpec = '', extraContainer = '') => dedent`
  apiVersion: v1
  kind: Pod
  metadata:
    name: minimal
  spec:
    securityContext:
      runAsNonRoot: true
      seccompProfile: {type: RuntimeDefault}
    initContainers:
      - name: setup
        image: example.com/setup:1
        securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
    containers:
      - name: server
        image: example.com/server:1
        securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}${extraContainer}}
    ${extraSpec}
`;

const VERSIONS = ['1.19', '1.22', '1.23', '1.25', '1.31', '1.34', '1.35', '1.37'];

describe('the PSS pack agrees with pod-security-admission verdicts', () => {
  it('every PSS rule (pss-* and privileged-container) names its level and upstream check', () => {
    expect(PSS_RULES.length).toBe(19);
    for (const rule of PSS_RULES) expect(rule.meta.pci).toEqual(['3.1']);
  });

  it.each(VERSIONS)('the minimal restricted pod is allowed at both levels, policy v%s', (version) => {
    expect(firing(restrictedPod(), { pssVersion: version })).toEqual([]);
    expect(firing(restrictedPod(), { pssVersion: version, pssLevel: 'baseline' })).toEqual([]);
  });

  it('a bare pod passes baseline but not restricted; what restricted asks for grows with the version', () => {
    const bare = dedent`
      apiVersion: v1
      kind: Pod
      metadata:
        name: bare
      spec:
        containers:
          - name: server
            image: example.com/server:1
    `;
    expect(firing(bare, { pssLevel: 'baseline' })).toEqual([]);
    expect(firing(bare, { pssVersion: '1.19' })).toEqual(['pss-privilege-escalation', 'pss-run-as-non-root', 'pss-seccomp-restricted']);
    expect(firing(bare, { pssVersion: '1.22' })).toEqual(['pss-capabilities-restricted', 'pss-privilege-escalation', 'pss-run-as-non-root', 'pss-seccomp-restricted']);
  });

  it('a Windows pod needs no seccomp, capabilities or allowPrivilegeEscalation from v1.25, but still runAsNonRoot', () => {
    const windows = dedent`
      apiVersion: v1
      kind: Pod
      metadata:
        name: win
      spec:
        os: {name: windows}
        securityContext:
          runAsNonRoot: true
        containers:
          - name: server
            image: example.com/server:1
    `;
    expect(firing(windows, { pssVersion: '1.25' })).toEqual([]);
    expect(firing(windows, { pssVersion: '1.24' })).toEqual(['pss-capabilities-restricted', 'pss-privilege-escalation', 'pss-seccomp-restricted']);
    expect(firing(windows.replace('runAsNonRoot: true', 'runAsNonRoot: false'), { pssVersion: '1.25' })).toEqual(['pss-run-as-non-root']);
  });

  it('a user-namespace pod may run as UID 0 and unmask /proc at baseline from v1.35, but restricted keeps /proc masked', () => {
    const userNs = restrictedPod('hostUsers: false', ', runAsUser: 0, procMount: Unmasked').replace('runAsNonRoot: true', 'runAsNonRoot: false');
    expect(firing(userNs, { pssVersion: '1.34' })).toEqual(['pss-proc-mount', 'pss-run-as-non-root', 'pss-run-as-user']);
    expect(firing(userNs, { pssVersion: '1.35' })).toEqual(['pss-proc-mount-restricted']);
    expect(firing(userNs, { pssVersion: '1.35', pssLevel: 'baseline' })).toEqual([]);
    expect(firing(userNs, { pssVersion: '1.34', pssLevel: 'baseline' })).toEqual(['pss-proc-mount']);
  });

  it('baseline-only violations fail both levels; restricted replaces the overridden baseline checks', () => {
    const hostile = restrictedPod('hostPID: true\n    volumes: [{name: root, hostPath: {path: /}}]', ', privileged: true');
    expect(firing(hostile, { pssLevel: 'baseline' })).toEqual(['privileged-container', 'pss-host-namespaces', 'pss-host-path-volumes']);
    expect(firing(hostile, {})).toEqual(['privileged-container', 'pss-host-namespaces', 'pss-volume-types']);
  });

  it('adding a default capability is baseline but not restricted (from v1.22)', () => {
    const chown = restrictedPod('', ', capabilities: {drop: [ALL], add: [CHOWN]}').replace('capabilities: {drop: [ALL]}, capabilities', 'capabilities');
    expect(firing(chown, { pssLevel: 'baseline' })).toEqual([]);
    expect(firing(chown, { pssVersion: '1.22' })).toEqual(['pss-capabilities-restricted']);
    expect(firing(chown, { pssVersion: '1.21' })).toEqual([]);
  });

  it('an emptyDir volume is allowed, an nfs volume only at baseline; a probe host only before v1.34', () => {
    const nfs = restrictedPod('volumes: [{name: cache, emptyDir: {}}, {name: data, nfs: {server: nas, path: /d}}]');
    expect(firing(nfs, { pssLevel: 'baseline' })).toEqual([]);
    expect(firing(nfs, {})).toEqual(['pss-volume-types']);
    const probe = restrictedPod().replace('image: example.com/server:1', 'image: example.com/server:1\n      livenessProbe: {tcpSocket: {host: 10.0.0.1, port: 80}}');
    expect(firing(probe, { pssVersion: '1.33' })).toEqual([]);
    expect(firing(probe, { pssVersion: '1.34' })).toEqual(['pss-host-probes']);
  });
});

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PACK_IDS = [...PSS_RULES.map((r) => r.meta.id), 'namespace-pod-security-label', 'pod-security-policy-removed'];
const PACK = builtinRules.filter((r) => PACK_IDS.includes(r.meta.id));

function lintFolder(folder: string, filter: (file: string) => boolean, settings: SharedSettings): Set<string> {
  const dir = path.join(ROOT, 'examples', folder);
  const sources = readdirSync(dir)
    .filter(filter)
    .map((file) => ({ file, text: readFileSync(path.join(dir, file), 'utf8') }));
  // Other rules' suppressions in the examples show up as unused when only this pack runs: keep the pack's own findings.
  return new Set(lintSources(createSession(PACK, { settings }), sources).map((d) => d.ruleId).filter((id) => PACK_IDS.includes(id)));
}

describe('examples', () => {
  it('every rule of the pack fires on examples/noncompliant/pss-*.yaml (the overridden baseline checks with --pss-level baseline)', () => {
    const isPss = (f: string) => f.startsWith('pss-');
    const fired = new Set([...lintFolder('noncompliant', isPss, {}), ...lintFolder('noncompliant', isPss, { pssLevel: 'baseline' })]);
    expect(PACK_IDS.filter((id) => !fired.has(id))).toEqual([]);
  });

  it('no rule of the pack fires on examples/compliant', () => {
    expect([...lintFolder('compliant', () => true, {})]).toEqual([]);
  });
});
