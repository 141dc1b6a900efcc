import { countBySeverity, type Diagnostic } from '../engine/diagnostic.js';
import type { Formatter } from './types.js';

function xml(text: string): string {
  // Characters XML 1.0 cannot carry at all are dropped; the markup ones are escaped.
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function testcase(d: Diagnostic): string {
  const where = `${d.file}:${d.line}:${d.column}`;
  const name = `${d.ruleId} ${where}`;
  const what = d.resource ? ` ${d.resource.kind}${d.resource.name ? `/${d.resource.name}` : ''}` : '';
  const body = `${where}${what}\n${d.message}${d.source ? `\nRendered from ${d.source.template}` : ''}${d.pci.length ? `\nPCI DSS ${d.pci.join(', ')}` : ''}`;
  // Info findings are recorded but do not fail the test case.
  const outcome =
    d.severity === 'info'
      ? `<system-out>${xml(body)}</system-out>`
      : `<failure message="${xml(d.message)}" type="${d.severity}">${xml(body)}</failure>`;
  return `    <testcase classname="${xml(d.file)}" name="${xml(name)}" file="${xml(d.file)}" line="${d.line}">${outcome}</testcase>`;
}

/**
 * JUnit XML, one <testsuite> per file; every finding is a <testcase> (errors and warnings as <failure>),
 * a file without findings is one passing test case, so CI dashboards show what was checked.
 */
export const junit: Formatter = (input) => {
  const byFile = new Map<string, Diagnostic[]>();
  for (const file of input.files ?? []) byFile.set(file, []);
  for (const d of input.diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const files = [...byFile.keys()].sort();
  const suites = files.map((file) => {
    const list = byFile.get(file) ?? [];
    const counts = countBySeverity(list);
    const failures = counts.error + counts.warning;
    const cases = list.length > 0 ? list.map(testcase) : [`    <testcase classname="${xml(file)}" name="${xml(`pci-lint ${file}`)}" file="${xml(file)}"/>`];
    return `  <testsuite name="${xml(file)}" tests="${Math.max(1, list.length)}" failures="${failures}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`;
  });
  const total = countBySeverity(input.diagnostics);
  const tests = files.reduce((n, f) => n + Math.max(1, byFile.get(f)?.length ?? 0), 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="pci-lint" tests="${tests}" failures="${total.error + total.warning}" errors="0">\n${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`;
};
