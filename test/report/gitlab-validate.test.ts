/**
 * The GitLab Code Quality report pci-lint writes, validated with ajv against a JSON schema of what GitLab
 * documents and reads (test/fixtures/schemas/gitlab-code-quality.schema.json: each field's source is in its
 * `$comment`): a JSON array with no byte order mark, each issue with description, check_name,
 * fingerprint, a severity GitLab knows, a relative location.path and location.lines.begin, and the Code
 * Climate fields pci-lint adds (type, categories, lines.end) as that spec defines them. GitLab keeps one
 * issue per fingerprint (lib/gitlab/ci/reports/codequality_reports.rb), so fingerprints are unique.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { gitlab } from '../../src/report/gitlab.js';
import { ROOT, runCli } from '../cli/helpers.js';
import { hostileProject } from './validate-helpers.js';

const schema = JSON.parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'schemas', 'gitlab-code-quality.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: true, strictTypes: false }).compile(schema);
const hostile = hostileProject();
afterAll(() => {
  rmSync(hostile, { recursive: true, force: true });
});

interface Issue {
  readonly fingerprint: string;
  readonly check_name: string;
  readonly severity: string;
  readonly description: string;
  readonly location: { readonly path: string; readonly lines: { readonly begin: number; readonly end: number } };
}

/** The report as GitLab reads it: no byte order mark, a JSON array, valid against the schema, one issue per fingerprint. */
function expectValid(text: string): Issue[] {
  expect(text.charCodeAt(0)).not.toBe(0xfeff);
  const report = JSON.parse(text) as Issue[];
  expect(validate(report), JSON.stringify(validate.errors, null, 2)).toBe(true);
  expect(new Set(report.map((i) => i.fingerprint)).size).toBe(report.length);
  for (const issue of report) expect(issue.location.lines.end).toBeGreaterThanOrEqual(issue.location.lines.begin);
  return report;
}

describe('gitlab against the Code Quality schema of GitLab docs and parser', () => {
  it('accepts the report of a run over examples/, with every severity pci-lint maps to', async () => {
    const r = await runCli(['--format', 'gitlab', 'examples'], { registry: builtinRules });
    expect(r.code).toBe(1);
    const report = expectValid(r.stdout);
    expect(new Set(report.map((i) => i.severity))).toEqual(new Set(['critical', 'major', 'info']));
    expect(report.every((i) => i.location.path.startsWith('examples/'))).toBe(true);
  });

  it('accepts the report of hostile names and parse errors, keeping each path exact', async () => {
    const r = await runCli(['--no-config', '--format', 'gitlab', '.'], { cwd: hostile, registry: builtinRules });
    expect(r.code).toBe(1);
    const report = expectValid(r.stdout);
    expect(report.map((i) => i.location.path)).toEqual(expect.arrayContaining(['dir/f0<b>.yaml', 'dir/f1#?%25 name.yaml', 'broken.yaml']));
    expect(report.find((i) => i.location.path === 'broken.yaml')?.check_name).toBe('parse-error');
  });

  it('accepts the empty report of a run with nothing to report', () => {
    expect(expectValid(gitlab({ diagnostics: [], fileCount: 1, target: { major: 1, minor: 30 } }, { color: false }))).toEqual([]);
  });

  it('is really applied: an issue without check_name, with an unknown severity or a line 0 is refused', () => {
    const issue = { type: 'issue', check_name: 'x', description: 'd', categories: ['Security'], severity: 'major', fingerprint: 'f', location: { path: 'a.yaml', lines: { begin: 1, end: 1 } } };
    expect(validate([issue])).toBe(true);
    const nameless = Object.fromEntries(Object.entries(issue).filter(([k]) => k !== 'check_name'));
    for (const bad of [nameless, { ...issue, severity: 'error' }, { ...issue, location: { path: 'a.yaml', lines: { begin: 0 } } }, { ...issue, location: { path: '/abs/a.yaml', lines: { begin: 1 } } }, { ...issue, categories: ['PCI'] }]) {
      expect(validate([bad]), JSON.stringify(bad)).toBe(false);
    }
  });
});
