import { describe, expect, it } from 'vitest';
import { applyJsonPatch, matchesSelectorString, patchedPathInFile, selectorPattern, targetSelects, type PatchEffect } from '../../src/model/json-patch-apply.js';

const object = () => ({ spec: { containers: [{ name: 'a' }, { name: 'b' }], labels: { x: '1' } } });

describe('applyJsonPatch', () => {
  it('adds to a map, appends with /-, inserts at an index', () => {
    expect(applyJsonPatch(object(), [{ op: 'add', path: '/spec/containers/0/securityContext', value: { runAsNonRoot: true } }])).toEqual({
      spec: { containers: [{ name: 'a', securityContext: { runAsNonRoot: true } }, { name: 'b' }], labels: { x: '1' } },
    });
    expect(applyJsonPatch(object(), [{ op: 'add', path: '/spec/containers/-', value: { name: 'c' } }])?.['spec']).toEqual({ containers: [{ name: 'a' }, { name: 'b' }, { name: 'c' }], labels: { x: '1' } });
    expect(applyJsonPatch(object(), [{ op: 'add', path: '/spec/containers/1', value: { name: 'c' } }])?.['spec']).toEqual({ containers: [{ name: 'a' }, { name: 'c' }, { name: 'b' }], labels: { x: '1' } });
  });

  it('replaces, removes, copies, moves and tests; escaped pointers', () => {
    expect(applyJsonPatch({ a: { 'b/c': 1, '~d': 2 } }, [{ op: 'replace', path: '/a/b~1c', value: 3 }, { op: 'remove', path: '/a/~0d' }])).toEqual({ a: { 'b/c': 3 } });
    expect(applyJsonPatch({ a: 1 }, [{ op: 'copy', from: '/a', path: '/b' }, { op: 'move', from: '/a', path: '/c' }, { op: 'test', path: '/b', value: 1 }])).toEqual({ b: 1, c: 1 });
  });

  it('fails on a missing path, a failing test, an unknown op, an index past the end, or a non-list', () => {
    expect(applyJsonPatch(object(), [{ op: 'add', path: '/spec/missing/x', value: 1 }])).toBeUndefined();
    expect(applyJsonPatch(object(), [{ op: 'replace', path: '/spec/nothing', value: 1 }])).toBeUndefined();
    expect(applyJsonPatch(object(), [{ op: 'remove', path: '/spec/containers/2' }])).toBeUndefined();
    expect(applyJsonPatch(object(), [{ op: 'add', path: '/spec/containers/3', value: {} }])).toBeUndefined();
    expect(applyJsonPatch(object(), [{ op: 'test', path: '/spec/labels/x', value: '2' }])).toBeUndefined();
    expect(applyJsonPatch(object(), [{ op: 'merge', path: '/spec', value: {} }])).toBeUndefined();
    expect(applyJsonPatch(object(), { op: 'add', path: '/a', value: 1 })).toBeUndefined();
  });

  it('leaves its input unchanged', () => {
    const input = object();
    applyJsonPatch(input, [{ op: 'remove', path: '/spec/containers/0' }]);
    expect(input).toEqual(object());
  });
});

describe('patchedPathInFile', () => {
  it('undoes list inserts and removals, and maps what a patch set to where it was set', () => {
    const effects: PatchEffect[] = [];
    applyJsonPatch(
      object(),
      [
        { op: 'add', path: '/spec/containers/0', value: { name: 'new' } },
        { op: 'replace', path: '/spec/labels', value: { y: '2' } },
        { op: 'remove', path: '/spec/containers/1' },
        { op: 'add', path: '/spec/containers/-', value: { name: 'last' } },
      ],
      effects,
    );
    // Now: containers [new, b, last].
    expect(patchedPathInFile(['spec', 'containers', 0, 'name'], effects)).toEqual(['spec', 'containers']);
    expect(patchedPathInFile(['spec', 'containers', 1, 'name'], effects)).toEqual(['spec', 'containers', 1, 'name']);
    expect(patchedPathInFile(['spec', 'containers', 2, 'image'], effects)).toEqual(['spec', 'containers']);
    expect(patchedPathInFile(['spec', 'labels', 'y'], effects)).toEqual(['spec', 'labels']);
    expect(patchedPathInFile(['metadata', 'name'], effects)).toEqual(['metadata', 'name']);
  });
});

describe('selectors', () => {
  it('label selector strings', () => {
    const labels = { app: 'nfd', tier: 'web' };
    expect(matchesSelectorString('app=nfd', labels)).toBe(true);
    expect(matchesSelectorString('app==nfd,tier!=db', labels)).toBe(true);
    expect(matchesSelectorString('app in (a, nfd),!missing,tier', labels)).toBe(true);
    expect(matchesSelectorString('app notin (nfd)', labels)).toBe(false);
    expect(matchesSelectorString('app=other', labels)).toBe(false);
    expect(matchesSelectorString('app=(', labels)).toBeUndefined();
  });

  it('patterns are anchored; nested quantifiers and long patterns are not evaluated', () => {
    const test = selectorPattern('nfd.*');
    expect(typeof test === 'function' && test('nfd-worker') && !test('x-nfd')).toBe(true);
    expect(selectorPattern('(a+)+$')).toBe('never');
    expect(selectorPattern('(a|aa)*')).toBe('never');
    expect(selectorPattern('((a)+)+')).toBe('never');
    expect(typeof selectorPattern('(ab)+-[(+]+')).toBe('function');
    expect(selectorPattern('a'.repeat(300))).toBe('never');
    expect(selectorPattern('a*a*a*b')).toBe('never');
    expect(selectorPattern('a{2,}b+c*')).toBe('never');
    expect(typeof selectorPattern('.*-[*+]+')).toBe('function');
    const start = Date.now();
    const slow = selectorPattern('.*a.*b');
    expect(typeof slow === 'function' && slow('a'.repeat(256))).toBe(false);
    expect(Date.now() - start).toBeLessThan(1000);
    expect(selectorPattern('')).toBeUndefined();
  });

  it('a target selects by kind, original or current name, and labels', () => {
    const object = { group: 'apps', version: 'v1', kind: 'Deployment', names: ['web', 'team-web'], namespaces: ['default'], labels: { app: 'web' }, annotations: {} };
    expect(targetSelects({ kind: 'Deployment', name: 'team-web' }, object)).toBe(true);
    expect(targetSelects({ group: 'apps', name: 'web', labelSelector: 'app=web' }, object)).toBe(true);
    expect(targetSelects({ kind: 'StatefulSet' }, object)).toBe(false);
    expect(targetSelects({ namespace: 'prod' }, object)).toBe(false);
    expect(targetSelects({ annotationSelector: 'a=b' }, object)).toBe(false);
  });
});
