/** Suppression comments and annotations: what they silence, and the findings about the suppressions. */
import dedent from 'dedent';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import type { Diagnostic } from '../../src/engine/diagnostic.js';
import { commentSuppressions } from '../../src/engine/suppressions.js';
import { lintText } from '../../src/run/lint.js';

const registry = builtinRules.filter((r) => ['image-digest', 'privileged-container', 'automount-service-account-token'].includes(r.meta.id));
const lint = (text: string, rules: Record<string, 'off'> = {}) =>
  lintText(text, { file: 'pod.yaml', registry, rules }).map((d: Diagnostic) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`);

// Lines 1-8; the container's fields continue at column 7 on line 9.
const HEADER = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  automountServiceAccountToken: false', '  containers:', '    - name: app'].join('\n');

describe('# pci-lint-disable-next-line', () => {
  it('silences the named rule on the next line, and only that rule', () => {
    const found = lint(`${HEADER}
      # pci-lint-disable-next-line image-digest -- tags are immutable in our registry (ticket SEC-12)
      image: nginx:1.25
      securityContext:
        privileged: true
`);
    expect(found).toEqual([
      '12:9 privileged-container Container "app" runs privileged, with full access to the node.',
    ]);
  });

  it('skips blank lines and other comments between the directive and the line it covers', () => {
    const found = lint(`${HEADER}
      image: nginx@sha256:${'a'.repeat(64)}
      securityContext:
        # pci-lint-disable-next-line privileged-container -- CNI plugin needs the host network stack

        # reviewed 2026-11-01
        privileged: true
`);
    expect(found).toEqual([]);
  });

  it('reports a directive without a reason but still honours it', () => {
    const found = lint(`${HEADER}
      # pci-lint-disable-next-line image-digest
      image: nginx:1.25
`);
    expect(found).toEqual([
      '9:7 suppression-missing-reason This pci-lint-disable-next-line comment silences image-digest without a reason; auditors need one. Add it after " -- ".',
    ]);
  });

  it('reads a reason without a letter or digit (invisible or format characters, punctuation) as no reason', () => {
    for (const reason of ['\u200b', '\u3000\u2060', '\ufeff', '...', '-']) {
      const found = lint(`${HEADER}
      # pci-lint-disable-next-line image-digest -- ${reason}
      image: nginx:1.25
`);
      expect(found, JSON.stringify(reason)).toEqual([
        '9:7 suppression-missing-reason This pci-lint-disable-next-line comment silences image-digest without a reason; auditors need one. Add it after " -- ".',
      ]);
    }
  });

  it('is a comment only: the same words ending a block or quoted scalar are content and silence nothing', () => {
    const securityContext = (options: string) => lint(`${HEADER}
      image: nginx@sha256:${'a'.repeat(64)}
      securityContext:
        seLinuxOptions:
${options}
        privileged: true
`);
    const finding = ['14:9 privileged-container Container "app" runs privileged, with full access to the node.'];
    expect(securityContext('          level: |\n            # pci-lint-disable-next-line privileged-container -- approved')).toEqual(finding);
    expect(securityContext('          user: "u\n            # pci-lint-disable-next-line privileged-container -- approved"')).toEqual(finding);
    // A real comment there silences it, as before.
    expect(securityContext('          level: s0\n        # pci-lint-disable-next-line privileged-container -- approved')).toEqual([]);
  });

  it('reports directives that silence nothing, name unknown rules or name no rule', () => {
    const found = lint(`${HEADER}
      # pci-lint-disable-next-line privileged-container, no-such-rule -- stale
      image: nginx@sha256:${'a'.repeat(64)}
      # pci-lint-disable-next-line -- nothing named
      name2: x
`);
    expect(found).toEqual([
      '9:7 unused-suppression This pci-lint-disable-next-line comment names "no-such-rule", which is not a pci-lint rule.',
      '9:7 unused-suppression This pci-lint-disable-next-line comment silences "privileged-container", which reports nothing on line 10; remove it.',
      '11:7 unused-suppression This pci-lint-disable-next-line comment names no rule; list the rule ids it should silence.',
    ]);
  });

  it('does not call a directive unused when its rule is turned off for the run', () => {
    const found = lint(
      `${HEADER}
      # pci-lint-disable-next-line privileged-container -- reviewed
      image: nginx@sha256:${'a'.repeat(64)}
`,
      { 'privileged-container': 'off' },
    );
    expect(found).toEqual([]);
  });

  it('never silences a parse error', () => {
    const found = lint('# pci-lint-disable-next-line parse-error -- no\na: [\n');
    expect(found.some((f) => f.includes(' parse-error '))).toBe(true);
  });

  it('reads rule lists separated by commas or spaces, and CRLF files', () => {
    const [s] = commentSuppressions('f.yaml', '  # pci-lint-disable-next-line a, b c -- why -- really\r\nx: 1\r\n');
    expect(s).toMatchObject({ ruleIds: ['a', 'b', 'c'], reason: 'why -- really', line: 2, at: { line: 1, column: 3 } });
  });
});

describe('pci-lint.io/ignore annotation', () => {
  // Annotations go on lines 6 and after; the container follows.
  const pod = (annotations: string) =>
    [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: agent',
      '  annotations:',
      annotations,
      'spec:',
      '  containers:',
      '    - name: agent',
      '      image: agent:1.0',
      '      securityContext:',
      '        privileged: true',
    ].join('\n');

  it('silences the listed rules for the whole object', () => {
    const found = lint(
      pod('    pci-lint.io/ignore: "privileged-container, automount-service-account-token"\n    pci-lint.io/ignore-reason: "node agent, approved in SEC-7"'),
    );
    expect(found).toEqual([
      '11:14 image-digest Container "agent" uses image "agent:1.0" pinned only by tag; tags are mutable.',
    ]);
  });

  it('needs a reason annotation', () => {
    const found = lint(pod('    pci-lint.io/ignore: privileged-container,image-digest,automount-service-account-token'));
    expect(found).toEqual([
      '6:5 suppression-missing-reason This pci-lint.io/ignore annotation silences privileged-container, image-digest, automount-service-account-token without a reason; auditors need one. Add it in the pci-lint.io/ignore-reason annotation.',
    ]);
  });

  it('needs a reason annotation with words in it', () => {
    const found = lint(pod('    pci-lint.io/ignore: privileged-container,image-digest,automount-service-account-token\n    pci-lint.io/ignore-reason: "\\u200b\\u00a0"'));
    expect(found).toEqual([
      '6:5 suppression-missing-reason This pci-lint.io/ignore annotation silences privileged-container, image-digest, automount-service-account-token without a reason; auditors need one. Add it in the pci-lint.io/ignore-reason annotation.',
    ]);
  });

  it('does not reach other objects in the same file', () => {
    const other = dedent`
      ---
      apiVersion: v1
      kind: Pod
      metadata:
        name: other
      spec:
        automountServiceAccountToken: false
        containers:
          - name: c
            securityContext:
              privileged: true
    `;
    const found = lint(`${pod('    pci-lint.io/ignore: privileged-container\n    pci-lint.io/ignore-reason: approved')}\n${other}`);
    expect(found.filter((f) => f.includes('privileged-container'))).toEqual([
      '24:9 privileged-container Container "c" runs privileged, with full access to the node.',
    ]);
  });
});

describe('an annotation covers its own document, never another of the same name', () => {
  const digest = `nginx@sha256:${'a'.repeat(64)}`;
  const item = (privileged: boolean, ignore: boolean) => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web', ...(ignore && { annotations: { 'pci-lint.io/ignore': 'privileged-container', 'pci-lint.io/ignore-reason': 'approved' } }) },
    spec: { automountServiceAccountToken: false, containers: [{ name: 'c', image: digest, securityContext: { privileged } }] },
  });
  const yamlPod = (privileged: boolean, ignore: boolean) =>
    [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      ...(ignore ? ['  annotations:', '    pci-lint.io/ignore: privileged-container', '    pci-lint.io/ignore-reason: approved'] : []),
      'spec:',
      '  automountServiceAccountToken: false',
      '  containers:',
      '    - name: c',
      `      image: ${digest}`,
      `      securityContext: {privileged: ${privileged}}`,
    ].join('\n');
  const privileged = (found: string[]) => found.filter((f) => f.includes(' privileged-container ')).map((f) => f.split(' ')[0]);

  it('a harmless first document does not silence a privileged second one of the same kind and name', () => {
    const found = lint(`${yamlPod(false, true)}\n---\n${yamlPod(true, false)}\n`);
    expect(privileged(found)).toEqual(['24:25']);
    expect(found.some((f) => f.includes('unused-suppression'))).toBe(true);
  });

  it('nor the other way round, and each document silences its own finding', () => {
    expect(privileged(lint(`${yamlPod(true, false)}\n---\n${yamlPod(false, true)}\n`))).toEqual(['10:25']);
    expect(privileged(lint(`${yamlPod(true, true)}\n---\n${yamlPod(true, false)}\n`))).toEqual(['24:25']);
  });

  it('in a List on one line, an item covers only itself', () => {
    const text = JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [item(false, true), item(true, false), item(true, true)] });
    const found = lintText(text, { file: 'list.json', registry }).filter((d) => d.ruleId === 'privileged-container');
    expect(found.map((d) => d.line)).toEqual([1]);
    const second = text.indexOf('"privileged":true');
    expect(found.map((d) => d.column)).toEqual([second + 1]);
  });
});

