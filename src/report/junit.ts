import { countBySeverity, type Diagnostic } from '../engine/diagnostic.js';
import { xmlText } from './escape.js';
import { runsOf } from './json-array.js';
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

/**
 * JUnit XML, one <testsuite> per file; every finding is a <testcase> (errors and warnings as <failure>),
 * a file without findings is one passing test case, so CI dashboards show what was checked. Two passes:
 * the totals come first in the XML.
 */
export const junitChunks: ChunkFormatter = function* (input) {
  const withFindings = new Set<string>();
  let cases = 0;
  let failures = 0;
  for (const d of input.diagnostics) {
    withFindings.add(d.file);
    cases++;
    if (d.severity !== 'info') failures++;
  }
  const passing = [...new Set(input.files ?? [])].filter((f) => !withFindings.has(f)).sort();
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="pci-lint" tests="${cases + passing.length}" failures="${failures}" errors="0">\n`;
  let next = 0;
  for (const list of runsOf(input.diagnostics, (d) => d.file)) {
    const file = (list[0] as Diagnostic).file;
    // Files without findings take their place in the sorted order of all files.
    for (; next < passing.length && (passing[next] as string) < file; next++) yield passingSuite(passing[next] as string);
    const counts = countBySeverity(list);
    yield `  <testsuite name="${xml(file)}" tests="${list.length}" failures="${counts.error + counts.warning}" errors="0" skipped="0">\n${list.map(testcase).join('\n')}\n  </testsuite>\n`;
  }
  for (; next < passing.length; next++) yield passingSuite(passing[next] as string);
  yield '</testsuites>\n';
};

export const junit = joined(junitChunks);
