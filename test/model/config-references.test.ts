import { describe, expect, it } from 'vitest';
import { matchConfigFile } from '../../src/model/config-references.js';

const c = (file: string) => ({ file });

describe('matchConfigFile', () => {
  it('prefers the document whose path ends with the most of the flag path', () => {
    const candidates = [c('clusters/a/policy.yaml'), c('clusters/b/etc/kubernetes/audit/policy.yaml')];
    expect(matchConfigFile('/etc/kubernetes/audit/policy.yaml', candidates)).toBe(candidates[1]);
  });

  it('matches by file name, and takes the only document of the kind when no name matches', () => {
    expect(matchConfigFile('/etc/kubernetes/authn.yaml', [c('x/authn.yaml'), c('x/other.yaml')])?.file).toBe('x/authn.yaml');
    expect(matchConfigFile('/etc/kubernetes/authn.yaml', [c('examples/authentication-config.yaml')])?.file).toBe('examples/authentication-config.yaml');
  });

  it('matches nothing when two candidates are equally good or when there are several unnamed ones', () => {
    expect(matchConfigFile('/etc/kubernetes/policy.yaml', [c('a/policy.yaml'), c('b/policy.yaml')])).toBeUndefined();
    expect(matchConfigFile('/etc/kubernetes/policy.yaml', [c('a/one.yaml'), c('b/two.yaml')])).toBeUndefined();
    expect(matchConfigFile('/etc/kubernetes/policy.yaml', [] as { file: string }[])).toBeUndefined();
  });
});
