import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import privilegedContainer from '../../rules/03-workload-security/privileged-container.js';
import { lint } from '../../src/run/lint.js';

const PRIVILEGED_POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: app\n      securityContext:\n        privileged: true\n';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'pci-lint-files-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('lint (files on disk)', () => {
  it('turns unreadable and oversized files into core diagnostics and lints the rest', async () => {
    await writeFile(path.join(dir, 'pod.yaml'), PRIVILEGED_POD);
    await writeFile(path.join(dir, 'blob.yaml'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]));
    await writeFile(path.join(dir, 'big.yaml'), `data: ${'x'.repeat(200)}\n`);
    await writeFile(path.join(dir, 'readme.txt'), 'not walked\n');

    const result = await lint(['.', 'missing.yaml'], { cwd: dir, maxFileBytes: 150, registry: [privilegedContainer] });
    expect(result.fileCount).toBe(3);
    expect(result.unmatched).toEqual(['missing.yaml']);
    expect(result.target).toEqual({ major: 1, minor: 37 });
    expect(result.diagnostics.map((d) => [d.file, d.line, d.column, d.ruleId, d.severity, d.message, d.fix])).toEqual([
      ['big.yaml', 1, 1, 'file-too-large', 'error', 'File is 207 bytes, larger than the 150-byte limit; skipped. Raise it with --max-file-size.', undefined],
      ['blob.yaml', 1, 1, 'file-unreadable', 'error', 'File looks binary (it contains NUL bytes); skipped.', undefined],
      ['pod.yaml', 9, 9, 'privileged-container', 'error', 'Container "app" runs privileged, with full access to the node.', 'Remove securityContext.privileged (or set it to false) and add only the capabilities it needs.'],
    ]);
  });

  it('reads standard input for `-` and names it <stdin>', async () => {
    const stdin = Readable.from([Buffer.from(PRIVILEGED_POD)]);
    const result = await lint(['-'], { cwd: dir, stdin, registry: [privilegedContainer] });
    expect(result.fileCount).toBe(1);
    expect(result.diagnostics.map((d) => `${d.file}:${String(d.line)}:${String(d.column)} ${d.ruleId}`)).toEqual(['<stdin>:9:9 privileged-container']);
  });

  it('walks the cwd when given no inputs', async () => {
    await writeFile(path.join(dir, 'pod.yml'), PRIVILEGED_POD);
    const result = await lint([], { cwd: dir, registry: [privilegedContainer] });
    expect(result.diagnostics.map((d) => `${d.file}:${String(d.line)}`)).toEqual(['pod.yml:9']);
  });
});
