import { describe, expect, it } from 'vitest';
import { defineRule, defineRuleWithFacts, formatMessage, placeholdersOf, type RuleMeta } from '../../src/engine/rule.js';
import { DOCS } from './helpers.js';

const GOOD: RuleMeta<'m', undefined> = { id: 'good-rule', pci: ['3.2'], requirements: ['6.5.1'], inputs: ['workload'], severity: 'error', docs: DOCS, messages: { m: 'message' } };

function metaError(meta: Partial<RuleMeta<string, undefined>>): string {
  try {
    defineRule({ meta: { ...GOOD, ...meta }, visit: {} });
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
}

describe('defineRule', () => {
  it('accepts valid meta and freezes the rule', () => {
    const rule = defineRule({ meta: GOOD, visit: {} });
    expect(rule.meta).toBe(GOOD);
    expect(Object.isFrozen(rule)).toBe(true);
  });

  it.each([['NoCaps'], ['no_underscore'], ['trailing-'], ['-leading'], ['double--dash'], ['9lives'], ['']])('rejects the id "%s"', (id) => {
    expect(metaError({ id })).toBe(`Invalid rule meta for "${id}": id "${id}" is not kebab-case`);
  });

  it('accepts kebab-case ids with digits', () => {
    expect(metaError({ id: 'cis-5-2-1' })).toBe('no error');
  });

  it('rejects an empty pci list', () => {
    expect(metaError({ pci: [] })).toBe('Invalid rule meta for "good-rule": pci lists no sub-item');
  });

  // A whole section would spread the rule's findings over every sub-item of it; a sub-item must exist.
  it.each([['3'], ['14'], ['17'], ['0'], ['3.0'], ['3.9'], ['3.2.1'], ['1.05'], ['x']])('rejects "%s", which is not a sub-item of the guidance', (section) => {
    expect(metaError({ pci: ['1.5', section] })).toBe(`Invalid rule meta for "good-rule": pci "${section}" is not a sub-item of the PCI container guidance (src/engine/pci-sections.ts)`);
  });

  it('accepts sub-items of the guidance, and rejects one named twice', () => {
    expect(metaError({ pci: ['1.1', '16.2', '10.1', '3.2'] })).toBe('no error');
    expect(metaError({ pci: ['3.2', '3.2'] })).toBe('Invalid rule meta for "good-rule": pci lists a sub-item twice');
  });

  it('needs PCI DSS v4.0.1 requirement numbers that pci-lint knows', () => {
    expect(metaError({ requirements: [] })).toBe('Invalid rule meta for "good-rule": requirements lists no PCI DSS v4.0.1 requirement');
    expect(metaError({ requirements: ['8.2.1', '8.2.99'] })).toBe('Invalid rule meta for "good-rule": requirement "8.2.99" is not in src/engine/pci-requirements.ts');
    expect(metaError({ requirements: ['10.2.1', '10.4.1.1', '12.8.5'] })).toBe('no error');
  });

  it('needs the input kinds the rule checks, from the fixed vocabulary', () => {
    expect(metaError({ inputs: [] })).toBe('Invalid rule meta for "good-rule": inputs lists no input kind');
    expect(metaError({ inputs: ['workload', 'pods' as never] })).toBe('Invalid rule meta for "good-rule": input kind "pods" is not in src/k8s/input-kinds.ts');
    // A rule written before these fields existed (JavaScript, or a cast) fails when it loads.
    expect(metaError({ requirements: undefined, inputs: undefined })).toBe(
      'Invalid rule meta for "good-rule": requirements lists no PCI DSS v4.0.1 requirement; inputs lists no input kind',
    );
  });

  it('rejects empty messages', () => {
    expect(metaError({ messages: {} })).toBe('Invalid rule meta for "good-rule": messages is empty');
  });

  it('maps defaulted copy messages only between message ids of the rule', () => {
    expect(metaError({ messages: { m: 'a', n: 'b' }, defaultedInCopies: { n: 'm' } })).toBe('no error');
    expect(metaError({ defaultedInCopies: { m: 'gone' } })).toBe('Invalid rule meta for "good-rule": defaultedInCopies.m does not map a message id to a message id');
    expect(metaError({ defaultedInCopies: { gone: 'm' } })).toBe('Invalid rule meta for "good-rule": defaultedInCopies.gone does not map a message id to a message id');
  });

  it('rejects docs without summary, rationale or fix', () => {
    expect(metaError({ docs: { ...DOCS, fix: '' } })).toBe('Invalid rule meta for "good-rule": docs need summary, rationale and fix');
  });

  it('lists every problem at once', () => {
    expect(metaError({ id: 'Bad', pci: ['17'], messages: {} })).toBe(
      'Invalid rule meta for "Bad": id "Bad" is not kebab-case; pci "17" is not a sub-item of the PCI container guidance (src/engine/pci-sections.ts); messages is empty',
    );
  });

  it('checks meta in defineRuleWithFacts too', () => {
    expect(() => defineRuleWithFacts<{ n: number }>()({ meta: { ...GOOD, pci: [] }, visit: {} })).toThrow(
      'Invalid rule meta for "good-rule": pci lists no sub-item',
    );
  });
});

describe('formatMessage', () => {
  it('fills placeholders, tolerating spaces inside the braces', () => {
    expect(formatMessage('{{kind}} "{{ name }}" has {{n}} replicas ({{ok}})', { kind: 'Deployment', name: 'web', n: 3, ok: false })).toBe(
      'Deployment "web" has 3 replicas (false)',
    );
  });

  it('leaves unknown placeholders visible and returns the template without data', () => {
    expect(formatMessage('{{a}} and {{b}}', { a: 'x' })).toBe('x and {{b}}');
    expect(formatMessage('{{a}}', undefined)).toBe('{{a}}');
  });

  it('does not read inherited properties as data', () => {
    expect(formatMessage('{{toString}}', {})).toBe('{{toString}}');
  });
});

describe('placeholdersOf', () => {
  it('lists placeholder names in order', () => {
    expect(placeholdersOf('{{container}} uses {{ image }}; {{container}}')).toEqual(['container', 'image', 'container']);
    expect(placeholdersOf('no placeholders')).toEqual([]);
  });
});
