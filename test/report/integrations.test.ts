/** sarif, github and junit on real lint output and on hand-made diagnostics (the coverage report: coverage.test.ts). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Ajv } from 'ajv';
import dedent from 'dedent';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import type { Diagnostic } from '../../src/engine/diagnostic.js';
import { fingerprintOf } from '../../src/engine/fingerprint.js';
import { lintText } from '../../src/run/lint.js';
import { github, githubSummary } from '../../src/report/github.js';
import { junit } from '../../src/report/junit.js';
import { sarif } from '../../src/report/sarif.js';

const target = { major: 1, minor: 30 };
const require = createRequire(import.meta.url);
// ajv-draft-04 is CommonJS whose module.exports is the class; the SARIF 2.1.0 schema is draft-04.
const Ajv04 = require('ajv-draft-04') as typeof Ajv;
const sarifSchema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;

const MANIFEST = dedent`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: web
    namespace: shop
  spec:
    template:
      spec:
        automountServiceAccountToken: false
        containers:
          - name: app
            image: nginx:latest
            securityContext:
              privileged: true
`;

// A fixed rule set, so rules added later do not change these expectations.
const registry = builtinRules.filter((r) => ['image-digest', 'privileged-container', 'automount-service-account-token'].includes(r.meta.id));

function run(): Diagnostic[] {
  return lintText(MANIFEST, { file: 'deploy/web.yaml', registry });
}

function diag(over: Partial<Diagnostic>): Diagnostic {
  return {
    ruleId: 'image-digest',
    pci: ['3.2'],
    requirements: ['6.3.2', '6.5.1'],
    severity: 'warning',
    message: 'Image "a:1" is pinned by tag only.',
    file: 'a.yaml',
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 12,
    ...over,
  };
}

describe('sarif', () => {
  const log = () => JSON.parse(sarif({ diagnostics: run(), fileCount: 1, target, rules: builtinRules }, { color: false })) as {
    version: string;
    runs: {
      tool: { driver: { name: string; rules: { id: string; helpUri: string; properties: { tags: string[] }; defaultConfiguration: { level: string } }[] } };
      results: {
        ruleId: string;
        ruleIndex: number;
        level: string;
        partialFingerprints: Record<string, string>;
        message: { text: string };
        properties?: Record<string, unknown>;
        locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> }; logicalLocations: { name: string }[] }[];
      }[];
    }[];
  };

  it('validates against the official SARIF 2.1.0 schema', () => {
    const ajv = new Ajv04({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(sarifSchema);
    const ok = validate(log());
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    // The schema is really applied: a log without a tool is rejected.
    expect(validate({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false);
  });

  it('describes every rule with PCI tags and points results at their descriptor', () => {
    const { tool, results } = log().runs[0]!;
    const ids = tool.driver.rules.map((r) => r.id);
    for (const rule of builtinRules) expect(ids).toContain(rule.meta.id);
    const digest = tool.driver.rules.find((r) => r.id === 'image-digest')!;
    expect(digest.properties.tags).toEqual(['security', 'kubernetes', 'PCI container guidance 3.2', 'PCI-DSS-v4.0.1 6.3.2', 'PCI-DSS-v4.0.1 6.5.1']);
    expect(digest.properties).toMatchObject({ pci: ['3.2'], requirements: ['6.3.2', '6.5.1'] });
    // Each result carries its rule's requirements too, for viewers that filter results by property.
    const result = results.find((r) => r.ruleId === 'image-digest')!;
    expect(result.properties).toEqual({ pci: ['3.2'], requirements: ['6.3.2', '6.5.1'], tags: ['PCI-DSS-v4.0.1 6.3.2', 'PCI-DSS-v4.0.1 6.5.1'], fix: 'Pin it by digest (name@sha256:...).' });
    // The fix follows the message, which code scanning shows beside the code.
    expect(result.message.text).toMatch(/ Pin it by digest \(name@sha256:\.\.\.\)\.$/);
    expect(digest.helpUri).toMatch(/docs\/rules\/image-digest\.md$/);
    expect(digest.defaultConfiguration.level).toBe('error');
    for (const r of results) expect(tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
  });

  it('gives exact regions, the resource as a logical location, and fingerprints that ignore line numbers', () => {
    const { results } = log().runs[0]!;
    const privileged = results.find((r) => r.ruleId === 'privileged-container')!;
    expect(privileged.level).toBe('error');
    expect(privileged.locations[0]!.physicalLocation.artifactLocation.uri).toBe('deploy/web.yaml');
    expect(privileged.locations[0]!.physicalLocation.region).toEqual({ startLine: 14, startColumn: 13, endLine: 14, endColumn: 29 });
    expect(privileged.locations[0]!.logicalLocations[0]!.name).toBe('Deployment/shop/web');

    const moved = lintText(`# a comment that moves everything down\n${MANIFEST}`, { file: 'deploy/web.yaml', registry });
    const before = run().map(fingerprintOf).sort();
    expect(moved.map(fingerprintOf).sort()).toEqual(before);
    expect(privileged.partialFingerprints['pciLint/v1']).toMatch(/^[0-9a-f]{32}$/);
  });

  it('gives each rule a name distinct from its id, a numeric security-severity and the security tag', () => {
    const { tool } = log().runs[0]!;
    const rules = tool.driver.rules as unknown as { id: string; name: string; properties: { tags: string[]; 'security-severity'?: string } }[];
    const byId = new Map(rules.map((r) => [r.id, r] as const));
    expect(byId.get('privileged-container')).toMatchObject({ name: 'PrivilegedContainer', properties: { 'security-severity': '9.0' } });
    expect(byId.get('schema')).toMatchObject({ name: 'SchemaCheck', properties: { 'security-severity': '7.0' } });
    expect(byId.get('image-digest')?.properties['security-severity']).toBe('7.0');
    expect(byId.get('automount-service-account-token')?.properties['security-severity']).toBe('5.0');
    expect(byId.get('secret-management')?.properties['security-severity']).toBe('3.0');
    for (const r of rules) {
      expect(r.name.toLowerCase()).not.toBe(r.id.toLowerCase());
      expect(r.properties.tags).toContain('security');
      expect(r.properties['security-severity']).toMatch(/^(9|7|5|3)\.0$/);
    }
  });

  it('states its category, and %SRCROOT% as an absolute file: URI when the run gives its directory', () => {
    const input = { diagnostics: run(), fileCount: 1, target, rules: builtinRules };
    type Run = { automationDetails: { id: string }; originalUriBaseIds?: Record<string, { uri: string }>; results: { locations: { physicalLocation: { artifactLocation: Record<string, string> } }[] }[] };
    const withRoot = (JSON.parse(sarif({ ...input, root: '/work/some dir/repo' }, { color: false })) as { runs: Run[] }).runs[0]!;
    expect(withRoot.automationDetails).toEqual({ id: 'pci-lint/' });
    expect(withRoot.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/some%20dir/repo/' } });
    expect(withRoot.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'deploy/web.yaml', uriBaseId: '%SRCROOT%' });
    expect((JSON.parse(sarif({ ...input, root: '/' }, { color: false })) as { runs: Run[] }).runs[0]!.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///' } });
    // A library caller that names no directory: the viewer resolves %SRCROOT% (never a relative base).
    expect((JSON.parse(sarif(input, { color: false })) as { runs: Run[] }).runs[0]!.originalUriBaseIds).toBeUndefined();
  });

  it('lists suppressed findings after the reported ones, with the kind of suppression and its reason', () => {
    const inSource = diag({ file: 'b.yaml', line: 9 });
    const known = diag({ ruleId: 'privileged-container', severity: 'error', file: 'c.yaml' });
    const text = sarif(
      {
        diagnostics: [diag({})],
        suppressed: [
          { diagnostic: inSource, kind: 'inSource', justification: 'vendor image\n::error::x' },
          { diagnostic: known, kind: 'external', justification: 'Recorded in the baseline base.json.' },
          { diagnostic: diag({ file: 'd.yaml' }), kind: 'inSource' },
        ],
        fileCount: 4,
        target,
        rules: builtinRules,
      },
      { color: false },
    );
    const { results, tool } = (JSON.parse(text) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[]; suppressions?: unknown[] }[] }[] }).runs[0]!;
    expect(results.map((r) => [r.ruleId, r.locations[0]!.physicalLocation.artifactLocation.uri, r.suppressions])).toEqual([
      ['image-digest', 'a.yaml', undefined],
      ['image-digest', 'b.yaml', [{ kind: 'inSource', status: 'accepted', justification: 'vendor image\\n:\u200b:error:\u200b:x' }]],
      ['privileged-container', 'c.yaml', [{ kind: 'external', status: 'accepted', justification: 'Recorded in the baseline base.json.' }]],
      ['image-digest', 'd.yaml', [{ kind: 'inSource', status: 'accepted' }]],
    ]);
    expect(results[2]!.level).toBe('error');
    for (const r of results) expect(tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
  });

  it('maps info to note', () => {
    const text = sarif({ diagnostics: [diag({ severity: 'info' })], fileCount: 1, target, rules: builtinRules }, { color: false });
    expect((JSON.parse(text) as { runs: { results: { level: string }[] }[] }).runs[0]!.results[0]!.level).toBe('note');
  });
});

describe('github', () => {
  it('annotates the most severe first, at most 10 of each type in file order, and says how many it left out', () => {
    const many = [
      ...Array.from({ length: 12 }, (_, i) => diag({ severity: 'warning', file: `w${String(i).padStart(2, '0')}.yaml` })),
      ...Array.from({ length: 11 }, (_, i) => diag({ severity: 'error', file: `e${String(i).padStart(2, '0')}.yaml` })),
      diag({ severity: 'info', file: 'i.yaml' }),
    ];
    const lines = github({ diagnostics: many, fileCount: 24, target }, { color: false }).split('\n');
    expect(lines.at(-1)).toBe('');
    const annotations = lines.slice(0, -2);
    expect(annotations.map((l) => /^::(\w+) file=([^,]+),/.exec(l)?.slice(1, 3).join(' '))).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `error e0${i}.yaml`),
      ...Array.from({ length: 10 }, (_, i) => `warning w0${i}.yaml`),
      'notice i.yaml',
    ]);
    expect(lines.at(-2)).toBe(
      'pci-lint: 3 more findings not annotated (1 error, 2 warnings): GitHub shows at most 10 annotations of each type per step. Run pci-lint with --format sarif or --format json for the full list.',
    );
  });

  it('prints no extra line when every finding is annotated', () => {
    const ten = Array.from({ length: 10 }, (_, i) => diag({ severity: 'error', line: i + 1 }));
    const lines = github({ diagnostics: ten, fileCount: 1, target }, { color: false }).trimEnd().split('\n');
    expect(lines).toHaveLength(10);
    expect(lines.every((l) => l.startsWith('::error file=a.yaml,'))).toBe(true);
  });

  it('prints one workflow command per finding with every position', () => {
    const lines = github({ diagnostics: run(), fileCount: 1, target }, { color: false }).trimEnd().split('\n');
    expect(lines).toContain(
      '::error file=deploy/web.yaml,line=14,col=13,endLine=14,endColumn=29,title=pci-lint privileged-container (PCI 3.1)::Container "app" runs privileged, with full access to the node. Remove securityContext.privileged (or set it to false) and add only the capabilities it needs.',
    );
  });

  it('escapes data and property values the way GitHub reads them, and shows control characters instead of passing them', () => {
    const text = github({ diagnostics: [diag({ file: 'we,ird:dir/a%b.yaml', message: '50% done\nnext: line\r' })], fileCount: 1, target }, { color: false });
    expect(text).toBe('::warning file=we%2Cird%3Adir/a%25b.yaml,line=3,col=5,endLine=3,endColumn=12,title=pci-lint image-digest (PCI 3.2)::50%25 done\\nnext: line\\r\n');
  });

  it('turns info into notices and names the Helm template', () => {
    const text = github({ diagnostics: [diag({ severity: 'info', source: { chart: 'c', template: 'c/templates/x.yaml' } })], fileCount: 1, target }, { color: false });
    expect(text.startsWith('::notice ')).toBe(true);
    expect(text.trimEnd().endsWith('[c/templates/x.yaml]')).toBe(true);
  });
});

describe('junit', () => {
  it('has a suite per file, a failing case per error or warning, a passing case for a clean file', () => {
    const text = junit({ diagnostics: run(), fileCount: 2, files: ['clean.yaml', 'deploy/web.yaml'], target }, { color: false });
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="pci-lint" tests="3" failures="2" errors="0">')).toBe(true);
    expect(text).toContain('<testsuite name="clean.yaml" tests="1" failures="0" errors="0" skipped="0" file="clean.yaml">\n    <testcase classname="clean.yaml" name="pci-lint clean.yaml"/>\n');
    // The suite's properties: the PCI sub-items and requirements of its findings, in numeric order.
    expect(text).toContain(
      '<testsuite name="deploy/web.yaml" tests="2" failures="2" errors="0" skipped="0" file="deploy/web.yaml">\n' +
        '    <properties><property name="pci" value="3.1"/><property name="pci" value="3.2"/>' +
        '<property name="pci-dss-v4.0.1" value="2.2.3"/><property name="pci-dss-v4.0.1" value="2.2.6"/><property name="pci-dss-v4.0.1" value="6.3.2"/><property name="pci-dss-v4.0.1" value="6.5.1"/></properties>\n',
    );
    expect(text).toContain('<testcase classname="deploy/web.yaml" name="privileged-container deploy/web.yaml:14:13"><failure message="Container &quot;app&quot; runs privileged');
    expect(text).toContain('PCI container guidance 3.1\nPCI DSS v4.0.1 2.2.3, 2.2.6</failure>');
    expect(text.match(/<testcase /g)).toHaveLength(3);
  });

  it('escapes markup and drops characters XML cannot carry', () => {
    const text = junit({ diagnostics: [diag({ message: 'a <b> & "c" \u0001' })], fileCount: 1, target }, { color: false });
    expect(text).toContain('message="a &lt;b&gt; &amp; &quot;c&quot; \\x01"');
    expect(text).not.toContain('\u0001');
  });

  it('records info findings without failing', () => {
    const text = junit({ diagnostics: [diag({ severity: 'info' })], fileCount: 1, target }, { color: false });
    expect(text).toContain('failures="0"');
    expect(text).toContain('<system-out>');
  });
});

describe('githubSummary', () => {
  const docs = 'https://github.com/pci-lint/pci-lint/blob/main/docs/rules/';

  it('gives counts, the rules with most findings and the findings, most severe first, escaped for Markdown', () => {
    const text = githubSummary({
      diagnostics: [
        diag({ file: 'a.yaml', message: 'Tag | *only* <b>' }),
        diag({ ruleId: 'privileged-container', severity: 'error', file: 'b.yaml', line: 7, column: 9, message: 'Privileged.', source: { chart: 'c', template: 'c/templates/x.yaml' } }),
        diag({ file: 'b.yaml', line: 8 }),
        diag({ ruleId: 'secret-management', severity: 'info', file: 'b.yaml', line: 9, message: 'Info.' }),
      ],
      fileCount: 3,
      target,
      rules: builtinRules,
    });
    expect(text).toBe(
      [
        '## pci-lint',
        '',
        '**1 error**, 2 warnings, 1 info in 2 files; 3 files checked against Kubernetes 1.30.',
        '',
        '| Severity | Findings |',
        '|---|---:|',
        '| Error | 1 |',
        '| Warning | 2 |',
        '| Info | 1 |',
        '',
        '### Top rules',
        '',
        '| Rule | Findings |',
        '|---|---:|',
        `| [\`image-digest\`](${docs}image-digest.md) | 2 |`,
        `| [\`privileged-container\`](${docs}privileged-container.md) | 1 |`,
        `| [\`secret-management\`](${docs}secret-management.md) | 1 |`,
        '',
        '### Findings',
        '',
        '| Severity | Location | Rule | Message |',
        '|---|---|---|---|',
        `| Error | b.yaml:7:9 | [\`privileged-container\`](${docs}privileged-container.md) | Privileged. \\[c/templates/x.yaml\\] |`,
        `| Warning | a.yaml:3:5 | [\`image-digest\`](${docs}image-digest.md) | Tag \\| \\*only\\* &lt;b&gt; |`,
        `| Warning | b.yaml:8:5 | [\`image-digest\`](${docs}image-digest.md) | Image &quot;a:1&quot; is pinned by tag only. |`,
        `| Info | b.yaml:9:5 | [\`secret-management\`](${docs}secret-management.md) | Info. |`,
        '',
        '',
      ].join('\n'),
    );
  });

  it('caps the table at 100 findings and the rules at 10, saying how many more there are', () => {
    const many = Array.from({ length: 120 }, (_, i) => diag({ ruleId: `rule-${String(i % 12).padStart(2, '0')}`, line: i + 1 }));
    const lines = githubSummary({ diagnostics: many, fileCount: 1, target }).split('\n');
    const top = lines.slice(lines.indexOf('### Top rules') + 4, lines.indexOf('### Top rules') + 14);
    expect(top).toEqual(Array.from({ length: 10 }, (_, i) => `| \`rule-${String(i).padStart(2, '0')}\` | 10 |`));
    expect(lines).toContain('2 more rules with findings not listed.');
    expect(lines.filter((l) => l.startsWith('| Warning | a.yaml:'))).toHaveLength(100);
    expect(lines.at(-3)).toBe('20 more findings not listed here (the most severe come first); run pci-lint with `--format sarif` or `--format json` for the full list.');
  });

  it('says so when there is nothing to report', () => {
    expect(githubSummary({ diagnostics: [], fileCount: 1, target })).toBe('## pci-lint\n\nNo findings: 1 file checked against Kubernetes 1.30.\n\n');
  });
});
