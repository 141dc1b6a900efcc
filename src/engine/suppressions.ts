import type { ResourceRef } from '../model/resource.js';
import type { Diagnostic, Location } from './diagnostic.js';

/** The annotation that turns rules off for one object, and the one that says why. */
export const IGNORE_ANNOTATION = 'pci-lint.io/ignore';
export const IGNORE_REASON_ANNOTATION = 'pci-lint.io/ignore-reason';

/**
 * One suppression found in the input: a `# pci-lint-disable-next-line` comment (it covers the next line
 * that is neither blank nor a comment) or a `pci-lint.io/ignore` annotation (it covers the object).
 */
export interface Suppression {
  readonly kind: 'comment' | 'annotation';
  readonly ruleIds: readonly string[];
  readonly reason?: string;
  /** Where the directive is written, for findings about the directive itself. */
  readonly at: Location;
  /** For comments: the line it covers. */
  readonly line?: number;
  /** For annotations: the object it covers. */
  readonly resource?: ResourceRef;
}

const DIRECTIVE = /^([ \t]*)#[ \t]*pci-lint-disable-next-line\b(.*)$/;

function splitDirective(body: string): { ruleIds: string[]; reason?: string } {
  const [rules = '', ...rest] = body.split(/\s--\s?/);
  const reason = rest.join(' -- ').trim();
  const ruleIds = rules
    .split(/[\s,]+/)
    .map((r) => r.trim())
    .filter((r) => r !== '');
  return { ruleIds, ...(reason !== '' && { reason }) };
}

/** Finds `# pci-lint-disable-next-line rule-a, rule-b -- reason` comments in a file's text. */
export function commentSuppressions(file: string, text: string): Suppression[] {
  if (!text.includes('pci-lint-disable-next-line')) return [];
  const lines = text.split('\n');
  const out: Suppression[] = [];
  lines.forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const match = DIRECTIVE.exec(line);
    if (!match) return;
    let target = i + 1;
    while (target < lines.length && /^\s*(#.*)?\r?$/.test(lines[target] ?? '')) target++;
    const column = (match[1]?.length ?? 0) + 1;
    out.push({
      kind: 'comment',
      ...splitDirective(match[2] ?? ''),
      at: { file, line: i + 1, column, endLine: i + 1, endColumn: line.length + 1 },
      line: target + 1,
    });
  });
  return out;
}

/** The suppression an object declares through its `pci-lint.io/ignore` annotation, if any. */
export function annotationSuppression(annotations: Readonly<Record<string, string>>, resource: ResourceRef, at: Location): Suppression | undefined {
  const value = annotations[IGNORE_ANNOTATION];
  if (value === undefined) return undefined;
  const reason = annotations[IGNORE_REASON_ANNOTATION]?.trim();
  const ruleIds = value
    .split(/[\s,]+/)
    .map((r) => r.trim())
    .filter((r) => r !== '');
  return { kind: 'annotation', ruleIds, ...(reason && { reason }), at, resource };
}

function sameResource(a: ResourceRef | undefined, b: ResourceRef | undefined): boolean {
  return !!a && !!b && a.kind === b.kind && a.apiVersion === b.apiVersion && a.name === b.name && a.namespace === b.namespace;
}

function covers(s: Suppression, d: Diagnostic): boolean {
  if (s.at.file !== d.file || !s.ruleIds.includes(d.ruleId)) return false;
  return s.kind === 'comment' ? s.line === d.line : sameResource(s.resource, d.resource);
}

export interface SuppressionOutcome {
  readonly kept: Diagnostic[];
  /** Each finding a suppression hid, with that suppression (the first that covers it). */
  readonly waived: { readonly diagnostic: Diagnostic; readonly suppression: Suppression }[];
  /** Findings about the suppressions themselves: missing reasons, unknown rules, unused directives. */
  readonly problems: { readonly id: 'suppression-missing-reason' | 'unused-suppression'; readonly message: string; readonly at: Location }[];
}

/**
 * Drops the rule findings that a suppression covers and reports suppressions that lack a reason, name an
 * unknown rule or cover nothing. Engine diagnostics (`parse-error`, …) are never suppressed. A rule that
 * exists but did not run (turned off, not for this Kubernetes version) does not make a suppression unused.
 */
export function applySuppressions(
  diagnostics: readonly Diagnostic[],
  suppressions: readonly Suppression[],
  isSuppressible: (ruleId: string) => boolean,
  ruleState: (ruleId: string) => 'active' | 'inactive' | 'unknown',
): SuppressionOutcome {
  const used = new Set<string>();
  const waived: SuppressionOutcome['waived'][number][] = [];
  const kept = diagnostics.filter((d) => {
    if (!isSuppressible(d.ruleId)) return true;
    let by: Suppression | undefined;
    for (const [i, s] of suppressions.entries()) {
      if (!covers(s, d)) continue;
      by ??= s;
      used.add(`${i}:${d.ruleId}`);
    }
    if (by) waived.push({ diagnostic: d, suppression: by });
    return !by;
  });

  const problems: SuppressionOutcome['problems'][number][] = [];
  suppressions.forEach((s, i) => {
    const what = s.kind === 'comment' ? 'pci-lint-disable-next-line comment' : `${IGNORE_ANNOTATION} annotation`;
    if (s.ruleIds.length === 0) {
      problems.push({ id: 'unused-suppression', message: `This ${what} names no rule; list the rule ids it should silence.`, at: s.at });
      return;
    }
    if (!s.reason) {
      const how = s.kind === 'comment' ? 'after " -- "' : `in the ${IGNORE_REASON_ANNOTATION} annotation`;
      problems.push({
        id: 'suppression-missing-reason',
        message: `This ${what} silences ${s.ruleIds.join(', ')} without a reason; auditors need one. Add it ${how}.`,
        at: s.at,
      });
    }
    for (const ruleId of s.ruleIds) {
      const state = ruleState(ruleId);
      if (state === 'unknown') problems.push({ id: 'unused-suppression', message: `This ${what} names "${ruleId}", which is not a pci-lint rule.`, at: s.at });
      else if (state === 'active' && !used.has(`${i}:${ruleId}`)) {
        const scope = s.kind === 'comment' ? `on line ${s.line ?? '?'}` : 'on this object';
        problems.push({ id: 'unused-suppression', message: `This ${what} silences "${ruleId}", which reports nothing ${scope}; remove it.`, at: s.at });
      }
    }
  });
  return { kept, waived, problems };
}
