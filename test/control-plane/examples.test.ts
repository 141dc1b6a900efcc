/**
 * The control-plane examples: every rule of the pack fires on examples/control-plane/noncompliant, none fires
 * on examples/control-plane/compliant, and the same file gives a different verdict on either side of a flag removal.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import type { Diagnostic } from '../../src/engine/diagnostic.js';
import { createSession } from '../../src/engine/session.js';
import { lintSources } from '../../src/run/lint-source.js';
import { mustParse } from '../../src/k8s/versions.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The rules of the control-plane and node configuration pack (issue 6). */
const PACK = [
  'apiserver-admission-plugins',
  'apiserver-anonymous-auth',
  'apiserver-audit-log-retention',
  'apiserver-audit-logging',
  'apiserver-authorization-mode',
  'apiserver-encryption-provider-config',
  'apiserver-external-authn',
  'apiserver-kubelet-certificate-authority',
  'apiserver-service-account-lookup',
  'apiserver-service-account-token-expiration',
  'apiserver-token-auth-file',
  'audit-policy-api-version',
  'audit-policy-catch-all',
  'audit-policy-omit-request-received',
  'audit-policy-sensitive-bodies',
  'control-plane-always-allow-paths',
  'control-plane-flag-lifecycle',
  'control-plane-insecure-port',
  'control-plane-profiling',
  'controller-manager-service-account-credentials',
  'encryption-config-aescbc',
  'encryption-config-identity-first',
  'encryption-config-kms-v1',
  'encryption-config-placeholder-key',
  'encryption-config-secrets',
  'etcd-client-cert-auth',
  'etcd-peer-cert-auth',
  'kubelet-anonymous-auth',
  'kubelet-authorization-mode',
  'kubelet-protect-kernel-defaults',
  'kubelet-read-only-port',
  'kubelet-rotate-certificates',
];

const packRules = builtinRules.filter((r) => PACK.includes(r.meta.id));

function lintDir(dir: string, target?: string): Diagnostic[] {
  const full = path.join(root, dir);
  const sources = readdirSync(full)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(path.join(full, f), 'utf8') }));
  return lintSources(createSession(packRules, target ? { target: mustParse(target) } : {}), sources);
}

describe('examples/control-plane', () => {
  it('registers every rule of the pack', () => {
    expect(packRules.map((r) => r.meta.id).sort()).toEqual([...PACK].sort());
  });

  it('noncompliant: every rule of the pack fires (control-plane-insecure-port only applies before 1.24)', () => {
    const newest = new Set(lintDir('examples/control-plane/noncompliant').map((d) => d.ruleId));
    const old = new Set(lintDir('examples/control-plane/noncompliant', '1.23').map((d) => d.ruleId));
    expect(PACK.filter((id) => !newest.has(id))).toEqual(['control-plane-insecure-port']);
    expect(old.has('control-plane-insecure-port')).toBe(true);
  });

  // The compliant files describe a kubeadm 1.30/1.31 cluster (--authentication-config needs 1.29, its v1beta1 file 1.30).
  it.each([undefined, '1.30', '1.32'])('compliant: no rule of the pack fires (target %s)', (target) => {
    expect(lintDir('examples/control-plane/compliant', target).map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.message}`)).toEqual([]);
  });
});

describe('version flip: the same kube-apiserver manifest on 1.19, 1.23 and 1.24', () => {
  const file = 'examples/control-plane/noncompliant/kube-apiserver.yaml';
  const text = readFileSync(path.join(root, file), 'utf8');
  const verdict = (target: string) =>
    lintSources(createSession(packRules, { target: mustParse(target) }), [{ file, text }])
      .filter((d) => d.line === 24)
      .map((d) => `${d.ruleId} ${d.severity} ${d.messageId ?? ''}`);

  it('1.19: --insecure-port=8080 opens an unauthenticated port, and the flag is deprecated', () => {
    expect(verdict('1.19')).toEqual(['control-plane-flag-lifecycle warning deprecated', 'control-plane-insecure-port error open']);
  });

  it('1.23: only zero is allowed, so kube-apiserver refuses to start', () => {
    expect(verdict('1.23')).toEqual(['control-plane-flag-lifecycle warning deprecated', 'control-plane-insecure-port error refused']);
  });

  it('1.24: the flag is gone and kube-apiserver refuses to start', () => {
    expect(verdict('1.24')).toEqual(['control-plane-flag-lifecycle error removed']);
  });
});
