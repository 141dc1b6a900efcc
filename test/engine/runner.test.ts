import dedent from 'dedent';
import { describe, expect, it } from 'vitest';
import automountServiceAccountToken from '../../rules/01-authentication/automount-service-account-token.js';
import privilegedContainer from '../../rules/03-workload-security/privileged-container.js';
import type { Diagnostic } from '../../src/engine/diagnostic.js';
import { defineRule } from '../../src/engine/rule.js';
import { createSession } from '../../src/engine/session.js';
import { lintSources } from '../../src/run/lint-source.js';
import { lintText } from '../../src/run/lint.js';
import { DOCS, markerRule, FOUNDATION } from './helpers.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;

// A finding's short message and, apart, its fix.
const privilegedMessage = (container: string) => ({
  message: `Container "${container}" runs privileged, with full access to the node.`,
  fix: 'Remove securityContext.privileged (or set it to false) and add only the capabilities it needs.',
});
const tagOnlyMessage = (container: string, image: string) => ({
  message: `Container "${container}" uses image "${image}" pinned only by tag; tags are mutable.`,
  fix: 'Pin it by digest (name:tag@sha256:...).',
});
const tokenMountedMessage = (owner: string, serviceAccount: string) => ({
  message: `${owner} mounts the token of ServiceAccount "${serviceAccount}" automatically.`,
  fix: 'Set automountServiceAccountToken: false on the pod spec (or on the ServiceAccount) unless the pods call the Kubernetes API.',
});

/** The fields most tests compare: where, which rule, how serious. */
function brief(d: Diagnostic) {
  return { file: d.file, line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn, ruleId: d.ruleId, severity: d.severity };
}

const PRIVILEGED_POD = `${dedent`
  apiVersion: v1
  kind: Pod
  metadata:
    name: p
  spec:
    automountServiceAccountToken: false
    containers:
      - name: app
        image: nginx@${DIGEST}
        securityContext:
          privileged: true
`}\n`;

describe('positions of findings', () => {
  it('reports on the right line in the third document of a file', () => {
    const text = `${dedent`
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: a
      ---
      apiVersion: v1
      kind: ServiceAccount
      metadata:
        name: b
      automountServiceAccountToken: false
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: p
      spec:
        automountServiceAccountToken: false
        containers:
          - name: app
            image: nginx:1.25
            securityContext:
              privileged: true
    `}\n`;
    const resource = { apiVersion: 'v1', kind: 'Pod', name: 'p' };
    expect(lintText(text, { registry: FOUNDATION })).toEqual([
      {
        ruleId: 'image-digest',
        messageId: 'tagOnly',
        pci: ['3.2'],
        requirements: ['6.3.2', '6.5.1'],
        severity: 'warning',
        ...tagOnlyMessage('app', 'nginx:1.25'),
        file: '<text>',
        line: 20,
        column: 14,
        endLine: 20,
        endColumn: 24,
        resource,
        path: 'spec.containers[0].image',
      },
      {
        ruleId: 'privileged-container',
        messageId: 'privileged',
        pci: ['3.1'],
        requirements: ['2.2.3', '2.2.6'],
        severity: 'error',
        ...privilegedMessage('app'),
        file: '<text>',
        line: 22,
        column: 9,
        endLine: 22,
        endColumn: 25,
        resource,
        path: 'spec.containers[0].securityContext.privileged',
      },
    ]);
  });

  it('reports a finding the same way in a CRLF file and after a BOM', () => {
    const expected = [{ file: 'p.yaml', line: 11, column: 9, endLine: 11, endColumn: 25, ruleId: 'privileged-container', severity: 'error' }];
    const registry = [privilegedContainer];
    expect(lintText(PRIVILEGED_POD, { file: 'p.yaml', registry }).map(brief)).toEqual(expected);
    expect(lintText(PRIVILEGED_POD.replace(/\n/g, '\r\n'), { file: 'p.yaml', registry }).map(brief)).toEqual(expected);
    expect(lintText(`\uFEFF${PRIVILEGED_POD}`, { file: 'p.yaml', registry }).map(brief)).toEqual(expected);
  });

  it('reports objects of a kind: List at their item', () => {
    const text = `${dedent`
      apiVersion: v1
      kind: List
      items:
        - apiVersion: v1
          kind: ConfigMap
        - apiVersion: v1
          kind: Pod
          metadata: {name: in-list}
          spec:
            containers:
              - name: app
                securityContext: {privileged: true}
    `}\n`;
    // Line 12 is `          securityContext: {privileged: true}`: `privileged` at 29, `}` at 45.
    expect(lintText(text, { registry: [privilegedContainer] }).map((d) => ({ ...brief(d), resource: d.resource }))).toEqual([
      { file: '<text>', line: 12, column: 29, endLine: 12, endColumn: 45, ruleId: 'privileged-container', severity: 'error', resource: { apiVersion: 'v1', kind: 'Pod', name: 'in-list' } },
    ]);
  });

  it('reports nothing for documents that are not Kubernetes objects', () => {
    const text = '# only a comment\n---\n42\n---\n- a\n- b\n---\nreplicaCount: 1\n---\n';
    expect(lintText(text, { registry: FOUNDATION })).toEqual([]);
  });
});

describe('dispatch', () => {
  function recorder(seen: string[]) {
    return defineRule({
      meta: { id: 'recorder', pci: ['15.1'], requirements: ['6.5.1'], inputs: ['any-object'], severity: 'info', docs: DOCS, messages: { m: 'm' } },
      visit: {
        Service(_ctx, service) {
          seen.push(`Service ${service.apiVersion}`);
        },
        Ingress(_ctx, ingress) {
          seen.push(`Ingress ${ingress.apiVersion}`);
        },
        Deployment(_ctx, deployment) {
          seen.push(`Deployment ${deployment.apiVersion}`);
        },
        Resource(_ctx, resource) {
          seen.push(`Resource ${resource.apiVersion} ${resource.kind}`);
        },
        PodSpec(_ctx, spec) {
          seen.push(`PodSpec ${spec.path.join('.')}`);
        },
        Container(_ctx, container) {
          seen.push(`Container ${container.name}`);
        },
      },
    });
  }

  it('calls kind, Resource, PodSpec and Container visitors once each, in that order', () => {
    const seen: string[] = [];
    const text = 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      initContainers: [{name: init}]\n      containers: [{name: app}]\n';
    lintText(text, { registry: [recorder(seen)] });
    expect(seen).toEqual(['Deployment apps/v1', 'Resource apps/v1 Deployment', 'PodSpec spec.template.spec', 'Container init', 'Container app']);
  });

  it('calls a kind visitor for the built-in API groups of the kind only, not for custom resources of the same name', () => {
    const seen: string[] = [];
    const text = [
      'apiVersion: v1\nkind: Service\n',
      'apiVersion: serving.knative.dev/v1\nkind: Service\nspec:\n  template:\n    spec:\n      containers: [{name: knative}]\n',
      'apiVersion: extensions/v1beta1\nkind: Ingress\n',
      'apiVersion: example.com/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers: [{name: custom}]\n',
    ].join('---\n');
    lintText(text, { registry: [recorder(seen)] });
    expect(seen).toEqual([
      'Service v1',
      'Resource v1 Service',
      'Resource serving.knative.dev/v1 Service',
      // Not the Service visitor; but a Knative Service's template is a pod template (src/k8s/pod-templates.ts).
      'PodSpec spec.template.spec',
      'Container knative',
      'Ingress extensions/v1beta1',
      'Resource extensions/v1beta1 Ingress',
      'Resource example.com/v1 Deployment',
    ]);
  });

  it('never hands an object whose kind is Container, PodSpec or Resource to the derived-node visitors', () => {
    const seen: string[] = [];
    const text = ['Container', 'PodSpec', 'Resource'].map((kind) => `apiVersion: example.com/v1\nkind: ${kind}\nmetadata: {name: x}\n`).join('---\n');
    lintText(text, { registry: [recorder(seen)] });
    expect(seen).toEqual(['Resource example.com/v1 Container', 'Resource example.com/v1 PodSpec', 'Resource example.com/v1 Resource']);
  });
});

describe('parse errors', () => {
  it('lints a good file next to a file with a syntax error', () => {
    const session = createSession([privilegedContainer]);
    const bad = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels: app: web\n';
    expect(lintSources(session, [{ file: 'good.yaml', text: PRIVILEGED_POD }, { file: 'bad.yaml', text: bad }])).toEqual([
      {
        ruleId: 'parse-error',
        pci: [],
        requirements: [],
        severity: 'error',
        message: 'YAML syntax error: Nested mappings are not allowed in compact mappings',
        file: 'bad.yaml',
        line: 4,
        column: 11,
        endLine: 4,
        endColumn: 12,
      },
      {
        ruleId: 'privileged-container',
        messageId: 'privileged',
        pci: ['3.1'],
        requirements: ['2.2.3', '2.2.6'],
        severity: 'error',
        ...privilegedMessage('app'),
        file: 'good.yaml',
        line: 11,
        column: 9,
        endLine: 11,
        endColumn: 25,
        resource: { apiVersion: 'v1', kind: 'Pod', name: 'p' },
        path: 'spec.containers[0].securityContext.privileged',
      },
    ]);
  });

  it('still lints the documents before and after a broken one', () => {
    const text = `${PRIVILEGED_POD}---\nkind: Pod\nspec: a: b\n---\n${PRIVILEGED_POD.replace('name: p', 'name: q')}`;
    // The pod is 11 lines; the broken document's compact mapping is on line 14; the second pod starts on line 16.
    expect(lintText(text, { registry: [privilegedContainer] }).map(brief)).toEqual([
      { file: '<text>', line: 11, column: 9, endLine: 11, endColumn: 25, ruleId: 'privileged-container', severity: 'error' },
      { file: '<text>', line: 14, column: 7, endLine: 14, endColumn: 8, ruleId: 'parse-error', severity: 'error' },
      { file: '<text>', line: 26, column: 9, endLine: 26, endColumn: 25, ruleId: 'privileged-container', severity: 'error' },
    ]);
  });

  it('reports an unrendered Helm template once, as a parse error', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n  labels:\n    {{- include "x.labels" . | nindent 4 }}\n';
    expect(lintText(text, { registry: FOUNDATION })).toEqual([
      {
        ruleId: 'parse-error',
        pci: [],
        requirements: [],
        severity: 'error',
        message: 'This looks like an unrendered Helm template ({{ ... }}); it is not YAML yet. Render it first (helm template ...) and lint the output.',
        file: '<text>',
        line: 4,
        column: 9,
        endLine: 4,
        endColumn: 28,
      },
    ]);
  });

  it('reports an alias bomb as a parse error and keeps linting the next document', () => {
    const bomb = [
      'a: &a [x,x,x,x,x,x,x,x,x,x]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      '---',
      '',
    ].join('\n');
    const found = lintText(bomb + PRIVILEGED_POD, { registry: [privilegedContainer] });
    expect(found.map(brief)).toEqual([
      { file: '<text>', line: 1, column: 1, endLine: 1, endColumn: 2, ruleId: 'parse-error', severity: 'error' },
      { file: '<text>', line: 17, column: 9, endLine: 17, endColumn: 25, ruleId: 'privileged-container', severity: 'error' },
    ]);
    expect(found[0]?.message).toMatch(/^Document cannot be expanded: /);
  });
});

describe('Helm output', () => {
  const rendered = (serviceAccountAutomount: boolean) => `${dedent`
    ---
    # Source: web/templates/serviceaccount.yaml
    apiVersion: v1
    kind: ServiceAccount
    metadata:
      name: web
    automountServiceAccountToken: ${String(serviceAccountAutomount)}
    ---
    # Source: web/charts/redis/templates/statefulset.yaml
    apiVersion: apps/v1
    kind: StatefulSet
    metadata:
      name: redis
    spec:
      template:
        spec:
          serviceAccountName: web
          containers:
            - name: redis
              image: redis:7.2
              securityContext:
                privileged: true
  `}\n`;
  const redis = { chart: 'redis', template: 'web/charts/redis/templates/statefulset.yaml' };

  it('carries the template path onto diagnostics of each document', () => {
    const found = lintText(rendered(false), { file: 'out.yaml', registry: FOUNDATION });
    expect(found.map((d) => ({ ...brief(d), source: d.source }))).toEqual([
      { file: 'out.yaml', line: 20, column: 18, endLine: 20, endColumn: 27, ruleId: 'image-digest', severity: 'warning', source: redis },
      { file: 'out.yaml', line: 22, column: 13, endLine: 22, endColumn: 29, ruleId: 'privileged-container', severity: 'error', source: redis },
    ]);
  });

  it('carries the template path onto findings reported from finish()', () => {
    // A ServiceAccount that leaves automounting on by default (one that sets it to true asks for the token on purpose).
    const text = rendered(true).replace('automountServiceAccountToken: true', 'imagePullSecrets: []');
    const found = lintText(text, { file: 'out.yaml', registry: [automountServiceAccountToken] });
    expect(found).toEqual([
      {
        ruleId: 'automount-service-account-token',
        messageId: 'tokenMounted',
        pci: ['1.5'],
        requirements: ['7.2.5'],
        severity: 'warning',
        ...tokenMountedMessage('StatefulSet "redis"', 'web'),
        file: 'out.yaml',
        line: 16,
        column: 5,
        endLine: 16,
        endColumn: 9,
        resource: { apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'redis' },
        source: redis,
        path: 'spec.template.spec',
      },
    ]);
  });

  it('carries the template path onto a parse error', () => {
    const found = lintText('---\n# Source: web/templates/bad.yaml\napiVersion: v1\nkind: Pod: x\n', { registry: FOUNDATION });
    expect(found).toEqual([
      {
        ruleId: 'parse-error',
        pci: [],
        requirements: [],
        severity: 'error',
        message: 'YAML syntax error: Nested mappings are not allowed in compact mappings',
        file: '<text>',
        line: 4,
        column: 7,
        endLine: 4,
        endColumn: 8,
        source: { chart: 'web', template: 'web/templates/bad.yaml' },
      },
    ]);
  });
});

describe('repeated keys (linted as kubectl reads them: the last value)', () => {
  const repeated = (key: string, line: number, column: number) =>
    `The key "${key}" is repeated in this mapping: kubectl (sigs.k8s.io/yaml over go-yaml) keeps the last value, at line ${line}:${column}, and ignores this one, so the document was checked with that value. The YAML specification and stricter YAML tools (yamllint, editors, strict parsers) reject repeated keys: keep only the one you mean.`;
  const pod = (securityContext: string, before = '') => `${dedent`
    apiVersion: v1
    kind: Pod
    metadata:
      name: p
    spec:
      automountServiceAccountToken: false
      containers:
        - name: app
          image: nginx@${DIGEST}
  `}\n${before}      securityContext:\n${securityContext}`;
  const compact = (d: Diagnostic) => ({ ...brief(d), message: d.message });

  it('reports the privileged container on the occurrence kubectl keeps, and warns on the one it ignores', () => {
    const text = pod('        privileged: false\n        runAsNonRoot: true\n        privileged: true\n');
    expect(lintText(text, { registry: [privilegedContainer] }).map(compact)).toEqual([
      { file: '<text>', line: 11, column: 9, endLine: 11, endColumn: 19, ruleId: 'yaml-compatibility', severity: 'warning', message: repeated('privileged', 13, 9) },
      { file: '<text>', line: 13, column: 9, endLine: 13, endColumn: 25, ruleId: 'privileged-container', severity: 'error', message: privilegedMessage('app').message },
    ]);
  });

  it('reports nothing privileged when the value kubectl keeps is false, whatever came first', () => {
    const text = pod('        privileged: true\n        privileged: false\n');
    expect(lintText(text, { registry: [privilegedContainer] }).map(compact)).toEqual([
      { file: '<text>', line: 11, column: 9, endLine: 11, endColumn: 19, ruleId: 'yaml-compatibility', severity: 'warning', message: repeated('privileged', 12, 9) },
    ]);
  });

  it('takes a repeated securityContext whole: the later one without privileged wins', () => {
    const text = pod('        privileged: true\n      securityContext:\n        runAsNonRoot: true\n');
    expect(lintText(text, { registry: [privilegedContainer] }).map(compact)).toEqual([
      { file: '<text>', line: 10, column: 7, endLine: 10, endColumn: 22, ruleId: 'yaml-compatibility', severity: 'warning', message: repeated('securityContext', 12, 7) },
    ]);
  });

  it('a suppression comment on the occurrence kubectl keeps silences the finding, not the warning', () => {
    const text = pod('        privileged: false\n        # pci-lint-disable-next-line privileged-container -- CNI plugin needs the host network\n        privileged: true\n');
    expect(lintText(text, { registry: [privilegedContainer] }).map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['11:9 yaml-compatibility']);
  });

  it('reads a repeated key beside an under-indented quoted value (the lenient js-yaml read) the same way', () => {
    const text = pod('        privileged: false\n        privileged: true\n', '      args:\n      - "one\n      two"\n');
    expect(lintText(text, { registry: [privilegedContainer] }).map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.ruleId}`)).toEqual([
      '11:9-11:10 yaml-compatibility',
      '14:9-14:19 yaml-compatibility',
      '15:9-15:25 privileged-container',
    ]);
  });
});

describe('rules that crash', () => {
  const throwsInVisitor = defineRule({
    meta: { id: 'throws-in-visitor', pci: ['15.1'], requirements: ['6.5.1'], inputs: ['any-object'], severity: 'error', docs: DOCS, messages: { never: 'never reported' } },
    visit: {
      Container() {
        throw new Error('boom');
      },
    },
  });

  it('turns a visitor exception into one internal-error on the object while other rules still report', () => {
    const text = `${dedent`
      apiVersion: v1
      kind: Pod
      metadata:
        name: p
      spec:
        containers:
          - name: a
            securityContext: {privileged: true}
          - name: b
    `}\n`;
    // The visitor throws for both containers; the two identical internal errors are merged.
    expect(lintText(text, { registry: [throwsInVisitor, privilegedContainer] })).toEqual([
      {
        ruleId: 'internal-error',
        pci: [],
        requirements: [],
        severity: 'error',
        message: 'Rule "throws-in-visitor" failed on this object (boom); the other rules still ran. Please report this.',
        file: '<text>',
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 10,
        resource: { apiVersion: 'v1', kind: 'Pod', name: 'p' },
        path: 'kind',
      },
      {
        ruleId: 'privileged-container',
        messageId: 'privileged',
        pci: ['3.1'],
        requirements: ['2.2.3', '2.2.6'],
        severity: 'error',
        ...privilegedMessage('a'),
        file: '<text>',
        line: 8,
        column: 25,
        endLine: 8,
        endColumn: 41,
        resource: { apiVersion: 'v1', kind: 'Pod', name: 'p' },
        path: 'spec.containers[0].securityContext.privileged',
      },
    ]);
  });

  it('treats a report with an unknown messageId as a crash of that rule', () => {
    const badMessage = defineRule({
      meta: { id: 'bad-message', pci: ['15.1'], requirements: ['6.5.1'], inputs: ['any-object'], severity: 'error', docs: DOCS, messages: { known: 'known' } },
      visit: {
        Pod(ctx, pod) {
          ctx.report({ at: pod, messageId: 'unknown' as never });
        },
      },
    });
    expect(lintText('apiVersion: v1\nkind: Pod\n', { registry: [badMessage] }).map((d) => [d.ruleId, d.message, d.line])).toEqual([
      ['internal-error', 'Rule "bad-message" failed on this object (unknown messageId "unknown"); the other rules still ran. Please report this.', 2],
    ]);
  });

  const throwsInFinish = defineRule({
    meta: { id: 'throws-in-finish', pci: ['15.1'], requirements: ['6.5.1'], inputs: ['any-object'], severity: 'error', docs: DOCS, messages: { never: 'never reported' } },
    visit: {},
    finish() {
      throw new Error('kaput');
    },
  });

  it('turns a finish() exception into one internal-error on the first object while other finish phases still report', () => {
    const session = createSession([throwsInFinish, automountServiceAccountToken]);
    const podA = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n';
    const mapB = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n';
    expect(lintSources(session, [{ file: 'b.yaml', text: mapB }, { file: 'a.yaml', text: podA }])).toEqual([
      {
        ruleId: 'internal-error',
        pci: [],
        requirements: [],
        severity: 'error',
        message: 'Rule "throws-in-finish" failed in its project-wide phase (kaput). Please report this.',
        file: 'a.yaml',
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 10,
        resource: { apiVersion: 'v1', kind: 'Pod', name: 'p' },
        path: 'kind',
      },
      {
        ruleId: 'automount-service-account-token',
        messageId: 'tokenMounted',
        pci: ['1.5'],
        requirements: ['7.2.5'],
        severity: 'warning',
        ...tokenMountedMessage('Pod "p"', 'default'),
        file: 'a.yaml',
        line: 5,
        column: 1,
        endLine: 5,
        endColumn: 5,
        resource: { apiVersion: 'v1', kind: 'Pod', name: 'p' },
        path: 'spec',
      },
    ]);
  });

  it('puts a finish() crash at the top of the first file when the input has no objects', () => {
    const session = createSession([throwsInFinish]);
    expect(lintSources(session, [{ file: 'z.yaml', text: 'x: 1\n' }, { file: 'y.yaml', text: '# empty\n' }]).map(brief)).toEqual([
      { file: 'y.yaml', line: 1, column: 1, endLine: 1, endColumn: 1, ruleId: 'internal-error', severity: 'error' },
    ]);
    expect(lintSources(session, []).map(brief)).toEqual([
      { file: '<input>', line: 1, column: 1, endLine: 1, endColumn: 1, ruleId: 'internal-error', severity: 'error' },
    ]);
  });
});

describe('order and duplicates', () => {
  it('sorts by file, line, column, then rule id', () => {
    const session = createSession([markerRule('zeta-rule'), markerRule('alpha-rule')]);
    const two = 'apiVersion: v1\nkind: ConfigMap\n---\napiVersion: v1\nkind: Secret\n';
    const one = 'apiVersion: v1\nkind: Namespace\n';
    const found = lintSources(session, [{ file: 'b.yaml', text: two }, { file: 'a.yaml', text: one }]);
    expect(found.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.message}`)).toEqual([
      'a.yaml:2:1 alpha-rule Namespace seen by alpha-rule',
      'a.yaml:2:1 zeta-rule Namespace seen by zeta-rule',
      'b.yaml:2:1 alpha-rule ConfigMap seen by alpha-rule',
      'b.yaml:2:1 zeta-rule ConfigMap seen by zeta-rule',
      'b.yaml:5:1 alpha-rule Secret seen by alpha-rule',
      'b.yaml:5:1 zeta-rule Secret seen by zeta-rule',
    ]);
  });

  it('reports two containers that share one YAML anchor once per finding', () => {
    const text = `${dedent`
      apiVersion: v1
      kind: Pod
      metadata:
        name: p
      spec:
        automountServiceAccountToken: false
        containers:
          - &app
            name: app
            image: nginx:1.25
            securityContext:
              privileged: true
          - *app
    `}\n`;
    expect(lintText(text, { registry: FOUNDATION }).map(brief)).toEqual([
      { file: '<text>', line: 10, column: 14, endLine: 10, endColumn: 24, ruleId: 'image-digest', severity: 'warning' },
      { file: '<text>', line: 12, column: 9, endLine: 12, endColumn: 25, ruleId: 'privileged-container', severity: 'error' },
    ]);
  });

  it('keeps findings at one place that differ in message', () => {
    const twice = defineRule({
      meta: { id: 'twice', pci: ['15.1'], requirements: ['6.5.1'], inputs: ['any-object'], severity: 'error', docs: DOCS, messages: { n: 'finding {{n}}' } },
      visit: {
        Resource(ctx, resource) {
          ctx.report({ at: resource, messageId: 'n', data: { n: 2 } });
          ctx.report({ at: resource, messageId: 'n', data: { n: 1 } });
          ctx.report({ at: resource, messageId: 'n', data: { n: 2 } });
        },
      },
    });
    expect(lintText('apiVersion: v1\nkind: Pod\n', { registry: [twice] }).map((d) => d.message)).toEqual(['finding 1', 'finding 2']);
  });
});

describe('cross-file facts', () => {
  const serviceAccount = (namespace: string) =>
    `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: builder\n  namespace: ${namespace}\nautomountServiceAccountToken: false\n`;
  const deployment = `${dedent`
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web
      namespace: ci
    spec:
      template:
        spec:
          serviceAccountName: builder
          containers:
            - name: app
              image: nginx@${DIGEST}
  `}\n`;

  it('sees a ServiceAccount defined in another file, whichever file comes first', () => {
    const session = createSession([automountServiceAccountToken]);
    expect(lintSources(session, [{ file: 'deploy.yaml', text: deployment }, { file: 'sa.yaml', text: serviceAccount('ci') }])).toEqual([]);
    expect(lintSources(session, [{ file: 'a-sa.yaml', text: serviceAccount('ci') }, { file: 'deploy.yaml', text: deployment }])).toEqual([]);
  });

  it('reports the Deployment when the ServiceAccount is missing or in another namespace', () => {
    const session = createSession([automountServiceAccountToken]);
    const expected = [
      {
        ruleId: 'automount-service-account-token',
        messageId: 'tokenMounted',
        pci: ['1.5'],
        requirements: ['7.2.5'],
        severity: 'warning',
        ...tokenMountedMessage('Deployment "web"', 'builder'),
        file: 'deploy.yaml',
        line: 8,
        column: 5,
        endLine: 8,
        endColumn: 9,
        resource: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'ci', name: 'web' },
        path: 'spec.template.spec',
      },
    ];
    expect(lintSources(session, [{ file: 'deploy.yaml', text: deployment }])).toEqual(expected);
    expect(lintSources(session, [{ file: 'deploy.yaml', text: deployment }, { file: 'sa.yaml', text: serviceAccount('prod') }])).toEqual(expected);
  });

  it('gives finish() an index of every object across files', () => {
    let seen: unknown;
    const indexer = defineRule({
      meta: { id: 'indexer', pci: ['15.1'], requirements: ['6.5.1'], inputs: ['any-object'], severity: 'error', docs: DOCS, messages: { m: 'm' } },
      visit: {},
      finish(_ctx, project) {
        seen = {
          kinds: project.resources.map((r) => `${r.kind}@${r.location.file}:${r.location.line}`),
          found: project.find('ServiceAccount', 'ci', 'builder')?.location.file,
          missing: project.find('ServiceAccount', undefined, 'builder'),
        };
      },
    });
    lintSources(createSession([indexer]), [{ file: 'z.yaml', text: deployment }, { file: 'sa.yaml', text: serviceAccount('ci') }]);
    expect(seen).toEqual({ kinds: ['ServiceAccount@sa.yaml:2', 'Deployment@z.yaml:2'], found: 'sa.yaml', missing: undefined });
  });
});
