/**
 * The CLI limits the heap's growth only for a large run (src/cli/heap.ts): lintRun says when the input
 * read reaches 1 MiB, once.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limitHeapGrowth } from '../../src/cli/heap.js';
import { lintRun } from '../../src/run/lint.js';
import { WORKER_THRESHOLD_BYTES } from '../../src/run/workers.js';

describe('limitHeapGrowth', () => {
  it('sets --heap-growing-percent=30', () => {
    const set: string[] = [];
    limitHeapGrowth([], (flags) => set.push(flags));
    expect(set).toEqual(['--heap-growing-percent=30']);
  });

  it.each([['--heap-growing-percent=100'], ['--heap_growing_percent=50']])('leaves the flag alone when node was started with %s', (arg) => {
    const set: string[] = [];
    limitHeapGrowth(['--enable-source-maps', arg], (flags) => set.push(flags));
    expect(set).toEqual([]);
  });
});

describe('lintRun onLargeInput', () => {
  let dir: string;
  const workload = (i: number) => `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: sa${i}\n`;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'pci-lint-heap-'));
    // Four files of 300 kB each (a long comment before a small object): the third crosses 1 MiB.
    for (let f = 0; f < 4; f++) writeFileSync(path.join(dir, `big${f}.yaml`), `# ${'x'.repeat(300_000)}\n${workload(f)}`);
    writeFileSync(path.join(dir, 'small.yaml'), workload(9));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('is called once when the input read reaches 1 MiB', async () => {
    expect(4 * 300_000).toBeGreaterThan(WORKER_THRESHOLD_BYTES);
    let calls = 0;
    const run = await lintRun(['.'], { cwd: dir, onLargeInput: () => calls++ });
    expect(run.fileCount).toBe(5);
    expect(calls).toBe(1);
  });

  it('is not called for a small input', async () => {
    let calls = 0;
    await lintRun(['small.yaml', 'big0.yaml'], { cwd: dir, onLargeInput: () => calls++ });
    expect(calls).toBe(0);
  });
});
