import { describe, expect, it } from 'vitest';
import { describeNamespace, namespaceBucket } from '../../src/model/namespaces.js';

describe('namespaceBucket', () => {
  it('uses metadata.namespace when set', () => {
    expect(namespaceBucket('payments', 'default')).toEqual({ key: 'payments', name: 'payments', implicit: false });
  });
  it('falls back to the configured default namespace', () => {
    expect(namespaceBucket(undefined, 'default')).toEqual({ key: 'default', name: 'default', implicit: true });
    expect(namespaceBucket('', 'shop')).toEqual({ key: 'shop', name: 'shop', implicit: true });
  });
  it('puts objects without any namespace into one unspecified bucket', () => {
    expect(namespaceBucket(undefined, undefined)).toEqual({ key: '', implicit: true });
  });
});

describe('describeNamespace', () => {
  it('names explicit, implicit and unspecified namespaces', () => {
    expect(describeNamespace(namespaceBucket('payments', undefined), true)).toBe('namespace "payments"');
    expect(describeNamespace(namespaceBucket(undefined, 'default'), false)).toBe('namespace "default" (objects without metadata.namespace)');
    expect(describeNamespace(namespaceBucket(undefined, undefined), false)).toBe(
      'the unspecified namespace (objects without metadata.namespace; set the defaultNamespace setting to name it)',
    );
  });
});
