/**
 * The JSON reports against the schemas pci-lint publishes in schemas/ (ajv, strict): `json` against
 * findings.schema.json, `json-summary` against findings-summary.schema.json (whose diagnostics are
 * findings.schema.json), `coverage-json` against coverage-report.schema.json; for a run over examples/,
 * a run over hostile names, a run with suppressions and a baseline, and an empty run. The counts a schema
 * cannot check are compared with the findings.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { ROOT, runCli } from '../cli/helpers.js';
import { hostileProject } from './validate-helpers.js';

function schema(name: string): object {
  return JSON.parse(readFileSync(path.join(ROOT, 'schemas', name), 'utf8')) as object;
}

const ajv = new Ajv({ allErrors: true, strict: true });
ajv.addSchema(schema('findings.schema.json'));
const findings = ajv.getSchema('https://github.com/pci-lint/pci-lint/blob/main/schemas/findings.schema.json') as ValidateFunction;
const summary = ajv.compile(schema('findings-summary.schema.json'));
const coverage = new Ajv({ allErrors: true, strict: true }).compile(schema('coverage-report.schema.json'));

const hostile = hostileProject();
const waived = mkdtempSync(path.join(tmpdir(), 'pci-lint-waived-'));
writeFileSync(
  path.join(waived, 'web.yaml'),
  `apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: shop
  annotations:
    pci-lint.io/ignore: image-digest
    pci-lint.io/ignore-reason: pinned by the admission controller
spec:
  containers:
    - name: app
      image: nginx:latest
`,
);
writeFileSync(path.join(waived, 'old.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: old, namespace: shop}\nspec: {containers: [{name: app, image: "nginx:latest"}]}\n');
afterAll(() => {
  rmSync(hostile, { recursive: true, force: true });
  rmSync(waived, { recursive: true, force: true });
});

interface Finding {
  readonly ruleId: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly file: string;
}
interface Counts {
  error: number;
  warning: number;
  info: number;
  total: number;
}
interface Summary {
  readonly summary: { findings: Counts; files: { checked: number; withFindings: number }; rules: Record<string, Counts>; suppressed: { inSource: number; baseline: number } };
  readonly diagnostics: Finding[];
}

function expectValid(validate: ValidateFunction, value: unknown): void {
  expect(validate(value), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
}

/** The summary's counts are the findings'. */
function expectCounts(s: Summary): void {
  const count = (list: readonly Finding[]): Counts => ({
    error: list.filter((d) => d.severity === 'error').length,
    warning: list.filter((d) => d.severity === 'warning').length,
    info: list.filter((d) => d.severity === 'info').length,
    total: list.length,
  });
  expect(s.summary.findings).toEqual(count(s.diagnostics));
  const ids = [...new Set(s.diagnostics.map((d) => d.ruleId))].sort();
  expect(Object.keys(s.summary.rules)).toEqual(ids);
  for (const id of ids) expect(s.summary.rules[id]).toEqual(count(s.diagnostics.filter((d) => d.ruleId === id)));
  expect(s.summary.files.withFindings).toBe(new Set(s.diagnostics.map((d) => d.file)).size);
}

const RUNS: readonly { readonly what: string; readonly args: readonly string[]; readonly cwd?: string; readonly code: number }[] = [
  { what: 'examples/', args: ['examples'], code: 1 },
  { what: 'hostile names and a parse error', args: ['--no-config', '.'], cwd: hostile, code: 1 },
  { what: 'nothing to report', args: ['--no-config', '--pci', '15', 'examples/compliant/payments-api.yaml'], code: 0 },
];

describe('json, json-summary and coverage-json against the schemas in schemas/', () => {
  it.each(RUNS)('accept the reports of $what', async ({ args, cwd, code }) => {
    const json = await runCli(['--format', 'json', ...args], { cwd, registry: builtinRules });
    expect(json.code).toBe(code);
    const list = JSON.parse(json.stdout) as Finding[];
    expectValid(findings, list);
    if (code === 0) expect(list.filter((d) => d.severity === 'error')).toEqual([]);

    const withSummary = await runCli(['--format', 'json-summary', ...args], { cwd, registry: builtinRules });
    const s = JSON.parse(withSummary.stdout) as Summary;
    expectValid(summary, s);
    expect(s.diagnostics).toEqual(list);
    expectCounts(s);

    const report = await runCli(['--format', 'coverage-json', ...args], { cwd, registry: builtinRules });
    expect(report.code).toBe(code);
    expectValid(coverage, JSON.parse(report.stdout));
  });

  it('accept the reports of a run with a suppression annotation and a baseline, which the summary counts', async () => {
    expect((await runCli(['--no-config', '--write-baseline', 'base.json', 'old.yaml'], { cwd: waived, registry: builtinRules })).code).toBe(0);
    const args = ['--no-config', '--baseline', 'base.json', '.'];
    const s = JSON.parse((await runCli(['--format', 'json-summary', ...args], { cwd: waived, registry: builtinRules })).stdout) as Summary;
    expectValid(summary, s);
    expectCounts(s);
    expect(s.summary.suppressed.inSource).toBe(1);
    expect(s.summary.suppressed.baseline).toBeGreaterThan(0);
    expectValid(coverage, JSON.parse((await runCli(['--format', 'coverage-json', ...args], { cwd: waived, registry: builtinRules })).stdout));
  });

  it('are really applied: a finding without fix, a severity "critical" or a summary without tool is refused', async () => {
    const list = JSON.parse((await runCli(['--format', 'json', 'examples/noncompliant/node-agent.yaml'], { registry: builtinRules })).stdout) as Record<string, unknown>[];
    const first = list[0] as Record<string, unknown>;
    expect(findings([Object.fromEntries(Object.entries(first).filter(([k]) => k !== 'fix'))])).toBe(false);
    expect(findings([{ ...first, severity: 'critical' }])).toBe(false);
    expect(findings([{ ...first, line: 0 }])).toBe(false);
    expect(summary({ summary: {}, diagnostics: [] })).toBe(false);
  });
});
