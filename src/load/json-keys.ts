import type { Document, Scalar } from 'yaml';
import { yamlPackage, type LinePositions } from './yaml-package.js';
import type { Span } from './positions.js';
import { YAML11_INT } from './yaml11.js';

/**
 * Keys that differ in YAML and become one key in JSON. kubectl turns a manifest into JSON with
 * sigs.k8s.io/yaml, whose `convertToJSONableObject` writes each non-string key of go-yaml's map as a string
 * (an int in decimal, a bool as `true`/`false`, a float with Go's `%g`) and ranges over a Go map to do it:
 * when `1` and `"1"` (or `on` and `"true"`) are both keys of one mapping, which value survives is not
 * defined. (Source: kubernetes-sigs/yaml at aadfabb7d36952151672ec164d4220a6f0e31f63, yaml.go
 * `convertToJSONableObject`.) pci-lint checks the later one, as `yaml` and positions.ts read it, and warns.
 */

export interface JsonKeyNote {
  readonly span: Span;
  readonly code: 'JSON_KEY_COLLISION';
  readonly message: string;
}

/**
 * The JSON key sigs.k8s.io/yaml writes for a resolved YAML key, or undefined where this cannot say it
 * exactly: a float is claimed only where Go's shortest float32 `%g` and JavaScript print the same digits
 * (six significant digits at most, 1e-4 ≤ |x| < 1e6, where neither uses an exponent).
 */
function jsonKeyOf(value: unknown, written: string): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
  // go-yaml's int (written as one): decimal. Anything else numeric is its float64, e.g. `1e7` ("1e+07").
  if (YAML11_INT.test(written)) return Math.abs(value) < 2 ** 53 ? String(value) : undefined;
  const magnitude = Math.abs(value);
  if (magnitude < 1e-4 || magnitude >= 1e6) return undefined;
  const digits = String(magnitude).replace('.', '').replace(/^0+/, '');
  return digits.length <= 6 ? String(value) : undefined;
}

function keySpan(key: Scalar): Span {
  const [start = 0, end = start] = key.range ?? [];
  return { start, end: Math.max(start + 1, end) };
}

/** The key as written (quotes included), cut when long. */
function written(text: string, key: Scalar): string {
  const { start, end } = keySpan(key);
  const source = text.slice(start, end).trimEnd();
  return JSON.stringify(source.length > 80 ? `${source.slice(0, 77)}...` : source);
}

/** A warning on each earlier key of a mapping that another key of it collides with in JSON. */
export function jsonKeyCollisions(text: string, doc: Document.Parsed, lineCounter: LinePositions): JsonKeyNote[] {
  const { visit, isScalar } = yamlPackage();
  const notes: JsonKeyNote[] = [];
  visit(doc, {
    Map(_key, map) {
      const items = map.items;
      // Only a mapping with a key that is not a string can collide.
      if (!items.some((pair) => isScalar(pair.key) && typeof pair.key.value !== 'string' && typeof pair.key.value !== 'symbol')) return;
      const groups = new Map<string, Scalar[]>();
      for (const pair of items) {
        if (!isScalar(pair.key)) continue;
        const { start, end } = keySpan(pair.key);
        const json = jsonKeyOf(pair.key.value, text.slice(start, end).trim());
        if (json === undefined) continue;
        const group = groups.get(json);
        if (group) group.push(pair.key);
        else groups.set(json, [pair.key]);
      }
      for (const [json, keys] of groups) {
        const last = keys[keys.length - 1] as Scalar;
        const { line, col } = lineCounter.linePos(keySpan(last).start);
        // Keys with one value are a repeated key, which parse.ts reports on its own.
        for (const key of keys.slice(0, -1)) {
          if (key.value === last.value) continue;
          notes.push({
            span: keySpan(key),
            code: 'JSON_KEY_COLLISION',
            message: `The key ${written(text, key)} and the key ${written(text, last)} at line ${line}:${col} are different YAML keys but the same JSON key, ${JSON.stringify(json)}. kubectl (sigs.k8s.io/yaml) converts keys to strings and then keeps one of the two values, and which one is not defined, so the document was checked with the later one. Write the key once, quoted.`,
          });
        }
      }
    },
  });
  return notes;
}
