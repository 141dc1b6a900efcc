/**
 * An unrendered template in one item of a List (src/model/document.ts `templatedIdentity`) costs that item
 * only: kubectl sends every item on its own and the API server creates each one it accepts, so a
 * `${x}`-named ConfigMap must not turn the privileged Pod beside it into "an unrendered template".
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/run/lint.js';

const work = mkdtempSync(path.join(tmpdir(), 'pci-lint-templated-list-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const list = [
  'apiVersion: v1',
  'kind: List',
  'items:',
  '- apiVersion: v1',
  '  kind: ConfigMap',
  '  metadata:',
  '    name: "${x}"',
  '- apiVersion: v1',
  '  kind: Pod',
  '  metadata:',
  '    name: p',
  '    namespace: shop',
  '  spec:',
  '    containers:',
  '    - name: c',
  '      image: nginx@sha256:0000000000000000000000000000000000000000000000000000000000000000',
  '      securityContext:',
  '        privileged: true',
  '',
].join('\n');

describe('a List with an unrendered template in one item', () => {
  it('reports the template at its placeholder and still lints the other items', async () => {
    writeFileSync(path.join(work, 'list.yaml'), list);
    const result = await lint(['list.yaml'], { cwd: work, settings: { now: '2026-06-01' } });
    const rows = result.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`);
    expect(rows).toContain('7:11 parse-error');
    expect(rows).toContain('18:9 privileged-container');
    expect(result.diagnostics.filter((d) => d.ruleId === 'parse-error')).toHaveLength(1);
  });
});
