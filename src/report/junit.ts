import type { Diagnostic } from '../engine/diagnostic.js';
import { xmlText } from './escape.js';
import { joined, type ChunkFormatter } from './types.js';

const xml = xmlText;

function testcase(d: Diagnostic): string {
  const where = `${d.file}:${d.line}:${d.column}`;
  const name = `${d.ruleId} ${where}`;
  const what = d.resource ? ` ${d.resource.kind}${d.resource.name ? `/${d.resource.name}` : ''}` : '';
  // Line by line: the line breaks are ours; each line's text is escaped (a newline in it is shown as \n).
  const body = [
    `${where}${what}`,
    d.message,
    ...(d.fix !== undefined ? [`Fix: ${d.fix}`] : []),
    ...(d.source ? [`Rendered from ${d.source.template}`] : []),
    ...(d.pci.length ? [`PCI container guidance ${d.pci.join(', ')}`] : []),
    ...(d.requirements.length ? [`PCI DSS v4.0.1 ${d.requirements.join(', ')}`] : []),
  ]
    .map(xml)
    .join('\n');
  // Info findings are recorded but do not fail the test case.
  const outcome =
    d.severity === 'info'
      ? `<system-out>${body}</system-out>`
      : `<failure message="${xml(d.message)}" type="${d.severity}">${body}</failure>`;
  return `    <testcase classname="${xml(d.file)}" name="${xml(name)}">${outcome}</testcase>`;
}

/** Dotted numbers (`3.10` after `3.9`) in numeric order, anything else after them as text. */
function byNumber(a: string, b: string): number {
  const x = a.split('.');
  const y = b.split('.');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const m = Number(x[i] ?? -1);
    const n = Number(y[i] ?? -1);
    if (Number.isNaN(m) || Number.isNaN(n)) return a < b ? -1 : a > b ? 1 : 0;
    if (m !== n) return m - n;
  }
  return 0;
}

interface SuiteCounts {
  tests: number;
  failures: number;
  readonly pci: Set<string>;
  readonly requirements: Set<string>;
}

function suiteOpen(file: string, counts: SuiteCounts): string {
  const properties = [
    ...[...counts.pci].sort(byNumber).map((s) => `<property name="pci" value="${xml(s)}"/>`),
    ...[...counts.requirements].sort(byNumber).map((r) => `<property name="pci-dss-v4.0.1" value="${xml(r)}"/>`),
  ];
  const props = properties.length ? `    <properties>${properties.join('')}</properties>\n` : '';
  return `  <testsuite name="${xml(file)}" tests="${counts.tests}" failures="${counts.failures}" errors="0" skipped="0" file="${xml(file)}">\n${props}`;
}

function passingSuite(file: string): string {
  return `  <testsuite name="${xml(file)}" tests="1" failures="0" errors="0" skipped="0" file="${xml(file)}">\n    <testcase classname="${xml(file)}" name="${xml(`pci-lint ${file}`)}"/>\n  </testsuite>\n`;
}

/** Test cases gathered into one piece of output: small pieces, never one string per file. */
const BATCH = 64;

/**
 * JUnit XML, one <testsuite> per file; every finding is a <testcase> (errors and warnings as <failure>),
 * a file without findings is one passing test case, so CI dashboards show what was checked. It keeps to
 * the JUnit schema that Jenkins' xUnit plugin validates reports against (junit-10.xsd; see
 * test/report/junit-validate.test.ts): the file is the suite's `file` attribute and each case's
 * `classname`, the line is in the case's name, and a suite's `<properties>` name the PCI sub-items and
 * requirements of its findings (each finding's own are in its text), as that schema has no attribute or
 * property for a test case's file, line or properties. Two passes:
 * the first counts (the totals and each suite's counts come first in the XML), the second writes the
 * test cases a batch at a time, so a file with a million findings never becomes one string.
 */
export const junitChunks: ChunkFormatter = function* (input) {
  const perFile = new Map<string, SuiteCounts>();
  let cases = 0;
  let failures = 0;
  for (const d of input.diagnostics) {
    let counts = perFile.get(d.file);
    if (!counts) perFile.set(d.file, (counts = { tests: 0, failures: 0, pci: new Set(), requirements: new Set() }));
    counts.tests++;
    for (const s of d.pci) counts.pci.add(s);
    for (const r of d.requirements) counts.requirements.add(r);
    cases++;
    if (d.severity !== 'info') {
      counts.failures++;
      failures++;
    }
  }
  const passing = [...new Set(input.files ?? [])].filter((f) => !perFile.has(f)).sort();
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="pci-lint" tests="${cases + passing.length}" failures="${failures}" errors="0">\n`;
  let next = 0;
  let open: string | undefined;
  let batch: string[] = [];
  const flush = (): string => {
    const text = batch.join('');
    batch = [];
    return text;
  };
  for (const d of input.diagnostics) {
    if (d.file !== open) {
      if (open !== undefined) yield `${flush()}  </testsuite>\n`;
      // Files without findings take their place in the sorted order of all files.
      for (; next < passing.length && (passing[next] as string) < d.file; next++) yield passingSuite(passing[next] as string);
      open = d.file;
      batch.push(suiteOpen(d.file, perFile.get(d.file) ?? { tests: 0, failures: 0, pci: new Set(), requirements: new Set() }));
    }
    batch.push(`${testcase(d)}\n`);
    if (batch.length >= BATCH) yield flush();
  }
  if (open !== undefined) yield `${flush()}  </testsuite>\n`;
  for (; next < passing.length; next++) yield passingSuite(passing[next] as string);
  yield '</testsuites>\n';
};

export const junit = joined(junitChunks);
