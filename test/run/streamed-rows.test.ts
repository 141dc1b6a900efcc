import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import type { Diagnostic } from '../../src/engine/diagnostic.js';
import { sortDiagnostics, type FileResult } from '../../src/engine/result.js';
import { createSession } from '../../src/engine/session.js';
import { lintSource } from '../../src/run/lint-source.js';
import { lintParsedFile } from '../../src/engine/dispatch.js';
import { parseSource } from '../../src/load/parse.js';
import { RunTable } from '../../src/run/run-table.js';
import { ProjectStore, StreamedRows } from '../../src/run/store.js';
import { ROOT } from '../cli/helpers.js';

const NO_EVIDENCE = { kinds: [], versions: [] };

function finding(line: number, column: number, ruleId: string, message: string, severity: Diagnostic['severity'] = 'error'): Diagnostic {
  return { ruleId, pci: ['3.1'], requirements: ['2.2.1'], severity, message, file: 'f.yaml', line, column, endLine: line, endColumn: column + 4 };
}

function resultOf(diagnostics: Diagnostic[]): FileResult {
  return { file: 'f.yaml', diagnostics, resources: [], facts: {}, suppressions: [], evidence: NO_EVIDENCE };
}

/** What a store gives for one file whose diagnostics come `before` the documents and then a document at a time. */
function streamed(before: Diagnostic[], documents: Diagnostic[][]): Diagnostic[] {
  const session = createSession(builtinRules, { rules: {} });
  const store = new ProjectStore();
  const rows = store.streamFile();
  for (const d of documents) rows.add({ diagnostics: [...d], resources: [], facts: {} });
  store.add(resultOf(before), 0, undefined, rows);
  return [...store.finish(session)].filter((d) => d.file === 'f.yaml');
}

describe('diagnostics packed a document at a time', () => {
  it('are sorted with the file-level ones among them, as the whole file sorted at once', () => {
    const before = [finding(9, 1, 'parse-error', 'late note', 'warning'), finding(1, 1, 'parse-error', 'first')];
    const documents = [[finding(3, 5, 'b-rule', 'x'), finding(2, 1, 'a-rule', 'y')], [finding(12, 1, 'a-rule', 'z'), finding(10, 3, 'a-rule', 'w')]];
    expect(streamed(before, documents)).toStrictEqual(sortDiagnostics([...before, ...documents.flat()]));
  });

  it('drop exact repeats, within a document and between a file-level diagnostic and a document', () => {
    const before = [finding(2, 1, 'a-rule', 'y')];
    const documents = [[finding(2, 1, 'a-rule', 'y'), finding(2, 1, 'a-rule', 'y', 'warning'), finding(3, 1, 'a-rule', 'y'), finding(3, 1, 'a-rule', 'y')]];
    expect(streamed(before, documents)).toStrictEqual([finding(2, 1, 'a-rule', 'y'), finding(2, 1, 'a-rule', 'y', 'warning'), finding(3, 1, 'a-rule', 'y')]);
  });

  it('are sorted as objects when documents report out of order, and repeats across documents are dropped', () => {
    const documents = [[finding(20, 1, 'a-rule', 'late')], [finding(4, 1, 'a-rule', 'early')], [finding(20, 1, 'a-rule', 'late'), finding(20, 1, 'a-rule', 'late', 'info')]];
    expect(streamed([], documents)).toStrictEqual([finding(4, 1, 'a-rule', 'early'), finding(20, 1, 'a-rule', 'late'), finding(20, 1, 'a-rule', 'late', 'info')]);
  });

  it('give the same findings as results kept whole, over every example and fixture', () => {
    const session = createSession(builtinRules, { settings: { now: '2026-11-24' } });
    const files: { file: string; text: string }[] = [];
    for (const dir of ['examples', 'test/fixtures']) {
      const names = (readdirSync(path.join(ROOT, dir), { recursive: true }) as string[]).filter((f) => /\.(?:ya?ml|json)$/.test(f)).sort();
      for (const name of names) files.push({ file: `${dir}/${name}`, text: readFileSync(path.join(ROOT, dir, name), 'utf8') });
    }
    const packed = new ProjectStore();
    const plain = new ProjectStore({ packed: false });
    for (const source of files) {
      plain.add(lintSource(session, source));
      const rows = packed.streamFile();
      packed.add(lintSource(session, source, rows), undefined, undefined, rows);
    }
    const fromStreamed = [...packed.finish(session)];
    expect(fromStreamed.length).toBeGreaterThan(200);
    // The cases the packed finish phase handles without unpacking: merged findings and the finish phase's own.
    expect(fromStreamed.some((d) => (d.alsoRules?.length ?? 0) > 0)).toBe(true);
    expect(fromStreamed).toStrictEqual([...plain.finish(session)]);
  });
});

describe('facts packed a document at a time', () => {
  it('give each rule its facts of every document in order; rules that wrote the same text share it until they differ', () => {
    const table = new RunTable();
    const rows = new StreamedRows(table);
    const shared = [{ kind: 'Pod', name: 'a' }];
    const at = { file: 'f.yaml', line: 3, column: 1, endLine: 3, endColumn: 5 };
    rows.add({ diagnostics: [], resources: [], facts: { one: shared, two: shared, three: [{ n: 1 }] } });
    rows.add({ diagnostics: [], resources: [], facts: { one: [{ n: 'naïve ✓' }], two: [{ n: 'naïve ✓' }], four: [{ at }] } });
    rows.add({ diagnostics: [], resources: [], facts: { one: [{ n: 2 }], three: [], four: [{ at }, { s: '\u0001 mark' }] } });
    rows.add({ diagnostics: [], resources: [], facts: {} });
    rows.add({ diagnostics: [], resources: [], facts: { two: [{ n: 3 }], five: [{ same: true }], six: [{ same: true }] } });
    const facts = rows.facts();
    expect(Object.keys(facts)).toEqual(['one', 'two', 'three', 'four', 'five', 'six']);
    const of = (id: string) => table.unpackFacts(facts[id] ?? -1);
    expect(of('one')).toStrictEqual([...shared, { n: 'naïve ✓' }, { n: 2 }]);
    expect(of('two')).toStrictEqual([...shared, { n: 'naïve ✓' }, { n: 3 }]);
    expect(of('three')).toStrictEqual([{ n: 1 }]);
    expect(of('four')).toStrictEqual([{ at }, { at }, { s: '\u0001 mark' }]);
    expect(of('five')).toStrictEqual([{ same: true }]);
    // Equal texts are kept once.
    expect(facts.five).toBe(facts.six);
    expect(facts.one).not.toBe(facts.two);
  });
});

describe('documents let go of once walked', () => {
  it('give the same result as documents kept, over every example and fixture', () => {
    const session = createSession(builtinRules, { settings: { now: '2026-11-24' } });
    let documents = 0;
    for (const dir of ['examples', 'test/fixtures']) {
      const names = (readdirSync(path.join(ROOT, dir), { recursive: true }) as string[]).filter((f) => /\.(?:ya?ml|json)$/.test(f)).sort();
      for (const name of names) {
        const source = { file: `${dir}/${name}`, text: readFileSync(path.join(ROOT, dir, name), 'utf8') };
        const released = parseSource(source);
        documents += released.documents.length;
        expect(lintParsedFile(session, released, undefined, true)).toStrictEqual(lintParsedFile(session, parseSource(source)));
        // Every document was let go of.
        expect(released.documents.filter((d) => d.release && d.toValue() !== null)).toStrictEqual([]);
      }
    }
    expect(documents).toBeGreaterThan(100);
  });
});
