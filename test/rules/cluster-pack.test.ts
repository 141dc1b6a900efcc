/**
 * The cluster-wide pack (issue 7) on the example manifests: every rule fires on
 * examples/noncompliant/cluster-*.yaml, at the lines counted by hand below, and none fires on
 * examples/compliant. The run date and target are fixed so the results do not depend on today.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { createSession } from '../../src/engine/session.js';
import { lintSources } from '../../src/run/lint-source.js';
import { parseVersion } from '../../src/k8s/versions.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PACK_IDS = [
  'exposed-admin-port',
  'public-load-balancer',
  'kubernetes-version-support',
  'log-shipping-present',
  'namespace-resource-quota',
  'network-default-deny',
  'runtime-monitoring-present',
  'secret-in-configmap',
  'secret-in-env',
  'secret-management',
];
const PACK = builtinRules.filter((r) => PACK_IDS.includes(r.meta.id));

function lintFolder(folder: string, filter: (file: string) => boolean, target: string): string[] {
  const dir = path.join(ROOT, 'examples', folder);
  const sources = readdirSync(dir)
    .filter(filter)
    .sort()
    .map((file) => ({ file, text: readFileSync(path.join(dir, file), 'utf8') }));
  const session = createSession(PACK, { target: parseVersion(target)!, settings: { now: '2026-11-24' } });
  // Other packs' suppressions in the examples show up as unused when only this pack runs: keep the pack's own findings.
  return lintSources(session, sources)
    .filter((d) => PACK_IDS.includes(d.ruleId))
    .map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.ruleId}`);
}

const isCluster = (f: string) => f.startsWith('cluster-');

describe('cluster-wide pack on the examples', () => {
  it('finds the missing default-deny, the exposed admin ports and the leaked credentials at their lines', () => {
    expect(lintFolder('noncompliant', isCluster, '1.37')).toEqual([
      'cluster-admin-exposure.yaml:5:1 info log-shipping-present',
      'cluster-admin-exposure.yaml:5:1 info runtime-monitoring-present',
      'cluster-admin-exposure.yaml:8:3 warning namespace-resource-quota',
      'cluster-admin-exposure.yaml:8:3 error network-default-deny',
      'cluster-admin-exposure.yaml:39:7 error exposed-admin-port',
      'cluster-admin-exposure.yaml:70:17 error exposed-admin-port',
      'cluster-admin-exposure.yaml:86:11 error exposed-admin-port',
      'cluster-admin-exposure.yaml:103:3 warning namespace-resource-quota',
      'cluster-admin-exposure.yaml:118:15 error exposed-admin-port',
      'cluster-billing-secrets.yaml:9:1 info secret-management',
      'cluster-billing-secrets.yaml:20:3 error secret-in-configmap',
      'cluster-billing-secrets.yaml:22:5 error secret-in-configmap',
      'cluster-billing-secrets.yaml:30:3 warning namespace-resource-quota',
      'cluster-billing-secrets.yaml:30:3 error network-default-deny',
      'cluster-shop.yaml:7:3 warning namespace-resource-quota',
      'cluster-shop.yaml:7:3 error network-default-deny',
      'cluster-shop.yaml:20:7 error network-default-deny',
      'cluster-shop.yaml:29:3 error secret-in-configmap',
      'cluster-shop.yaml:33:5 error secret-in-configmap',
      'cluster-shop.yaml:59:15 error secret-in-env',
      'cluster-shop.yaml:69:9 info public-load-balancer',
      'cluster-shop.yaml:81:3 warning namespace-resource-quota',
      'cluster-shop.yaml:81:3 error network-default-deny',
    ]);
  });

  it('reports an unsupported target once, at the first object of the input', () => {
    expect(lintFolder('noncompliant', isCluster, '1.30').filter((l) => l.endsWith('kubernetes-version-support'))).toEqual([
      'cluster-admin-exposure.yaml:5:1 error kubernetes-version-support',
    ]);
  });

  it('every rule of the pack fires on the noncompliant examples', () => {
    const fired = new Set([...lintFolder('noncompliant', isCluster, '1.37'), ...lintFolder('noncompliant', isCluster, '1.30')].map((l) => l.split(' ').at(-1)));
    expect(PACK_IDS.filter((id) => !fired.has(id))).toEqual([]);
  });

  it('no rule of the pack fires on examples/compliant', () => {
    expect(lintFolder('compliant', () => true, '1.37')).toEqual([]);
  });
});
