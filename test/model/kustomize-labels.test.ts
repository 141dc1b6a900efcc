import { describe, expect, it } from 'vitest';
import { kustomizationSelectorLabels, labelsTransformed } from '../../src/model/kustomization.js';

const labels = { app: 'shop' };

describe('kustomizationSelectorLabels', () => {
  it('takes commonLabels and the pairs of labels entries that include selectors, string values only', () => {
    expect(
      kustomizationSelectorLabels({
        commonLabels: { app: 'shop', n: 1 },
        labels: [{ pairs: { tier: 'web' }, includeSelectors: true }, { pairs: { team: 'a' } }, { pairs: { x: 'y' }, includeSelectors: 'true' }],
      }),
    ).toEqual({ app: 'shop', tier: 'web' });
    expect(kustomizationSelectorLabels({ labels: [{ pairs: { team: 'a' }, includeTemplates: true }] })).toEqual({});
  });

  it('keeps a __proto__ label as an ordinary key', () => {
    const found = kustomizationSelectorLabels(JSON.parse('{"commonLabels": {"__proto__": "x"}}'));
    expect(Object.getOwnPropertyNames(found)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(found)).toBe(Object.prototype);
  });
});

describe('labelsTransformed', () => {
  it('creates the selector and the pod template labels of a Deployment, as kustomize does', () => {
    expect(labelsTransformed({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { template: { spec: {} } } }, labels)).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', labels },
      spec: { selector: { matchLabels: labels }, template: { metadata: { labels }, spec: {} } },
    });
  });

  it('creates a Service selector; adds to a NetworkPolicy podSelector only where it has matchLabels (podSelector: {} still selects every pod)', () => {
    expect(labelsTransformed({ apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: {} }, labels)).toMatchObject({ spec: { selector: labels } });
    const policy = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'p' },
      spec: { podSelector: {}, ingress: [{ from: [{ podSelector: { matchLabels: { role: 'fe' } } }, { namespaceSelector: {} }] }] },
    };
    expect(labelsTransformed(policy, labels)).toEqual({
      ...policy,
      metadata: { name: 'p', labels },
      spec: { podSelector: {}, ingress: [{ from: [{ podSelector: { matchLabels: { role: 'fe', app: 'shop' } } }, { namespaceSelector: {} }] }] },
    });
  });

  it('leaves a Job selector it would have to create alone, and changes nothing without labels', () => {
    expect(labelsTransformed({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'j' }, spec: { template: {} } }, labels)).toEqual({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'j', labels },
      spec: { template: { metadata: { labels } } },
    });
    expect(labelsTransformed({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' } }, {})).toBeUndefined();
  });
});
