import { describe, expect, it } from 'vitest';
import { jsonArrayChunks, jsonValueChunks } from '../../src/report/json-array.js';

const items = (n: number) => Array.from({ length: n }, (_, i) => ({ i, text: `line\n${i}`, list: [i, { deep: [] }], none: null }));

describe('jsonArrayChunks', () => {
  it.each([0, 1, 2, 255, 256, 257, 600])('gives the bytes of JSON.stringify(items, null, 2) for %i items', (n) => {
    expect([...jsonArrayChunks(items(n))].join('')).toBe(JSON.stringify(items(n), null, 2));
  });

  it('indents an array nested in a larger document', () => {
    for (const n of [0, 3, 300]) {
      const whole = JSON.stringify({ a: { results: items(n) } }, null, 2);
      const nested = `{\n  "a": {\n    "results": ${[...jsonArrayChunks(items(n), '    ')].join('')}\n  }\n}`;
      expect(nested).toBe(whole);
    }
  });
});

describe('jsonValueChunks', () => {
  // Shaped like the coverage report: a few keys, items each holding a long list of findings.
  const report = (n: number) => ({
    version: 1,
    skipped: undefined,
    empty: {},
    none: [],
    items: [
      { id: '1.1', findings: items(n), note: 'a\u2028b' },
      { id: '1.2', findings: [], extra: [undefined, () => 0, 'x'] },
      ...Array.from({ length: 3 }, (_, i) => ({ id: `2.${i}`, findings: items(n * i) })),
    ],
    nested: [[items(n)], items(3)],
    tail: null,
  });

  it.each([0, 1, 2, 700, 3000])('gives the bytes of JSON.stringify(value, null, 2), with %i findings per item', (n) => {
    const value = report(n);
    expect([...jsonValueChunks(value)].join('')).toBe(JSON.stringify(value, null, 2));
  });

  it('writes a large value in many chunks, none of them the whole', () => {
    const value = report(3000);
    const chunks = [...jsonValueChunks(value)];
    const whole = JSON.stringify(value, null, 2).length;
    expect(chunks.length).toBeGreaterThan(100);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(whole / 20);
  });

  it('indents a value nested in a larger document, and writes scalars as JSON.stringify does', () => {
    const value = report(900);
    expect(`{\n  "r": ${[...jsonValueChunks(value, '  ')].join('')}\n}`).toBe(JSON.stringify({ r: value }, null, 2));
    for (const scalar of [null, 0, 'x\n"y"', true]) expect([...jsonValueChunks(scalar)].join('')).toBe(JSON.stringify(scalar));
  });
});

describe('the format registry', () => {
  it('loads, by name, the same chunked formatter each whole-text formatter is made from', async () => {
    const { FORMAT_NAMES, loadFormatter } = await import('../../src/report/formats.js');
    const { formatters } = await import('../../src/report/index.js');
    expect([...FORMAT_NAMES].sort()).toEqual(Object.keys(formatters).sort());
    const input = { diagnostics: [], fileCount: 1, target: { major: 1, minor: 37 } };
    for (const name of FORMAT_NAMES) {
      const chunks = await loadFormatter(name);
      expect(chunks, name).toBeDefined();
      expect([...(chunks?.(input, { color: false }) ?? [])].join(''), name).toBe(formatters[name]?.(input, { color: false }));
    }
    expect(await loadFormatter('toString')).toBeUndefined();
  });
});
