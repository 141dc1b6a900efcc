import { describe, expect, it } from 'vitest';
import { dayNumber, RELEASES, releaseSupportOf } from '../../src/k8s/releases.js';
import { supportedTargets } from '../../src/k8s/versions.js';

describe('release support table', () => {
  it('covers every supported target, oldest first, without gaps', () => {
    expect(RELEASES.map((r) => r.minor)).toEqual(supportedTargets().map((t) => t.minor));
  });

  it('has valid dates, support ending 12 to 15 months after release, and a source per row', () => {
    for (const r of RELEASES) {
      const released = dayNumber(r.released);
      const end = dayNumber(r.endOfSupport);
      expect(released, `1.${r.minor} released`).toBeDefined();
      expect(end, `1.${r.minor} end`).toBeDefined();
      const days = (end ?? 0) - (released ?? 0);
      expect(days, `1.${r.minor} support window`).toBeGreaterThan(365);
      expect(days, `1.${r.minor} support window`).toBeLessThan(460);
      expect(r.source.length, `1.${r.minor} source`).toBeGreaterThan(10);
    }
  });

  it('releases and ends in order', () => {
    for (let i = 1; i < RELEASES.length; i++) {
      const [prev, next] = [RELEASES[i - 1], RELEASES[i]];
      expect(dayNumber(next?.released ?? '')).toBeGreaterThan(dayNumber(prev?.released ?? '') ?? 0);
      expect(dayNumber(next?.endOfSupport ?? '')).toBeGreaterThan(dayNumber(prev?.endOfSupport ?? '') ?? 0);
    }
  });

  it('marks the dates not read from upstream data as estimates', () => {
    expect(RELEASES.filter((r) => r.estimated).map((r) => r.minor)).toEqual([32, 33, 34, 35, 36, 37]);
    for (const r of RELEASES.filter((x) => x.estimated)) expect(r.source).toContain('estimated');
  });

  it('looks up a target', () => {
    expect(releaseSupportOf({ major: 1, minor: 30 })?.endOfSupport).toBe('2025-06-28');
    expect(releaseSupportOf({ major: 1, minor: 18 })).toBeUndefined();
    expect(releaseSupportOf({ major: 2, minor: 30 })).toBeUndefined();
  });
});

describe('dayNumber', () => {
  it('counts days and accepts timestamps', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect((dayNumber('2025-03-01') ?? 0) - (dayNumber('2025-02-28') ?? 0)).toBe(1);
    expect((dayNumber('2024-03-01') ?? 0) - (dayNumber('2024-02-28') ?? 0)).toBe(2);
    expect(dayNumber('2026-11-24T01:02:03Z')).toBe(dayNumber('2026-11-24'));
  });
  it.each(['', '2026-13-01', '2026-02-30', 'yesterday', '24/11/2026'])('rejects %j', (text) => {
    expect(dayNumber(text)).toBeUndefined();
  });
});
