/** kustomize's namespace transformer as pci-lint applies it to the objects of a build (namespaceTransformed). */
import { describe, expect, it } from 'vitest';
import { kustomizationNamespace, namespaceTransformed } from '../../src/model/kustomization.js';

const accounts = [
  { name: 'manager', stated: 'system', namespace: 'shop' },
  { name: 'worker', namespace: 'shop' },
];

describe('namespaceTransformed', () => {
  it.each([
    ['a namespaced object without a namespace gets it', { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' } }, { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'shop' } }],
    ['a namespace the object states is replaced', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'manager', namespace: 'system' } }, { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'manager', namespace: 'shop' } }],
    ['a custom resource is namespaced for kustomize', { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } }, { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w', namespace: 'shop' } }],
    ['a v1 Namespace takes the name', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'system' } }, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } }],
  ])('%s', (_, value, expected) => {
    expect(namespaceTransformed(value, 'shop', accounts)).toEqual(expected);
  });

  it.each([
    ['a ClusterRole', { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'reader' } }],
    ['a CustomResourceDefinition', { apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', metadata: { name: 'widgets.example.com' } }],
    ['a ValidatingWebhookConfiguration', { apiVersion: 'admissionregistration.k8s.io/v1', kind: 'ValidatingWebhookConfiguration', metadata: { name: 'hook' } }],
    ['an object already in the namespace', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'shop' } }],
  ])('leaves %s alone', (_, value) => {
    expect(namespaceTransformed(value, 'shop', accounts)).toBeUndefined();
  });

  it('moves the subjects of a binding that name a ServiceAccount of the build, and those named default', () => {
    const binding = {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: { name: 'manager' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'reader' },
      subjects: [
        { kind: 'ServiceAccount', name: 'manager', namespace: 'system' },
        { kind: 'ServiceAccount', name: 'worker' },
        { kind: 'ServiceAccount', name: 'worker', namespace: 'default' },
        { kind: 'ServiceAccount', name: 'other', namespace: 'system' },
        { kind: 'ServiceAccount', name: 'default', namespace: 'kube-system' },
        { kind: 'User', name: 'manager', namespace: 'system' },
      ],
    };
    expect(namespaceTransformed(binding, 'shop', accounts)?.['subjects']).toEqual([
      { kind: 'ServiceAccount', name: 'manager', namespace: 'shop' },
      { kind: 'ServiceAccount', name: 'worker', namespace: 'shop' },
      // `worker` states no namespace: for kustomize it is in "default".
      { kind: 'ServiceAccount', name: 'worker', namespace: 'shop' },
      // No ServiceAccount "other" in the build: as written.
      { kind: 'ServiceAccount', name: 'other', namespace: 'system' },
      { kind: 'ServiceAccount', name: 'default', namespace: 'shop' },
      { kind: 'User', name: 'manager', namespace: 'system' },
    ]);
    // A ClusterRoleBinding is cluster-scoped: no metadata.namespace.
    expect(namespaceTransformed(binding, 'shop', accounts)?.['metadata']).toEqual({ name: 'manager' });
  });
});

describe('kustomizationNamespace', () => {
  it.each([
    [{ namespace: 'shop' }, 'shop'],
    [{ namespace: ' ' }, undefined],
    [{ namespace: 3 }, undefined],
    [null, undefined],
  ])('%j → %s', (value, expected) => {
    expect(kustomizationNamespace(value)).toBe(expected);
  });
});
