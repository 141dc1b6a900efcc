/**
 * A worker that fails costs speed, never results: lint() lints the files of a failed worker itself. Here
 * the workers are let start from the TypeScript sources, where they cannot load their module and fail.
 */
import { describe, expect, it, vi } from 'vitest';
import { lint } from '../../src/run/lint.js';
import type * as Workers from '../../src/run/workers.js';
import { ROOT } from './helpers.js';

vi.mock('../../src/run/workers.js', async (importOriginal) => ({ ...(await importOriginal<typeof Workers>()), workersAvailable: () => true }));

describe('lint with failing workers', () => {
  it('gives the same result as one thread', async () => {
    const options = { cwd: ROOT, settings: { now: '2026-11-24' } };
    const single = await lint(['examples'], options);
    const failed = await lint(['examples'], { ...options, workers: 2 });
    expect(single.threads).toBe(1);
    expect(failed.threads).toBe(2);
    expect(failed.diagnostics.length).toBeGreaterThan(0);
    expect({ ...failed, threads: 1 }).toEqual(single);
  });
});
