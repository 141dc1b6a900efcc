/** The stylish formatter on hand-made diagnostics: exact text, padding, grouping, summary and colour. */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/engine/diagnostic.js';
import { formatters } from '../../src/report/index.js';
import { stylish } from '../../src/report/stylish.js';

const target = { major: 1, minor: 30 };

function diag(over: Partial<Diagnostic> & Pick<Diagnostic, 'file' | 'line' | 'column'>): Diagnostic {
  return {
    ruleId: 'privileged-container',
    pci: ['3.1'],
    requirements: ['2.2.3', '2.2.6'],
    severity: 'error',
    message: 'Container "app" runs privileged.',
    endLine: over.line,
    endColumn: over.column + 10,
    resource: { apiVersion: 'v1', kind: 'Pod', name: 'p' },
    ...over,
  };
}

describe('stylish', () => {
  it('is registered under its name', () => {
    expect(formatters.stylish).toBe(stylish);
  });

  it('prints nothing when there is nothing to report', () => {
    expect(stylish({ diagnostics: [], fileCount: 3, target }, { color: false })).toBe('');
  });

  it('prints the exact lines, padded per file, with a summary', () => {
    const text = stylish(
      {
        diagnostics: [
          diag({ file: 'a.yaml', line: 9, column: 7 }),
          diag({ file: 'a.yaml', line: 120, column: 13, severity: 'warning', ruleId: 'image-digest', pci: ['3.2'], message: 'Pin it.' }),
          diag({ file: 'dir/b.yaml', line: 1, column: 1, severity: 'info', ruleId: 'some-note', message: 'FYI.' }),
        ],
        fileCount: 4,
        target,
      },
      { color: false },
    );
    expect(text).toBe(
      [
        'a.yaml:9:7     error    Container "app" runs privileged.  privileged-container',
        'a.yaml:120:13  warning  Pin it.  image-digest',
        '',
        'dir/b.yaml:1:1  info     FYI.  some-note',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 info) in 2 files; checked 4 files against Kubernetes 1.30',
        '',
      ].join('\n'),
    );
  });

  it('uses the singular for one of each', () => {
    const text = stylish({ diagnostics: [diag({ file: 'x.yaml', line: 2, column: 3 })], fileCount: 1, target }, { color: false });
    expect(text.trimEnd().split('\n').at(-1)).toBe('✖ 1 problem (1 error, 0 warnings, 0 info) in 1 file; checked 1 file against Kubernetes 1.30');
  });

  it('appends the Helm template before the rule id', () => {
    const text = stylish(
      {
        diagnostics: [diag({ file: 'out.yaml', line: 40, column: 18, source: { chart: 'shop', template: 'shop/templates/deployment.yaml' } })],
        fileCount: 1,
        target,
      },
      { color: false },
    );
    expect(text.split('\n')[0]).toBe('out.yaml:40:18  error    Container "app" runs privileged. [shop/templates/deployment.yaml]  privileged-container');
  });

  it('colours severity, rule id and summary only when asked, without changing the text', () => {
    const input = { diagnostics: [diag({ file: 'a.yaml', line: 1, column: 1 }), diag({ file: 'a.yaml', line: 2, column: 1, severity: 'warning' })], fileCount: 1, target };
    const plain = stylish(input, { color: false });
    const coloured = stylish(input, { color: true });
    expect(plain).not.toContain('\u001b[');
    expect(coloured).toContain('\u001b[31merror  \u001b[39m');
    expect(coloured).toContain('\u001b[33mwarning\u001b[39m');
    expect(coloured).toContain('\u001b[2mprivileged-container\u001b[22m');
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain);
  });

  it('colours whatever process.stdout is: the caller decides', () => {
    // Under the test runner process.stdout is usually not a terminal; color: true must still colour.
    const text = stylish({ diagnostics: [diag({ file: 'a.yaml', line: 1, column: 1 })], fileCount: 1, target }, { color: true });
    expect(text).toContain('\u001b[');
  });
});
