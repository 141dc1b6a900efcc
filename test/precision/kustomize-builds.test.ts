/**
 * kustomize builds inside one project (src/run/kustomize-patches.ts `kustomizeBuilds`): objects are judged
 * in the namespace `kustomize build` gives them (the namespace transformer of the outermost kustomization
 * that sets one, with the subjects of bindings that name its ServiceAccounts), and copies of an object are
 * compared only within one build root (kustomizations no other one builds are alternatives, applied one at
 * a time). The fixtures: kustomize-namespace (a base with a placeholder namespace built by an overlay that
 * sets its own) and kustomize-roots (install, test and staging each building one base).
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import type { Diagnostic } from '../../src/engine/diagnostic.js';
import { discoverFiles } from '../../src/load/discover.js';
import { kustomizationReader, kustomizeBuilds } from '../../src/run/kustomize-patches.js';
import { lint } from '../../src/run/lint.js';
import { runCli } from '../cli/helpers.js';
import { writeTree } from '../run/tree.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const now = '2026-06-01';
const line = (d: Diagnostic) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.message}`;

async function findings(inputs: string[], cwd = fixtures): Promise<string[]> {
  return (await lint(inputs, { cwd, settings: { now } })).diagnostics.map(line);
}

const work = mkdtempSync(path.join(tmpdir(), 'pci-lint-kustomize-builds-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe("kustomize's namespace", () => {
  it('objects are judged in the namespace the outermost kustomization sets, named with where it comes from', async () => {
    const found = await findings(['kustomize-namespace']);
    const joined = found.filter((l) => / (namespace-resource-quota|network-default-deny|service-account-privileges) /.test(l));
    expect(joined).toEqual([
      // The base sets `shop`, the overlay `shop-prod`: the overlay's transformer runs last.
      'kustomize-namespace/base/deployment.yaml:2:1 namespace-resource-quota Namespace "shop-prod" (set by kustomize-namespace/overlays/prod/kustomization.yaml) runs workloads but has neither a ResourceQuota nor a LimitRange, so its pods can use all of the cluster\'s CPU and memory.',
      // The subject named the ServiceAccount's placeholder namespace; kustomize moves both.
      'kustomize-namespace/base/rbac.yaml:11:5 service-account-privileges ServiceAccount "shop-prod/web" can do anything through ClusterRoleBinding "web-admin" → built-in ClusterRole "cluster-admin", rule 1 of the Kubernetes bootstrap policy.',
    ]);
    // The overlay's deny-all policy, written with `namespace: shop-prod`, covers the base's Deployment.
    expect(found.some((l) => / network-default-deny /.test(l))).toBe(false);
  });

  it("the base linted alone is its own build, in its own namespace", async () => {
    const found = (await findings(['kustomize-namespace/base'])).filter((l) => / (namespace-resource-quota|network-default-deny|service-account-privileges) /.test(l));
    expect(found).toEqual([
      'kustomize-namespace/base/deployment.yaml:2:1 namespace-resource-quota Namespace "shop" (set by kustomize-namespace/base/kustomization.yaml) runs workloads but has neither a ResourceQuota nor a LimitRange, so its pods can use all of the cluster\'s CPU and memory.',
      'kustomize-namespace/base/deployment.yaml:2:1 network-default-deny Namespace "shop" (set by kustomize-namespace/base/kustomization.yaml) runs workloads but no NetworkPolicy with podSelector: {} denies ingress and egress traffic by default, so its pods accept connections from anywhere and can connect anywhere unless another policy selects them.',
      'kustomize-namespace/base/rbac.yaml:11:5 service-account-privileges ServiceAccount "shop/web" can do anything through ClusterRoleBinding "web-admin" → built-in ClusterRole "cluster-admin", rule 1 of the Kubernetes bootstrap policy.',
    ]);
  });
});

describe('kustomize build roots', () => {
  it('copies are compared within one build: alternative roots do not collide, a copy inside one build does', async () => {
    const found = (await findings(['kustomize-roots'])).filter((l) => / duplicate-object /.test(l));
    expect(found).toEqual([
      'kustomize-roots/install/settings.yaml:5:9 duplicate-object ConfigMap "app-settings" in namespace "app-system" is defined again here; it is first defined in kustomize-roots/bases/app/settings.yaml at line 4. The cluster keeps only the copy applied last, so the one reviewed may not be the one that runs.',
    ]);
  });

  it('each file gets one view per distinct thing its builds do to it, with the roots that do it, the first root first', async () => {
    const cwd = fixtures;
    const discovery = await discoverFiles(['kustomize-roots', 'kustomize-namespace'], { cwd });
    const builds = kustomizeBuilds(discovery.files, kustomizationReader(1 << 20), cwd, 1 << 20);
    const of = (file: string) => builds.get(path.join(cwd, file));
    // install and test both give app-system, each by its own kustomization: three views.
    expect(of('kustomize-roots/bases/app/settings.yaml')).toEqual([
      { namespace: 'app-system', namespaceFrom: 'kustomize-roots/install/kustomization.yaml', roots: ['kustomize-roots/install'], accounts: [] },
      { namespace: 'app-staging', namespaceFrom: 'kustomize-roots/staging/kustomization.yaml', roots: ['kustomize-roots/staging'], accounts: [] },
      { namespace: 'app-system', namespaceFrom: 'kustomize-roots/test/kustomization.yaml', roots: ['kustomize-roots/test'], accounts: [] },
    ]);
    expect(of('kustomize-roots/staging/quota.yaml')).toEqual([{ namespace: 'app-staging', namespaceFrom: 'kustomize-roots/staging/kustomization.yaml', roots: ['kustomize-roots/staging'], accounts: [] }]);
    expect(of('kustomize-namespace/base/rbac.yaml')).toEqual([
      {
        namespace: 'shop-prod',
        namespaceFrom: 'kustomize-namespace/overlays/prod/kustomization.yaml',
        roots: ['kustomize-namespace/overlays/prod'],
        accounts: [{ name: 'web', stated: 'system', namespace: 'shop-prod' }],
      },
    ]);
    // Kustomization files and files no kustomization lists are in no build.
    expect(of('kustomize-roots/install/kustomization.yaml')).toBeUndefined();
  });
});

describe('projects with kustomize builds', () => {
  cpSync(path.join(fixtures, 'kustomize-namespace'), path.join(work, 'tree', 'kustomize-namespace'), { recursive: true });
  cpSync(path.join(fixtures, 'kustomize-roots'), path.join(work, 'tree', 'kustomize-roots'), { recursive: true });
  cpSync(path.join(fixtures, 'kustomize-two-builds'), path.join(work, 'tree', 'kustomize-two-builds'), { recursive: true });
  cpSync(path.join(fixtures, 'kustomize-shared-binding'), path.join(work, 'tree', 'kustomize-shared-binding'), { recursive: true });
  const tree = path.join(work, 'tree');

  it('linting them together reports for each exactly what linting it alone reports', async () => {
    const projects = ['kustomize-namespace', 'kustomize-roots', 'kustomize-two-builds', 'kustomize-shared-binding'];
    const alone: string[] = [];
    for (const project of projects) alone.push(...(await findings([project], tree)));
    alone.sort();
    expect(alone.length).toBeGreaterThan(0);
    expect((await findings(projects, tree)).sort()).toEqual(alone);
    expect((await findings(['.'], tree)).sort()).toEqual(alone);
  });

  it('a run split in shards and merged reports what a single run reports', async () => {
    const cli = (argv: readonly string[]) => runCli(['--no-config', '--k8s-version', '1.30', ...argv], { cwd: tree, registry: builtinRules });
    const single = await cli(['-f', 'json', '.']);
    const parts = [1, 2, 3].map((i) => path.join(work, `part-${i}.json`));
    for (const [i, part] of parts.entries()) expect((await cli(['--shard', `${i + 1}/3`, '--partial', part, '.'])).code).toBe(0);
    const merged = await cli(['merge', '-f', 'json', ...parts]);
    expect(JSON.parse(single.stdout)).not.toEqual([]);
    expect(merged.stdout).toBe(single.stdout);
  }, 120_000);
});

describe("kustomize's namePrefix and nameSuffix", () => {
  // kustomize-name-prefix: a root (pay-, -v1) builds operator/ (shop-, its ClusterRole "manager" reads
  // Secrets) and extra/ (no affix, a harmless ClusterRole "manager"), each with the Namespace "shop". Built,
  // the roles are pay-shop-manager-v1 and pay-manager-v1: two roles, each bound by the binding beside it.
  it('each file gets the affixes of the kustomizations on the way from its root, inner ones inside', async () => {
    const cwd = fixtures;
    const discovery = await discoverFiles(['kustomize-name-prefix'], { cwd });
    const builds = kustomizeBuilds(discovery.files, kustomizationReader(1 << 20), cwd, 1 << 20);
    expect(builds.get(path.join(cwd, 'kustomize-name-prefix/operator/rbac.yaml'))?.map((view) => view.nameAffix)).toEqual(['pay-shop-\u0000-v1']);
    expect(builds.get(path.join(cwd, 'kustomize-name-prefix/extra/rbac.yaml'))?.map((view) => view.nameAffix)).toEqual(['pay-\u0000-v1']);
  });

  it('same-named objects that the build names apart are neither duplicates nor read for each other', async () => {
    const found = (await findings(['kustomize-name-prefix'])).filter((l) => !/ namespace-pod-security-label /.test(l));
    expect(found).toEqual([
      'kustomize-name-prefix/operator/rbac.yaml:20:5 service-account-privileges ServiceAccount "shop/controller" can read Secrets in every namespace through ClusterRoleBinding "manager" → ClusterRole "manager", rule 1 at kustomize-name-prefix/operator/rbac.yaml:8:13.',
      // A Namespace keeps its name under namePrefix, as in kustomize: the two copies are one object.
      'kustomize-name-prefix/operator/rbac.yaml:26:9 duplicate-object Namespace "shop" is defined again here; it is first defined in kustomize-name-prefix/extra/rbac.yaml at line 26. The cluster keeps only the copy applied last, so the one reviewed may not be the one that runs.',
    ]);
  });
});

describe('a base built into two namespaces', () => {
  // kustomize-two-builds: base/ (a Deployment with a privileged container, its image-digest finding waived
  // by annotation) built by overlays/prod (namespace prod, a default-deny NetworkPolicy) and
  // overlays/staging (namespace staging, none); both have a ResourceQuota.
  const root = 'kustomize-two-builds';
  const staging = (dir: string) =>
    `${dir}/base/deployment.yaml:2:1 network-default-deny Namespace "staging" (set by ${dir}/overlays/staging/kustomization.yaml) runs workloads but no NetworkPolicy with podSelector: {} denies ingress and egress traffic by default, so its pods accept connections from anywhere and can connect anywhere unless another policy selects them.`;
  const once = (dir: string) => [
    `${dir}/base/deployment.yaml:19:5 default-service-account Deployment "web" sets no serviceAccountName, so it runs as the namespace's "default" ServiceAccount, an identity every other such pod shares.`,
    `${dir}/base/deployment.yaml:31:13 privileged-container Container "web" runs privileged, with full access to the node.`,
  ];
  const judged = (found: string[]) => found.filter((l) => !/ (image-signature-policy|log-shipping-present|runtime-monitoring-present) /.test(l));
  /** A copy of the fixture under `work`, with `edit` applied to it. */
  const copy = (name: string, edit: (dir: string) => void = () => undefined): string => {
    const dir = path.join(work, name);
    cpSync(path.join(fixtures, root), path.join(dir, root), { recursive: true });
    edit(path.join(dir, root));
    return dir;
  };

  it('each build is judged in its own namespace: the one without a default-deny is reported, once, naming the kustomization that set it', async () => {
    // prod sorts first and has the policy: judged in prod alone, staging's finding was missing.
    expect(judged(await findings([root]))).toEqual([staging(root), ...once(root)]);
  });

  it('whichever overlay sorts first, the same findings', async () => {
    // overlays/z-prod sorts after overlays/staging.
    const cwd = copy('sorted', (dir) => {
      renameSync(path.join(dir, 'overlays/prod'), path.join(dir, 'overlays/z-prod'));
    });
    expect(judged(await findings([root], cwd))).toEqual([staging(root), ...once(root)]);
  });

  it('the base file gets one view per overlay, the first root first', async () => {
    const discovery = await discoverFiles([root], { cwd: fixtures });
    const builds = kustomizeBuilds(discovery.files, kustomizationReader(1 << 20), fixtures, 1 << 20);
    expect(builds.get(path.join(fixtures, root, 'base/deployment.yaml'))).toEqual([
      { namespace: 'prod', namespaceFrom: `${root}/overlays/prod/kustomization.yaml`, roots: [`${root}/overlays/prod`], accounts: [] },
      { namespace: 'staging', namespaceFrom: `${root}/overlays/staging/kustomization.yaml`, roots: [`${root}/overlays/staging`], accounts: [] },
    ]);
  });

  it("an object's annotation waives a finding of any of its builds, and is unused only when no build's finding needs it", async () => {
    const cwd = copy('waived', (dir) => {
      const file = path.join(dir, 'base/deployment.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('pci-lint.io/ignore: image-digest', 'pci-lint.io/ignore: image-digest, network-default-deny, pss-host-ports'));
    });
    expect(judged(await findings([root], cwd))).toEqual([
      `${root}/base/deployment.yaml:8:5 unused-suppression This pci-lint.io/ignore annotation silences "pss-host-ports", which reports nothing on this object; remove it.`,
      ...once(root),
    ]);
  });

  it('the cache keeps each build view apart: an overlay added later is judged though the base is unchanged', async () => {
    const cwd = copy('cached');
    const options = { cwd, settings: { now }, cache: true, cacheLocation: '.cache', cacheKeyFile: path.join(work, 'cache-key') };
    const cached = async () => judged((await lint([root], options)).diagnostics.map(line));
    expect(await cached()).toEqual([staging(root), ...once(root)]);
    expect(await cached()).toEqual([staging(root), ...once(root)]);
    cpSync(path.join(cwd, root, 'overlays/staging'), path.join(cwd, root, 'overlays/test'), { recursive: true });
    const file = path.join(cwd, root, 'overlays/test/kustomization.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('namespace: staging', 'namespace: test'));
    expect(await cached()).toEqual([staging(root), staging(root).replaceAll('staging', 'test'), ...once(root)]);
  });

  it('a baseline holds the findings of each build; a build added later brings only what holds for it', async () => {
    const cwd = copy('baseline');
    const cli = (argv: readonly string[]) => runCli(['--no-config', '--k8s-version', '1.30', ...argv], { cwd, registry: builtinRules });
    expect((await cli(['--write-baseline', 'baseline.json', root])).code).toBe(0);
    const again = await cli(['-f', 'json', '--baseline', 'baseline.json', root]);
    expect(JSON.parse(again.stdout)).toEqual([]);
    // `test` sorts after prod and staging: the findings kept from the first view keep their fingerprints.
    cpSync(path.join(cwd, root, 'overlays/staging'), path.join(cwd, root, 'overlays/test'), { recursive: true });
    const file = path.join(cwd, root, 'overlays/test/kustomization.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('namespace: staging', 'namespace: test'));
    const added = JSON.parse((await cli(['-f', 'json', '--baseline', 'baseline.json', root])).stdout) as Diagnostic[];
    expect(added.map((d) => `${d.ruleId} ${d.message}`)).toEqual([staging(root).replace(/^\S+ /, '').replaceAll('staging', 'test')]);
  }, 60_000);
});

describe('a binding built by two roots, only one of which runs its workload in the namespace it names', () => {
  // kustomize-shared-binding: full/ (namespace ops) and lite/ (none) each build app/ (ServiceAccount and
  // Deployment "agent") and rbac/ (cluster-admin for ops/agent). The binding is one subject in two builds.
  it('is one finding, naming the workload that mounts the token in the build where it does', async () => {
    const found = await findings(['kustomize-shared-binding']);
    expect(found.filter((l) => / (service-account-privileges|rbac-cluster-admin-binding) /.test(l))).toEqual([
      'kustomize-shared-binding/rbac/binding.yaml:11:5 service-account-privileges ServiceAccount "ops/agent" can do anything through ClusterRoleBinding "agent-admin" → built-in ClusterRole "cluster-admin", rule 1 of the Kubernetes bootstrap policy; mounted by Deployment "agent".',
    ]);
    // What does depend on the build is one finding per build, each naming its namespace.
    expect(found.filter((l) => / network-default-deny /.test(l)).map((l) => l.replace(/ runs workloads .*/, ''))).toEqual([
      'kustomize-shared-binding/app/agent.yaml:7:1 network-default-deny Namespace "ops" (set by kustomize-shared-binding/full/kustomization.yaml)',
      'kustomize-shared-binding/app/agent.yaml:7:1 network-default-deny The unspecified namespace (objects without metadata.namespace; set the defaultNamespace setting to name it)',
    ]);
  });

  it('waived by a comment, is one waiver in the register, and the comment is used', async () => {
    const cwd = path.join(work, 'shared-binding-waived');
    cpSync(path.join(fixtures, 'kustomize-shared-binding'), path.join(cwd, 'kustomize-shared-binding'), { recursive: true });
    const file = path.join(cwd, 'kustomize-shared-binding/rbac/binding.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('    name: agent\n', '    # pci-lint-disable-next-line service-account-privileges -- the agent reconciles the whole cluster\n    name: agent\n'));
    const run = await lint(['kustomize-shared-binding'], { cwd, settings: { now } });
    expect(run.diagnostics.filter((d) => /^(service-account-privileges|unused-suppression|rbac-cluster-admin-binding)$/.test(d.ruleId)).map(line)).toEqual([]);
    expect(run.evidence.waivers.map((w) => `${w.at.file}:${w.at.line}:${w.at.column} ${w.ruleId} ${w.finding.line}:${w.finding.column}`)).toEqual([
      'kustomize-shared-binding/rbac/binding.yaml:11:5 service-account-privileges 12:5',
    ]);
  });
});

describe('one root that builds a base twice', () => {
  // root/ lists blue/ (namespace blue) and green/ (namespace green), each building ../base: one
  // `kustomize build` holds two copies of the Deployment, one per namespace. Only blue has a default-deny.
  const deployment = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: registry.example.com/web:1\n';
  const deny = 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: deny-all\nspec:\n  podSelector: {}\n  policyTypes: [Ingress, Egress]\n';
  const cwd = writeTree(path.join(work, 'twice'), {
    'base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
    'base/deployment.yaml': deployment,
    'blue/kustomization.yaml': 'namespace: blue\nresources:\n  - ../base\n  - deny.yaml\n',
    'blue/deny.yaml': deny,
    'green/kustomization.yaml': 'namespace: green\nresources:\n  - ../base\n',
    'root/kustomization.yaml': 'resources:\n  - ../blue\n  - ../green\n',
  });

  it('gives the base two views of that root, judges each copy in its namespace, and the copies are not duplicates', async () => {
    const discovery = await discoverFiles(['.'], { cwd });
    const builds = kustomizeBuilds(discovery.files, kustomizationReader(1 << 20), cwd, 1 << 20);
    expect(builds.get(path.join(cwd, 'base/deployment.yaml'))).toEqual([
      { namespace: 'blue', namespaceFrom: 'blue/kustomization.yaml', roots: ['root'], accounts: [] },
      { namespace: 'green', namespaceFrom: 'green/kustomization.yaml', roots: ['root'], accounts: [] },
    ]);
    const found = (await findings(['.'], cwd)).filter((l) => / (network-default-deny|duplicate-object|privileged-container) /.test(l));
    expect(found).toEqual([
      'base/deployment.yaml:2:1 network-default-deny Namespace "green" (set by green/kustomization.yaml) runs workloads but no NetworkPolicy with podSelector: {} denies ingress and egress traffic by default, so its pods accept connections from anywhere and can connect anywhere unless another policy selects them.',
    ]);
  });
});

describe('alternative roots that build one namespace', () => {
  // dev, staging and prod each build the base into namespace shop; only prod adds a default-deny policy
  // and a ResourceQuota. Each root is applied on its own (another cluster), so prod's objects do not cover
  // the pods dev and staging run.
  const deployment = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: nginx\n';
  const deny = 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: deny-all\nspec:\n  podSelector: {}\n  policyTypes: [Ingress, Egress]\n';
  const quota = 'apiVersion: v1\nkind: ResourceQuota\nmetadata:\n  name: shop\nspec:\n  hard:\n    pods: "10"\n';
  const cwd = writeTree(path.join(work, 'one-namespace'), {
    'base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
    'base/deployment.yaml': deployment,
    'dev/kustomization.yaml': 'namespace: shop\nresources:\n  - ../base\n',
    'staging/kustomization.yaml': 'namespace: shop\nresources:\n  - ../base\n',
    'prod/kustomization.yaml': 'namespace: shop\nresources:\n  - ../base\n  - deny.yaml\n  - quota.yaml\n',
    'prod/deny.yaml': deny,
    'prod/quota.yaml': quota,
  });
  const joined = (found: string[]) => found.filter((l) => / (network-default-deny|namespace-resource-quota) /.test(l));

  it("reports the namespace for the roots whose build has no policy or quota, naming them", async () => {
    const found = joined(await findings(['base', 'dev', 'staging', 'prod'], cwd));
    expect(found).toEqual([
      'base/deployment.yaml:2:1 namespace-resource-quota Namespace "shop" in the builds of dev and staging runs workloads but has neither a ResourceQuota nor a LimitRange, so its pods can use all of the cluster\'s CPU and memory.',
      'base/deployment.yaml:2:1 network-default-deny Namespace "shop" in the builds of dev and staging runs workloads but no NetworkPolicy with podSelector: {} denies ingress and egress traffic by default, so its pods accept connections from anywhere and can connect anywhere unless another policy selects them.',
    ]);
  });

  it('a root linted alone is reported the same way, and prod alone is covered', async () => {
    expect(joined(await findings(['base', 'dev'], cwd))).toEqual([
      'base/deployment.yaml:2:1 namespace-resource-quota Namespace "shop" (set by dev/kustomization.yaml) runs workloads but has neither a ResourceQuota nor a LimitRange, so its pods can use all of the cluster\'s CPU and memory.',
      'base/deployment.yaml:2:1 network-default-deny Namespace "shop" (set by dev/kustomization.yaml) runs workloads but no NetworkPolicy with podSelector: {} denies ingress and egress traffic by default, so its pods accept connections from anywhere and can connect anywhere unless another policy selects them.',
    ]);
    expect(joined(await findings(['base', 'prod'], cwd))).toEqual([]);
  });

  it('a direction that other builds miss is its own finding; past three roots the message counts the rest', async () => {
    const ingressOnly = deny.replace('policyTypes: [Ingress, Egress]', 'policyTypes: [Ingress]');
    const overlay = (extra = '') => `namespace: shop\nresources:\n  - ../base\n${extra}`;
    const tree = writeTree(path.join(work, 'one-namespace-directions'), {
      'base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
      'base/deployment.yaml': deployment,
      'a/kustomization.yaml': overlay(),
      'b/kustomization.yaml': overlay(),
      'c/kustomization.yaml': overlay(),
      'd/kustomization.yaml': overlay(),
      'e/kustomization.yaml': overlay('  - deny.yaml\n'),
      'e/deny.yaml': ingressOnly,
      'f/kustomization.yaml': overlay('  - deny.yaml\n'),
      'f/deny.yaml': deny,
    });
    const found = (await findings(['base', 'a', 'b', 'c', 'd', 'e', 'f'], tree)).filter((l) => / network-default-deny /.test(l));
    expect(found).toEqual([
      'base/deployment.yaml:2:1 network-default-deny Namespace "shop" in the builds of a, b, c and 1 more runs workloads but no NetworkPolicy with podSelector: {} denies ingress traffic by default, so its pods accept connections from anywhere unless another policy selects them.',
      'base/deployment.yaml:2:1 network-default-deny Namespace "shop" in the builds of a, b, c and 2 more runs workloads but no NetworkPolicy with podSelector: {} denies egress traffic by default, so its pods can connect anywhere unless another policy selects them.',
    ]);
  });

  it('a policy of the project outside every build (a file no kustomization lists) covers every root, as before', async () => {
    const plain = writeTree(path.join(work, 'one-namespace-plain'), {
      'base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
      'base/deployment.yaml': deployment,
      'dev/kustomization.yaml': 'namespace: shop\nresources:\n  - ../base\n',
      'prod/kustomization.yaml': 'namespace: shop\nresources:\n  - ../base\n',
      'base/policies.yaml': `${deny.replace('  name: deny-all\n', '  name: deny-all\n  namespace: shop\n')}---\n${quota.replace('  name: shop\n', '  name: shop\n  namespace: shop\n')}`,
    });
    expect(joined(await findings(['.'], plain))).toEqual([]);
  });
});
