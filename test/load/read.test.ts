import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeRead, describeIoError, readFileBytes, readStdinBytes } from '../../src/load/read.js';

const readSourceFile = (file: string, shown: string, maxBytes?: number) => decodeRead(readFileBytes(file, shown, maxBytes));
const readStdin = async (stream: AsyncIterable<string | Uint8Array>, maxBytes?: number) => decodeRead(await readStdinBytes(stream, maxBytes));

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'pci-lint-read-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readSourceFile', () => {
  it('reads a small UTF-8 file under its display path', async () => {
    const file = path.join(dir, 'pod.yaml');
    await writeFile(file, 'kind: Pod\n');
    expect(readSourceFile(file, 'manifests/pod.yaml')).toEqual({ ok: true, source: { file: 'manifests/pod.yaml', text: 'kind: Pod\n' } });
  });

  it('accepts a file of exactly the size cap', async () => {
    const file = path.join(dir, 'ten.yaml');
    await writeFile(file, 'a: 123456\n'); // 10 bytes
    expect(readSourceFile(file, 'ten.yaml', 10)).toEqual({ ok: true, source: { file: 'ten.yaml', text: 'a: 123456\n' } });
  });

  it('skips a file one byte over the size cap as too-large', async () => {
    const file = path.join(dir, 'eleven.yaml');
    await writeFile(file, 'a: 1234567\n'); // 11 bytes
    expect(readSourceFile(file, 'eleven.yaml', 10)).toEqual({
      ok: false,
      problem: { file: 'eleven.yaml', kind: 'too-large', message: 'File is 11 bytes, larger than the 10-byte limit; skipped. Raise it with --max-file-size.' },
    });
  });

  it('reports a directory as unreadable', async () => {
    const sub = path.join(dir, 'charts.yaml');
    await mkdir(sub);
    const result = readSourceFile(sub, 'charts.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.file).toBe('charts.yaml');
    expect(result.problem.kind).toBe('unreadable');
    // Linux opens directories and the stat check answers; other systems fail the open with EISDIR.
    expect(result.problem.message).toBe('Cannot read file: it is a directory.');
  });

  it('reports a missing file as unreadable and says it does not exist', () => {
    const result = readSourceFile(path.join(dir, 'gone.yaml'), 'gone.yaml');
    expect(result).toEqual({
      ok: false,
      problem: { file: 'gone.yaml', kind: 'unreadable', message: 'Cannot read file: it does not exist (it may have been removed after discovery).' },
    });
  });

  it('passes the bytes through the decoder (binary file)', async () => {
    const file = path.join(dir, 'image.yaml');
    await writeFile(file, Buffer.from([0x00, 0x01, 0x02]));
    expect(readSourceFile(file, 'image.yaml')).toEqual({
      ok: false,
      problem: { file: 'image.yaml', kind: 'binary', message: 'File looks binary (it contains NUL bytes); skipped.' },
    });
  });

  it('drops a UTF-8 BOM read from disk', async () => {
    const file = path.join(dir, 'bom.yaml');
    await writeFile(file, Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('a: 1\n')]));
    expect(readSourceFile(file, 'bom.yaml')).toEqual({ ok: true, source: { file: 'bom.yaml', text: 'a: 1\n' } });
  });
});

describe('readStdin', () => {
  it('concatenates buffer and string chunks and reports them as <stdin>', async () => {
    const stream = Readable.from([Buffer.from('apiVersion: v1\n'), 'kind: Pod\n']);
    expect(await readStdin(stream)).toEqual({ ok: true, source: { file: '<stdin>', text: 'apiVersion: v1\nkind: Pod\n' } });
  });

  it('stops at the size cap', async () => {
    const stream = Readable.from([Buffer.from('12345'), Buffer.from('678')]);
    expect(await readStdin(stream, 7)).toEqual({
      ok: false,
      problem: { file: '<stdin>', kind: 'too-large', message: 'Standard input is larger than the 7-byte limit; skipped.' },
    });
  });

  it('decodes UTF-16 from standard input', async () => {
    const stream = Readable.from([Buffer.from([0xff, 0xfe]), Buffer.from('a: 1\n', 'utf16le')]);
    expect(await readStdin(stream)).toEqual({ ok: true, source: { file: '<stdin>', text: 'a: 1\n' } });
  });
});

describe('describeIoError', () => {
  it('explains known error codes and passes others through', () => {
    expect(describeIoError(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe('permission denied');
    expect(describeIoError(Object.assign(new Error('x'), { code: 'EXDEV' }))).toBe('EXDEV');
    expect(describeIoError(new Error('disk on fire'))).toBe('disk on fire');
    expect(describeIoError('plain')).toBe('plain');
  });
});
