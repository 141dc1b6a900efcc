/** The stylish formatter on hand-made diagnostics: exact text, padding, grouping, summary and colour. */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/engine/diagnostic.js';
import { formatters } from '../../src/report/index.js';
import { stylish, stylishChunks } from '../../src/report/stylish.js';

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
        'Pod p',
        '  a.yaml:9:7     error    Container "app" runs privileged.  privileged-container',
        '  a.yaml:120:13  warning  Pin it.  image-digest',
        '',
        'Pod p',
        '  dir/b.yaml:1:1  info     FYI.  some-note',
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

  it('names the Helm template once, on the object heading; a file-level finding names its own', () => {
    const source = { chart: 'shop', template: 'shop/templates/deployment.yaml' };
    const text = stylish(
      {
        diagnostics: [
          diag({ file: 'out.yaml', line: 3, column: 1, ruleId: 'parse-error', resource: undefined, message: 'Bad.', source }),
          diag({ file: 'out.yaml', line: 40, column: 18, source }),
          diag({ file: 'out.yaml', line: 41, column: 18, source, ruleId: 'image-digest', message: 'Pin it.' }),
        ],
        fileCount: 1,
        target,
      },
      { color: false },
    );
    expect(text.split('\n').slice(0, 4)).toEqual([
      'out.yaml:3:1    error    Bad. [shop/templates/deployment.yaml]  parse-error',
      'Pod p  from shop/templates/deployment.yaml',
      '  out.yaml:40:18  error    Container "app" runs privileged.  privileged-container',
      '  out.yaml:41:18  error    Pin it.  image-digest',
    ]);
  });

  it('writes a file of many findings in pieces, objects reported out of turn still grouped, file-level first', () => {
    const a = { apiVersion: 'v1', kind: 'Pod', name: 'a' };
    const b = { apiVersion: 'v1', kind: 'Pod', name: 'b' };
    const diagnostics = [
      { ...diag({ file: 'big.yaml', line: 700, column: 1, message: 'File.' }), resource: undefined },
      ...Array.from({ length: 600 }, (_, i) => diag({ file: 'big.yaml', line: i + 1, column: 1, resource: i % 2 === 0 ? a : b, message: `M${i}.` })),
    ];
    // Pod a's lines are written as they come (more than one piece); Pod b's wait for it to be done.
    const chunks = [...stylishChunks({ diagnostics, fileCount: 1, target }, { color: false })];
    expect(chunks.length).toBeGreaterThan(2);
    const lines = chunks.join('').split('\n');
    const row = (i: number) => `  big.yaml:${i + 1}:1${' '.repeat(3 - String(i + 1).length)}  error    M${i}.  privileged-container`;
    expect(lines.slice(0, 2)).toEqual(['big.yaml:700:1  error    File.  privileged-container', 'Pod a']);
    expect(lines.slice(2, 302)).toEqual(Array.from({ length: 300 }, (_, k) => row(2 * k)));
    expect(lines[302]).toBe('Pod b');
    expect(lines.slice(303, 603)).toEqual(Array.from({ length: 300 }, (_, k) => row(2 * k + 1)));
    expect(lines.slice(603)).toEqual(['', '✖ 601 problems (601 errors, 0 warnings, 0 info) in 1 file; checked 1 file against Kubernetes 1.30', '']);
  });

  it('groups one object\'s findings under its heading, in the order objects are first reported', () => {
    const web = { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'shop', name: 'web' };
    const sa = { apiVersion: 'v1', kind: 'ServiceAccount', namespace: 'shop', name: 'web' };
    const role = { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', name: 'all' };
    const text = stylish(
      {
        diagnostics: [
          diag({ file: 'a.yaml', line: 2, column: 1, resource: sa, message: 'SA.' }),
          diag({ file: 'a.yaml', line: 9, column: 7, resource: web, message: 'One.' }),
          diag({ file: 'a.yaml', line: 30, column: 1, resource: role, message: 'Role.' }),
          // Reported later at the Deployment again (a finding placed by the finish phase).
          diag({ file: 'a.yaml', line: 31, column: 3, resource: web, message: 'Two.' }),
          diag({ file: 'a.yaml', line: 40, column: 1, resource: { apiVersion: 'v1', kind: 'ConfigMap' }, message: 'No name.' }),
        ],
        fileCount: 1,
        target,
      },
      { color: false },
    );
    expect(text.split('\n').slice(0, 9)).toEqual([
      'ServiceAccount shop/web',
      '  a.yaml:2:1   error    SA.  privileged-container',
      'Deployment shop/web',
      '  a.yaml:9:7   error    One.  privileged-container',
      '  a.yaml:31:3  error    Two.  privileged-container',
      'ClusterRole all',
      '  a.yaml:30:1  error    Role.  privileged-container',
      'ConfigMap (unnamed)',
      '  a.yaml:40:1  error    No name.  privileged-container',
    ]);
  });

  it('escapes an object name that holds control characters in its heading', () => {
    const text = stylish({ diagnostics: [diag({ file: 'a.yaml', line: 1, column: 1, resource: { apiVersion: 'v1', kind: 'Pod', name: 'x\u001b[31mred\nnext' } })], fileCount: 1, target }, { color: false });
    expect(text).not.toContain('\u001b');
    expect(text.split('\n')[0]).toMatch(/^Pod x/);
    expect(text.split('\n')[1]).toMatch(/^ {2}a\.yaml:1:1 /);
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
