/**
 * The CLI limits the heap's growth only for a large run (src/cli/heap.ts): lintRun says when the input
 * read reaches 1 MiB, once.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limitHeapGrowth, YOUNG_GENERATION_LIMIT_BYTES, youngGenerationLimiter } from '../../src/cli/heap.js';
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

describe('youngGenerationLimiter', () => {
  it('stops the new space growing once it has reached two semi-spaces of 16 MiB, once', () => {
    const set: string[] = [];
    let size = 8 * 1024 * 1024;
    const check = youngGenerationLimiter([], (flags) => set.push(flags), () => size);
    expect(check?.()).toBe(false);
    size = YOUNG_GENERATION_LIMIT_BYTES - 1;
    expect(check?.()).toBe(false);
    expect(set).toEqual([]);
    size = YOUNG_GENERATION_LIMIT_BYTES;
    expect(check?.()).toBe(true);
    expect(set).toEqual(['--semi-space-growth-factor=1']);
  });

  it('reads the size of the new space of this process', () => {
    const set: string[] = [];
    // The real size: whether this test process has reached the limit depends on what ran in it before (a
    // whole suite in one worker under Node 24 has), so only the agreement of the answer and the flags set.
    const check = youngGenerationLimiter([], (flags) => set.push(flags));
    const reached = check?.();
    expect(typeof reached).toBe('boolean');
    expect(set).toEqual(reached === true ? ['--semi-space-growth-factor=1'] : []);
  });

  it.each([['--max-semi-space-size=64'], ['--semi_space_growth_factor=4'], ['--max-young-generation-size=96']])('leaves the young generation alone when node was started with %s', (arg) => {
    expect(youngGenerationLimiter(['--enable-source-maps', arg], () => undefined, () => YOUNG_GENERATION_LIMIT_BYTES)).toBeUndefined();
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
    const run = await lintRun(['.'], { cwd: dir, onLargeInput: () => {
        calls++;
        return undefined;
      },
    });
    expect(run.fileCount).toBe(5);
    expect(calls).toBe(1);
  });

  it('calls the check it returns before and after each file from then on, until the check returns true', async () => {
    let checks = 0;
    const run = await lintRun(['.'], { cwd: dir, onLargeInput: () => () => ++checks === 2 });
    expect(run.fileCount).toBe(5);
    // Reading the fourth file (big3, in name order) reaches 1 MiB: checked after it and before small.yaml, then done.
    expect(checks).toBe(2);
    let all = 0;
    await lintRun(['.'], {
      cwd: dir,
      onLargeInput: () => () => {
        all++;
        return false;
      },
    });
    // After big3; before and after small.yaml.
    expect(all).toBe(3);
  });

  it('is not called for a small input', async () => {
    let calls = 0;
    await lintRun(['small.yaml', 'big0.yaml'], { cwd: dir, onLargeInput: () => {
        calls++;
        return undefined;
      },
    });
    expect(calls).toBe(0);
  });
});
