/** The GitLab Code Quality report: exact issues, GitLab's required keys and vocabulary, unique stable fingerprints. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import dedent from 'dedent';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import type { Diagnostic } from '../../src/engine/diagnostic.js';
import { fingerprintOf } from '../../src/engine/fingerprint.js';
import { lintText } from '../../src/run/lint.js';
import { gitlab } from '../../src/report/gitlab.js';
import { runCli } from '../cli/helpers.js';

const target = { major: 1, minor: 30 };

function diag(over: Partial<Diagnostic>): Diagnostic {
  return { ruleId: 'image-digest', messageId: 'tagOnly', pci: ['3.2'], requirements: ['6.5.1'], severity: 'warning', message: 'Pin it.', file: 'a.yaml', line: 3, column: 5, endLine: 4, endColumn: 12, ...over };
}

/**
 * What GitLab requires of each issue of a Code Quality report (GitLab Docs, "Code Quality", "Implement a
 * custom tool": description, check_name, fingerprint, severity, location.path and location.lines.begin or
 * location.positions.begin.line; severity one of info, minor, major, critical, blocker; path relative to
 * the repository). Returns what is wrong, so a failure names it.
 */
function codeQualityProblems(report: unknown): string[] {
  if (!Array.isArray(report)) return ['the report is not a JSON array'];
  const problems: string[] = [];
  const fingerprints = new Set<string>();
  report.forEach((issue: Record<string, unknown>, i) => {
    const at = `issue ${i}`;
    for (const key of ['description', 'check_name', 'fingerprint', 'severity']) if (typeof issue[key] !== 'string' || issue[key] === '') problems.push(`${at}: ${key} is not a non-empty string`);
    if (!['info', 'minor', 'major', 'critical', 'blocker'].includes(issue.severity as string)) problems.push(`${at}: severity ${String(issue.severity)}`);
    const location = issue.location as { path?: unknown; lines?: { begin?: unknown }; positions?: { begin?: { line?: unknown } } } | undefined;
    if (typeof location?.path !== 'string' || location.path.startsWith('/') || location.path.startsWith('./')) problems.push(`${at}: location.path is not a relative path`);
    const begin = location?.lines?.begin ?? location?.positions?.begin?.line;
    if (!Number.isInteger(begin) || (begin as number) < 1) problems.push(`${at}: no begin line`);
    const fp = issue.fingerprint as string;
    if (fingerprints.has(fp)) problems.push(`${at}: fingerprint ${fp} repeated`);
    fingerprints.add(fp);
  });
  return problems;
}

describe('gitlab', () => {
  it('prints one Code Quality issue per finding, exactly', () => {
    const d = diag({ resource: { apiVersion: 'v1', kind: 'Pod', namespace: 'shop', name: 'web' }, path: 'spec.containers[0].image', source: { chart: 'c', template: 'c/templates/pod.yaml' } });
    const e = diag({ ruleId: 'parse-error', messageId: undefined, severity: 'error', message: 'Bad YAML.', file: 'b.yaml', line: 1, column: 1, endLine: 1, endColumn: 2, pci: [], requirements: [] });
    const i = diag({ ruleId: 'secret-management', severity: 'info', file: 'c.yaml' });
    expect(JSON.parse(gitlab({ diagnostics: [d, e, i], fileCount: 3, target }, { color: false }))).toEqual([
      { type: 'issue', check_name: 'image-digest', description: 'Pin it. (rendered from c/templates/pod.yaml)', categories: ['Security'], severity: 'major', fingerprint: fingerprintOf(d), location: { path: 'a.yaml', lines: { begin: 3, end: 4 } } },
      { type: 'issue', check_name: 'parse-error', description: 'Bad YAML.', categories: ['Bug Risk'], severity: 'critical', fingerprint: fingerprintOf(e), location: { path: 'b.yaml', lines: { begin: 1, end: 1 } } },
      { type: 'issue', check_name: 'secret-management', description: 'Pin it.', categories: ['Security'], severity: 'info', fingerprint: fingerprintOf(i), location: { path: 'c.yaml', lines: { begin: 3, end: 4 } } },
    ]);
    expect(gitlab({ diagnostics: [], fileCount: 0, target }, { color: false })).toBe('[]\n');
  });

  it('gives findings with the same identity fingerprints of their own, stable from run to run', () => {
    // Same rule, file and no YAML path: fingerprintOf falls back to line:column; with a path it does not.
    const twins = [diag({ path: 'x', line: 3 }), diag({ path: 'x', line: 9 }), diag({ path: 'x', file: 'other.yaml' })];
    const issues = JSON.parse(gitlab({ diagnostics: twins, fileCount: 2, target }, { color: false })) as { fingerprint: string }[];
    const fps = issues.map((x) => x.fingerprint);
    expect(fps[0]).toBe(fingerprintOf(twins[0]!));
    expect(fingerprintOf(twins[1]!)).toBe(fps[0]);
    expect(fps[1]).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(fps).size).toBe(3);
    expect((JSON.parse(gitlab({ diagnostics: twins, fileCount: 2, target }, { color: false })) as { fingerprint: string }[]).map((x) => x.fingerprint)).toEqual(fps);
  });

  it('keeps hostile paths and messages exact as JSON values while the bytes stay inert', () => {
    const file = 'dir/\u001b[31m::error::x <b>&"\n.yaml';
    const text = gitlab({ diagnostics: [diag({ file, message: 'a\u202eb ::warning:: <img>' })], fileCount: 1, target }, { color: false });
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e<>]|::/);
    const [issue] = JSON.parse(text) as { location: { path: string }; description: string }[];
    expect(issue!.location.path).toBe(file);
    expect(issue!.description).toBe('a\\u202eb :\u200b:warning:\u200b: <img>');
  });

  it('meets GitLab Code Quality rules on a real run', () => {
    const manifest = dedent`
      apiVersion: v1
      kind: Pod
      metadata: {name: web, namespace: shop}
      spec:
        containers:
          - {name: a, image: "nginx:latest", securityContext: {privileged: true}}
          - {name: b, image: "nginx:latest", securityContext: {privileged: true}}
    `;
    const diagnostics = [...lintText(manifest, { file: 'deploy/web.yaml', registry: builtinRules }), ...lintText('a: [', { file: 'broken.yaml', registry: builtinRules })];
    const report = JSON.parse(gitlab({ diagnostics, fileCount: 2, target }, { color: false })) as { check_name: string }[];
    expect(report.length).toBe(diagnostics.length);
    expect(report.some((r) => r.check_name === 'parse-error')).toBe(true);
    expect(codeQualityProblems(report)).toEqual([]);
    // The checker is really applied.
    expect(codeQualityProblems([{ description: 'x', check_name: 'y', fingerprint: 'z', severity: 'error', location: { path: '/abs', lines: {} } }])).toEqual(['issue 0: severity error', 'issue 0: location.path is not a relative path', 'issue 0: no begin line']);
  });

  it('gives paths relative to the repository (CI_PROJECT_DIR) when pci-lint ran in a folder of it', () => {
    const paths = (root: string | undefined, repositoryRoot: string | undefined, file: string) =>
      (JSON.parse(gitlab({ diagnostics: [diag({ file })], fileCount: 1, target, ...(root !== undefined && { root }), ...(repositoryRoot !== undefined && { repositoryRoot }) }, { color: false })) as { location: { path: string } }[]).map((x) => x.location.path);
    expect(paths('/repo/deploy', '/repo', 'prod/web.yaml')).toEqual(['deploy/prod/web.yaml']);
    expect(paths('/repo', '/repo', 'web.yaml')).toEqual(['web.yaml']);
    expect(paths('/repo', '/repo/..deploy', '../x.yaml')).toEqual(['../x.yaml']);
    expect(paths('/repo/..deploy', '/repo', 'x.yaml')).toEqual(['..deploy/x.yaml']);
    // Unknown repository, or a file outside it: the display path.
    expect(paths('/repo/deploy', undefined, 'web.yaml')).toEqual(['web.yaml']);
    expect(paths('/elsewhere', '/repo', 'web.yaml')).toEqual(['web.yaml']);
  });

  it('the CLI takes the repository from $CI_PROJECT_DIR', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pci-lint-gitlab-'));
    try {
      mkdirSync(path.join(dir, 'deploy'));
      writeFileSync(path.join(dir, 'deploy', 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.25\n');
      const run = (env: Record<string, string>) => runCli(['--no-config', '--format', 'gitlab', 'pod.yaml'], { cwd: path.join(dir, 'deploy'), env, registry: builtinRules });
      const inRepo = await run({ CI_PROJECT_DIR: dir });
      expect(inRepo.code).toBe(1);
      const found = (JSON.parse(inRepo.stdout) as { location: { path: string } }[]).map((x) => x.location.path);
      expect(found.length).toBeGreaterThan(0);
      expect(new Set(found)).toEqual(new Set(['deploy/pod.yaml']));
      const plain = await run({});
      expect(new Set((JSON.parse(plain.stdout) as { location: { path: string } }[]).map((x) => x.location.path))).toEqual(new Set(['pod.yaml']));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
