import { describe, expect, it } from 'vitest';
import { Resource, type PlainObject } from '../../src/model/resource.js';
import {
  describeLabelSelector,
  labelSelectorProblems,
  matchesGlob,
  matchesLabelSelector,
  podMetadataOf,
  workloadLabelSets,
  workloadMatches,
  type LabelSelector,
} from '../../src/model/selector.js';
import { podSpecsOf } from '../../src/model/workloads.js';

/** The first pod spec of a resource (these cases have one). */
const podSpecOf = (resource: Resource) => podSpecsOf(resource)[0];

const LABELS = { app: 'api', tier: 'backend', 'pci-scope': 'cde' };

describe('matchesLabelSelector (apimachinery LabelSelector semantics)', () => {
  const cases: [name: string, selector: LabelSelector, expected: boolean][] = [
    ['empty selector selects everything', {}, true],
    ['empty lists select everything', { matchLabels: {}, matchExpressions: [] }, true],
    ['matchLabels all present', { matchLabels: { app: 'api', tier: 'backend' } }, true],
    ['matchLabels wrong value', { matchLabels: { app: 'web' } }, false],
    ['matchLabels missing key', { matchLabels: { zone: 'a' } }, false],
    ['In with the value', { matchExpressions: [{ key: 'tier', operator: 'In', values: ['frontend', 'backend'] }] }, true],
    ['In with other values', { matchExpressions: [{ key: 'tier', operator: 'In', values: ['frontend'] }] }, false],
    ['In on a missing key', { matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] }, false],
    ['NotIn with the value', { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['backend'] }] }, false],
    ['NotIn with other values', { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['frontend'] }] }, true],
    ['NotIn on a missing key matches', { matchExpressions: [{ key: 'zone', operator: 'NotIn', values: ['a'] }] }, true],
    ['Exists present', { matchExpressions: [{ key: 'pci-scope', operator: 'Exists' }] }, true],
    ['Exists absent', { matchExpressions: [{ key: 'zone', operator: 'Exists' }] }, false],
    ['DoesNotExist absent', { matchExpressions: [{ key: 'zone', operator: 'DoesNotExist' }] }, true],
    ['DoesNotExist present', { matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }, false],
    [
      'matchLabels and expressions are ANDed',
      { matchLabels: { app: 'api' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['frontend'] }] },
      false,
    ],
  ];
  it.each(cases)('%s', (_name, selector, expected) => {
    expect(matchesLabelSelector(selector, LABELS)).toBe(expected);
  });

  it('an empty value is a value: In [""] matches a label set to ""', () => {
    expect(matchesLabelSelector({ matchExpressions: [{ key: 'a', operator: 'In', values: [''] }] }, { a: '' })).toBe(true);
    expect(matchesLabelSelector({ matchExpressions: [{ key: 'a', operator: 'In', values: [''] }] }, {})).toBe(false);
  });
});

describe('labelSelectorProblems', () => {
  it('accepts valid selectors', () => {
    expect(labelSelectorProblems({})).toEqual([]);
    expect(labelSelectorProblems({ matchLabels: { a: 'b' }, matchExpressions: [{ key: 'a', operator: 'Exists' }] })).toEqual([]);
  });

  it('explains what is wrong', () => {
    expect(labelSelectorProblems('pci=cde')).toEqual(['the selector must be an object with matchLabels and/or matchExpressions']);
    expect(labelSelectorProblems({ matchLabel: { a: 'b' } })).toEqual(['unknown key "matchLabel" (use matchLabels or matchExpressions)']);
    expect(labelSelectorProblems({ matchLabels: { a: 1 } })).toEqual(['matchLabels.a must be a string']);
    expect(
      labelSelectorProblems({
        matchExpressions: [
          { key: 'a', operator: 'In' },
          { key: 'b', operator: 'Exists', values: ['x'] },
          { key: 'c', operator: 'Gt', values: ['1'] },
          { operator: 'Exists' },
        ],
      }),
    ).toEqual([
      'matchExpressions[0].values must be non-empty for In',
      'matchExpressions[1].values must be empty for Exists',
      'matchExpressions[2].operator must be one of In, NotIn, Exists, DoesNotExist',
      'matchExpressions[3].key must be a non-empty string',
    ]);
  });
});

describe('describeLabelSelector', () => {
  it('prints each requirement compactly', () => {
    expect(
      describeLabelSelector({
        matchLabels: { 'pci-scope': 'cde' },
        matchExpressions: [
          { key: 'tier', operator: 'In', values: ['a', 'b'] },
          { key: 'x', operator: 'Exists' },
          { key: 'legacy', operator: 'DoesNotExist' },
        ],
      }),
    ).toBe('pci-scope=cde, tier In (a,b), x, !legacy');
    expect(describeLabelSelector({})).toBe('(everything)');
  });
});

describe('workload labels', () => {
  const deployment: PlainObject = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'api', labels: { team: 'payments' } },
    spec: { template: { metadata: { labels: { 'pci-scope': 'cde' }, annotations: { a: 'b' } }, spec: { containers: [] } } },
  };

  it('a controller is known by its own labels and its pod template labels', () => {
    const spec = podSpecOf(new Resource(deployment, []))!;
    expect(workloadLabelSets(spec)).toEqual([{ team: 'payments' }, { 'pci-scope': 'cde' }]);
    expect(workloadMatches({ matchLabels: { 'pci-scope': 'cde' } }, spec)).toBe(true);
    expect(workloadMatches({ matchLabels: { team: 'payments' } }, spec)).toBe(true);
    // Each label set is matched on its own: a selector needing both sets' labels matches neither.
    expect(workloadMatches({ matchLabels: { team: 'payments', 'pci-scope': 'cde' } }, spec)).toBe(false);
    expect(podMetadataOf(spec)).toEqual({ labels: { 'pci-scope': 'cde' }, annotations: { a: 'b' }, path: ['spec', 'template', 'metadata'] });
  });

  it('a Pod is known by its own labels, and List items keep their path', () => {
    const pod = new Resource({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', labels: { x: 'y' }, annotations: { k: 'v' } }, spec: {} }, ['items', 2]);
    const spec = podSpecOf(pod)!;
    expect(workloadLabelSets(spec)).toEqual([{ x: 'y' }]);
    expect(podMetadataOf(spec)).toEqual({ labels: { x: 'y' }, annotations: { k: 'v' }, path: ['items', 2, 'metadata'] });
  });

  it('a CronJob template without metadata has no template labels', () => {
    const cron = new Resource({ apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'c' }, spec: { jobTemplate: { spec: { template: { spec: {} } } } } }, []);
    const spec = podSpecOf(cron)!;
    expect(workloadLabelSets(spec)).toEqual([{}, {}]);
    expect(podMetadataOf(spec).path).toEqual(['spec', 'jobTemplate', 'spec', 'template', 'metadata']);
  });
});

describe('matchesGlob', () => {
  it.each([
    ['kata*', 'kata', true],
    ['kata*', 'kata-qemu', true],
    ['kata-*', 'kata', false],
    ['runsc', 'runsc', true],
    ['runsc', 'runsc2', false],
    ['*.example.com', 'a.example.com', true],
    ['a.b', 'axb', false],
    ['*', '', true],
  ])('%s ~ %s = %s', (glob, text, expected) => {
    expect(matchesGlob(glob, text)).toBe(expected);
  });
});
