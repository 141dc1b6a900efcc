/**
 * Differential test of the js-yaml fast load path (src/load/fast-parse.ts) against the `yaml` path: for
 * every file it accepts, both must give the same documents (start, Helm source, problems), the same plain
 * values, the same span for every path present in the values (pair, key and value) and for missing paths,
 * the same line starts, and for the examples the same diagnostics.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { stringify } from 'yaml';
import { builtinRules } from '../../rules/index.js';
import { fastParse, fastParseLenient } from '../../src/load/fast-parse.js';
import { duplicateKeyNote, parseSource, parseWithYaml, type ParsedFile } from '../../src/load/parse.js';
import type { Path } from '../../src/load/positions.js';
import { lintText } from '../../src/run/lint.js';
import { writeCorpus, writeShapes } from '../../scripts/bench-corpus.mjs';

const toggle = vi.hoisted(() => ({ disabled: false }));
vi.mock('../../src/load/fast-parse.js', async (importOriginal) => {
  const real = await importOriginal<{ fastParse: typeof fastParse }>();
  return { ...real, fastParse: (text: string) => (toggle.disabled ? undefined : real.fastParse(text)) };
});

// The rule case tables register their cases through testRule: collect their manifests instead of testing.
const ruleCases = vi.hoisted(() => [] as string[]);
vi.mock('../../src/testing/rule-tester.js', () => ({
  testRule: (_rule: unknown, cases: { valid: readonly (string | { code: string })[]; invalid: readonly { code: string }[] }) => {
    for (const c of [...cases.valid, ...cases.invalid]) ruleCases.push(typeof c === 'string' ? c : c.code);
  },
}));

const root = path.resolve(import.meta.dirname, '../..');
const stats = { files: 0, fastFiles: 0, documents: 0, paths: 0, locates: 0, lenientFiles: 0 };

function filesUnder(dir: string, pattern = /\.(ya?ml|json)$/i): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full, pattern));
    else if (pattern.test(name)) out.push(full);
  }
  return out;
}

/** Every path present in a value, the root first. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...pathsOf(item, [...prefix, i])));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}

/** Compares both paths over one text; returns whether the fast path took it. */
function compare(text: string, file = 'diff.yaml'): boolean {
  stats.files++;
  const fast = parseSource({ file, text });
  if (!fastParse(fast.text)) return false;
  stats.fastFiles++;
  const slow: ParsedFile = parseWithYaml(file, fast.text);
  expect(fast.fileProblems, file).toEqual(slow.fileProblems);
  expect(fast.lineCounter.lineStarts, file).toEqual(slow.lineCounter.lineStarts);
  expect(fast.documents.length, file).toBe(slow.documents.length);
  fast.documents.forEach((doc, i) => {
    const other = slow.documents[i];
    if (!other) throw new Error('missing document');
    stats.documents++;
    const where = `${file} document ${i}`;
    expect({ index: doc.index, start: doc.start, helm: doc.helm, problem: doc.problem }, where).toEqual({ index: other.index, start: other.start, helm: other.helm, problem: other.problem });
    const value = other.toValue();
    expect(doc.toValue(), where).toEqual(value);
    const present = pathsOf(value);
    const missing: Path[] = [['__missing__'], ['spec', 'nope', 0], [0], ['metadata', 'name', 'deeper']];
    for (const p of present.slice(0, 400)) {
      stats.paths++;
      missing.push([...p, 'zz-missing'], [...p, 99]);
      for (const part of ['pair', 'key', 'value'] as const) {
        stats.locates++;
        expect(doc.locate(p, part), `${where} ${JSON.stringify(p)} ${part}`).toEqual(other.locate(p, part));
      }
    }
    for (const p of missing.slice(0, 60)) {
      stats.locates++;
      expect(doc.locate(p), `${where} ${JSON.stringify(p)}`).toEqual(other.locate(p));
    }
  });
  return true;
}

/**
 * Compares the lenient js-yaml read (fastParseLenient) with the `yaml` path over a text whose only
 * difference from what the fast path reads is repeated keys: the same values (each key's last value), the
 * same span for every path (the last occurrence), and the same warnings. Returns how many repeated keys it
 * compared (-1 when the lenient read left the text to `yaml`).
 */
function compareLenient(text: string, file = 'lenient.yaml'): number {
  const normal = parseSource({ file, text }).text;
  const lenient = fastParseLenient(normal);
  if (!lenient || lenient.relaxed.length > 0) return -1;
  stats.lenientFiles++;
  const slow = parseWithYaml(file, normal);
  // What the lenient read accepts with nothing relaxed, `yaml` accepts but for the repeated keys.
  expect(slow.documents.map((d) => d.problem), file).toEqual(slow.documents.map(() => undefined));
  expect(lenient.documents.length, file).toBe(slow.documents.length);
  const notes = [...lenient.duplicates].sort((a, b) => a.at.start - b.at.start).map((d) => duplicateKeyNote(slow.lineCounter, d));
  expect(notes, file).toEqual(slow.lenient ?? []);
  lenient.documents.forEach((doc, i) => {
    const other = slow.documents[i];
    if (!other) throw new Error('missing document');
    const where = `${file} document ${i}`;
    expect(doc.start, where).toBe(other.start);
    const value = other.toValue();
    expect(doc.value, where).toEqual(value);
    for (const p of pathsOf(value).slice(0, 400)) {
      for (const part of ['pair', 'key', 'value'] as const) expect(doc.locate(p, part), `${where} ${JSON.stringify(p)} ${part}`).toEqual(other.locate(p, part));
      expect(doc.locate([...p, 'zz-missing']), `${where} ${JSON.stringify(p)} missing`).toEqual(other.locate([...p, 'zz-missing']));
    }
  });
  return lenient.duplicates.length;
}

afterAll(() => {
  console.log(`fast-path differential (${fileTexts.length} files, ${ruleCases.length} rule cases): ${stats.fastFiles}/${stats.files} texts on the fast path, ${stats.documents} documents, ${stats.paths} paths, ${stats.locates} locate() calls compared; ${stats.lenientFiles} texts read leniently`);
});

const ruleTestFiles = filesUnder(path.join(root, 'rules'), /\.test\.ts$/);
for (const f of ruleTestFiles) {
  try {
    await import(pathToFileURL(f).href);
  } catch {
    // A case table another change has left broken is that change's test failure, not this one's.
  }
}

const fileTexts = [...filesUnder(path.join(root, 'examples')), ...filesUnder(path.join(root, 'test/fixtures'))].map((f) => ({ file: path.relative(root, f), text: readFileSync(f, 'utf8') }));

/** Random streams of manifest-like documents with edits; with `repeatKeys`, a mapping may repeat a key. */
function generatedStreams(repeatKeys: boolean): fc.Arbitrary<string> {
  type Node = { raw: string } | { pairs: [string, Node][] } | { items: Node[] };
  const raw = fc.constantFrom('yes', 'no', 'On', 'y', '0x1F', '0o17', '010', '1e3', '.inf', '-.Inf', '.nan', '12345678901234567890', '2001-12-14', '~', 'null', "'quoted'", '"dq \\t x"', '+12', '1_000', '0b101', '.5', '5.', '-1.50', 'a b', 'a:b', 'a #b', '', '[]', '{}', '[a, 1, yes]', '{a: 1, b: no}', '"*"', 'x!', 'http://h/?a=b&c=d', 'a\n    b', '"q\n    r"', "'s\n\n    t'", '[1,\n    2]', '{a: 1,\n    b: [c,\n     d]}', '&a v', '*a', '&b {k: 1}', '*b', '!!str 5', '1 # c', '"x"#y', '"{{ .x }}"', '|\n    *x &y !z #w\n');
  // Few keys, quoted and plain, when they are to repeat.
  const key = repeatKeys
    ? fc.constantFrom('name', 'image', 'x', '"x"', 'k', "'k'", 'a.b/c', 'on')
    : fc.constantFrom('name', 'image', 'spec', 'a.b/c', '"quoted key"', "'single'", 'x', 'y-z', '1', 'true', 'on', 'null', '~', 'k');
  const block: fc.Arbitrary<Node> = fc.letrec<{ node: Node; map: Node; seq: Node }>((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, raw.map((r) => ({ raw: r })), tie('map'), tie('seq')),
    map: (repeatKeys ? fc.array(fc.tuple(key, tie('node')), { maxLength: 4 }) : fc.uniqueArray(fc.tuple(key, tie('node')), { maxLength: 4, selector: ([k]) => k })).map((pairs) => ({ pairs })),
    seq: fc.array(tie('node'), { maxLength: 3 }).map((items) => ({ items })),
  })).node;
  const emit = (node: Node, indent: string, inSeq: boolean): string => {
    if ('raw' in node) return node.raw === '' ? '\n' : ` ${node.raw}\n`;
    if ('pairs' in node) {
      if (node.pairs.length === 0) return ' {}\n';
      const body = node.pairs.map(([k, v], i) => `${i === 0 && inSeq ? '' : indent}${k}:${emit(v, `${indent}  `, false)}`).join('');
      return inSeq ? ` ${body}` : `\n${body}`;
    }
    if (node.items.length === 0) return ' []\n';
    const body = node.items.map((v, i) => `${i === 0 && inSeq ? '' : indent}-${emit(v, `${indent}  `, true)}`).join('');
    return inSeq ? ` ${body}` : `\n${body}`;
  };
  const docText = block.map((n) => ('raw' in n ? `${n.raw}\n` : emit(n, '', false).replace(/^\n/, '').replace(/^ /, '')));
  return fc
    .tuple(
      fc.array(fc.tuple(fc.oneof(docText, fc.anything({ maxDepth: 3 }).map((v) => (stringify(v) as string | undefined) ?? '')), fc.constantFrom('', '# Source: c/templates/t.yaml\n', '# note\n', '\n')), { minLength: 1, maxLength: 3 }),
      fc.array(fc.tuple(fc.nat(), fc.nat(2), fc.constantFrom('', ':', '-', ' ', '\n', '#', '  ', '"', "'", '[', '}', ',', '---\n', '&a ', '*a', '!t ', '!!str ', '&b ', '*b', ' # c', '\n  # c\n', '\n    ', '<<: *a\n')), { maxLength: 2 }),
    )
    .map(([docs, edits]) => {
      let text = docs.map(([d, header]) => `${header}${d}`).join('---\n');
      for (const [at, remove, insert] of edits) {
        const i = at % (text.length + 1);
        text = text.slice(0, i) + insert + text.slice(i + remove);
      }
      return text;
    });
}

describe('fast load path', () => {
  it('reads every example and fixture file like the yaml path', () => {
    let fastCount = 0;
    for (const { file, text } of fileTexts) if (compare(text, file)) fastCount++;
    // Most example manifests are plain: the differential test must not compare nothing.
    expect(fastCount).toBeGreaterThan(fileTexts.length / 4);
  });

  // Wider runs over real manifests (docs/performance.md lists the corpus) or a bench corpus, directories
  // separated by the platform's path delimiter:
  //   PCI_LINT_FAST_PATH_DIR=/work/corpus npx vitest run test/load/fast-path.test.ts
  it.runIf(process.env.PCI_LINT_FAST_PATH_DIR)('reads every file of PCI_LINT_FAST_PATH_DIR like the yaml path', () => {
    for (const dir of (process.env.PCI_LINT_FAST_PATH_DIR ?? '').split(path.delimiter).filter(Boolean)) {
      let fastCount = 0;
      let bytes = 0;
      let fastBytes = 0;
      const files = filesUnder(dir);
      for (const f of files) {
        const text = readFileSync(f, 'utf8');
        bytes += text.length;
        if (compare(text, f)) {
          fastCount++;
          fastBytes += text.length;
        }
      }
      console.log(`${fastCount}/${files.length} files of ${dir} (${((100 * fastBytes) / Math.max(1, bytes)).toFixed(1)} % of the characters) on the fast path`);
    }
  }, 3_600_000);

  // The bench's generated corpus and input shapes (block scalars with *, !, & and #, {{ }} in strings,
  // anchors and aliases, long flow sequences, one-line JSON and flow Lists), small, so CI covers them.
  it('reads the generated bench corpus and shapes like the yaml path', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'pci-lint-fast-path-'));
    try {
      const shapes = writeShapes(work, 0.001) as { readonly shape: string; readonly normal: string }[];
      const dirs = [writeCorpus(work, 200).dir, ...shapes.flatMap((s) => [s.shape, s.normal])];
      let files = 0;
      let fast = 0;
      for (const dir of dirs) {
        for (const f of filesUnder(dir)) {
          files++;
          if (compare(readFileSync(f, 'utf8'), path.relative(work, f))) fast++;
        }
      }
      expect(files).toBeGreaterThan(20);
      expect(fast / files).toBeGreaterThan(0.9);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 300_000);

  it('gives the same diagnostics for every example', () => {
    for (const { file, text } of fileTexts.filter((f) => f.file.startsWith('examples'))) {
      const fast = lintText(text, { file, registry: builtinRules });
      toggle.disabled = true;
      try {
        expect(fast, file).toEqual(lintText(text, { file, registry: builtinRules }));
      } finally {
        toggle.disabled = false;
      }
    }
  });

  it('reads every rule case table manifest like the yaml path', () => {
    let fastCount = 0;
    for (const code of ruleCases) if (compare(code, `rule case ${JSON.stringify(code.slice(0, 60))}`)) fastCount++;
    expect(ruleCases.length).toBeGreaterThan(ruleTestFiles.length);
    expect(fastCount).toBeGreaterThan(ruleCases.length / 4);
  });

  it('handles the scalar, key and layout corners like the yaml path', () => {
    const cases = [
      'a: yes\nb: No\nc: ON\nd: off\ne: y\nf: N\ng: true\nh: False\ni: TRUE\n',
      'a: 12345678901234567890\nb: 0x1F\nc: 0o17\nd: 010\ne: +12\nf: -0\ng: 1_000\nh: 0b101\n',
      'a: 1.5\nb: .5\nc: 5.\nd: 1e3\ne: 1.0e+3\nf: .inf\ng: -.Inf\nh: .NaN\ni: 1.10\n',
      'a: ~\nb: null\nc: Null\nd: NULL\ne:\nf:   \ng: 2001-12-14\nh: 2001-12-14t21:59:43.10-05:00\n',
      "a: 'it''s'\nb: \"x\\ty\\u00e9\"\nc: |\n  line\n\n  two\n\n\nd: >-\n  folded\n  text\ne: |+\n  keep\n\nf: 1\n",
      'k : v\n"q k": 1\n\'s\': 2\nlist:\n- a\n-  b  # c\n- {x: 1, y: [1, 2]}\n- [ ]\n- {}\nz: [a, {b: c}]\n',
      'a:\n  b:\n    c: 1\n    # inner\n  # mid\n# top\nd:\n  - e: 1\n    f: 2\n  - - 1\n    - 2\n',
      '# Source: c/templates/a.yaml\n---\n# Source: c/templates/b.yaml\napiVersion: v1\nkind: Pod\n---\n# Source: c/templates/empty.yaml\n---\n--- # Source: c/templates/x.yaml\nkind: A\n',
      'x: 1\n---\n',
      '---\n',
      '',
      '# only a comment\n',
      'just a scalar\n',
      '- a\n- b\n',
      '"root"\n',
      'a: [1, 2]\nb: {c: d}\n',
      'a: b\n---\na: b\n---\n- 1\n',
      'a: 1\na: 2\n',
      'a: &x 1\nb: *x\n',
      'a: !!str 1\n',
      // Anchors, aliases and the tags that change nothing stay on the fast path; the rest go to `yaml`.
      'a: &x\n  k: &y 1\n  l: *y\nb: *x\nc: [*y, *x]\nd: *x # c\n',
      'a: &x 1\nb: &x 2\nc: *x\n- &s [1]\n',
      '- &x a\n- *x\n- &m {k: v}\n- *m\n- &q "q"\n- *q\n',
      'a: &x # c\n  k: 1\nb: &y\n  # c\n  - 1\nc: *y\n',
      'a: &x [1]\nb: &y [*x]\nc: *y\n',
      'a: &x {k: 1}\nb:\n  <<: *x\n  l: 2\nc:\n  <<: [*x]\n',
      'a:\n  &x k: 1\nb: &y\nc: *y\n',
      'a: !!str 1\nb: !!map\n  k: !!str yes\nc: !!seq [1]\nd: &x !!str 2\ne: !!str &y 3\n',
      'a: !!int "1"\nb: !!bool yes\nc: !custom x\nd: ! x\ne: !<tag:yaml.org,2002:str> 1\n',
      'a: "*"\nb: "&x"\nc: x*y\nd: "!x"\ne: |\n  *x &y !z {{ .v }} "#"\nf: "{{ $labels.x }}"\ng: "a"#b\n',
      // Multi-line flow scalars and collections; `yaml` wants their lines indented past the parent.
      'a: x\n  y\n\n  z\nb: "q\n  r \\\n  s"\nc: \'t\n\n  u\'\nd:\n  e: f\n    g\n',
      'k:\n  a: "x\n  y"\n',
      '- - "a\n  b"\n- a: "a\n b"\n- a: "a\n   b"\n',
      'k:\n  a: [x,\n   y\n  ]\n  b: {x: 1,\n   y: 2\n   }\n  c: [x,\n   [y\n  ]]\n',
      'a: [x,\ny]\n',
      '{\n  "a": [1,\n    2],\n  "b": {"c": "d"}\n}\n',
      // Comments after a block collection's last entry: on their own line at its indentation or less, on
      // the entry's line, indented deeper, after an empty value.
      'a:\n  b: 1\n  # c2\n# c0\nc: 2\n',
      'a:\n  b: 1 # x\nc: 2\n',
      'a:\n  b: 1\n    # c4\nc: 2\n',
      'a:\n  b:\n  # x\nc: 1\n',
      'a:\n  b:\n    c: 1\n    # c4\n  # c2\nd: 1\n',
      'a:\n- 1\n  # c2\nc: 2\n- x\n',
      '- a: 1\n  # x\n- b\n',
      // Empty flow values, comments glued to flow indicators, properties glued to content.
      '{k:\n}\n- {k:\n  }\n',
      '{k:\n  , l: 1}\na: {k: \n  # c\n}\n',
      '\n- &b {k: \n  # c\n}\n- *b\n',
      '[#[1,\n    2]\n',
      '[a, #b\n]\n',
      '&-{}\n',
      '!!str # note\nyes\n', '!!str \nyes\n', 'a: &x\n  yes\nb: *x\n', '- !!str\n  1\n',
      'a: 1\n...\nb: 2\n', 'a: 1\n...', '...\n', 'a: 1\n---x: 1\n', '---x\n', '%YAML 1.2\n---\na: 1\n', 'a: |\n  %x\n  ...y\n  ---z\n',
      'p: {{ .Values.x }}\n',
      'a: b: c\n',
      'a:\n  - 1\n - 2\n',
      "a: 'unterminated\n",
      'k: v #c\nl: v#c\nm: "x"\n',
      'a: -\nb: - x\nc: :x\nd: x:y\ne: "a: b"\nf: [a:b]\n',
      '\u00e9t\u00e9: "\u{1F600}"\nz: 1\n',
    ];
    for (const text of cases) compare(text, JSON.stringify(text));
  });

  it('keeps block scalars that are sequence entries on the fast path, read like the yaml path', () => {
    // kubeadmConfigPatches, args and CRD enum descriptions: `- |` made every such file fall back before.
    const cases = [
      'a:\n- |\n  x: 1\nb: 2\n',
      'a:\n  - >-\n    folded\n    text\n  # c\nb: 2\n',
      'args:\n  - |\n    one\n\n  - |+\n    keep\n\n  - |2\n      indented\n  - plain\n',
      '- |\n  top\n- >\n  level\n',
      '- - |\n    nested\n  - x\n',
      'a:\n- &b |\n  anchored\n- *b\n',
      'a:\n- |\nb: empty\n',
      'a:\n- | # note\n  x\n- k: |\n    y\n',
    ];
    for (const text of cases) expect(compare(text, JSON.stringify(text)), JSON.stringify(text)).toBe(true);
  });

  it('reads generated manifests like the yaml path', () => {
    const stream = generatedStreams(false);
    let fastCount = 0;
    fc.assert(
      fc.property(stream, (text) => {
        if (compare(text, JSON.stringify(text))) fastCount++;
      }),
      { numRuns: Number(process.env.PCI_LINT_FUZZ_RUNS ?? 600), seed: Number(process.env.PCI_LINT_FUZZ_SEED ?? 20261124) },
    );
    expect(fastCount).toBeGreaterThan(50);
  }, 120_000);

  it('reads repeated keys in the lenient mode like the yaml path (the last value, located at the last occurrence)', () => {
    const cases = [
      'a: 1\nb: 2\na: 3\n',
      'a:\n  b: 1\na:\n  c: 1\n',
      'a: 1\na: 2\na: 3\n',
      'x: {a: 1, b: [1], a: {c: 2}}\n',
      '- a: 1\n  a: 2\n- b: [x]\n  b:\n    k: 1\n',
      'a: 1\n"a": 2\n\'a\': 3\n',
      'spec:\n  containers:\n    - name: app\n      securityContext:\n        privileged: false\n        runAsUser: 0\n        privileged: true\n',
      'a: &x {k: 1}\nb: *x\nb: 2\n',
      'a: 1\n---\nb: 1\nb: [2]\n---\nc: 1\n',
      '# Source: c/templates/t.yaml\nmetadata:\n  labels:\n    app: web # first\n    app: api\n',
    ];
    for (const text of cases) expect(compareLenient(text), JSON.stringify(text)).toBeGreaterThan(0);
  });

  it('reads generated manifests with repeated keys in the lenient mode like the yaml path', () => {
    let compared = 0;
    let repeated = 0;
    fc.assert(
      fc.property(generatedStreams(true), (text) => {
        const keys = compareLenient(text, JSON.stringify(text));
        if (keys >= 0) compared++;
        if (keys > 0) repeated++;
      }),
      { numRuns: Number(process.env.PCI_LINT_FUZZ_RUNS ?? 600), seed: Number(process.env.PCI_LINT_FUZZ_SEED ?? 20261203) },
    );
    expect(compared).toBeGreaterThan(50);
    expect(repeated).toBeGreaterThan(10);
  }, 120_000);
});
