import { describe, expect, it } from 'vitest';
import { ALL_PSS_CHECKS, NEWEST_PSS_VERSION, PSS_CHECKS, pssImplementation, resolvePssPolicy, type PssPolicy } from '../../src/k8s/pss.js';
import { compareVersions, mustParse, NEWEST_TARGET, OLDEST_TARGET } from '../../src/k8s/versions.js';

const policy = (level: 'baseline' | 'restricted', version: string): PssPolicy => ({ level, version: mustParse(version) });

describe('PSS check table (src/k8s/pss.ts)', () => {
  it('has one entry per upstream check id', () => {
    const ids = ALL_PSS_CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(19);
  });

  it.each(ALL_PSS_CHECKS.map((c) => [c.id, c] as const))('%s: versions are strictly increasing minor versions', (_id, check) => {
    expect(check.versions.length).toBeGreaterThan(0);
    for (let i = 1; i < check.versions.length; i++) {
      const previous = mustParse(check.versions[i - 1]!.minimumVersion);
      const current = mustParse(check.versions[i]!.minimumVersion);
      expect(compareVersions(previous, current)).toBeLessThan(0);
    }
  });

  it('only restricted checks override, and only baseline checks are overridden (registry.go validateChecks)', () => {
    const levels = new Map(ALL_PSS_CHECKS.map((c) => [c.id, c.level]));
    for (const check of ALL_PSS_CHECKS) {
      for (const version of check.versions) {
        for (const overridden of version.overrides ?? []) {
          expect(check.level).toBe('restricted');
          expect(levels.get(overridden)).toBe('baseline');
        }
      }
    }
  });

  it('the newest policy version is 1.37, the newest pci-lint target', () => {
    expect(NEWEST_PSS_VERSION).toEqual({ major: 1, minor: 37 });
    expect(compareVersions(NEWEST_PSS_VERSION, NEWEST_TARGET)).toBe(0);
  });
});

describe('resolvePssPolicy', () => {
  it('defaults to restricted at the target version', () => {
    expect(resolvePssPolicy({}, OLDEST_TARGET)).toEqual({ level: 'restricted', version: OLDEST_TARGET });
  });
  it('reads the level and a pinned version (1.25, v1.25 or latest)', () => {
    expect(resolvePssPolicy({ pssLevel: 'baseline', pssVersion: 'v1.25' }, NEWEST_TARGET)).toEqual(policy('baseline', '1.25'));
    expect(resolvePssPolicy({ pssVersion: '1.25' }, NEWEST_TARGET)).toEqual(policy('restricted', '1.25'));
    expect(resolvePssPolicy({ pssVersion: 'latest' }, OLDEST_TARGET)).toEqual(policy('restricted', '1.37'));
  });
  it('clamps versions newer than upstream defines to the newest', () => {
    expect(resolvePssPolicy({ pssVersion: '1.52' }, OLDEST_TARGET).version).toEqual(NEWEST_PSS_VERSION);
  });
  it('falls back to the target when the pinned version is not a version', () => {
    expect(resolvePssPolicy({ pssVersion: 'newest' }, mustParse('1.28')).version).toEqual(mustParse('1.28'));
  });
});

describe('pssImplementation', () => {
  it('picks the newest implementation at or below the policy version', () => {
    expect(pssImplementation(PSS_CHECKS.sysctls, policy('baseline', '1.28'))?.minimumVersion).toBe('1.27');
    expect(pssImplementation(PSS_CHECKS.sysctls, policy('baseline', '1.29'))?.minimumVersion).toBe('1.29');
    expect(pssImplementation(PSS_CHECKS.seLinuxOptions, policy('baseline', '1.37'))?.minimumVersion).toBe('1.31');
  });
  it('runs no check below its first version', () => {
    expect(pssImplementation(PSS_CHECKS.runAsUser, policy('restricted', '1.22'))).toBeUndefined();
    expect(pssImplementation(PSS_CHECKS.hostProbesAndHostLifecycle, policy('baseline', '1.33'))).toBeUndefined();
  });
  it('gives the same answer again after another policy was asked about', () => {
    for (const [level, version] of [['restricted', '1.21'], ['restricted', '1.22'], ['baseline', '1.22'], ['restricted', '1.21']] as const) {
      const expected = level === 'restricted' && version === '1.22' ? undefined : '1.0';
      expect(pssImplementation(PSS_CHECKS.capabilitiesBaseline, policy(level, version))?.minimumVersion).toBe(expected);
    }
  });
  it('runs no restricted check at the baseline level', () => {
    expect(pssImplementation(PSS_CHECKS.runAsNonRoot, policy('baseline', '1.37'))).toBeUndefined();
  });
  it('skips a baseline check a restricted implementation overrides at that version', () => {
    expect(pssImplementation(PSS_CHECKS.capabilitiesBaseline, policy('restricted', '1.21'))).toBeDefined();
    expect(pssImplementation(PSS_CHECKS.capabilitiesBaseline, policy('restricted', '1.22'))).toBeUndefined();
    expect(pssImplementation(PSS_CHECKS.capabilitiesBaseline, policy('baseline', '1.22'))).toBeDefined();
    expect(pssImplementation(PSS_CHECKS.procMount, policy('restricted', '1.34'))).toBeDefined();
    expect(pssImplementation(PSS_CHECKS.procMount, policy('restricted', '1.35'))).toBeUndefined();
    expect(pssImplementation(PSS_CHECKS.hostPathVolumes, policy('restricted', '1.19'))).toBeUndefined();
    expect(pssImplementation(PSS_CHECKS.seccompBaseline, policy('restricted', '1.18'))?.minimumVersion).toBe('1.0');
    expect(pssImplementation(PSS_CHECKS.seccompBaseline, policy('restricted', '1.19'))).toBeUndefined();
  });
});
