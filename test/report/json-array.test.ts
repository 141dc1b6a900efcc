import { describe, expect, it } from 'vitest';
import { jsonArrayChunks } from '../../src/report/json-array.js';

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
