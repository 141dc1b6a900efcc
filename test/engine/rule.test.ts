import { describe, expect, it } from 'vitest';
import { defineRule, defineRuleWithFacts, formatMessage, placeholdersOf, type RuleMeta } from '../../src/engine/rule.js';
import { DOCS } from './helpers.js';

const GOOD: RuleMeta<'m', undefined> = { id: 'good-rule', pci: ['3.2'], severity: 'error', docs: DOCS, messages: { m: 'message' } };

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
    expect(metaError({ pci: [] })).toBe('Invalid rule meta for "good-rule": pci lists no section');
  });

  it.each([['17'], ['0'], ['3.0'], ['3.2.1'], ['1.05'], ['x']])('rejects the pci section "%s"', (section) => {
    expect(metaError({ pci: ['1.5', section] })).toBe(`Invalid rule meta for "good-rule": pci section "${section}" is not 1..16 or 1..16.n`);
  });

  it('accepts sections 1..16 and their sub-items', () => {
    expect(metaError({ pci: ['1', '16', '10.12', '3.2'] })).toBe('no error');
  });

  it('rejects empty messages', () => {
    expect(metaError({ messages: {} })).toBe('Invalid rule meta for "good-rule": messages is empty');
  });

  it('rejects docs without summary, rationale or fix', () => {
    expect(metaError({ docs: { ...DOCS, fix: '' } })).toBe('Invalid rule meta for "good-rule": docs need summary, rationale and fix');
  });

  it('lists every problem at once', () => {
    expect(metaError({ id: 'Bad', pci: ['17'], messages: {} })).toBe(
      'Invalid rule meta for "Bad": id "Bad" is not kebab-case; pci section "17" is not 1..16 or 1..16.n; messages is empty',
    );
  });

  it('checks meta in defineRuleWithFacts too', () => {
    expect(() => defineRuleWithFacts<{ n: number }>()({ meta: { ...GOOD, pci: [] }, visit: {} })).toThrow(
      'Invalid rule meta for "good-rule": pci lists no section',
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
