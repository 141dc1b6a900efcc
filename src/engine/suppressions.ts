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
  /**
   * For annotations: where that object is written (its document, or its item of a List). Only findings
   * inside it are covered: another object of the same kind and name elsewhere is not.
   */
  readonly scope?: Scope;
}

/** A stretch of one file: from line:column up to (not including) endLine:endColumn. */
export interface Scope {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

const DIRECTIVE = /^([ \t]*)#[ \t]*pci-lint-disable-next-line\b(.*)$/;

/**
 * A reason as written, trimmed; undefined unless it holds a letter or a digit: a zero-width space, a
 * word joiner or punctuation alone says nothing to an auditor, and would read as a reason in the waiver
 * register while showing nothing.
 */
function reasonOf(text: string | undefined): string | undefined {
  const reason = text?.trim();
  return reason !== undefined && /[\p{L}\p{N}]/u.test(reason) ? reason : undefined;
}

function splitDirective(body: string): { ruleIds: string[]; reason?: string } {
  const [rules = '', ...rest] = body.split(/\s--\s?/);
  const reason = reasonOf(rest.join(' -- '));
  const ruleIds = rules
    .split(/[\s,]+/)
    .map((r) => r.trim())
    .filter((r) => r !== '');
  return { ruleIds, ...(reason !== undefined && { reason }) };
}

/** A blank line, or one holding only a comment: a directive skips these to find the line it covers. */
const SKIPPED = /^\s*(?:#.*)?\r?$/;

/**
 * Finds `# pci-lint-disable-next-line rule-a, rule-b -- reason` comments in a file's text. With
 * `commentLines` (ParsedFile.commentLines), a directive counts only on a line where a YAML comment starts:
 * the same words inside a block or quoted scalar are content, not a comment.
 */
export function commentSuppressions(file: string, text: string, commentLines?: ReadonlySet<number>): Suppression[] {
  if (!text.includes('pci-lint-disable-next-line')) return [];
  const lines = text.split('\n');
  const out: Suppression[] = [];
  // One pass from the end: the line each line's directive would cover (the next one that is neither blank
  // nor a comment), so a run of directives and comments is not searched again from each of them.
  let covered = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const raw = lines[i] ?? '';
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const match = line.includes('pci-lint-disable-next-line') && (!commentLines || commentLines.has(i + 1)) ? DIRECTIVE.exec(line) : null;
    if (match) {
      const column = (match[1]?.length ?? 0) + 1;
      out.push({
        kind: 'comment',
        ...splitDirective(match[2] ?? ''),
        at: { file, line: i + 1, column, endLine: i + 1, endColumn: line.length + 1 },
        line: covered + 1,
      });
    }
    if (!SKIPPED.test(raw)) covered = i;
  }
  return out.reverse();
}

/** The suppression an object declares through its `pci-lint.io/ignore` annotation, if any. */
export function annotationSuppression(annotations: Readonly<Record<string, string>>, resource: ResourceRef, at: Location, scope: Scope): Suppression | undefined {
  const value = annotations[IGNORE_ANNOTATION];
  if (value === undefined) return undefined;
  const reason = reasonOf(annotations[IGNORE_REASON_ANNOTATION]);
  const ruleIds = value
    .split(/[\s,]+/)
    .map((r) => r.trim())
    .filter((r) => r !== '');
  return { kind: 'annotation', ruleIds, ...(reason && { reason }), at, resource, scope };
}

function sameResource(a: ResourceRef | undefined, b: ResourceRef | undefined): boolean {
  return !!a && !!b && a.kind === b.kind && a.apiVersion === b.apiVersion && a.name === b.name && a.namespace === b.namespace;
}

/** Orders positions: negative when line:column `a` comes before `b`. */
function comparePositions(aLine: number, aColumn: number, bLine: number, bColumn: number): number {
  return aLine - bLine || aColumn - bColumn;
}

function inScope(scope: Scope, d: Diagnostic): boolean {
  return comparePositions(scope.line, scope.column, d.line, d.column) <= 0 && comparePositions(d.line, d.column, scope.endLine, scope.endColumn) < 0;
}

/**
 * The suppressions of one file indexed for lookup, so applying them costs about one lookup per finding
 * rather than a pass over every suppression: comments by the line they cover, annotations by where their
 * object starts (an interval search: objects of one file do not overlap, those of two files with one
 * name may).
 */
class SuppressionIndex {
  private readonly byLine = new Map<number, number[]>();
  /** Annotation suppressions (their indexes) by where their scope starts, and the furthest end up to each. */
  private readonly scoped: number[];
  private readonly furthest: Scope[] = [];

  constructor(private readonly suppressions: readonly Suppression[]) {
    const scoped: number[] = [];
    suppressions.forEach((s, i) => {
      if (s.kind === 'comment' && s.line !== undefined) {
        const list = this.byLine.get(s.line);
        if (list) list.push(i);
        else this.byLine.set(s.line, [i]);
      } else if (s.kind === 'annotation' && s.scope) scoped.push(i);
    });
    const scopeOf = (i: number) => suppressions[i]?.scope as Scope;
    this.scoped = scoped.sort((a, b) => comparePositions(scopeOf(a).line, scopeOf(a).column, scopeOf(b).line, scopeOf(b).column) || a - b);
    let far: Scope | undefined;
    for (const i of this.scoped) {
      const s = scopeOf(i);
      if (!far || comparePositions(s.endLine, s.endColumn, far.endLine, far.endColumn) > 0) far = s;
      this.furthest.push(far);
    }
  }

  /** The indexes of the suppressions that cover `d`, lowest first. */
  covering(d: Diagnostic): number[] {
    const out: number[] = [];
    for (const i of this.byLine.get(d.line) ?? []) if (this.suppressions[i]?.ruleIds.includes(d.ruleId)) out.push(i);
    if (d.resource && this.scoped.length > 0) {
      // The last scope starting at or before the finding, then back while an earlier one may still reach it.
      let lo = 0;
      let hi = this.scoped.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const s = this.suppressions[this.scoped[mid] as number]?.scope as Scope;
        if (comparePositions(s.line, s.column, d.line, d.column) <= 0) lo = mid + 1;
        else hi = mid;
      }
      for (let j = lo - 1; j >= 0; j--) {
        const far = this.furthest[j] as Scope;
        if (comparePositions(d.line, d.column, far.endLine, far.endColumn) >= 0) break;
        const i = this.scoped[j] as number;
        const s = this.suppressions[i] as Suppression;
        if (s.scope && inScope(s.scope, d) && sameResource(s.resource, d.resource) && s.ruleIds.includes(d.ruleId)) out.push(i);
      }
    }
    return out.length > 1 ? out.sort((a, b) => a - b) : out;
  }
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
  // A directive is where it is written: an object judged once per kustomize build view declares its
  // annotation once per view (one copy of the object each), and is used when any copy is.
  const directiveOf = (s: Suppression) => `${s.kind}\u0000${s.at.file}\u0000${s.at.line}\u0000${s.at.column}`;
  const used = new Set<string>();
  const waived: SuppressionOutcome['waived'][number][] = [];
  const index = new SuppressionIndex(suppressions);
  const kept = diagnostics.filter((d) => {
    if (!isSuppressible(d.ruleId)) return true;
    const by = index.covering(d).filter((i) => suppressions[i]?.at.file === d.file);
    for (const i of by) used.add(`${directiveOf(suppressions[i] as Suppression)}\u0000${d.ruleId}`);
    const first = by[0] === undefined ? undefined : suppressions[by[0]];
    if (first) waived.push({ diagnostic: d, suppression: first });
    return !first;
  });

  const problems: SuppressionOutcome['problems'][number][] = [];
  const judged = new Set<string>();
  suppressions.forEach((s) => {
    const directive = directiveOf(s);
    if (judged.has(directive)) return;
    judged.add(directive);
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
      else if (state === 'active' && !used.has(`${directive}\u0000${ruleId}`)) {
        const scope = s.kind === 'comment' ? `on line ${s.line ?? '?'}` : 'on this object';
        problems.push({ id: 'unused-suppression', message: `This ${what} silences "${ruleId}", which reports nothing ${scope}; remove it.`, at: s.at });
      }
    }
  });
  return { kept, waived, problems };
}
