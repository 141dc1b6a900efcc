import { describe, expect, it } from 'vitest';
import { Resource, type PlainObject } from '../../src/model/resource.js';
import { runtimeClassHandlerOf } from '../../src/model/runtime-class.js';
import { windowsMarkerOf } from '../../src/model/windows.js';
import { podSpecsOf } from '../../src/model/workloads.js';

/** The first pod spec of a resource (these cases have one). */
const podSpecOf = (resource: Resource) => podSpecsOf(resource)[0];

const podWith = (spec: PlainObject) => podSpecOf(new Resource({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec }, []))!;

describe('windowsMarkerOf', () => {
  it('spec.os.name wins and points at it', () => {
    expect(windowsMarkerOf(podWith({ os: { name: 'windows' }, nodeSelector: { 'kubernetes.io/os': 'windows' } }))).toEqual({
      why: 'spec.os.name: windows',
      at: ['spec', 'os', 'name'],
    });
  });

  it('recognises both OS node labels', () => {
    expect(windowsMarkerOf(podWith({ nodeSelector: { 'kubernetes.io/os': 'windows' } }))?.at).toEqual(['spec', 'nodeSelector', 'kubernetes.io/os']);
    expect(windowsMarkerOf(podWith({ nodeSelector: { 'beta.kubernetes.io/os': 'windows' } }))?.why).toBe('nodeSelector beta.kubernetes.io/os: windows');
  });

  it('recognises a required node affinity that admits only Windows nodes', () => {
    const term = (values: string[]) => ({ matchExpressions: [{ key: 'kubernetes.io/os', operator: 'In', values }] });
    const withTerms = (...terms: object[]) => podWith({ affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: terms } } } });
    expect(windowsMarkerOf(withTerms(term(['windows'])))).toEqual({
      why: 'required node affinity to windows nodes',
      at: ['spec', 'affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution'],
    });
    // Any term that also admits Linux nodes (terms are ORed, values too) makes it not Windows-only.
    expect(windowsMarkerOf(withTerms(term(['windows', 'linux'])))).toBeUndefined();
    expect(windowsMarkerOf(withTerms(term(['windows']), { matchExpressions: [{ key: 'pool', operator: 'Exists' }] }))).toBeUndefined();
    expect(windowsMarkerOf(withTerms())).toBeUndefined();
  });

  it('other pods are not Windows pods', () => {
    expect(windowsMarkerOf(podWith({}))).toBeUndefined();
    expect(windowsMarkerOf(podWith({ os: { name: 'linux' }, nodeSelector: { 'kubernetes.io/os': 'linux' } }))).toBeUndefined();
    // windowsOptions alone does not make a pod a Windows pod: Linux pods may carry it before 1.25.
    expect(windowsMarkerOf(podWith({ securityContext: { windowsOptions: { runAsUserName: 'x' } } }))).toBeUndefined();
  });
});

describe('runtimeClassHandlerOf', () => {
  it('reads handler (v1, v1beta1) and spec.runtimeHandler (v1alpha1)', () => {
    expect(runtimeClassHandlerOf({ apiVersion: 'node.k8s.io/v1', kind: 'RuntimeClass', handler: 'runsc' })).toBe('runsc');
    expect(runtimeClassHandlerOf({ apiVersion: 'node.k8s.io/v1alpha1', kind: 'RuntimeClass', spec: { runtimeHandler: 'kata' } })).toBe('kata');
    expect(runtimeClassHandlerOf({ apiVersion: 'node.k8s.io/v1', kind: 'RuntimeClass' })).toBeUndefined();
    expect(runtimeClassHandlerOf('runsc')).toBeUndefined();
  });
});
