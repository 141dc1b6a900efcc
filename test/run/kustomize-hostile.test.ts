/**
 * A kustomization added or edited by the author of a change must not move objects that `kustomize build`
 * would not move (src/run/kustomize-patches.ts `kustomizeBuilds`). kustomize's default load restrictor
 * (LoadRestrictionsRootOnly) refuses a resource *file* that is not in or below the kustomization's directory,
 * its real path checked (a symbolic link inside pointing outside is refused too): kubectl kustomize v5.5.0
 * says "security; file '.../apps/pod.yaml' is not in or below '.../evil'" and builds nothing.
 */
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTree } from './tree.js';
import { discoverFiles } from '../../src/load/discover.js';
import { kustomizationReader, kustomizeBuilds } from '../../src/run/kustomize-patches.js';
import { lint } from '../../src/run/lint.js';

const work = mkdtempSync(path.join(tmpdir(), 'pci-lint-kustomize-hostile-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const tree = (name: string, files: Record<string, string>): string => writeTree(path.join(work, name), files);

const pod = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: p', '  namespace: payments', 'spec:', '  containers:', '  - name: c', '    image: x', ''].join('\n');
const secure = [
  'apiVersion: networking.k8s.io/v1',
  'kind: NetworkPolicy',
  'metadata:',
  '  name: deny',
  '  namespace: secure',
  'spec:',
  '  podSelector: {}',
  '  policyTypes: [Ingress, Egress]',
  '---',
  'apiVersion: v1',
  'kind: ResourceQuota',
  'metadata:',
  '  name: q',
  '  namespace: secure',
  'spec:',
  '  hard:',
  '    pods: "10"',
  '',
].join('\n');

async function namespaceFindings(cwd: string): Promise<string[]> {
  const result = await lint(['.'], { cwd, settings: { now: '2026-06-01' } });
  return result.diagnostics.filter((d) => /^(network-default-deny|namespace-resource-quota)$/.test(d.ruleId)).map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`);
}

describe('a kustomization that lists a file outside its directory', () => {
  it('does not move that file into its namespace (kustomize refuses to build it)', async () => {
    const cwd = tree('outside', { 'apps/pod.yaml': pod, 'secure/policies.yaml': secure, 'evil/kustomization.yaml': 'namespace: secure\nresources:\n- ../apps/pod.yaml\n' });
    const discovery = await discoverFiles(['.'], { cwd });
    const builds = kustomizeBuilds(discovery.files, kustomizationReader(1 << 20), cwd, 1 << 20);
    expect(builds.get(path.join(cwd, 'apps/pod.yaml'))).toBeUndefined();
    expect(await namespaceFindings(cwd)).toEqual(['apps/pod.yaml:5:3 namespace-resource-quota', 'apps/pod.yaml:5:3 network-default-deny']);
  });

  it('nor through a symbolic link inside its directory', async () => {
    const cwd = tree('link', { 'apps/pod.yaml': pod, 'secure/policies.yaml': secure, 'evil/kustomization.yaml': 'namespace: secure\nresources:\n- pod.yaml\n' });
    symlinkSync('../apps/pod.yaml', path.join(cwd, 'evil/pod.yaml'));
    const discovery = await discoverFiles(['apps', 'evil/kustomization.yaml'], { cwd });
    const builds = kustomizeBuilds(discovery.files, kustomizationReader(1 << 20), cwd, 1 << 20);
    expect([...builds.keys()]).toEqual([]);
  });

  it('a file in or below its directory is still built', async () => {
    const cwd = tree('inside', { 'evil/apps/pod.yaml': pod, 'evil/kustomization.yaml': 'namespace: secure\nresources:\n- ./apps/../apps/pod.yaml\n' });
    const discovery = await discoverFiles(['.'], { cwd });
    const builds = kustomizeBuilds(discovery.files, kustomizationReader(1 << 20), cwd, 1 << 20);
    expect(builds.get(path.join(cwd, 'evil/apps/pod.yaml'))).toEqual([{ namespace: 'secure', namespaceFrom: 'evil/kustomization.yaml', roots: ['evil'], accounts: [] }]);
  });
});

describe('kustomizations that build one another many ways', () => {
  it('are walked once per way a namespace reaches them, not once per path (40 levels of two kustomizations each building both of the next)', async () => {
    const files: Record<string, string> = { 'kustomization.yaml': 'resources:\n- l0a\n- l0b\n' };
    const levels = 40;
    for (let i = 0; i <= levels; i++) {
      for (const side of ['a', 'b']) {
        files[`l${i}${side}/kustomization.yaml`] = i < levels ? `resources:\n- ../l${i + 1}a\n- ../l${i + 1}b\n` : 'namespace: deep\nresources:\n- pod.yaml\n';
        if (i === levels) files[`l${i}${side}/pod.yaml`] = pod;
      }
    }
    const cwd = tree('diamond', files);
    const discovery = await discoverFiles(['.'], { cwd });
    const started = Date.now();
    const builds = kustomizeBuilds(discovery.files, kustomizationReader(1 << 20), cwd, 1 << 20);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(builds.get(path.join(cwd, `l${levels}a/pod.yaml`))).toEqual([{ namespace: 'deep', namespaceFrom: `l${levels}a/kustomization.yaml`, roots: ['.'], accounts: [] }]);
  }, 20_000);
});

describe('a kustomization that lists a patch over a build reached many ways', () => {
  it('reads each base once, and a prefix on every way is bounded (2^40 ways to one pod)', async () => {
    const files: Record<string, string> = { 'kustomization.yaml': 'resources:\n- l0a\n- l0b\npatches:\n- path: patch.yaml\n', 'patch.yaml': pod.replace('name: p', 'name: absent') };
    const levels = 40;
    for (let i = 0; i <= levels; i++) {
      for (const side of ['a', 'b']) {
        files[`l${i}${side}/kustomization.yaml`] = i < levels ? `namePrefix: ${side}-\nresources:\n- ../l${i + 1}a\n- ../l${i + 1}b\n` : 'resources:\n- pod.yaml\n';
        if (i === levels) files[`l${i}${side}/pod.yaml`] = pod;
      }
    }
    const cwd = tree('patch-diamond', files);
    const started = Date.now();
    const result = await lint(['.'], { cwd, settings: { now: '2026-06-01' } });
    expect(Date.now() - started).toBeLessThan(10_000);
    // Too many names to judge: the patch stays a patch (checked for what it states), not an object.
    expect(result.diagnostics.filter((d) => d.file === 'patch.yaml').map((d) => d.ruleId)).toEqual([]);
  }, 30_000);
});

describe('a kustomization entry no file can be named', () => {
  it('a NUL byte in a resource, base or patch path costs nothing but that entry (it crashed the run, exit 2)', async () => {
    const cwd = tree('nul', { 'k/pod.yaml': pod, 'k/kustomization.yaml': 'namespace: secure\nresources:\n- "pod\\0.yaml"\n- "../x\\0"\n- pod.yaml\nbases:\n- "\\0"\npatches:\n- path: "p\\0.yaml"\n' });
    const result = await lint(['.'], { cwd, settings: { now: '2026-06-01' } });
    expect(result.diagnostics.filter((d) => d.ruleId === 'internal-error')).toEqual([]);
    expect(result.diagnostics.some((d) => d.file === 'k/pod.yaml' && d.ruleId === 'network-default-deny' && d.message.includes('"secure"'))).toBe(true);
  });
});

describe('a kustomization entry the file system refuses', () => {
  it('a path through a file, too long, or through a link loop costs nothing but that entry (ENOTDIR crashed the run, exit 2)', async () => {
    const cwd = tree('refused', {
      'k/pod.yaml': pod,
      'k/kustomization.yaml': `namespace: secure\nresources:\n- pod.yaml/x\n- ${'a'.repeat(5000)}\n- loop\n- loop/x\n- pod.yaml\n`,
    });
    symlinkSync('loop', path.join(cwd, 'k/loop'));
    const result = await lint(['k/pod.yaml', 'k/kustomization.yaml'], { cwd, settings: { now: '2026-06-01' } });
    expect(result.diagnostics.filter((d) => d.ruleId === 'internal-error')).toEqual([]);
    expect(result.diagnostics.some((d) => d.file === 'k/pod.yaml' && d.ruleId === 'network-default-deny' && d.message.includes('"secure"'))).toBe(true);
  });
});
