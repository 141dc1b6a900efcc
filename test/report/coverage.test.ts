/**
 * The coverage report (html, markdown, coverage-json) on whole runs of the CLI over scratch directories:
 * statuses per sub-item on managed-cluster manifests, a kubeadm cluster, rules turned off and rules that
 * need configuration; scope, waivers, the baseline, unreadable input; the target taken from the input;
 * the JSON Schema; escaping of everything user-written.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import type { CoverageReport, Status } from '../../src/report/coverage/model.js';
import { ROOT, runCli } from '../cli/helpers.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'pci-lint-coverage-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

let dirs = 0;
function project(files: Record<string, string>): string {
  const dir = path.join(scratch, `p${dirs++}`);
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return dir;
}

async function coverage(dir: string, ...args: string[]): Promise<{ report: CoverageReport; stderr: string; code: number }> {
  const { stdout, stderr, code } = await runCli(['-f', 'coverage-json', '--no-config', ...args, '.'], { cwd: dir, registry: builtinRules });
  return { report: JSON.parse(stdout) as CoverageReport, stderr, code };
}

const statusOf = (report: CoverageReport, id: string): Status => report.items.find((i) => i.id === id)!.status;
const checkOf = (report: CoverageReport, item: string, rule: string) => report.items.find((i) => i.id === item)!.checks.find((c) => c.ruleId === rule)!;

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      automountServiceAccountToken: false
      serviceAccountName: web
      containers:
        - name: app
          image: registry.example.com/web@sha256:${'a'.repeat(64)}
          securityContext: { privileged: true }
`;

const KUBEADM = `apiVersion: kubeadm.k8s.io/v1beta3
kind: ClusterConfiguration
kubernetesVersion: v1.33.2
apiServer:
  extraArgs:
    anonymous-auth: "false"
    token-auth-file: /etc/kubernetes/tokens.csv
`;

describe('statuses: nothing passes by absence', () => {
  it('a lone ConfigMap: control-plane and RBAC sub-items are not assessed, naming what to supply; only what was checked passes', async () => {
    const { report } = await coverage(project({ 'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: c }\ndata: { a: b }\n' }));
    for (const id of ['1.1', '1.4', '2.2', '4.2', '5.1', '7.1']) expect(statusOf(report, id), id).toBe('not-assessed');
    const anonymous = checkOf(report, '1.1', 'apiserver-anonymous-auth');
    expect(anonymous).toMatchObject({ status: 'not-assessed', missing: ['kube-apiserver'] });
    expect(anonymous.note).toContain('give --platform');
    expect(report.items.find((i) => i.id === '1.4')!.supply[0]).toContain('kube-apiserver static pod manifest');
    expect(checkOf(report, '6.1', 'secret-in-configmap').status).toBe('pass');
    expect(statusOf(report, '6.1')).toBe('not-assessed');
    expect(report.scope.platform).toBe('unknown');
    // 10.1's version check needs a known version: the default target is not a fact about the cluster.
    expect(checkOf(report, '10.1', 'kubernetes-version-support').status).toBe('not-assessed');
  });

  it('managed cluster (--platform eks) without control-plane files: the control plane is the provider\'s, the kubelet and RBAC are not assessed', async () => {
    const { report } = await coverage(project({ 'app.yaml': DEPLOYMENT }), '--platform', 'eks');
    expect(report.scope).toMatchObject({ platform: 'eks', platformFrom: 'flag' });
    expect(statusOf(report, '7.1')).toBe('provider');
    // Static token files are the provider's; kubeconfig files in the repository are still the customer's.
    expect(checkOf(report, '1.4', 'apiserver-token-auth-file').status).toBe('provider');
    expect(checkOf(report, '1.4', 'kubeconfig-credentials').status).toBe('not-assessed');
    const item = report.items.find((i) => i.id === '7.1')!;
    expect(item.providerEvidence).toContain('Attestation of Compliance');
    expect(item.providerDefaults.map((d) => d.source)).toContain('https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html');
    // Kubelets run on the customer's nodes: supplying their configuration is the customer's job.
    expect(checkOf(report, '1.1', 'kubelet-anonymous-auth').status).toBe('not-assessed');
    expect(checkOf(report, '1.1', 'apiserver-anonymous-auth').status).toBe('provider');
    expect(statusOf(report, '1.1')).toBe('not-assessed');
    expect(report.evidenceToCollect.some((e) => e.kind === 'provider' && e.item === '7.1')).toBe(true);
    // The same input, no platform: not-assessed, never provider, never pass.
    const unknown = (await coverage(project({ 'app.yaml': DEPLOYMENT }))).report;
    expect(statusOf(unknown, '7.1')).toBe('not-assessed');
  });

  it('a kubeadm cluster: platform detected, control-plane rules assessed (fail and pass), target from kubernetesVersion and said so', async () => {
    const { report, stderr } = await coverage(project({ 'kubeadm.yaml': KUBEADM, 'app.yaml': DEPLOYMENT }));
    expect(report.scope).toMatchObject({ platform: 'self-managed', platformFrom: 'detected', targetVersion: '1.33', targetFrom: 'input' });
    expect(report.scope.targetDetail).toContain('kubeadm.yaml:3:');
    expect(stderr).toContain('checking against Kubernetes 1.33, the version the input states at kubeadm.yaml:3:');
    expect(checkOf(report, '1.1', 'apiserver-anonymous-auth').status).toBe('pass');
    expect(checkOf(report, '1.4', 'apiserver-token-auth-file').status).toBe('fail');
    expect(statusOf(report, '1.4')).toBe('fail');
    const failing = report.items.find((i) => i.id === '1.4')!.findings;
    expect(failing).toEqual([expect.objectContaining({ ruleId: 'apiserver-token-auth-file', file: 'kubeadm.yaml', line: 7 })]);
    // The kubelet is not in a ClusterConfiguration: not assessed, not passed.
    expect(checkOf(report, '1.1', 'kubelet-anonymous-auth').status).toBe('not-assessed');
    expect(checkOf(report, '3.1', 'privileged-container')).toMatchObject({ status: 'fail', findings: 1 });
  });

  it('takes the target from a control-plane static pod\'s image tag; kubeadm\'s stable-1.29 is no claim', async () => {
    const pod = `apiVersion: v1\nkind: Pod\nmetadata: { name: kube-apiserver, namespace: kube-system }\nspec:\n  containers:\n    - name: kube-apiserver\n      image: registry.k8s.io/kube-apiserver:v1.29.4\n      command: [kube-apiserver, --anonymous-auth=false]\n`;
    const { report } = await coverage(project({ 'kube-apiserver.yaml': pod, 'kubeadm.yaml': KUBEADM.replace('v1.33.2', 'stable-1.29') }));
    expect(report.scope).toMatchObject({ targetVersion: '1.29', targetFrom: 'input', platform: 'self-managed' });
    expect(report.scope.targetDetail).toBe('kube-apiserver.yaml:7:14 (kube-apiserver image tag v1.29.4)');
    expect(report.warnings).toEqual([]);
  });

  it('warns when --k8s-version differs from the version the input states, and keeps the given target', async () => {
    const { report, stderr } = await coverage(project({ 'kubeadm.yaml': KUBEADM }), '--k8s-version', '1.30');
    expect(report.scope).toMatchObject({ targetVersion: '1.30', targetFrom: 'flag' });
    expect(stderr).toContain('warning: The target 1.30 differs from the version the input states: kubeadm.yaml:3:');
    expect(report.warnings[0]).toContain('differs from the version the input states');
  });

  it('rules turned off are off, rules outside --pci are off, rules without configuration are not-configured; none is a pass', async () => {
    const dir = project({ 'app.yaml': DEPLOYMENT });
    const { report } = await coverage(dir, '--rule', 'image-digest=off', '--rule', 'image-pull-policy=off', '--rule', 'image-signature-policy=off', '--rule', 'apiserver-always-pull-images=off');
    expect(statusOf(report, '3.2')).toBe('off');
    expect(checkOf(report, '3.2', 'image-digest').note).toContain('turned off');
    expect(statusOf(report, '3.3')).toBe('not-configured');
    expect(checkOf(report, '3.3', 'image-registry-allowlist').note).toMatch(/allow/i);
    expect(statusOf(report, '16.2')).toBe('not-configured');
    const filtered = (await coverage(dir, '--pci', '3')).report;
    expect(statusOf(filtered, '4.1')).toBe('off');
    expect(checkOf(filtered, '4.1', 'network-default-deny').note).toBe('excluded by the --pci filter');
  });

  it('is not thinned by --quiet: the report is evidence, warnings included', async () => {
    const dir = project({ 'app.yaml': DEPLOYMENT });
    const full = (await coverage(dir)).report;
    const quiet = (await coverage(dir, '-q')).report;
    expect(full.totals.findings.warning).toBeGreaterThan(0);
    expect(quiet.totals.findings).toEqual(full.totals.findings);
  });

  it('rules that do not apply to the target are left out of their sub-item, and named', async () => {
    const { report } = await coverage(project({ 'app.yaml': DEPLOYMENT }), '--k8s-version', '1.37');
    const item = report.items.find((i) => i.id === '4.2')!;
    expect(item.checks.map((c) => c.ruleId)).not.toContain('control-plane-insecure-port');
    expect(item.notApplicable).toContain('control-plane-insecure-port');
  });

  it('counts a finding once, under exactly the sub-items its rule names', async () => {
    const old = `apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata: { name: i, namespace: shop }\nspec: {}\n`;
    const { report } = await coverage(project({ 'ing.yaml': old }), '--k8s-version', '1.30');
    const where = report.items.filter((i) => i.findings.some((f) => f.ruleId === 'removed-api')).map((i) => i.id);
    expect(where).toEqual(builtinRules.find((r) => r.meta.id === 'removed-api')!.meta.pci);
    expect(report.items.filter((i) => i.status === 'evidence').every((i) => i.findings.length === 0)).toBe(true);
    const total = report.totals.findings.error + report.totals.findings.warning + report.totals.findings.info;
    const json = JSON.parse((await runCli(['-f', 'json', '--no-config', '--k8s-version', '1.30', '.'], { cwd: path.join(scratch, `p${dirs - 1}`), registry: builtinRules })).stdout) as unknown[];
    expect(total).toBe(json.length);
  });
});

describe('scope, waivers and what could not be read', () => {
  it('lists every input with its sha256, the configuration file and its hash, the waivers with their reasons, the baseline count and parse errors', async () => {
    const suppressed = DEPLOYMENT.replace('          securityContext: { privileged: true }', '          # pci-lint-disable-next-line privileged-container -- break-glass debug pod, ticket SEC-12\n          securityContext: { privileged: true }');
    const dir = project({
      'app.yaml': suppressed,
      'broken.yaml': 'a: [\n',
      '.pci-lint.yaml': 'platform: gke\nrules:\n  image-pull-policy: warning\n',
    });
    const baseline = await runCli(['--write-baseline', 'baseline.json', '.'], { cwd: dir, registry: builtinRules });
    expect(baseline.code).toBe(0);
    writeFileSync(path.join(dir, 'extra.yaml'), DEPLOYMENT.replace('name: web', 'name: api'));
    const { stdout } = await runCli(['-f', 'coverage-json', '--baseline', 'baseline.json', '.'], { cwd: dir, registry: builtinRules });
    const report = JSON.parse(stdout) as CoverageReport;
    expect(report.scope.platform).toBe('gke');
    expect(report.scope.platformFrom).toBe('config');
    expect(report.scope.configFile).toEqual({ path: '.pci-lint.yaml', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as string });
    const files = report.scope.files.map((f) => f.file);
    expect(files).toEqual(expect.arrayContaining(['app.yaml', 'broken.yaml', 'extra.yaml']));
    const app = report.scope.files.find((f) => f.file === 'app.yaml')!;
    const { createHash } = process.getBuiltinModule('node:crypto');
    expect(app.sha256).toBe(createHash('sha256').update(readFileSync(path.join(dir, 'app.yaml'))).digest('hex'));
    expect(report.waivers.entries).toEqual([
      expect.objectContaining({ ruleId: 'privileged-container', object: 'Deployment shop/web', reason: 'break-glass debug pod, ticket SEC-12', file: 'app.yaml', kind: 'comment' }),
    ]);
    expect(report.waivers.baselineHidden).toBeGreaterThan(0);
    expect(report.waivers.baselineFile).toBe('baseline.json');
    expect(report.unreadable).toEqual([expect.objectContaining({ ruleId: 'parse-error', file: 'broken.yaml' })]);
    // Findings the baseline hides are not failing objects; the new file's are.
    const files31 = report.items.find((i) => i.id === '3.1')!.findings.map((f) => f.file);
    expect(files31.length).toBeGreaterThan(0);
    expect(new Set(files31)).toEqual(new Set(['extra.yaml']));
  });

  it('names the git commit when the working directory is in a repository', async () => {
    const { report } = await coverage(ROOT, '--pci', '15', 'examples/compliant');
    expect(report.scope.gitCommit).toMatch(/^[0-9a-f]{40}$/);
  });

  it('validates against schemas/coverage-report.schema.json', async () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/coverage-report.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
    for (const args of [['--platform', 'eks'], [], ['--k8s-version', '1.25']]) {
      const { report } = await coverage(project({ 'kubeadm.yaml': KUBEADM, 'app.yaml': DEPLOYMENT, 'bad.yaml': 'x: [\n' }), ...args);
      expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    }
    expect(validate({ reportVersion: 1 })).toBe(false);
  });
});

describe('renderings', () => {
  const hostile = `apiVersion: v1
kind: Pod
metadata:
  name: "x<script>alert(1)</script>"
  namespace: "a|b*c](javascript:alert(1))"
  annotations:
    pci-lint.io/ignore: image-digest
    pci-lint.io/ignore-reason: "<img src=x onerror=alert(1)> \\u001b[31m"
spec:
  containers:
    - name: "c<b>\\u202e"
      image: "nginx:<i>"
      securityContext: { privileged: true }
`;

  it('HTML is one self-contained, escaped document: no script, no external resource, every status explained', async () => {
    const dir = project({ 'pod.yaml': hostile, 'kubeadm.yaml': KUBEADM });
    const { stdout } = await runCli(['-f', 'html', '--no-config', '.'], { cwd: dir, registry: builtinRules });
    expect(stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(stdout).toContain("Content-Security-Policy\" content=\"default-src 'none'");
    expect(stdout).not.toMatch(/<script|<img|<link|<iframe|src=["']?http|url\(/i);
    expect(stdout).not.toContain('\u001b');
    expect(stdout).not.toContain('\u202e');
    expect(stdout).toContain('x&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(stdout).toContain('&lt;img src=x onerror=alert(1)&gt;');
    for (const status of ['fail', 'pass', 'not-assessed', 'not-configured', 'evidence']) expect(stdout).toContain(`>${status}</span>`);
    expect(stdout).toContain('<svg class="chart"');
    expect(stdout).toMatch(/<a class="mono" href="kubeadm\.yaml">kubeadm\.yaml:7:\d+<\/a>/);
  });

  it('Markdown carries the same model, escaped so no link, image or table cell is made from the input', async () => {
    const dir = project({ 'pod.yaml': hostile });
    const { stdout } = await runCli(['-f', 'markdown', '--no-config', '.'], { cwd: dir, registry: builtinRules });
    expect(stdout).toContain('# PCI DSS container guidance: coverage report');
    expect(stdout).toContain('## Waiver register');
    expect(stdout).toContain('| [`image-digest`](https://github.com/pci-lint/pci-lint/blob/main/docs/rules/image-digest.md) | pass |  | 1 finding suppressed \\(waiver register\\) |');
    expect(stdout).toContain('## By PCI DSS v4.0.1 requirement');
    expect(stdout).not.toContain('](javascript:');
    expect(stdout).not.toContain('<script>');
    expect(stdout).not.toContain('\u001b');
    // The waiver's row keeps its five columns whatever the object name and reason hold.
    const row = stdout.split('\n').find((l) => l.startsWith('| `image-digest` | Pod '))!;
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(5);
    expect(row).toContain('Pod a\\|b\\*c\\]\\(javascript:alert\\(1\\)\\)');
  });
});
