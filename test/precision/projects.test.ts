/**
 * Cross-resource checks join facts only inside one project (src/run/projects.ts). The fixtures under
 * fixtures/projects are three projects of the shapes real repositories have: a kustomize base (`shop`,
 * with its own default-deny NetworkPolicy and ServiceAccount), a rendered Helm release (`blog`, `# Source:`
 * comments) and a plain folder (`plain`) whose Deployment names a ServiceAccount `web` that only the other
 * two define.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/engine/diagnostic.js';
import { lint } from '../../src/run/lint.js';

const cwd = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'projects');
const now = '2026-06-01';

const line = (d: Diagnostic) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.message}`;

async function findings(inputs: string[], projects?: string[]): Promise<string[]> {
  const result = await lint(inputs, { cwd, settings: { now }, ...(projects && { projects }) });
  return result.diagnostics.map(line);
}

describe('projects', () => {
  it('linting projects together reports for each exactly what linting it alone reports', async () => {
    const alone = [...(await findings(['shop'])), ...(await findings(['blog'])), ...(await findings(['plain']))].sort();
    expect(alone.length).toBeGreaterThan(0);
    expect((await findings(['shop', 'blog', 'plain'])).sort()).toEqual(alone);
    // One path holding all three: the kustomization and the Helm release are projects of their own.
    expect((await findings(['.'])).sort()).toEqual(alone);
  });

  it('a ServiceAccount or a deny-all NetworkPolicy of one project does not satisfy another', async () => {
    const plain = await findings(['plain']);
    const together = (await findings(['.'])).filter((l) => l.startsWith('plain/'));
    expect(together).toEqual(plain);
    expect(plain.some((l) => / network-default-deny /.test(l))).toBe(true);
    const shop = (await findings(['.'])).filter((l) => l.startsWith('shop/'));
    expect(shop.some((l) => / network-default-deny /.test(l))).toBe(false);
  });

  it('whole-input notes are per project, at a file of that project', async () => {
    const notes = (await findings(['.'])).filter((l) => / log-shipping-present /.test(l));
    expect(notes.map((l) => l.split('/')[0])).toEqual(['blog', 'plain', 'shop']);
  });

  it('the configuration can make several directories one project', async () => {
    const joined = await findings(['.'], ['.']);
    expect(joined.filter((l) => / log-shipping-present /.test(l))).toHaveLength(1);
    // shop's deny-all policy (namespaceless, like plain's worker) now covers plain's worker too.
    expect(joined.some((l) => l.startsWith('plain/') && / network-default-deny /.test(l))).toBe(false);
  });

  it('files named one by one (as pre-commit names them) are one project, as their folder is', async () => {
    // shop's objects without its kustomization.yaml: a plain folder of a Deployment, its ServiceAccount
    // and a deny-all NetworkPolicy, each in a file of its own.
    const dir = mkdtempSync(path.join(tmpdir(), 'pci-lint-named-'));
    try {
      for (const file of ['deployment.yaml', 'networkpolicy.yaml', 'serviceaccount.yaml']) cpSync(path.join(cwd, 'shop', file), path.join(dir, file));
      const lintIn = async (inputs: string[]) => (await lint(inputs, { cwd: dir, settings: { now } })).diagnostics.map(line);
      const folder = await lintIn(['.']);
      expect(await lintIn(['deployment.yaml', 'networkpolicy.yaml', 'serviceaccount.yaml'])).toEqual(folder);
      // Judged alone, the Deployment would lack its NetworkPolicy and ServiceAccount.
      expect(folder.some((l) => / network-default-deny /.test(l))).toBe(false);
      expect((await lintIn(['deployment.yaml'])).some((l) => / network-default-deny /.test(l))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('alternative bundles in one project', () => {
  it('each copy of a binding is reported in its own file, with the role rule of its own file', async () => {
    const found = (await lint(['bundles'], { cwd: path.join(cwd, '..'), settings: { now } })).diagnostics.filter((d) => d.ruleId === 'service-account-privileges');
    expect(found.map(line)).toEqual([
      'bundles/cluster-install.yaml:28:5 service-account-privileges ServiceAccount "ops/sync" can read Secrets in every namespace through ClusterRoleBinding "sync" → ClusterRole "sync", rule 1 at bundles/cluster-install.yaml:16:13.',
      'bundles/install.yaml:28:5 service-account-privileges ServiceAccount "ops/sync" can read Secrets in every namespace through ClusterRoleBinding "sync" → ClusterRole "sync", rule 1 at bundles/install.yaml:16:13.',
    ]);
  });
});

describe('kustomize components', () => {
  it('a kustomization that another one builds from is part of that one: its namespace facts are reported once', async () => {
    const found = (await lint(['components'], { cwd: path.join(cwd, '..'), settings: { now } })).diagnostics;
    const projectWide = found.filter((d) => ['network-default-deny', 'namespace-resource-quota', 'log-shipping-present'].includes(d.ruleId));
    expect(projectWide.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`)).toEqual([
      'components/kustomization.yaml:2:1 log-shipping-present',
      'components/web/deployment.yaml:2:1 namespace-resource-quota',
      'components/web/deployment.yaml:2:1 network-default-deny',
    ]);
    // Linted alone, a component is a project of its own.
    const alone = (await lint(['components/worker'], { cwd: path.join(cwd, '..'), settings: { now } })).diagnostics;
    expect(alone.filter((d) => d.ruleId === 'network-default-deny').map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual(['components/worker/deployment.yaml:2:1']);
  });
});

describe('a kustomize base shared by two builds', () => {
  it('joins both builds: the workload of the second sees the binding of the shared base', async () => {
    const found = (await lint(['shared-base'], { cwd: path.join(cwd, '..'), settings: { now } })).diagnostics;
    expect(found.filter((d) => d.ruleId === 'automount-service-account-token' || d.ruleId === 'service-account-automount').map((d) => d.file)).toEqual([]);
    // One project: its namespace facts are reported once.
    expect(found.filter((d) => d.ruleId === 'network-default-deny').map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual(['shared-base/controller-ha/workload.yaml:2:1']);
  });
});
