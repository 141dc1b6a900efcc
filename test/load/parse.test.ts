import dedent from 'dedent';
import { describe, expect, it } from 'vitest';
import { helmSourceIn, templateActions } from '../../src/load/helm.js';

function firstTemplateAction(text: string): number {
  for (const action of templateActions(text)) return action.at;
  return -1;
}
import { parseSource, type ParsedFile } from '../../src/load/parse.js';
import { toPosition } from '../../src/load/positions.js';

function parse(text: string): ParsedFile {
  return parseSource({ file: 'test.yaml', text });
}

/** Line:column of each document's problem, for a compact comparison. */
function problems(parsed: ParsedFile) {
  return parsed.documents.map((d) => d.problem && { code: d.problem.code, message: d.problem.message, ...toPosition(parsed.lineCounter, d.problem.span) });
}

// Document 2 indents `name` with a tab, which YAML forbids: the error is on the tab, line 9 column 1.
const THREE_DOCS = [
  'apiVersion: v1', // 1
  'kind: ConfigMap', // 2
  'metadata:', // 3
  '  name: one', // 4
  '---', // 5
  'apiVersion: v1', // 6
  'kind: ConfigMap', // 7
  'metadata:', // 8
  '\tname: two', // 9
  '---', // 10
  'apiVersion: v1', // 11
  'kind: ConfigMap', // 12
  'metadata:', // 13
  '  name: three', // 14
  '',
].join('\n');

const TAB_PROBLEM = { code: 'TAB_AS_INDENT', message: 'Tabs are not allowed as indentation', line: 9, column: 1, endLine: 9, endColumn: 2 };

describe('parseSource: documents and syntax errors', () => {
  it('keeps a syntax error on its own document and still parses the documents around it', () => {
    const parsed = parse(THREE_DOCS);
    expect(parsed.fileProblems).toEqual([]);
    expect(parsed.documents.map((d) => d.index)).toEqual([0, 1, 2]);
    expect(problems(parsed)).toEqual([undefined, TAB_PROBLEM, undefined]);
    expect(parsed.documents[0]!.toValue()).toEqual({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'one' } });
    expect(parsed.documents[2]!.toValue()).toEqual({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'three' } });
  });

  it('reports the same line:column for a CRLF file', () => {
    const parsed = parse(THREE_DOCS.replace(/\n/g, '\r\n'));
    expect(problems(parsed)).toEqual([undefined, TAB_PROBLEM, undefined]);
    expect(parsed.documents[2]!.toValue()).toEqual({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'three' } });
  });

  it('drops a BOM so it does not shift columns on line 1', () => {
    // `b:` is a nested mapping inside a compact one; the error is on `b`, line 1 column 4.
    const parsed = parse('\uFEFFa: b: c\n');
    expect(parsed.text).toBe('a: b: c\n');
    expect(problems(parsed)).toEqual([
      { code: 'BLOCK_AS_IMPLICIT_KEY', message: 'Nested mappings are not allowed in compact mappings', line: 1, column: 4, endLine: 1, endColumn: 5 },
    ]);
  });

  it('reports the error kubectl rejects too, not a repeated key, when a document has both', () => {
    const parsed = parse('kind: Pod\nmetadata: {}\nkind: Service\nspec: a: b\n');
    expect(problems(parsed)).toEqual([
      { code: 'BLOCK_AS_IMPLICIT_KEY', message: 'Nested mappings are not allowed in compact mappings', line: 4, column: 7, endLine: 4, endColumn: 8 },
    ]);
    expect(parsed.lenient).toBeUndefined();
  });

  it('gives no documents for an empty file', () => {
    const parsed = parse('');
    expect(parsed.documents).toEqual([]);
    expect(parsed.fileProblems).toEqual([]);
  });
});

describe('parseSource: Helm `# Source:` comments', () => {
  const RENDERED = dedent`
    ---
    # Source: web/templates/serviceaccount.yaml
    apiVersion: v1
    kind: ServiceAccount
    metadata:
      name: web
    ---
    # Source: web/charts/redis/templates/statefulset.yaml
    apiVersion: apps/v1
    kind: StatefulSet
    metadata:
      name: redis
    ---
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: hand-written
    ---
    # Source: web/charts/db/charts/pgpool/templates/rbac/role.yaml
    apiVersion: rbac.authorization.k8s.io/v1
    kind: Role
  `;

  it('attaches each comment to the document it precedes, with the innermost chart', () => {
    expect(parse(`${RENDERED}\n`).documents.map((d) => d.helm)).toEqual([
      { chart: 'web', template: 'web/templates/serviceaccount.yaml' },
      { chart: 'redis', template: 'web/charts/redis/templates/statefulset.yaml' },
      undefined,
      { chart: 'pgpool', template: 'web/charts/db/charts/pgpool/templates/rbac/role.yaml' },
    ]);
  });

  it('reads the comment from CRLF output without the carriage return', () => {
    expect(parse(`${RENDERED}\n`.replace(/\n/g, '\r\n')).documents[1]!.helm).toEqual({ chart: 'redis', template: 'web/charts/redis/templates/statefulset.yaml' });
  });

  it('reads a comment on the first document without a leading ---', () => {
    const parsed = parse('# Source: api/templates/pod.yaml\napiVersion: v1\nkind: Pod\n');
    expect(parsed.documents.map((d) => d.helm)).toEqual([{ chart: 'api', template: 'api/templates/pod.yaml' }]);
  });

  it('ignores a Source comment inside a document body', () => {
    const parsed = parse('apiVersion: v1\nkind: Pod\nmetadata:\n  # Source: x/templates/y.yaml\n  name: p\n');
    expect(parsed.documents[0]!.helm).toBeUndefined();
  });

  it('keeps the Helm source on a document that has a syntax error', () => {
    const parsed = parse('---\n# Source: web/templates/bad.yaml\nkind: Pod: x\n');
    expect(parsed.documents[0]!.helm).toEqual({ chart: 'web', template: 'web/templates/bad.yaml' });
    expect(parsed.documents[0]!.problem?.code).toBe('BLOCK_AS_IMPLICIT_KEY');
  });
});

describe('helmSourceIn', () => {
  it('takes the chart before templates/, also for nested subcharts', () => {
    expect(helmSourceIn('# Source: parent/charts/child/templates/x.yaml')).toEqual({ chart: 'child', template: 'parent/charts/child/templates/x.yaml' });
    expect(helmSourceIn('  #Source:   app/templates/svc.yaml  ')).toEqual({ chart: 'app', template: 'app/templates/svc.yaml' });
  });

  it('is not confused by a templates/ subfolder named templates or charts', () => {
    expect(helmSourceIn('# Source: web/templates/templates/x.yaml')).toEqual({ chart: 'web', template: 'web/templates/templates/x.yaml' });
    expect(helmSourceIn('# Source: web/templates/charts/x.yaml')).toEqual({ chart: 'web', template: 'web/templates/charts/x.yaml' });
  });

  it('finds nothing in other comments', () => {
    expect(helmSourceIn('# Sources are listed below\n# app/templates/x.yaml')).toBeUndefined();
    expect(helmSourceIn('')).toBeUndefined();
  });
});

describe('parseSource: unrendered Helm templates', () => {
  const TEMPLATE = dedent`
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: {{ include "web.fullname" . }}
      labels:
        {{- include "web.labels" . | nindent 4 }}
    spec:
      replicas: {{ .Values.replicaCount }}
  `;

  it('reports one HELM_TEMPLATE problem at the first template action and no documents', () => {
    const parsed = parse(`${TEMPLATE}\n`);
    expect(parsed.documents).toEqual([]);
    expect(parsed.fileProblems).toHaveLength(1);
    const problem = parsed.fileProblems[0]!;
    expect(problem.code).toBe('HELM_TEMPLATE');
    expect(problem.message).toBe(
      'This looks like an unrendered Helm template ({{ ... }}); it is not YAML yet. Render it first (helm template ...) and lint the output.',
    );
    // `{{ include "web.fullname" . }}` is 30 characters from line 4, column 9.
    expect(toPosition(parsed.lineCounter, problem.span)).toEqual({ line: 4, column: 9, endLine: 4, endColumn: 39 });
  });

  it('points at a control action on line 1', () => {
    const parsed = parse('{{- if .Values.enabled }}\napiVersion: v1\nkind: ConfigMap\n{{- end }}\n');
    expect(parsed.documents).toEqual([]);
    expect(parsed.fileProblems.map((p) => ({ code: p.code, ...toPosition(parsed.lineCounter, p.span) }))).toEqual([
      { code: 'HELM_TEMPLATE', line: 1, column: 1, endLine: 1, endColumn: 26 },
    ]);
  });

  it('parses a valid file whose quoted strings contain {{ $labels.instance }}', () => {
    const text = dedent`
      apiVersion: monitoring.coreos.com/v1
      kind: PrometheusRule
      metadata:
        name: alerts
      spec:
        groups:
          - name: node
            rules:
              - alert: InstanceDown
                annotations:
                  summary: "Instance {{ $labels.instance }} is down"
    `;
    const parsed = parse(text);
    expect(parsed.fileProblems).toEqual([]);
    expect(parsed.documents).toHaveLength(1);
    expect(parsed.documents[0]!.problem).toBeUndefined();
    const value = parsed.documents[0]!.toValue() as { spec: { groups: { rules: { annotations: { summary: string } }[] }[] } };
    expect(value.spec.groups[0]!.rules[0]!.annotations.summary).toBe('Instance {{ $labels.instance }} is down');
  });
});

describe('parseSource: Go templates inside YAML strings', () => {
  // A PrometheusRule with a mapping in a compact mapping on line 8; its annotations hold Prometheus
  // templates, not Helm.
  const BROKEN_RULES = [
    'apiVersion: monitoring.coreos.com/v1', // 1
    'kind: PrometheusRule', // 2
    'spec:', // 3
    '  groups:', // 4
    '    - name: node', // 5
    '      rules:', // 6
    '        - alert: InstanceDown', // 7
    '          for: 5m: x', // 8
    '          annotations:', // 9
    '            summary: "Instance {{ $labels.instance }} is down"', // 10
    '            description: down for {{ $value }} seconds', // 11 (a plain scalar: still a YAML string)
    '',
  ].join('\n');

  it('reports the real syntax error, not an unrendered template, when templates sit inside strings', () => {
    const parsed = parse(BROKEN_RULES);
    expect(parsed.fileProblems).toEqual([]);
    expect(problems(parsed)).toEqual([{ code: 'BLOCK_AS_IMPLICIT_KEY', message: 'Nested mappings are not allowed in compact mappings', line: 8, column: 16, endLine: 8, endColumn: 17 }]);
  });

  it('reports the real syntax error when a block scalar holds a template', () => {
    const text = 'kind: ConfigMap\nmetadata: a: b\ndata:\n  tmpl: |\n    {{ range .Alerts }}{{ .Labels.alertname }}{{ end }}\n';
    const parsed = parse(text);
    expect(parsed.fileProblems).toEqual([]);
    expect(problems(parsed)).toEqual([{ code: 'BLOCK_AS_IMPLICIT_KEY', message: 'Nested mappings are not allowed in compact mappings', line: 2, column: 11, endLine: 2, endColumn: 12 }]);
  });

  it('still finds an unrendered action that follows a quoted one', () => {
    const text = 'metadata:\n  annotations:\n    note: "{{ .Values.note }}"\n  labels:\n    {{- include "web.labels" . | nindent 4 }}\n';
    const parsed = parse(text);
    expect(parsed.documents).toEqual([]);
    // `{{- include "web.labels" . | nindent 4 }}` is 41 characters from line 5, column 5.
    expect(parsed.fileProblems.map((p) => ({ code: p.code, ...toPosition(parsed.lineCounter, p.span) }))).toEqual([
      { code: 'HELM_TEMPLATE', line: 5, column: 5, endLine: 5, endColumn: 46 },
    ]);
  });
});

describe('unrendered templates that happen to be valid YAML', () => {
  it('`replicas: {{ .Values.n }}` (a flow map used as a key) is one HELM_TEMPLATE problem', () => {
    const text = 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: {{ .Values.n }}\n';
    const parsed = parse(text);
    expect(parsed.documents).toEqual([]);
    expect(parsed.fileProblems.map((p) => ({ code: p.code, ...toPosition(parsed.lineCounter, p.span) }))).toEqual([
      { code: 'HELM_TEMPLATE', line: 4, column: 13, endLine: 4, endColumn: 28 },
    ]);
  });

  it('a flow map value without template braces is left alone', () => {
    const parsed = parse('a: {b: {c: 1}}\n');
    expect(parsed.fileProblems).toEqual([]);
    expect(parsed.documents[0]!.toValue()).toEqual({ a: { b: { c: 1 } } });
  });
});

describe('YAML 1.1 booleans, as Kubernetes reads them', () => {
  it('resolves yes/no/on/off/y/n to booleans and leaves quoted and longer words alone', () => {
    const parsed = parse('a: yes\nb: off\nc: "yes"\nd: On\ne: n\nf: yesterday\ng: true\n');
    expect(parsed.documents[0]!.toValue()).toEqual({ a: true, b: false, c: 'yes', d: true, e: false, f: 'yesterday', g: true });
  });
});

describe('templateActions', () => {
  it('finds Go template actions and nothing else', () => {
    expect(firstTemplateAction('a: {{ .Values.x }}')).toBe(3);
    expect(firstTemplateAction('x\n{{- range $k, $v := .Values.env }}')).toBe(2);
    expect(firstTemplateAction('msg: "{{ end }}"')).toBe(6);
    expect(firstTemplateAction('a: {b: {c: 1}}\nd: "{{}}"')).toBe(-1);
    expect(firstTemplateAction('image: {{IMAGE}}:{{TAG}}')).toBe(7);
    expect(firstTemplateAction('name: {{ app_name | lower }}')).toBe(6);
    expect(firstTemplateAction('a: {{b: 1}}')).toBe(-1);
  });

  it('reports placeholders of other template tools ({{IMAGE}}, {{ name }}) once, as an unrendered template', () => {
    const parsed = parse(dedent`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: {{APP_NAME}}
        namespace: {{ namespace }}
      spec:
        template:
          spec:
            containers:
              - name: app
                image: "{{IMAGE}}"
    `);
    expect(parsed.documents).toEqual([]);
    expect(parsed.fileProblems.map((p) => [p.code, p.message])).toEqual([
      ['HELM_TEMPLATE', 'This looks like an unrendered template (a {{ name }} placeholder); it is not the manifest yet. Render it with the tool that fills the placeholders in and lint the output.'],
    ]);
    expect(parsed.fileProblems[0] && toPosition(parsed.lineCounter, parsed.fileProblems[0].span)).toMatchObject({ line: 4, column: 9 });
  });
});

describe('parseSource: YAML kubectl accepts and yaml rejects', () => {
  it('reads a quoted scalar and a flow sequence continued at a lower indentation as go-yaml does, with a note each', () => {
    const parsed = parse('a:\n  - "one\n two"\nb: [x,\ny]\n');
    expect(parsed.documents.map((d) => d.toValue())).toEqual([{ a: ['one two'], b: ['x', true] }]);
    expect(parsed.lenient?.map((p) => [p.code, p.span.start, p.message.slice(0, 30)])).toEqual([
      ['UNDER_INDENTED_FLOW', 7, 'This double-quoted scalar cont'],
      ['UNDER_INDENTED_FLOW', 21, 'This flow sequence continues o'],
    ]);
    // Only what is verified: the decoder accepts it; PyYAML 6.0.3 (and so yamllint) and Helm accept it too.
    expect(parsed.lenient?.[1]?.message).toBe(
      "This flow sequence continues on a line indented no deeper than the entry holding it. Kubernetes' decoder (sigs.k8s.io/yaml over go-yaml, which kubectl uses) accepts it and the document was checked as that decoder reads it; the YAML specification requires deeper indentation, so some YAML tools may reject it: indent its continuation lines past the entry.",
    );
    expect(parsed.lenient?.every((p) => !/yamllint|Helm/.test(p.message))).toBe(true);
  });

  it('reads placeholders inside string values of such a file as values, not as an unrendered template', () => {
    // Two under-indented flow sequences: `yaml` misreads what follows the first, the quoted image among it.
    const text = 'kind: Workflow\nspec:\n  templates:\n  - container:\n      args: ["\n        make\n      "]\n  - container:\n      image: "{{inputs.parameters.os-image}}"\n      args: ["\n        uname -a\n      "]\n';
    const parsed = parse(text);
    expect(parsed.fileProblems).toEqual([]);
    expect(parsed.documents.map((d) => d.problem)).toEqual([undefined]);
    expect(parsed.documents.map((d) => d.toValue())).toEqual([
      { kind: 'Workflow', spec: { templates: [{ container: { args: [' make '] } }, { container: { image: '{{inputs.parameters.os-image}}', args: [' uname -a '] } }] } },
    ]);
    expect(parsed.lenient?.map((p) => [p.code, toPosition(parsed.lineCounter, p.span)])).toMatchObject([
      ['UNDER_INDENTED_FLOW', { line: 5, column: 13 }],
      ['UNDER_INDENTED_FLOW', { line: 10, column: 13 }],
    ]);
  });

  it('still reads such a file as an unrendered template when a placeholder stands outside a string value', () => {
    const parsed = parse('kind: Workflow\nspec:\n  replicas: {{ replicas }}\n  args: ["\n    make\n  "]\n  image: "{{image}}"\n');
    expect(parsed.documents).toEqual([]);
    expect(parsed.fileProblems.map((p) => p.code)).toEqual(['HELM_TEMPLATE']);
  });

  it('leaves what go-yaml rejects too (a plain scalar continued at a lower indentation) a syntax error', () => {
    const parsed = parse('a:\n  - one\n two\n');
    expect(parsed.lenient).toBeUndefined();
    expect(parsed.documents[0]?.problem).toBeDefined();
  });
});

describe('parseSource: repeated keys, read as kubectl reads them (the last value)', () => {
  const note = (key: string, at: string) =>
    `The key ${key} is repeated in this mapping: kubectl (sigs.k8s.io/yaml over go-yaml) keeps the last value, at line ${at}, and ignores this one, so the document was checked with that value. The YAML specification and stricter YAML tools (yamllint, editors, strict parsers) reject repeated keys: keep only the one you mean.`;
  /** Each warning as code, line:column of its span and message. */
  const notes = (parsed: ParsedFile) =>
    (parsed.lenient ?? []).map((n) => {
      const at = toPosition(parsed.lineCounter, n.span);
      return [n.code, `${at.line}:${at.column}-${at.endLine}:${at.endColumn}`, n.message];
    });
  const located = (parsed: ParsedFile, path: (string | number)[], part?: 'pair' | 'key' | 'value') => {
    const found = parsed.documents[0]?.locate(path, part);
    if (!found) return undefined;
    const at = toPosition(parsed.lineCounter, found.span);
    return `${at.line}:${at.column}-${at.endLine}:${at.endColumn}${found.exact ? '' : ' (ancestor)'}`;
  };

  it('keeps the last value of a key repeated in a block mapping, located there, with a warning on the first', () => {
    const parsed = parse('securityContext:\n  privileged: false\n  runAsUser: 1000\n  privileged: true\n');
    expect(problems(parsed)).toEqual([undefined]);
    expect(parsed.documents[0]?.toValue()).toEqual({ securityContext: { privileged: true, runAsUser: 1000 } });
    expect(located(parsed, ['securityContext', 'privileged'])).toBe('4:3-4:19');
    expect(located(parsed, ['securityContext', 'privileged'], 'key')).toBe('4:3-4:13');
    expect(located(parsed, ['securityContext', 'privileged'], 'value')).toBe('4:15-4:19');
    expect(notes(parsed)).toEqual([['DUPLICATE_KEY', '2:3-2:13', note('"privileged"', '4:3')]]);
  });

  it('warns on every earlier occurrence, each naming the last one; the values are never printed', () => {
    const parsed = parse('env:\n  - name: TOKEN\n    value: s3cr3t-one\n    value: s3cr3t-two\n    value: s3cr3t-three\n');
    expect(parsed.documents[0]?.toValue()).toEqual({ env: [{ name: 'TOKEN', value: 's3cr3t-three' }] });
    expect(located(parsed, ['env', 0, 'value'])).toBe('5:5-5:24');
    expect(notes(parsed)).toEqual([
      ['DUPLICATE_KEY', '3:5-3:10', note('"value"', '5:5')],
      ['DUPLICATE_KEY', '4:5-4:10', note('"value"', '5:5')],
    ]);
    for (const n of parsed.lenient ?? []) expect(n.message).not.toMatch(/s3cr3t/);
  });

  it('replaces a repeated mapping whole (no merge of the earlier one), as go-yaml does', () => {
    const parsed = parse('a:\n  b: 1\na:\n  c: 1\n');
    expect(parsed.documents[0]?.toValue()).toEqual({ a: { c: 1 } });
    // The earlier mapping's keys are gone: a path into it resolves to the key that is kept.
    expect(located(parsed, ['a', 'b'])).toBe('3:1-3:2 (ancestor)');
    expect(located(parsed, ['a', 'c'])).toBe('4:3-4:7');
    expect(notes(parsed)).toEqual([['DUPLICATE_KEY', '1:1-1:2', note('"a"', '3:1')]]);
  });

  it('reads repeated keys in flow mappings and in mappings of a sequence, quoted or plain', () => {
    const parsed = parse('x: {a: 1, "a": 2}\nitems:\n  - k: 1\n    \'k\': 2\n  - k: 3\n');
    expect(parsed.documents[0]?.toValue()).toEqual({ x: { a: 2 }, items: [{ k: 2 }, { k: 3 }] });
    expect(located(parsed, ['x', 'a'])).toBe('1:11-1:17');
    expect(located(parsed, ['items', 0, 'k'])).toBe('4:5-4:11');
    expect(notes(parsed)).toEqual([
      ['DUPLICATE_KEY', '1:5-1:6', note('"a"', '1:11')],
      ['DUPLICATE_KEY', '3:5-3:6', note('"k"', '4:5')],
    ]);
  });

  it('compares keys by their resolved value: yes and true are one key (both true for go-yaml), 1 and "1" are not a repeat', () => {
    const parsed = parse('yes: a\ntrue: b\n1: c\n"1": d\n');
    expect(parsed.documents[0]?.toValue()).toEqual({ true: 'b', 1: 'd' });
    // 1 and "1" are one key in JSON, though: a warning of its own (test/load/go-yaml-reading.test.ts).
    expect(notes(parsed).map(([code, at]) => [code, at])).toEqual([
      ['DUPLICATE_KEY', '1:1-1:4'],
      ['JSON_KEY_COLLISION', '3:1-3:2'],
    ]);
    expect(notes(parsed)[0]?.[2]).toBe(note('"yes"', '2:1'));
  });

  it('leaves merge keys alone: two << keys merge both, and an explicit key beside a merged one is no repeat', () => {
    const parsed = parse('b: &b {x: 1}\nc: &c {z: 2}\nm:\n  <<: *b\n  <<: *c\n  x: 3\n');
    expect(parsed.documents[0]?.toValue()).toEqual({ b: { x: 1 }, c: { z: 2 }, m: { x: 3, z: 2 } });
    expect(located(parsed, ['m', 'x'])).toBe('6:3-6:7');
    expect(parsed.lenient).toBeUndefined();
    // A quoted "<<" is an ordinary key, for go-yaml v2 too (decode.go isMerge wants a plain one).
    const quoted = parse('"<<": 1\n"<<": 2\n');
    expect(quoted.documents[0]?.toValue()).toEqual({ '<<': 2 });
    expect(notes(quoted)).toEqual([['DUPLICATE_KEY', '1:1-1:5', note('"<<"', '2:1')]]);
  });

  it('escapes the key it names and cuts a long one', () => {
    const long = 'k'.repeat(100);
    const parsed = parse(`"a\\"b": 1\n"a\\"b": 2\n${long}: 1\n${long}: 2\n`);
    expect(notes(parsed).map((n) => n[2]?.slice(0, 90))).toEqual([note('"a\\"b"', '2:1').slice(0, 90), note(JSON.stringify(`${'k'.repeat(77)}...`), '4:1').slice(0, 90)]);
  });

  it('lints the document with repeated keys and reports the other one kubectl rejects', () => {
    const parsed = parse('kind: Pod\nkind: Pod\n---\nkind: Pod: x\n');
    expect(problems(parsed)).toEqual([undefined, { code: 'BLOCK_AS_IMPLICIT_KEY', message: 'Nested mappings are not allowed in compact mappings', line: 4, column: 7, endLine: 4, endColumn: 8 }]);
    expect(notes(parsed)).toEqual([['DUPLICATE_KEY', '1:1-1:5', note('"kind"', '2:1')]]);
  });

  it('reads a repeated key and an under-indented quoted value in one document, with a warning each, in order', () => {
    const parsed = parse('a:\n  - "one\n two"\nb: 1\nb: 2\n');
    expect(problems(parsed)).toEqual([undefined]);
    expect(parsed.documents[0]?.toValue()).toEqual({ a: ['one two'], b: 2 });
    expect(located(parsed, ['b'])).toBe('5:1-5:5');
    expect(notes(parsed).map((n) => n.slice(0, 2))).toEqual([
      ['UNDER_INDENTED_FLOW', '2:5-2:6'],
      ['DUPLICATE_KEY', '4:1-4:2'],
    ]);
    expect(notes(parsed)[1]?.[2]).toBe(note('"b"', '5:1'));
  });
});

describe('parseSource: repeated keys in an unrendered template', () => {
  it('is still one unrendered-template problem when a placeholder sits outside every scalar', () => {
    const parsed = parse('metadata:\n  name: web\n  # {{- if .Values.canary }}\n  name: web-canary\n  # {{- end }}\n');
    expect(parsed.documents).toEqual([]);
    expect(parsed.lenient).toBeUndefined();
    expect(parsed.fileProblems.map((p) => [p.code, toPosition(parsed.lineCounter, p.span).line])).toEqual([['HELM_TEMPLATE', 3]]);
  });
});

describe('releasing a parsed document', () => {
  it('lets go of that document only: its value and places are gone, the others are read as before', () => {
    const parsed = parseSource({ file: 'two.yaml', text: 'kind: A\nmetadata:\n  name: a\n---\nkind: B\n' });
    const [first, second] = parsed.documents;
    expect(first?.toValue()).toStrictEqual({ kind: 'A', metadata: { name: 'a' } });
    expect(first?.locate(['metadata', 'name'], 'value')?.span).toStrictEqual({ start: 26, end: 27 });
    first?.release?.();
    expect(first?.toValue()).toBeNull();
    expect(first?.locate(['metadata', 'name'], 'value')).toBeUndefined();
    expect(second?.toValue()).toStrictEqual({ kind: 'B' });
    expect(second?.locate(['kind'], 'value')?.span).toStrictEqual({ start: 38, end: 39 });
  });
});
