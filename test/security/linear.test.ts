/**
 * Scans over user text stay linear where a naive one goes quadratic. Each case is timed at two sizes, n
 * and 4n, against a baseline of comparable bytes that the same code reads linearly; what is asserted is
 * the growth, time(4n) / time(n), compared with the baseline's growth, never a wall time. A quadratic scan
 * grows sixteenfold, a linear one about fourfold, so the bound (six, or twice the baseline's growth on a
 * busy machine) separates them with room for noise, and one of three measurements must meet it.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lintText } from '../../src/run/lint.js';

const rules = builtinRules.filter((r) => ['privileged-container', 'image-digest', 'secret-in-configmap', 'schema'].includes(r.meta.id));

function time(text: string, file: string): number {
  const start = performance.now();
  lintText(text, { file, registry: rules });
  return performance.now() - start;
}

/** The best of three timings: noise on a shared machine only ever adds time. */
function best(text: string, file: string): number {
  return Math.min(time(text, file), time(text, file), time(text, file));
}

/** Growth from n to 4n of the case and of its baseline. */
function growth(make: (n: number) => string, baseline: (n: number) => string, n: number, file: string): { growth: number; baseline: number } {
  // Warm up the parser and rules first, so the small size is not charged with compiling them.
  time(make(Math.max(1, n >> 3)), file);
  const g = best(make(4 * n), file) / Math.max(1, best(make(n), file));
  const b = best(baseline(4 * n), file) / Math.max(1, best(baseline(n), file));
  return { growth: g, baseline: b };
}

/**
 * Up to three measurements: a quadratic scan grows sixteenfold every time, while a burst of load from other
 * processes during one measurement can make a linear one look worse once (seen at load average 7–9).
 */
function expectLinear(measure: () => { growth: number; baseline: number }): void {
  let seen = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const { growth: g, baseline: b } = measure();
    if (g <= Math.max(6, 2 * b)) return;
    seen += ` ${g.toFixed(2)}x (baseline ${b.toFixed(2)}x);`;
  }
  expect.fail(`grew from n to 4n in each of three measurements:${seen}`);
}

const item = (i: number) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `c${i}`, namespace: 'n' }, data: { key: 'x'.repeat(40) } });
const list = (n: number) => ({ apiVersion: 'v1', kind: 'List', items: Array.from({ length: n }, (_, i) => item(i)) });

describe('linear in the size of the input', () => {
  it('a one-line JSON List (kubectl get -o json | jq -c), against the same List pretty-printed', () => {
    // 4n is about 5 MB on one line.
    expectLinear(() => growth((n) => JSON.stringify(list(n)), (n) => JSON.stringify(list(n), null, 1), 10_000, 'list.json'));
  }, 60_000);

  it('a long run of suppression comments, against the same run of plain comments', () => {
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx\n';
    const run = (line: string) => (n: number) => `${line.repeat(n)}${pod}`;
    expectLinear(() => growth(run('# pci-lint-disable-next-line image-digest -- a reason\n'), run('# a comment of about the same length as a directive\n'), 20_000, 'a.yaml'));
  }, 60_000);

  it('many objects, each with a suppression annotation, against the same objects without', () => {
    const pods = (annotation: string) => (n: number) =>
      Array.from({ length: n }, (_, i) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\n  annotations:\n    ${annotation}\nspec:\n  containers:\n    - name: c\n      image: nginx\n      securityContext: {privileged: true}\n`).join('---\n');
    expectLinear(() => growth(pods('pci-lint.io/ignore: "privileged-container, image-digest"\n    pci-lint.io/ignore-reason: approved'), pods('note: "privileged-container, image-digest"\n    other: approved'), 500, 'a.yaml'));
  }, 60_000);

  it('a long value shaped like a URL with a password, against a plain value', () => {
    const configMap = (value: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  url: "${value}"\n`;
    expectLinear(() => growth((n) => configMap('http://a:b@'.repeat(n)), (n) => configMap('abcdefghijk'.repeat(n)), 30_000, 'a.yaml'));
  }, 60_000);
});

describe('linear in the size of a mapping read on the yaml path', () => {
  const configMap = (head: string, pairs: (i: number) => string) => (n: number) =>
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n${head}${Array.from({ length: n }, (_, i) => pairs(i)).join('')}`;

  it('many keys after one merge key (which sends the file to the yaml path), against the same keys after a plain one', () => {
    // Each key was compared with every key before it (yaml's uniqueKeys): 470 KB took 36 s.
    expectLinear(() => growth(configMap('  <<: {z: v}\n', (i) => `  k${i}: w\n`), configMap('  z: v\n', (i) => `  k${i}: w\n`), 10_000, 'a.yaml'));
  }, 120_000);

  it('many merge keys in one mapping, against as many keys after one merge key', () => {
    // Each key and each merge key was compared with every later merge key (merge-order.ts).
    expectLinear(() => growth(configMap('', (i) => `  <<: {k${i}: v}\n  k${i}: w\n`), configMap('  <<: {z: v}\n', (i) => `  m${i}: v\n  k${i}: w\n`), 5_000, 'a.yaml'));
  }, 120_000);
});

describe('linear in the number of templated strings', () => {
  it('many {{ }} inside quoted values of a file the yaml path reads (a repeated key), against other brackets', () => {
    // Each {{ was looked for among every scalar of the file, to tell a placeholder from string content.
    const configMap = (open: string, close: string) => (n: number) =>
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  dup: a\n  dup: b\n${Array.from({ length: n }, (_, i) => `  k${i}: "${open} x ${close}"\n`).join('')}`;
    expectLinear(() => growth(configMap('{{', '}}'), configMap('((', '))'), 10_000, 'a.yaml'));
  }, 120_000);
});

describe('linear in the number of documents', () => {
  // Each document of the yaml path looked for `<<` in the whole text: a 16 MB file of `---\n...\n` took 561 s.
  it('many `---`/`...` pairs (the yaml path), against as many comment lines of one document', () => {
    expectLinear(() => growth((n) => '---\n...\n'.repeat(n), (n) => '#\t.....\n'.repeat(n), 60_000, 'a.yaml'));
  }, 120_000);

  // Each flow node of the fast path looked for a `#` from its start to the end of the file: 265 s for 16 MB.
  it('many empty flow documents (the fast path), against as many scalar documents', () => {
    expectLinear(() => growth((n) => '--- {}\n'.repeat(n), (n) => '--- ab\n'.repeat(n), 60_000, 'a.yaml'));
  }, 120_000);
});
