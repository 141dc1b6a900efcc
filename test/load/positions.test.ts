import dedent from 'dedent';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/load/parse.js';
import { toPosition, type Path, type SpanPart } from '../../src/load/positions.js';

/** Locates `path` in document `index` of `text` and returns 1-based positions plus `exact`. */
function at(text: string, path: Path, part?: SpanPart, index = 0) {
  const parsed = parseSource({ file: 'test.yaml', text });
  const document = parsed.documents[index]!;
  expect(document.problem).toBeUndefined();
  const found = document.locate(path, part);
  return found && { ...toPosition(parsed.lineCounter, found.span), exact: found.exact };
}

const POD = `${dedent`
  apiVersion: v1
  kind: Pod
  metadata:
    name: web
    labels: {app: web, tier: fe}
  spec:
    containers:
      - name: app
        image: nginx:1.25
        securityContext:
          privileged: true
      - name: sidecar
        image: busybox
`}\n`;

const PRIVILEGED: Path = ['spec', 'containers', 0, 'securityContext', 'privileged'];

describe('locatePath: block mappings and sequences', () => {
  it('covers a whole pair, the key alone or the value alone', () => {
    // Line 11 is `        privileged: true`: key at 9..18, value at 21..24.
    expect(at(POD, PRIVILEGED)).toEqual({ line: 11, column: 9, endLine: 11, endColumn: 25, exact: true });
    expect(at(POD, PRIVILEGED, 'key')).toEqual({ line: 11, column: 9, endLine: 11, endColumn: 19, exact: true });
    expect(at(POD, PRIVILEGED, 'value')).toEqual({ line: 11, column: 21, endLine: 11, endColumn: 25, exact: true });
    expect(at(POD, ['metadata', 'name'], 'value')).toEqual({ line: 4, column: 9, endLine: 4, endColumn: 12, exact: true });
  });

  it('ends a pair whose value is a block mapping at its last character, not at the newline', () => {
    expect(at(POD, ['spec', 'containers', 0, 'securityContext'])).toEqual({ line: 10, column: 7, endLine: 11, endColumn: 25, exact: true });
  });

  it('covers a sequence item the same way for every part', () => {
    const item = { line: 12, column: 7, endLine: 13, endColumn: 21, exact: true };
    expect(at(POD, ['spec', 'containers', 1])).toEqual(item);
    expect(at(POD, ['spec', 'containers', 1], 'key')).toEqual(item);
    expect(at(POD, ['spec', 'containers', 1], 'value')).toEqual(item);
  });

  it('resolves the root path to the first key of the document', () => {
    expect(at(POD, [])).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 11, exact: true });
  });

  it('finds quoted keys with dots and slashes', () => {
    const text = 'metadata:\n  annotations:\n    "pci-lint.io/ignore": privileged-container\n';
    expect(at(text, ['metadata', 'annotations', 'pci-lint.io/ignore'], 'key')).toEqual({ line: 3, column: 5, endLine: 3, endColumn: 25, exact: true });
  });

  it('uses file-wide lines for a later document of a stream', () => {
    const text = 'a: 1\n---\nb: 2\n---\nc:\n  d: 4\n';
    expect(at(text, ['c', 'd'], 'pair', 2)).toEqual({ line: 6, column: 3, endLine: 6, endColumn: 7, exact: true });
  });
});

describe('locatePath: flow collections and JSON', () => {
  // Line 5 is `  labels: {app: web, tier: fe}`: `tier` at 22..25, `fe` at 28..29, `}` at 30.
  it('locates inside a flow mapping', () => {
    expect(at(POD, ['metadata', 'labels', 'tier'])).toEqual({ line: 5, column: 22, endLine: 5, endColumn: 30, exact: true });
    expect(at(POD, ['metadata', 'labels', 'tier'], 'key')).toEqual({ line: 5, column: 22, endLine: 5, endColumn: 26, exact: true });
    expect(at(POD, ['metadata', 'labels', 'tier'], 'value')).toEqual({ line: 5, column: 28, endLine: 5, endColumn: 30, exact: true });
    expect(at(POD, ['metadata', 'labels'])).toEqual({ line: 5, column: 3, endLine: 5, endColumn: 31, exact: true });
  });

  const JSON_POD = [
    '{',
    '  "apiVersion": "v1",',
    '  "kind": "Pod",',
    '  "spec": {"containers": [{"name": "app", "securityContext": {"privileged": true}}]}',
    '}',
    '',
  ].join('\n');

  it('locates in JSON input, quotes included in key spans', () => {
    // Line 4: `"name"` at 28..33, `"privileged"` at 63..74, `true` at 77..80.
    expect(at(JSON_POD, ['kind'], 'value')).toEqual({ line: 3, column: 11, endLine: 3, endColumn: 16, exact: true });
    expect(at(JSON_POD, PRIVILEGED)).toEqual({ line: 4, column: 63, endLine: 4, endColumn: 81, exact: true });
    expect(at(JSON_POD, PRIVILEGED, 'key')).toEqual({ line: 4, column: 63, endLine: 4, endColumn: 75, exact: true });
    expect(at(JSON_POD, PRIVILEGED, 'value')).toEqual({ line: 4, column: 77, endLine: 4, endColumn: 81, exact: true });
    expect(at(JSON_POD, ['spec', 'containers', 0, 'image'])).toEqual({ line: 4, column: 28, endLine: 4, endColumn: 34, exact: false });
  });
});

describe('locatePath: missing paths fall back to the nearest ancestor', () => {
  it('falls back to the deepest existing key', () => {
    expect(at(POD, ['spec', 'containers', 0, 'securityContext', 'runAsUser'])).toEqual({ line: 10, column: 7, endLine: 10, endColumn: 22, exact: false });
    expect(at(POD, ['metadata', 'namespace'])).toEqual({ line: 3, column: 1, endLine: 3, endColumn: 9, exact: false });
    expect(at(POD, ['spec', 'volumes', 0, 'hostPath'])).toEqual({ line: 6, column: 1, endLine: 6, endColumn: 5, exact: false });
  });

  it('ignores the requested part when falling back', () => {
    expect(at(POD, ['metadata', 'namespace'], 'value')).toEqual({ line: 3, column: 1, endLine: 3, endColumn: 9, exact: false });
  });

  it('falls back to the first line of a sequence item, which has no key', () => {
    expect(at(POD, ['spec', 'containers', 1, 'securityContext', 'privileged'])).toEqual({ line: 12, column: 7, endLine: 12, endColumn: 11, exact: false });
  });

  it('falls back to the sequence key for an index past its end', () => {
    expect(at(POD, ['spec', 'containers', 5])).toEqual({ line: 7, column: 3, endLine: 7, endColumn: 13, exact: false });
  });

  it('stops at a scalar that the path tries to enter', () => {
    expect(at(POD, ['metadata', 'name', 'first'])).toEqual({ line: 4, column: 3, endLine: 4, endColumn: 7, exact: false });
  });

  it('falls back to the head of the document when the first key is missing', () => {
    expect(at(POD, ['status'])).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 11, exact: false });
  });
});

describe('locatePath: merge keys and aliases', () => {
  const MERGED = dedent`
    defaults: &defaults
      securityContext:
        privileged: true
      image: nginx:1.25
    app:
      <<: *defaults
      name: app
  `;

  it('finds a field merged in with <<: *anchor at its place in the anchored map', () => {
    expect(at(MERGED, ['app', 'securityContext', 'privileged'])).toEqual({ line: 3, column: 5, endLine: 3, endColumn: 21, exact: true });
    expect(at(MERGED, ['app', 'image'], 'value')).toEqual({ line: 4, column: 10, endLine: 4, endColumn: 20, exact: true });
    expect(at(MERGED, ['app', 'name'])).toEqual({ line: 7, column: 3, endLine: 7, endColumn: 12, exact: true });
    expect(at(MERGED, ['app', 'missing'])).toEqual({ line: 5, column: 1, endLine: 5, endColumn: 4, exact: false });
  });

  it('searches every map of a merge sequence, and a local key wins over a merged one', () => {
    const text = dedent`
      a: &a
        x: 1
      b: &b
        w: 2
      c:
        <<: [*a, *b]
        z: 3
      d:
        <<: *a
        x: 9
    `;
    // (not `y`: Kubernetes' YAML 1.1 reads a `y` key as the boolean true)
    expect(at(text, ['c', 'w'])).toEqual({ line: 4, column: 3, endLine: 4, endColumn: 7, exact: true });
    expect(at(text, ['c', 'x'])).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 7, exact: true });
    expect(at(text, ['d', 'x'])).toEqual({ line: 10, column: 3, endLine: 10, endColumn: 7, exact: true });
  });

  const ALIASED = dedent`
    base: &c
      name: app
      image: busybox
    list:
      - *c
  `;

  it('follows an alias to the anchored node', () => {
    expect(at(ALIASED, ['list', 0, 'image'])).toEqual({ line: 3, column: 3, endLine: 3, endColumn: 17, exact: true });
  });

  it('covers the alias itself when the path ends on it', () => {
    expect(at(ALIASED, ['list', 0])).toEqual({ line: 5, column: 5, endLine: 5, endColumn: 7, exact: true });
  });

  it('falls back to the first key of the anchored map through an alias', () => {
    expect(at(ALIASED, ['list', 0, 'missing'])).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 7, exact: false });
  });
});

describe('locatePath: line endings and BOM', () => {
  it('gives the same positions for CRLF text', () => {
    const crlf = POD.replace(/\n/g, '\r\n');
    expect(at(crlf, PRIVILEGED)).toEqual({ line: 11, column: 9, endLine: 11, endColumn: 25, exact: true });
    expect(at(crlf, PRIVILEGED, 'value')).toEqual({ line: 11, column: 21, endLine: 11, endColumn: 25, exact: true });
    expect(at(crlf, ['spec', 'containers', 1])).toEqual({ line: 12, column: 7, endLine: 13, endColumn: 21, exact: true });
    expect(at(crlf, ['spec', 'containers', 0, 'securityContext'])).toEqual({ line: 10, column: 7, endLine: 11, endColumn: 25, exact: true });
  });

  it('does not shift line 1 columns after a BOM', () => {
    expect(at(`\uFEFF${POD}`, ['apiVersion'], 'value')).toEqual({ line: 1, column: 13, endLine: 1, endColumn: 15, exact: true });
    expect(at(`\uFEFF${POD}`, PRIVILEGED)).toEqual({ line: 11, column: 9, endLine: 11, endColumn: 25, exact: true });
  });
});

describe('toPosition', () => {
  it('maps an empty span to a zero-width position', () => {
    const parsed = parseSource({ file: 't.yaml', text: 'a: 1\nb: 2\n' });
    expect(toPosition(parsed.lineCounter, { start: 5, end: 5 })).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 1 });
    expect(toPosition(parsed.lineCounter, { start: 8, end: 3 })).toEqual({ line: 2, column: 4, endLine: 2, endColumn: 4 });
  });
});
