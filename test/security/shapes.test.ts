/**
 * Typed kinds hold whatever the manifest says: every value of every example manifest replaced, one at a
 * time, by a value of another shape (null, a list holding null, a number, a string, an empty map) never
 * makes a rule fail (no internal-error), the typed config kinds (EncryptionConfiguration, audit Policy,
 * AuthorizationConfiguration) included.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { lintText } from '../../src/run/lint.js';
import { ROOT } from '../cli/helpers.js';

const SHAPES: unknown[] = [null, [null], 0, 'x', {}];
type Segment = string | number;

function pathsOf(value: unknown, prefix: Segment[] = [], out: Segment[][] = []): Segment[][] {
  if (prefix.length > 0) out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) pathsOf(child, [...prefix, key], out);
  return out;
}

function replaced(value: unknown, path: readonly Segment[], shape: unknown): unknown {
  const copy = structuredClone(value);
  let at = copy as Record<Segment, unknown>;
  for (const segment of path.slice(0, -1)) at = at[segment] as Record<Segment, unknown>;
  at[path[path.length - 1] as Segment] = shape;
  return copy;
}

it('no value of another shape anywhere in the examples makes a rule fail', () => {
  const files = execFileSync('find', ['examples', '-name', '*.yaml'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n');
  const failures = new Set<string>();
  let runs = 0;
  for (const file of files) {
    for (const doc of parseAllDocuments(readFileSync(`${ROOT}/${file}`, 'utf8'))) {
      const value: unknown = doc.toJSON();
      if (!value || typeof value !== 'object') continue;
      for (const path of pathsOf(value)) {
        for (const shape of SHAPES) {
          runs++;
          for (const d of lintText(JSON.stringify(replaced(value, path, shape)), { file: 'x.json', settings: { now: '2026-11-24' } })) {
            if (d.ruleId === 'internal-error') failures.add(`${file} ${path.join('.')} = ${JSON.stringify(shape)}: ${d.message}`);
          }
        }
      }
    }
  }
  expect(runs).toBeGreaterThan(5000);
  expect([...failures]).toEqual([]);
}, 120_000);
