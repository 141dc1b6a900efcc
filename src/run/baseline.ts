import { isCoreDiagnosticId } from '../engine/core-ids.js';
import type { Diagnostic } from '../engine/diagnostic.js';
import { fingerprintOf } from '../engine/fingerprint.js';
import { ConfigError } from '../engine/settings.js';

export interface BaselineEntry {
  readonly fingerprint: string;
  readonly ruleId: string;
  readonly file: string;
  /** `Kind/namespace/name`, for people reading the file. */
  readonly resource?: string;
  readonly path?: string;
}

/** Findings accepted as known debt: later runs report only findings that are not in it. */
export interface Baseline {
  readonly version: 1;
  readonly tool: 'pci-lint';
  readonly findings: readonly BaselineEntry[];
}

/**
 * Records the current findings by fingerprint (rule, message id, file, object, YAML path; no line
 * numbers). Engine diagnostics (parse errors, unreadable files) are never baselined: they mean input went
 * unchecked.
 */
export function createBaseline(diagnostics: Iterable<Diagnostic>): Baseline {
  const findings = [...diagnostics]
    .filter((d) => !isCoreDiagnosticId(d.ruleId))
    .map((d): BaselineEntry => {
      const r = d.resource;
      return {
        fingerprint: fingerprintOf(d),
        ruleId: d.ruleId,
        file: d.file,
        ...(r && { resource: [r.kind, r.namespace ?? '', r.name ?? ''].join('/') }),
        ...(d.path !== undefined && { path: d.path }),
      };
    })
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
  return { version: 1, tool: 'pci-lint', findings };
}

/** ` (line L, column C)` where JSON.parse stopped, from the position in its message; never the text itself. */
function jsonErrorPosition(error: unknown, text: string): string {
  const at = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (!at) return '';
  const offset = Math.min(Number(at[1]), text.length);
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return ` (line ${line}, column ${offset - lineStart + 1})`;
}

/** Reads a baseline file's JSON; anything else is a ConfigError naming the file. */
export function parseBaseline(text: string, file: string): Baseline {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // Not the parser's message: it quotes the text, and the path may name a file that is not a baseline at all.
    throw new ConfigError(`Baseline ${file} is not valid JSON${jsonErrorPosition(error, text)}; write one with --write-baseline.`);
  }
  const ok =
    typeof value === 'object' &&
    value !== null &&
    (value as { version?: unknown }).version === 1 &&
    Array.isArray((value as { findings?: unknown }).findings) &&
    (value as { findings: unknown[] }).findings.every((f) => typeof f === 'object' && f !== null && typeof (f as { fingerprint?: unknown }).fingerprint === 'string');
  if (!ok) throw new ConfigError(`Baseline ${file} is not a pci-lint baseline (version 1); write one with --write-baseline.`);
  return value as Baseline;
}

/**
 * A filter that drops findings recorded in the baseline: true for a finding to keep. Each entry absorbs one
 * finding, so a second copy of a known problem is still reported. Stateful: one filter per pass.
 */
export function baselineFilter(baseline: Baseline): (d: Diagnostic) => boolean {
  const budget = new Map<string, number>();
  for (const entry of baseline.findings) budget.set(entry.fingerprint, (budget.get(entry.fingerprint) ?? 0) + 1);
  return (d) => {
    if (isCoreDiagnosticId(d.ruleId)) return true;
    const key = fingerprintOf(d);
    const left = budget.get(key) ?? 0;
    if (left === 0) return true;
    budget.set(key, left - 1);
    return false;
  };
}
