/**
 * A privileged Pod that `kubectl apply -f` would create, written so that a linter reading the text
 * differently from kubectl could miss it: each case is the manifest, and where the one finding of
 * privileged-container must be (line:col), in YAML and in JSON.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lintText } from '../../src/run/lint.js';

const rules = builtinRules.filter((r) => r.meta.id === 'privileged-container');
const found = (text: string, file: string) =>
  lintText(text, { file, registry: rules }).map((d) => `${d.ruleId} ${String(d.line)}:${String(d.column)}`);

const POD = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec: { containers: [{ name: 'c', image: 'nginx', securityContext: { privileged: true } }] } };
const list = (...items: unknown[]) => ({ apiVersion: 'v1', kind: 'List', items });
const pretty = (value: unknown) => JSON.stringify(value, null, 2);

/** Where each `privileged` key of the text is, as a privileged-container finding there prints it. */
function keysOf(text: string, json: boolean): string[] {
  const key = json ? '"privileged"' : 'privileged:';
  const out: string[] = [];
  for (let at = text.indexOf(key); at !== -1; at = text.indexOf(key, at + 1)) {
    const before = text.slice(0, at);
    out.push(`privileged-container ${String(before.split('\n').length)}:${String(at - before.lastIndexOf('\n'))}`);
  }
  return out;
}

describe('lists inside lists (kubectl FlattenListVisitor expands them to any depth)', () => {
  it.each([
    ['a List in a List, YAML', 'a.yaml', 'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: List\n    items:\n      - apiVersion: v1\n        kind: Pod\n        metadata: {name: web}\n        spec:\n          containers:\n            - name: c\n              image: nginx\n              securityContext: {privileged: true}\n', 1],
    ['a List of a List of a List, YAML', 'a.yaml', 'kind: List\napiVersion: v1\nitems:\n- kind: List\n  apiVersion: v1\n  items:\n  - kind: PodList\n    apiVersion: v1\n    items:\n    - {apiVersion: v1, kind: Pod, metadata: {name: web}, spec: {containers: [{name: c, image: nginx, securityContext: {privileged: true}}]}}\n', 1],
    // The inner list's kind does not matter: an item with an `items` array is a list (Unstructured.IsList).
    ['an item of any kind holding items, YAML', 'a.yaml', 'apiVersion: v1\nkind: List\nitems:\n  - kind: ConfigMap\n    apiVersion: v1\n    items:\n      - {apiVersion: v1, kind: Pod, metadata: {name: web}, spec: {containers: [{name: c, image: nginx, securityContext: {privileged: true}}]}}\n', 1],
    ['a List in a List, JSON on one line', 'a.json', JSON.stringify(list(list(POD))), 1],
    ['a List of Lists three deep, JSON', 'a.json', pretty(list(list(list(POD)), POD)), 2],
  ])('%s', (_, file, text, count) => {
    const expected = keysOf(text, file.endsWith('.json'));
    expect(expected).toHaveLength(count);
    expect(found(text, file)).toEqual(expected);
  });

  it('items of an inner list take no kind from it (Unstructured.ToList sets none): kubectl rejects them', () => {
    const bare = { metadata: { name: 'web' }, spec: POD.spec };
    expect(found(JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'v1', kind: 'PodList', items: [bare] }] }), 'a.json')).toEqual([]);
    // The outer list still gives its own items its kind, as before.
    const podList = JSON.stringify({ apiVersion: 'v1', kind: 'PodList', items: [bare] });
    expect(found(podList, 'a.json')).toEqual(keysOf(podList, true));
  });
});
