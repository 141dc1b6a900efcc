import { describe, expect, it } from 'vitest';
import { jsonPatchObject } from '../../src/model/json-patch.js';

describe('jsonPatchObject', () => {
  it('sets the values of add and replace at their pointers, on an object of the target kind, and says where each was written', () => {
    const object = jsonPatchObject(
      [
        { op: 'add', path: '/spec/template/spec/containers/0/securityContext', value: { privileged: true } },
        { op: 'remove', path: '/spec/replicas' },
        { op: 'replace', path: '/metadata/labels/app.kubernetes.io~1name', value: 'web' },
      ],
      { kind: 'Deployment', name: 'web' },
    );
    expect(object?.value).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', labels: { 'app.kubernetes.io/name': 'web' } },
      spec: { template: { spec: { containers: [{ securityContext: { privileged: true } }] } } },
    });
    expect(object?.inDocument?.(['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'privileged'])).toEqual([0, 'value', 'privileged']);
    expect(object?.inDocument?.(['metadata', 'labels', 'app.kubernetes.io/name'])).toEqual([2, 'value']);
    // What no operation set points at an operation, never outside the document.
    expect(object?.inDocument?.(['kind'])).toEqual([2]);
  });

  it('is nothing for what is not a list of operations, or sets nothing', () => {
    expect(jsonPatchObject({ op: 'add', path: '/a', value: 1 }, { kind: 'Pod' })).toBeUndefined();
    expect(jsonPatchObject([{ op: 'remove', path: '/a' }, { op: 'add', path: 'a', value: 1 }, { op: 'add', path: '/a' }], { kind: 'Pod' })).toBeUndefined();
  });

  it('keeps prototype-named segments as ordinary keys and never changes the operations it reads', () => {
    const operations = [
      { op: 'add', path: '/__proto__/polluted', value: true },
      { op: 'add', path: '/spec/x', value: { a: 1 } },
      { op: 'add', path: '/spec/x/b', value: 2 },
    ];
    const object = jsonPatchObject(operations, { kind: 'Pod' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getOwnPropertyNames(object?.value)).toContain('__proto__');
    expect(operations[1]?.value).toEqual({ a: 1 });
    expect((object?.value as { spec: unknown }).spec).toEqual({ x: { a: 1, b: 2 } });
  });
});
