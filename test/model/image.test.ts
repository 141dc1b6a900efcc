import { describe, expect, it } from 'vitest';
import { isRegisteredDigest, isSha256Digest, parseImageReference } from '../../src/model/image.js';

const DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`;

describe('parseImageReference', () => {
  it.each([
    ['nginx', { registry: 'docker.io', repository: 'nginx' }],
    ['nginx:1.25', { registry: 'docker.io', repository: 'nginx', tag: '1.25' }],
    ['library/nginx:latest', { registry: 'docker.io', repository: 'library/nginx', tag: 'latest' }],
    ['bitnami/redis', { registry: 'docker.io', repository: 'bitnami/redis' }],
    ['ghcr.io/org/team/app:v2', { registry: 'ghcr.io', repository: 'org/team/app', tag: 'v2' }],
    ['registry.example.com:5000/team/app:1.2', { registry: 'registry.example.com:5000', repository: 'team/app', tag: '1.2' }],
    ['myhost:5000/app', { registry: 'myhost:5000', repository: 'app' }],
    ['localhost/app:dev', { registry: 'localhost', repository: 'app', tag: 'dev' }],
    ['localhost:5000/app', { registry: 'localhost:5000', repository: 'app' }],
    [`nginx@${DIGEST}`, { registry: 'docker.io', repository: 'nginx', digest: DIGEST }],
    [`gcr.io/distroless/static:nonroot@${DIGEST}`, { registry: 'gcr.io', repository: 'distroless/static', tag: 'nonroot', digest: DIGEST }],
    [`localhost:5000/a/b:1@${DIGEST}`, { registry: 'localhost:5000', repository: 'a/b', tag: '1', digest: DIGEST }],
  ])('splits %s', (image, expected) => {
    expect(parseImageReference(image)).toStrictEqual(expected);
  });
});

describe('isSha256Digest', () => {
  it('accepts only sha256: followed by 64 lowercase hex characters', () => {
    expect(isSha256Digest(DIGEST)).toBe(true);
    expect(isSha256Digest(DIGEST.toUpperCase())).toBe(false);
    expect(isSha256Digest(DIGEST.slice(0, -1))).toBe(false);
    expect(isSha256Digest(`${DIGEST}0`)).toBe(false);
    expect(isSha256Digest(`sha512:${'a'.repeat(64)}`)).toBe(false);
    expect(isSha256Digest(undefined)).toBe(false);
  });
});

describe('isRegisteredDigest', () => {
  it('accepts sha256 with 64 and sha512 with 128 lowercase hex characters, nothing else', () => {
    expect(isRegisteredDigest(DIGEST)).toBe(true);
    expect(isRegisteredDigest(`sha512:${'a'.repeat(128)}`)).toBe(true);
    expect(isRegisteredDigest(`sha512:${'a'.repeat(64)}`)).toBe(false);
    expect(isRegisteredDigest(`sha384:${'a'.repeat(96)}`)).toBe(false);
    expect(isRegisteredDigest(`custom-algorithm:${'a'.repeat(64)}`)).toBe(false);
    expect(isRegisteredDigest(DIGEST.toUpperCase())).toBe(false);
    expect(isRegisteredDigest(undefined)).toBe(false);
  });
});
