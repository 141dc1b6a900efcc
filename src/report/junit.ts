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
  const properties = [
    ...d.pci.map((s) => `<property name="pci" value="${xml(s)}"/>`),
    ...d.requirements.map((r) => `<property name="pci-dss-v4.0.1" value="${xml(r)}"/>`),
  ];
  const props = properties.length ? `<properties>${properties.join('')}</properties>` : '';
  // Info findings are recorded but do not fail the test case.
  const outcome =
    d.severity === 'info'
      ? `<system-out>${body}</system-out>`
      : `<failure message="${xml(d.message)}" type="${d.severity}">${body}</failure>`;
  return `    <testcase classname="${xml(d.file)}" name="${xml(name)}" file="${xml(d.file)}" line="${d.line}">${props}${outcome}</testcase>`;
}

function passingSuite(file: string): string {
  return `  <testsuite name="${xml(file)}" tests="1" failures="0" errors="0" skipped="0">\n    <testcase classname="${xml(file)}" name="${xml(`pci-lint ${file}`)}" file="${xml(file)}"/>\n  </testsuite>\n`;
}

/** Test cases gathered into one piece of output: small pieces, never one string per file. */
const BATCH = 64;

/**
 * JUnit XML, one <testsuite> per file; every finding is a <testcase> (errors and warnings as <failure>),
 * a file without findings is one passing test case, so CI dashboards show what was checked. Two passes:
 * the first counts (the totals and each suite's counts come first in the XML), the second writes the
 * test cases a batch at a time, so a file with a million findings never becomes one string.
 */
export const junitChunks: ChunkFormatter = function* (input) {
  const perFile = new Map<string, { tests: number; failures: number }>();
  let cases = 0;
  let failures = 0;
  for (const d of input.diagnostics) {
    let counts = perFile.get(d.file);
    if (!counts) perFile.set(d.file, (counts = { tests: 0, failures: 0 }));
    counts.tests++;
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
      const counts = perFile.get(d.file) ?? { tests: 0, failures: 0 };
      batch.push(`  <testsuite name="${xml(d.file)}" tests="${counts.tests}" failures="${counts.failures}" errors="0" skipped="0">\n`);
    }
    batch.push(`${testcase(d)}\n`);
    if (batch.length >= BATCH) yield flush();
  }
  if (open !== undefined) yield `${flush()}  </testsuite>\n`;
  for (; next < passing.length; next++) yield passingSuite(passing[next] as string);
  yield '</testsuites>\n';
};

export const junit = joined(junitChunks);
