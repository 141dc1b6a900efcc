/** The json formatter on hand-made diagnostics: one stable shape, nulls for what is unknown. */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/engine/diagnostic.js';
import { fingerprintOf } from '../../src/engine/fingerprint.js';
import { formatters } from '../../src/report/index.js';
import { json, jsonSummaryReport } from '../../src/report/json.js';
import { VERSION } from '../../src/version.js';

const target = { major: 1, minor: 30 };

const full: Diagnostic = {
  ruleId: 'image-digest',
  messageId: 'tagOnly',
  pci: ['3.2'],
  requirements: ['6.3.2', '6.5.1'],
  alsoRules: ['image-pull-policy'],
  severity: 'warning',
  message: 'Pin it.',
  file: 'shop.yaml',
  line: 40,
  column: 18,
  endLine: 40,
  endColumn: 60,
  resource: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'web', name: 'front' },
  source: { chart: 'shop', template: 'shop/templates/deployment.yaml' },
  fix: 'Use a digest.',
  path: 'spec.template.spec.containers[0].image',
};

const bare: Diagnostic = {
  ruleId: 'parse-error',
  pci: [],
  requirements: [],
  severity: 'error',
  message: 'YAML syntax error: Nested mappings are not allowed in compact mappings',
  file: 'broken.yaml',
  line: 11,
  column: 7,
  endLine: 11,
  endColumn: 12,
};

describe('json', () => {
  it('is registered under its name', () => {
    expect(formatters.json).toBe(json);
  });

  it('prints [] for nothing, with a final newline', () => {
    expect(json({ diagnostics: [], fileCount: 0, target }, { color: false })).toBe('[]\n');
  });

  it('keeps every field of a full diagnostic', () => {
    const [out] = JSON.parse(json({ diagnostics: [full], fileCount: 1, target }, { color: false })) as unknown[];
    expect(out).toEqual({ ...full, fingerprint: fingerprintOf(full) });
  });

  it('gives every key, with null for what is unknown', () => {
    const [out] = JSON.parse(json({ diagnostics: [bare], fileCount: 1, target }, { color: false })) as unknown[];
    expect(out).toEqual({ ...bare, messageId: null, resource: null, source: null, path: null, fingerprint: fingerprintOf(bare), fix: null, alsoRules: [] });
  });

  it('uses null for a resource without namespace or name', () => {
    const d: Diagnostic = { ...bare, ruleId: 'x', resource: { apiVersion: 'v1', kind: 'Pod' } };
    const [out] = JSON.parse(json({ diagnostics: [d], fileCount: 1, target }, { color: false })) as { resource: unknown }[];
    expect(out!.resource).toEqual({ apiVersion: 'v1', kind: 'Pod', namespace: null, name: null });
  });

  it('keeps the order it is given and ignores color', () => {
    const input = { diagnostics: [full, bare], fileCount: 2, target };
    const text = json(input, { color: true });
    expect(text).toBe(json(input, { color: false }));
    expect((JSON.parse(text) as { file: string }[]).map((d) => d.file)).toEqual(['shop.yaml', 'broken.yaml']);
  });
});

describe('json-summary', () => {
  const summaryOf = (text: string) => JSON.parse(text) as { summary: Record<string, unknown>; diagnostics: unknown[] };

  it('is registered under its name and holds exactly the json array under diagnostics', () => {
    expect(formatters['json-summary']).toBe(jsonSummaryReport);
    const input = { diagnostics: [full, bare], fileCount: 3, target };
    const out = summaryOf(jsonSummaryReport(input, { color: false }));
    expect(Object.keys(out)).toEqual(['summary', 'diagnostics']);
    expect(out.diagnostics).toEqual(JSON.parse(json(input, { color: false })));
    // Many findings, streamed in batches: still the same array.
    const many = { diagnostics: Array.from({ length: 300 }, (_, i) => ({ ...full, line: i + 1 })), fileCount: 1, target };
    expect(summaryOf(jsonSummaryReport(many, { color: false })).diagnostics).toEqual(JSON.parse(json(many, { color: false })));
  });

  it('counts findings by severity, files and rules, and what was suppressed', () => {
    const text = jsonSummaryReport(
      {
        diagnostics: [full, { ...full, severity: 'error', line: 50 }, bare],
        suppressed: [
          { diagnostic: full, kind: 'inSource', justification: 'x' },
          { diagnostic: bare, kind: 'external' },
          { diagnostic: bare, kind: 'external' },
        ],
        fileCount: 4,
        target,
        unconfigured: ['image-registry-allowlist'],
      },
      { color: false },
    );
    expect(summaryOf(text).summary).toEqual({
      tool: { name: 'pci-lint', version: VERSION },
      target: '1.30',
      findings: { error: 2, warning: 1, info: 0, total: 3 },
      files: { checked: 4, withFindings: 2 },
      rules: { 'image-digest': { error: 1, warning: 1, info: 0, total: 2 }, 'parse-error': { error: 1, warning: 0, info: 0, total: 1 } },
      suppressed: { inSource: 1, baseline: 2 },
      unconfigured: ['image-registry-allowlist'],
    });
    expect(text.endsWith('\n  ]\n}\n')).toBe(true);
  });

  it('is an object with an empty array for a clean run', () => {
    const text = jsonSummaryReport({ diagnostics: [], fileCount: 1, target }, { color: false });
    expect(summaryOf(text).diagnostics).toEqual([]);
    expect(summaryOf(text).summary).toMatchObject({ findings: { error: 0, warning: 0, info: 0, total: 0 }, files: { checked: 1, withFindings: 0 }, rules: {} });
    expect(text.endsWith('"diagnostics": []\n}\n')).toBe(true);
  });
});
