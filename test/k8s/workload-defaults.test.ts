import { describe, expect, it } from 'vitest';
import { HYPERV_ISOLATION_ANNOTATION, SANDBOX_HANDLER_CONVENTIONS } from '../../src/k8s/runtime-isolation.js';
import { parseVersion } from '../../src/k8s/versions.js';
import {
  defaultImagePullPolicy,
  GENERIC_NODE_LABELS,
  GENERIC_NODE_TAINTS,
  hasEffectiveRequest,
  PROJECTED_TOKEN_DEFAULT_EXPIRATION_SECONDS,
  POD_LEVEL_RESOURCES,
  PROJECTED_TOKEN_MIN_EXPIRATION_SECONDS,
} from '../../src/k8s/workload-defaults.js';

describe('defaultImagePullPolicy (SetDefaults_Container)', () => {
  it.each([
    [undefined, undefined, 'Always'],
    ['latest', undefined, 'Always'],
    ['1.25', undefined, 'IfNotPresent'],
    // ParseImageName only falls back to "latest" when there is neither a tag nor a digest.
    [undefined, 'sha256:abc', 'IfNotPresent'],
    ['latest', 'sha256:abc', 'Always'],
  ] as const)('tag %s, digest %s → %s', (tag, digest, expected) => {
    expect(defaultImagePullPolicy(tag, digest)).toBe(expected);
  });
});

describe('workload default facts', () => {
  it('projected tokens default to one hour and may not go below ten minutes', () => {
    expect(PROJECTED_TOKEN_DEFAULT_EXPIRATION_SECONDS).toBe(3600);
    expect(PROJECTED_TOKEN_MIN_EXPIRATION_SECONDS).toBe(600);
  });

  it('pod-level resources: alpha before they are on by default', () => {
    expect(parseVersion(POD_LEVEL_RESOURCES.alphaSince)).toEqual({ major: 1, minor: 32 });
    expect(parseVersion(POD_LEVEL_RESOURCES.onByDefaultSince)).toEqual({ major: 1, minor: 34 });
  });

  it('a limit stands in for a missing request', () => {
    expect(hasEffectiveRequest(undefined, '1')).toBe(true);
    expect(hasEffectiveRequest('1', undefined)).toBe(true);
    expect(hasEffectiveRequest(undefined, undefined)).toBe(false);
  });

  it('generic node labels and taints are unique well-known keys', () => {
    for (const list of [GENERIC_NODE_LABELS, GENERIC_NODE_TAINTS]) {
      expect(new Set(list).size).toBe(list.length);
      for (const key of list) expect(key).toMatch(/^[a-z0-9.-]+\/[a-z0-9.-]+$/);
    }
  });
});

describe('runtime isolation facts', () => {
  it('the Hyper-V annotation removal is a valid version', () => {
    expect(parseVersion(HYPERV_ISOLATION_ANNOTATION.removedIn)).toEqual({ major: 1, minor: 21 });
  });

  it('every sandbox handler convention names its source', () => {
    for (const c of SANDBOX_HANDLER_CONVENTIONS) {
      expect(c.glob).not.toBe('');
      expect(c.source).toMatch(/^https:\/\//);
    }
  });
});
