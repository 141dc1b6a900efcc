/**
 * The agreement logic of `npm run peer-agreement` (scripts/peer-agreement-core.mjs): when a peer's case
 * agrees with what pci-lint reports, and the figures per check. The fixtures under
 * fixtures/peer-agreement were written for this test: a file with a pod that runs as root beside one that
 * does not, and a file that is not YAML.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commonDirectory, judge, overlapSummary, percent, summarize, targetOf, validateCase } from '../../scripts/peer-agreement-core.mjs';
import { divergenceLedger } from '../../scripts/peers/util.mjs';
import { lint } from '../../src/run/lint.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'peer-agreement');
const twoPods = path.join(dir, 'two-pods.yaml');
const notYaml = path.join(dir, 'not-yaml.yaml');

async function findingsOf(files: string[]) {
  return (await lint(files, { cwd: dir, projects: [dir], settings: { now: '2026-06-01' } })).diagnostics;
}

const base = { id: 'x', check: 'runAsRoot', files: [twoPods], rules: ['run-as-non-root'] };

describe('judge', () => {
  it('a fail case agrees when a finding of one of its rules is there, and a pass case when none is', async () => {
    const findings = await findingsOf([twoPods]);
    expect(judge({ ...base, expect: 'fail' }, findings).agrees).toBe(true);
    expect(judge({ ...base, expect: 'pass' }, findings).agrees).toBe(false);
    // Any of the rules counts; a rule pci-lint did not report on the file does not.
    expect(judge({ ...base, rules: ['privileged-container'], expect: 'pass' }, findings).agrees).toBe(true);
    expect(judge({ ...base, rules: ['privileged-container', 'pss-run-as-user'], expect: 'fail' }, findings).agrees).toBe(true);
  });

  it('with an object, only findings on that object count', async () => {
    const findings = await findingsOf([twoPods]);
    const onUser = { ...base, object: { kind: 'Pod', name: 'as-user' } };
    expect(judge({ ...onUser, expect: 'pass' }, findings).agrees).toBe(true);
    expect(judge({ ...onUser, expect: 'fail' }, findings).agrees).toBe(false);
    expect(judge({ ...onUser, expect: 'fail' }, findings).said).toBe('no finding of run-as-non-root on Pod as-user');
    const onRoot = { ...base, object: { kind: 'Pod', name: 'as-root' } };
    expect(judge({ ...onRoot, expect: 'fail' }, findings).agrees).toBe(true);
    // The kind must match too, and a namespace when the case names one (these pods have none).
    expect(judge({ ...base, object: { kind: 'Deployment', name: 'as-root' }, expect: 'fail' }, findings).agrees).toBe(false);
    expect(judge({ ...base, object: { kind: 'Pod', name: 'as-root', namespace: 'shop' }, expect: 'fail' }, findings).agrees).toBe(false);
    expect(judge({ ...base, object: { kind: 'Pod', name: 'as-root', namespace: '' }, expect: 'fail' }, findings).agrees).toBe(true);
  });

  it('a finding that replaced another rule\'s finding of the same fact counts for that rule', () => {
    const finding = { ruleId: 'image-digest', alsoRules: ['image-pull-policy'], file: 'a.yaml', line: 9, column: 14, message: 'pinned only by tag', resource: { kind: 'Pod', name: 'p' } };
    const c = { ...base, rules: ['image-pull-policy'], expect: 'fail' as const };
    const verdict = judge(c, [finding]);
    expect(verdict.agrees).toBe(true);
    expect(verdict.said).toBe('1 finding: image-digest 9:14 pinned only by tag');
    expect(judge({ ...c, expect: 'pass' }, [{ ...finding, alsoRules: [] }]).agrees).toBe(true);
  });

  it('says when the file was not linted, so a parse error is not read as a pass', async () => {
    const findings = await findingsOf([notYaml]);
    const verdict = judge({ ...base, files: [notYaml], expect: 'pass' }, findings);
    expect(verdict.agrees).toBe(true);
    expect(verdict.unlinted.map((f) => f.ruleId)).toEqual(['parse-error']);
    expect(verdict.said).toMatch(/^no finding of run-as-non-root \(not linted: parse-error 5:1 YAML syntax error/);
  });
});

describe('summarize', () => {
  it('counts cases, agreements and percent per check, sorted by check, and in all', () => {
    const v = (check: string, expectation: 'fail' | 'pass', agrees: boolean) => ({ id: `${check}/${String(agrees)}`, check, expect: expectation, agrees, said: '', matching: [], unlinted: [] });
    const s = summarize([v('b', 'fail', true), v('a', 'pass', true), v('b', 'pass', false), v('b', 'fail', true)]);
    expect(s).toEqual({
      cases: 4,
      agreements: 3,
      percent: 75,
      checks: [
        { check: 'a', cases: 1, agreements: 1, fail: 0, pass: 1, percent: 100 },
        { check: 'b', cases: 3, agreements: 2, fail: 2, pass: 1, percent: 66.7 },
      ],
    });
    expect(summarize([])).toEqual({ cases: 0, agreements: 0, percent: 100, checks: [] });
    expect(percent(199, 200)).toBe(99.5);
  });
});

describe('overlapSummary', () => {
  const v = (id: string, agrees: boolean) => ({ id, check: 'c', expect: 'fail' as const, agrees, said: '', matching: [], unlinted: [] });
  it('counts a recorded divergence apart, and only while the case still disagrees', () => {
    const ledger = divergenceLedger([
      { class: 'opt-in', why: 'asks for its token', ids: ['a', 'b'] },
      { class: 'version', why: 'before 1.35 only', ids: ['gone'] },
    ]);
    const o = overlapSummary([v('a', false), v('b', true), v('c', false), v('d', true)], ledger);
    // a: divergent; b: agrees, so its entry is stale and it counts as an agreement; c: an unrecorded disagreement.
    expect(o).toEqual({ comparable: 3, agreements: 2, percent: 66.7, divergent: 1, byClass: { 'opt-in': 1 }, stale: ['b'], unmatched: ['gone'] });
  });
  it('a ledger names each case once', () => {
    expect(() => divergenceLedger([{ class: 'x', why: 'y', ids: ['a'] }, { class: 'z', why: 'w', ids: ['a'] }])).toThrow('divergence a recorded twice');
  });
});

describe('case shape and helpers', () => {
  it('rejects malformed cases with the reason', () => {
    expect(validateCase({ ...base, expect: 'fail' })).toEqual([]);
    expect(validateCase({ ...base, expect: 'maybe', files: [], rules: ['x'], k8sVersion: 'v1.29' })).toEqual([
      'files must be a non-empty list of paths',
      "expect must be 'fail' or 'pass'",
      'k8sVersion must look like 1.29',
    ]);
    expect(validateCase({ ...base, expect: 'pass', object: { name: 'x' } })).toEqual(['object must have a kind']);
  });

  it('clamps a stated version to the supported targets and finds the directory common to the files', () => {
    const oldest = { major: 1, minor: 19 };
    const newest = { major: 1, minor: 37 };
    expect(targetOf('1.16', oldest, newest)).toEqual({ major: 1, minor: 19 });
    expect(targetOf('1.29', oldest, newest)).toEqual({ major: 1, minor: 29 });
    expect(targetOf('1.40', oldest, newest)).toEqual({ major: 1, minor: 37 });
    expect(targetOf(undefined, oldest, newest)).toBeUndefined();
    expect(commonDirectory(['/a/b/c/x.yaml', '/a/b/d/y.yaml'], (p: string) => path.posix.dirname(p), '/')).toBe('/a/b');
    expect(commonDirectory(['/a/b/x.yaml'], (p: string) => path.posix.dirname(p), '/')).toBe('/a/b');
    expect(commonDirectory(['/a/x.yaml', '/b/y.yaml'], (p: string) => path.posix.dirname(p), '/')).toBe('/');
  });
});
