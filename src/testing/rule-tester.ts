/**
 * A strict case-table tester for rules, in the spirit of ESLint's RuleTester. It runs each case through
 * the real engine (parse, walk, finish) with only the rule under test enabled and asserts rule id,
 * messageId, the full message text and the exact line:column of every finding.
 */
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, Severity } from '../engine/diagnostic.js';
import { formatMessage, placeholdersOf, type AnyRule, type MessageData } from '../engine/rule.js';
import { RunTable } from '../run/run-table.js';
import { createSession } from '../engine/session.js';
import { finishProject, lintSource } from '../run/lint-source.js';
import type { SharedSettings } from '../engine/rule.js';
import { parseVersion } from '../k8s/versions.js';
import { own } from '../load/own.js';

export interface ValidCase {
  /** Shown as the test name; defaults to the first line of the code. */
  readonly name?: string;
  /** The manifest text (one file; may hold several documents). */
  readonly code: string;
  readonly options?: unknown;
  /** Target Kubernetes version, e.g. `1.24`; defaults to the newest. */
  readonly target?: string;
  /** Shared settings (`ctx.settings`) for this case, e.g. `{ defaultNamespace: 'payments' }`. */
  readonly settings?: SharedSettings;
}

export interface ExpectedFinding {
  readonly messageId: string;
  /** Placeholder values; required when the message has placeholders, so the full text is asserted. */
  readonly data?: MessageData;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly severity?: Severity;
}

export interface InvalidCase extends ValidCase {
  readonly errors: readonly ExpectedFinding[];
}

export interface RuleCases {
  readonly valid: readonly (ValidCase | string)[];
  readonly invalid: readonly InvalidCase[];
}

function normalise(c: ValidCase | string): ValidCase {
  return typeof c === 'string' ? { code: c } : c;
}

function caseKey(c: ValidCase): string {
  return JSON.stringify([c.code, c.options ?? null, c.target ?? null, c.settings ?? null]);
}

function caseName(c: ValidCase, index: number): string {
  if (c.name) return c.name;
  const firstLine = c.code.split('\n').find((l) => l.trim() !== '' && !l.trim().startsWith('#')) ?? '';
  return `#${index + 1} ${firstLine.trim().slice(0, 60)}`;
}

/** Lints one case with only `rule` enabled. Exported for fixture-style tests. */
export function runRule(rule: AnyRule, c: ValidCase): Diagnostic[] {
  const target = c.target === undefined ? undefined : parseVersion(c.target);
  if (c.target !== undefined && !target) throw new Error(`invalid target "${c.target}" in test case`);
  const session = createSession([rule], {
    ...(target && { target }),
    rules: c.options === undefined ? {} : { [rule.meta.id]: { options: c.options } },
    ...(c.settings && { settings: c.settings }),
  });
  // A rule that needs configuration may be tested unconfigured: it must then find nothing.
  if (session.active.length === 0 && session.unconfigured.length === 0) {
    throw new Error(`rule ${rule.meta.id} does not apply to target ${c.target ?? 'default'}; the case tests nothing`);
  }
  const result = lintSource(session, { file: 'test.yaml', text: c.code });
  // Facts cross threads and are kept packed until finish: each must come back unchanged.
  const table = new RunTable();
  for (const [ruleId, facts] of Object.entries(result.facts)) {
    if (!isDeepStrictEqual(table.unpackFacts(table.packFacts(facts)), facts)) {
      throw new Error(`${ruleId}: its recorded facts change when packed; facts must be plain JSON data (no undefined, Map, class instances)`);
    }
  }
  return finishProject(session, [result]);
}

function checkTable(rule: AnyRule, cases: RuleCases): void {
  const { id, messages } = rule.meta;
  if (cases.valid.length === 0) throw new Error(`${id}: needs at least one valid case`);
  if (cases.invalid.length === 0) throw new Error(`${id}: needs at least one invalid case`);
  const seen = new Set<string>();
  for (const c of [...cases.valid.map(normalise), ...cases.invalid]) {
    const key = caseKey(c);
    if (seen.has(key)) throw new Error(`${id}: duplicate case ${caseName(c, 0)}`);
    seen.add(key);
  }
  const used = new Set<string>();
  for (const c of cases.invalid) {
    if (c.errors.length === 0) throw new Error(`${id}: invalid case "${caseName(c, 0)}" expects no error; put it in valid`);
    for (const e of c.errors) {
      const template = own(messages as Record<string, string>, e.messageId);
      if (template === undefined) throw new Error(`${id}: unknown messageId "${e.messageId}"`);
      const fix = rule.meta.fixes === undefined ? undefined : own(rule.meta.fixes as Record<string, string>, e.messageId);
      const missing = [...new Set([...placeholdersOf(template), ...placeholdersOf(fix ?? '')])].filter((p) => !e.data || !Object.hasOwn(e.data, p));
      if (missing.length > 0) throw new Error(`${id}: expected "${e.messageId}" needs data for ${missing.join(', ')}`);
      used.add(e.messageId);
    }
  }
  const untested = Object.keys(messages).filter((m) => !used.has(m));
  if (untested.length > 0) throw new Error(`${id}: no invalid case covers messageId ${untested.join(', ')}`);
}

/** The fix text a finding of `messageId` carries: its template filled, or undefined where the rule has none. */
function fixOf(rule: AnyRule, messageId: string, data: MessageData | undefined): string | undefined {
  const template = rule.meta.fixes === undefined ? undefined : own(rule.meta.fixes as Record<string, string>, messageId);
  return template === undefined ? undefined : formatMessage(template, data);
}

/** Declares one vitest test per case. */
export function testRule(rule: AnyRule, cases: RuleCases): void {
  checkTable(rule, cases);
  const { id, messages } = rule.meta;
  describe(id, () => {
    describe('valid', () => {
      cases.valid.map(normalise).forEach((c, i) => {
        it(caseName(c, i), () => {
          const found = runRule(rule, c).map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`);
          expect(found).toEqual([]);
        });
      });
    });
    describe('invalid', () => {
      cases.invalid.forEach((c, i) => {
        it(caseName(c, i), () => {
          const actual = runRule(rule, c).map((d) => ({
            ruleId: d.ruleId,
            messageId: d.messageId,
            message: d.message,
            ...(rule.meta.fixes !== undefined && { fix: d.fix }),
            line: d.line,
            column: d.column,
            ...(c.errors.some((e) => e.endLine !== undefined) && { endLine: d.endLine }),
            ...(c.errors.some((e) => e.endColumn !== undefined) && { endColumn: d.endColumn }),
            ...(c.errors.some((e) => e.severity !== undefined) && { severity: d.severity }),
          }));
          const expected = c.errors.map((e) => ({
            ruleId: id,
            messageId: e.messageId,
            message: formatMessage(own(messages as Record<string, string>, e.messageId) ?? '', e.data),
            ...(rule.meta.fixes !== undefined && { fix: fixOf(rule, e.messageId, e.data) }),
            line: e.line,
            column: e.column,
            ...(c.errors.some((x) => x.endLine !== undefined) && { endLine: e.endLine }),
            ...(c.errors.some((x) => x.endColumn !== undefined) && { endColumn: e.endColumn }),
            ...(c.errors.some((x) => x.severity !== undefined) && { severity: e.severity }),
          }));
          expect(actual).toEqual(expected);
        });
      });
    });
  });
}
