/**
 * `kubectl kustomize DIR | pci-lint -`, end to end through the built bundle: every finding on an object
 * names the file kustomize's origin annotation (`buildMetadata: [originAnnotations]`) says it came from, in
 * every format that shows Helm's `# Source:`. Where kubectl is on PATH the overlay of examples/kustomize is
 * built for real, and the build must equal the stream recorded in test/fixtures/kustomize (so that the
 * recording, used where kubectl is missing, cannot go stale); elsewhere the recording is the input.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findings, ROOT } from './helpers.js';

const CLI = path.join(ROOT, 'dist/cli.js');
const OVERLAY = 'examples/kustomize/overlay';
const RECORDED = readFileSync(path.join(ROOT, 'test/fixtures/kustomize/overlay.build.yaml'), 'utf8');

const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' });
const hasKubectl = kubectl.error === undefined && kubectl.status === 0;

/** `kubectl kustomize examples/kustomize/overlay` run from the repository root. */
function build(): string {
  const r = spawnSync('kubectl', ['kustomize', OVERLAY], { cwd: ROOT, encoding: 'utf8' });
  expect(r.error).toBeUndefined();
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}

/** The stream kubectl prints for the overlay: built here when kubectl is installed, else the recording. */
const stream = (): string => (hasKubectl ? build() : RECORDED);

function lint(...argv: string[]): { code: number | null; stdout: string; stderr: string } {
  return lintStream(stream(), ...argv);
}

function lintStream(input: string, ...argv: string[]): { code: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  delete env.GITHUB_STEP_SUMMARY;
  const r = spawnSync(process.execPath, [CLI, '--no-config', ...argv, '-'], { cwd: ROOT, input, encoding: 'utf8', env });
  expect(r.error).toBeUndefined();
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('kubectl kustomize DIR | pci-lint -', () => {
  it.runIf(hasKubectl)('the recorded stream is what kubectl prints for the overlay today', () => {
    expect(build()).toBe(RECORDED);
  });

  it('names the origin file of each object on its heading (stylish), with exact positions', () => {
    const r = lint();
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    // The one finding of the example (the Job the overlay adds), and the notes about the whole input, which
    // are reported on the first object (the base's Namespace).
    expect(findings(r.stdout).map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId}`)).toEqual([
      '<stdin>:2:1 info image-signature-policy',
      '<stdin>:2:1 info log-shipping-present',
      '<stdin>:2:1 info runtime-monitoring-present',
      '<stdin>:105:9 error resource-limits',
    ]);
    const list = findings(r.stdout);
    expect(list.map((f) => f.heading)).toEqual([...Array<string>(3).fill('Namespace ledger  from ../base/namespace.yaml'), 'Job ledger/ledger-migrate  from migrate-job.yaml']);
    const lines = r.stdout.split('\n');
    const job = lines.indexOf('Job ledger/ledger-migrate  from migrate-job.yaml');
    expect(lines[job + 1]).toMatch(/^ {2}<stdin>:105:9 {2}error {4}Container "migrate" has no cpu request, .*\. {2}resource-limits$/);
    // The README shows these lines as they are printed.
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain(`${lines[job]}\n${lines[job + 1]}\n`);
    // The annotation itself is no finding: line 105 is the only place reported inside an object.
    expect(r.stdout).not.toContain('config.kubernetes.io');
  });

  it('gives the origin as json `source`, a SARIF and GitHub message suffix and a JUnit line', () => {
    const json = JSON.parse(lint('-f', 'json').stdout) as { ruleId: string; line: number; column: number; source: unknown }[];
    expect(json.map((d) => [d.ruleId, d.line, d.column, d.source])).toEqual([
      ['image-signature-policy', 2, 1, { chart: '', template: '../base/namespace.yaml' }],
      ['log-shipping-present', 2, 1, { chart: '', template: '../base/namespace.yaml' }],
      ['runtime-monitoring-present', 2, 1, { chart: '', template: '../base/namespace.yaml' }],
      ['resource-limits', 105, 9, { chart: '', template: 'migrate-job.yaml' }],
    ]);

    const sarif = JSON.parse(lint('-f', 'sarif').stdout) as { runs: { results: { ruleId: string; message: { text: string } }[] }[] };
    const limits = sarif.runs[0]?.results.find((x) => x.ruleId === 'resource-limits');
    expect(limits?.message.text).toMatch(/ \(rendered from migrate-job\.yaml\)$/);

    const github = lint('-f', 'github').stdout.split('\n');
    expect(github.find((l) => l.startsWith('::error '))).toMatch(/^::error file=<stdin>,line=105,col=9,.*\[migrate-job\.yaml\]$/);

    const junit = lint('-f', 'junit').stdout;
    expect(junit.match(/Rendered from [^\n<]*/g)).toEqual(['Rendered from ../base/namespace.yaml', 'Rendered from ../base/namespace.yaml', 'Rendered from ../base/namespace.yaml', 'Rendered from migrate-job.yaml']);
  });

  it('shows a hostile origin path escaped, and ignores one with a control character', () => {
    const pod = (origin: string) =>
      ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: p', '  annotations:', '    config.kubernetes.io/origin: |', `      path: ${origin}`, 'spec:', '  containers:', '  - name: c', '    image: nginx@sha256:' + '0'.repeat(64), '    securityContext: {privileged: true}', ''].join('\n');
    const privileged = (stdout: string) => stdout.split('\n').filter((l) => l.endsWith('privileged-container') || l.includes('pci-lint privileged-container'));
    const hostile = lintStream(pod('"::error x <b>\u202e.yaml"')).stdout;
    expect(hostile.split('\n')).toContain('Pod p  from :\u200b:error x \\x3cb\\x3e\\u202e.yaml');
    expect(privileged(hostile)[0]).toMatch(/^ {2}<stdin>:12:23 {2}error .*\. {2}privileged-container$/);
    const [github] = privileged(lintStream(pod('"::error x <b>\u202e.yaml"'), '-f', 'github').stdout);
    expect(github).toMatch(/\[:\u200b:error x \\x3cb\\x3e\\u202e\.yaml\]$/);
    // Escaped in the YAML, as kustomize writes it: a raw C1 control makes kubectl refuse the document.
    const ignored = lintStream(pod('"a\\u009b2J.yaml"')).stdout;
    expect(ignored.split('\n')).toContain('Pod p');
    expect(ignored).not.toMatch(/^Pod p {2}from/m);
  });

  it('keeps the objects of saved builds in one project: a kustomize origin is no Helm release to split by', () => {
    // The Job (from migrate-job.yaml) in one file, the base's objects (from ../base/...) in another.
    const documents = RECORDED.split(/^---\n/m);
    const job = documents.findIndex((d) => d.includes('path: migrate-job.yaml'));
    const dir = mkdtempSync(path.join(tmpdir(), 'pci-lint-kustomize-'));
    try {
      writeFileSync(path.join(dir, 'base.yaml'), documents.filter((_, i) => i !== job).join('---\n'));
      writeFileSync(path.join(dir, 'job.yaml'), documents[job] ?? '');
      const r = spawnSync(process.execPath, [CLI, '--no-config', '-f', 'json', dir], { cwd: ROOT, encoding: 'utf8' });
      const found = (JSON.parse(r.stdout) as { file: string; ruleId: string; source: { template: string } | null }[]).map((d) => [path.basename(d.file), d.ruleId, d.source?.template]);
      expect(found).toEqual([
        ['base.yaml', 'image-signature-policy', '../base/namespace.yaml'],
        ['base.yaml', 'log-shipping-present', '../base/namespace.yaml'],
        ['base.yaml', 'runtime-monitoring-present', '../base/namespace.yaml'],
        ['job.yaml', 'resource-limits', 'migrate-job.yaml'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lints the example directory itself as the README says: kustomization.yaml and the patch are no findings', () => {
    const r = spawnSync(process.execPath, [CLI, '--no-config', '-f', 'json', 'examples/kustomize'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    const files = new Set((JSON.parse(r.stdout) as { file: string }[]).map((d) => d.file));
    expect([...files].sort()).toEqual(['examples/kustomize/base/ledger.yaml', 'examples/kustomize/overlay/migrate-job.yaml']);
  });
});
