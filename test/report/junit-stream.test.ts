/** junit over many findings: written in small pieces, with the same counts a whole-string build would give. */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/engine/diagnostic.js';
import { junitChunks } from '../../src/report/junit.js';

const target = { major: 1, minor: 30 };

function finding(file: string, line: number, severity: Diagnostic['severity']): Diagnostic {
  return { ruleId: 'privileged-container', pci: ['4.1'], requirements: ['2.2.1'], severity, message: 'Container "app" runs privileged.', file, line, column: 9, endLine: line, endColumn: 13 };
}

describe('junit streaming', () => {
  // Before: each file's test cases were joined into one string, so a file with a million findings
  // failed with "Invalid string length". Now no piece holds more than a batch of test cases.
  const many = Array.from({ length: 20_000 }, (_, i) => finding('big.yaml', i + 1, i % 4 === 0 ? 'info' : 'error'));
  const diagnostics = [finding('a.yaml', 1, 'warning'), ...many, finding('z.yaml', 2, 'error')];
  const chunks = [...junitChunks({ diagnostics, fileCount: 5, files: ['a.yaml', 'big.yaml', 'clean.yaml', 'm.yaml', 'z.yaml'], target }, { color: false })];
  const text = chunks.join('');

  it('writes a file of 20 000 findings in pieces of at most 64 test cases', () => {
    expect(Math.max(...chunks.map((c) => (c.match(/<testcase /g) ?? []).length))).toBeLessThanOrEqual(64);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(64 * 1024);
  });

  it('counts every test case and failure, overall and per suite', () => {
    expect(text).toContain('<testsuites name="pci-lint" tests="20004" failures="15002" errors="0">');
    expect(text).toContain('<testsuite name="big.yaml" tests="20000" failures="15000" errors="0" skipped="0" file="big.yaml">');
    expect((text.match(/<testcase /g) ?? []).length).toBe(20_004);
  });

  it('keeps the suites in file order, passing files in their place, each suite closed once', () => {
    const suites = [...text.matchAll(/<testsuite name="([^"]+)"/g)].map((m) => m[1]);
    expect(suites).toEqual(['a.yaml', 'big.yaml', 'clean.yaml', 'm.yaml', 'z.yaml']);
    expect((text.match(/<\/testsuite>/g) ?? []).length).toBe(5);
    expect(text.endsWith('</testsuites>\n')).toBe(true);
  });
});
