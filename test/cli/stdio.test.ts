import type { writeSync } from 'node:fs';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { descriptorOutput } from '../../src/cli/stdio.js';

const dir = mkdtempSync(path.join(tmpdir(), 'pci-lint-stdio-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}

/** A stream that collects what is written to it. */
function collector(): { stream: PassThrough; text: () => string; made: () => number; get: () => PassThrough } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  let made = 0;
  return {
    stream,
    text: () => Buffer.concat(chunks).toString('utf8'),
    made: () => made,
    get: () => {
      made++;
      return stream;
    },
  };
}

describe('descriptorOutput', () => {
  it('writes every byte to the descriptor, in order, without building the stream', () => {
    const file = path.join(dir, 'out.txt');
    const fd = openSync(file, 'w');
    const other = collector();
    const out = descriptorOutput(fd, other.get);
    out.write('one ');
    out.write('');
    out.write('zwei – drei\n');
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe('one zwei – drei\n');
    expect(other.made()).toBe(0);
  });

  it('finishes a short write with further writes', () => {
    const seen: string[] = [];
    const short: typeof writeSync = ((_fd: number, bytes: Uint8Array, offset: number) => {
      const piece = Buffer.from(bytes).subarray(offset, offset + 3);
      seen.push(piece.toString('utf8'));
      return piece.length;
    }) as typeof writeSync;
    descriptorOutput(1, collector().get, short).write('abcdefgh');
    expect(seen).toEqual(['abc', 'def', 'gh']);
  });

  it('stops writing, without an error, once the reader has closed the pipe (EPIPE)', () => {
    let calls = 0;
    const closed: typeof writeSync = (() => {
      calls++;
      throw errno('EPIPE');
    });
    const other = collector();
    const out = descriptorOutput(1, other.get, closed);
    expect(() => out.write('a')).not.toThrow();
    out.write('b');
    expect(calls).toBe(1);
    expect(other.made()).toBe(0);
  });

  it('hands what is left, and every later write, to the stream when the descriptor would block (EAGAIN)', async () => {
    let calls = 0;
    const blocking: typeof writeSync = ((_fd: number, _bytes: Uint8Array, offset: number) => {
      calls++;
      if (calls === 1) return 2;
      expect(offset).toBe(2);
      throw errno('EAGAIN');
    }) as typeof writeSync;
    const other = collector();
    const out = descriptorOutput(1, other.get, blocking);
    out.write('abcdef');
    out.write('gh');
    await new Promise((resolve) => setImmediate(resolve));
    expect(other.text()).toBe('cdefgh');
    expect(other.made()).toBe(1);
    expect(calls).toBe(2);
  });

  it('passes on any other write error', () => {
    const failing: typeof writeSync = (() => {
      throw errno('EIO');
    });
    expect(() => descriptorOutput(1, collector().get, failing).write('a')).toThrow('EIO');
  });

  it('is no terminal when it is a file or the null device', () => {
    const fd = openSync(path.join(dir, 'tty.txt'), 'w');
    const nul = openSync('/dev/null', 'w');
    try {
      expect(descriptorOutput(fd, collector().get).isTTY).toBe(false);
      if (process.platform !== 'win32') expect(descriptorOutput(nul, collector().get).isTTY).toBe(false);
    } finally {
      closeSync(fd);
      closeSync(nul);
    }
  });
});
