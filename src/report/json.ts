import type { Diagnostic, Severity } from '../engine/diagnostic.js';
import { formatVersion } from '../k8s/versions.js';
import { VERSION } from '../version.js';
import { fingerprintOf } from '../engine/fingerprint.js';
import { inert, jsonText } from './escape.js';
import { jsonArrayChunks, mapped } from './json-array.js';
import { joined, type ChunkFormatter, type ReportInput } from './types.js';

/** Every key present on every object (null when unknown), so consumers can rely on one shape. */
function toJson(d: Diagnostic) {
  return {
    ruleId: d.ruleId,
    messageId: d.messageId ?? null,
    pci: d.pci,
    requirements: d.requirements,
    severity: d.severity,
    message: inert(d.message),
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    resource: d.resource
      ? { apiVersion: d.resource.apiVersion, kind: d.resource.kind, namespace: d.resource.namespace ?? null, name: d.resource.name ?? null }
      : null,
    source: d.source ? { chart: d.source.chart, template: d.source.template } : null,
    path: d.path ?? null,
    fingerprint: fingerprintOf(d),
    fix: d.fix ?? null,
    /** Rules whose findings of the same fact this one stands for (one finding per fact). */
    alsoRules: d.alsoRules ?? [],
  };
}

/** A JSON array of diagnostics in the stable order. */
export const jsonChunks: ChunkFormatter = function* (input) {
  for (const chunk of jsonArrayChunks(mapped(input.diagnostics, toJson))) yield jsonText(chunk);
  yield '\n';
};

export const json = joined(jsonChunks);

type Counts = Record<Severity | 'total', number>;

function counts(): Counts {
  return { error: 0, warning: 0, info: 0, total: 0 };
}

/** The summary object of json-summary: what a dashboard or a CI gate reads without walking the findings. */
export interface JsonSummary {
  readonly tool: { readonly name: 'pci-lint'; readonly version: string };
  /** The Kubernetes version checked against, `major.minor`. */
  readonly target: string;
  /** Findings reported, by severity (after any baseline and --quiet). */
  readonly findings: Counts;
  /** Files (and standard input) checked, and how many of them have findings. */
  readonly files: { readonly checked: number; readonly withFindings: number };
  /** Findings by rule id (ids in order), by severity. */
  readonly rules: Readonly<Record<string, Counts>>;
  /** Findings not reported: hidden by a suppression comment or annotation, or by the baseline. */
  readonly suppressed: { readonly inSource: number; readonly baseline: number };
  /** Enabled rules that checked nothing because they need configuration. */
  readonly unconfigured: readonly string[];
}

/** The summary of a run's findings: one pass over them (and over the suppressed ones). */
export function jsonSummary(input: ReportInput): JsonSummary {
  const findings = counts();
  const byRule = new Map<string, Counts>();
  const files = new Set<string>();
  for (const d of input.diagnostics) {
    findings[d.severity]++;
    findings.total++;
    let rule = byRule.get(d.ruleId);
    if (!rule) byRule.set(d.ruleId, (rule = counts()));
    rule[d.severity]++;
    rule.total++;
    files.add(d.file);
  }
  const suppressed = { inSource: 0, baseline: 0 };
  for (const s of input.suppressed ?? []) suppressed[s.kind === 'inSource' ? 'inSource' : 'baseline']++;
  // fromEntries defines own properties: no id (not even "__proto__") can reach the prototype.
  const rules = Object.fromEntries([...byRule].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
  return {
    tool: { name: 'pci-lint', version: VERSION },
    target: formatVersion(input.target),
    findings,
    files: { checked: input.fileCount, withFindings: files.size },
    rules,
    suppressed,
    unconfigured: [...(input.unconfigured ?? [])],
  };
}

/**
 * `json-summary`: an object with the run's summary and, under `diagnostics`, exactly the array `json`
 * prints. Two passes over the findings: the summary first, then the findings as they are written.
 */
export const jsonSummaryChunks: ChunkFormatter = function* (input) {
  const head = JSON.stringify({ summary: jsonSummary(input) }, null, 2);
  // `{\n  "summary": {…}\n}` opened again for the findings, nested one level.
  yield jsonText(`${head.slice(0, -2)},\n  "diagnostics": `);
  for (const chunk of jsonArrayChunks(mapped(input.diagnostics, toJson), '  ')) yield jsonText(chunk);
  yield '\n}\n';
};

export const jsonSummaryReport = joined(jsonSummaryChunks);
