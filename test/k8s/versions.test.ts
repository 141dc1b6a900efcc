import fc from 'fast-check';
import coerce from 'semver/functions/coerce.js';
import { describe, expect, it } from 'vitest';
import { parseVersion } from '../../src/k8s/versions.js';

/** parseVersion as it was written on semver: its shape check, then semver's coerce. */
function throughSemver(text: string): { major: number; minor: number } | undefined {
  const trimmed = text.trim();
  if (!/^v?\d+\.\d+(\.\d+)?([-+].*)?$/.test(trimmed)) return undefined;
  const parsed = coerce(trimmed);
  return parsed ? { major: parsed.major, minor: parsed.minor } : undefined;
}

describe('parseVersion', () => {
  it.each([
    ['1.30', { major: 1, minor: 30 }],
    ['v1.30.4-gke.100', { major: 1, minor: 30 }],
    [' 1.29+k3s1 ', { major: 1, minor: 29 }],
    ['1.05', undefined],
    ['01.5', undefined],
    ['1', undefined],
    ['latest', undefined],
    ['9007199254740991.1', { major: 9007199254740991, minor: 1 }],
    ['9007199254740992.1', undefined],
    ['12345678901234567.1', { major: 1, minor: 0 }],
  ])('%j', (text, expected) => {
    expect(parseVersion(text)).toEqual(expected);
    expect(throughSemver(text)).toEqual(expected);
  });

  it('reads what semver coerce reads, on generated texts', () => {
    const piece = fc.oneof(
      fc.stringMatching(/^[0-9]{1,18}$/),
      fc.constantFrom('.', '.', '.', 'v', '-', '+', 'a', ' ', '0', '00', '-rc.1', '+build.5'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 9 }), (pieces) => {
        const text = pieces.join('');
        expect(parseVersion(text)).toEqual(throughSemver(text));
      }),
      { numRuns: 20000 },
    );
  });
});
