/**
 * Property-based fuzzing with fast-check over generated and mutated manifests: linting never throws,
 * every diagnostic lies inside its text, and the same input always gives the same output. More runs or
 * another seed: PCI_LINT_FUZZ_RUNS=5000 PCI_LINT_FUZZ_SEED=7 npx vitest run test/reliability/fuzz.test.ts
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { builtinRules } from '../../rules/index.js';
import type { Diagnostic } from '../../src/engine/diagnostic.js';
import { lintText } from '../../src/run/lint.js';

const KINDS = ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'ServiceAccount', 'Namespace', 'ClusterRoleBinding', 'ConfigMap', 'Service', 'List'];
const API = { Pod: 'v1', Deployment: 'apps/v1', StatefulSet: 'apps/v1', DaemonSet: 'apps/v1', Job: 'batch/v1', CronJob: 'batch/v1' } as Record<string, string>;

const scalar = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom('latest', 'nginx:1.25', '0', '*', 'default'));
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('array'), tie('object')),
  array: fc.array(tie('node'), { maxLength: 3 }),
  object: fc.dictionary(fc.constantFrom('name', 'image', 'securityContext', 'privileged', 'containers', 'spec', 'template', 'metadata', 'automountServiceAccountToken', 'hostNetwork', 'x'), tie('node'), { maxKeys: 4 }),
})).node;

const container = fc.record(
  { name: fc.string({ maxLength: 6 }), image: fc.oneof(fc.constantFrom('nginx', 'nginx:latest', `a@sha256:${'0'.repeat(64)}`, 'r.io:5000/x:1'), scalar), securityContext: fc.oneof(value, fc.record({ privileged: fc.oneof(fc.boolean(), scalar) })) },
  { requiredKeys: [] },
);
const podSpec = fc.record({ containers: fc.oneof(fc.array(container, { maxLength: 3 }), value), automountServiceAccountToken: fc.oneof(fc.boolean(), scalar), serviceAccountName: scalar }, { requiredKeys: [] });

const manifest = fc.constantFrom(...KINDS).chain((kind) =>
  fc.record({
    apiVersion: fc.constant(API[kind] ?? 'v1'),
    kind: fc.constant(kind),
    metadata: fc.record({ name: fc.string({ maxLength: 8 }), namespace: fc.constantFrom('a', 'b', undefined) }, { requiredKeys: ['name'] }),
    spec: fc.oneof(podSpec, fc.record({ template: fc.record({ spec: podSpec }) }), fc.record({ jobTemplate: fc.record({ spec: fc.record({ template: fc.record({ spec: podSpec }) }) }) }), value),
    automountServiceAccountToken: fc.oneof(fc.boolean(), scalar),
    items: fc.array(value, { maxLength: 2 }),
  }),
);

/** A stream of documents, optionally mangled by inserting, deleting or replacing characters. */
const stream = fc
  .tuple(
    fc.array(manifest, { minLength: 1, maxLength: 3 }),
    fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.constantFrom('', ':', '-', ' ', '\n', '\t', '{', '[', '"', "'", '&a', '*a', '# pci-lint-disable-next-line privileged-container', '{{ .Values.x }}', '\r', '\uFEFF', '<<: *a')), { maxLength: 4 }),
  )
  .map(([docs, edits]) => {
    let text = docs.map((d) => stringify(d)).join('---\n');
    for (const [at, remove, insert] of edits) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + insert + text.slice(i + remove);
    }
    return text;
  });

function assertInside(text: string, d: Diagnostic): void {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const where = `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.ruleId}`;
  expect(d.line, where).toBeGreaterThanOrEqual(1);
  expect(d.endLine, where).toBeLessThanOrEqual(lines.length);
  expect(d.endLine, where).toBeGreaterThanOrEqual(d.line);
  expect(d.column, where).toBeGreaterThanOrEqual(1);
  expect(d.column, where).toBeLessThanOrEqual((lines[d.line - 1] ?? '').length + 1);
  expect(d.endColumn, where).toBeLessThanOrEqual((lines[d.endLine - 1] ?? '').length + 1);
}

describe('fuzzing the whole linter', () => {
  it('never throws, stays inside the text and is deterministic', () => {
    fc.assert(
      fc.property(stream, (text) => {
        const first = lintText(text, { file: 'fuzz.yaml', registry: builtinRules });
        for (const d of first) assertInside(text, d);
        expect(first.some((d) => d.ruleId === 'internal-error'), JSON.stringify(first.filter((d) => d.ruleId === 'internal-error'))).toBe(false);
        expect(lintText(text, { file: 'fuzz.yaml', registry: builtinRules })).toEqual(first);
      }),
      { numRuns: Number(process.env.PCI_LINT_FUZZ_RUNS ?? 300), seed: Number(process.env.PCI_LINT_FUZZ_SEED ?? 20261124) },
    );
  }, 120_000);
});
