import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/load/decode.js';

const MANIFEST = 'apiVersion: v1\nkind: ConfigMap\ndata:\n  greeting: héllo ✓\n';

function utf16le(text: string): Uint8Array {
  return new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
}

function utf16be(text: string): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return new Uint8Array([0xfe, 0xff, ...be]);
}

describe('decodeBytes', () => {
  it('decodes UTF-8 without a BOM unchanged', () => {
    expect(decodeBytes('a.yaml', Buffer.from(MANIFEST, 'utf8'))).toEqual({ ok: true, source: { file: 'a.yaml', text: MANIFEST } });
  });

  it('drops a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(MANIFEST, 'utf8')]);
    expect(decodeBytes('a.yaml', bytes)).toEqual({ ok: true, source: { file: 'a.yaml', text: MANIFEST } });
  });

  it('decodes an empty file to empty text', () => {
    expect(decodeBytes('empty.yaml', new Uint8Array())).toEqual({ ok: true, source: { file: 'empty.yaml', text: '' } });
  });

  it('decodes UTF-16LE with a BOM and drops the BOM', () => {
    expect(decodeBytes('le.yaml', utf16le(MANIFEST))).toEqual({ ok: true, source: { file: 'le.yaml', text: MANIFEST } });
  });

  it('decodes UTF-16BE with a BOM and drops the BOM', () => {
    expect(decodeBytes('be.yaml', utf16be(MANIFEST))).toEqual({ ok: true, source: { file: 'be.yaml', text: MANIFEST } });
  });

  it('reports UTF-16 with a BOM but an odd byte count as an encoding problem', () => {
    const bytes = new Uint8Array([...utf16le('a: 1\n'), 0x41]);
    expect(decodeBytes('odd.yaml', bytes)).toEqual({
      ok: false,
      problem: { file: 'odd.yaml', kind: 'encoding', message: 'File starts with a UTF-16LE byte-order mark but is not valid UTF-16LE.' },
    });
  });

  it('reports a lone UTF-16BE surrogate as an encoding problem', () => {
    // 0xD800 is a high surrogate with no low surrogate after it.
    const bytes = new Uint8Array([0xfe, 0xff, 0x00, 0x61, 0xd8, 0x00, 0x00, 0x0a]);
    expect(decodeBytes('bad.yaml', bytes)).toEqual({
      ok: false,
      problem: { file: 'bad.yaml', kind: 'encoding', message: 'File starts with a UTF-16BE byte-order mark but is not valid UTF-16BE.' },
    });
  });

  it('reports invalid UTF-8 (a Latin-1 byte) as an encoding problem', () => {
    // "name: caf\xe9" as written by a Latin-1 editor: 0xE9 starts a 3-byte sequence that never completes.
    const bytes = new Uint8Array([...Buffer.from('name: caf', 'latin1'), 0xe9, 0x0a]);
    expect(decodeBytes('latin1.yaml', bytes)).toEqual({
      ok: false,
      problem: {
        file: 'latin1.yaml',
        kind: 'encoding',
        message: 'File is not valid UTF-8; Kubernetes manifests must be UTF-8. Re-encode it (for example with iconv).',
      },
    });
  });

  it('reports a truncated UTF-8 sequence after a BOM as an encoding problem', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x3a, 0x20, 0xe2, 0x9c]);
    const result = decodeBytes('cut.yaml', bytes);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.kind).toBe('encoding');
  });

  it('reports NUL bytes as a binary file', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(decodeBytes('logo.png', bytes)).toEqual({
      ok: false,
      problem: { file: 'logo.png', kind: 'binary', message: 'File looks binary (it contains NUL bytes); skipped.' },
    });
  });

  it('reports a NUL byte inside otherwise valid UTF-8 text as binary', () => {
    const bytes = Buffer.from('apiVersion: v1\n\0kind: Pod\n', 'utf8');
    const result = decodeBytes('nul.yaml', bytes);
    expect(!result.ok && result.problem.kind).toBe('binary');
  });

  // kubectl decodes through unicode.BOMOverride (UTF-8, UTF-16LE/BE marks only); anything else is read as
  // UTF-8 and go-yaml rejects its NUL bytes. Before, UTF-32LE with its mark decoded as UTF-16LE to text
  // that parsed to no object: nothing reported, exit 0.
  const utf32 = (text: string, le: boolean, mark: boolean) => {
    const points = Array.from((mark ? '\uFEFF' : '') + text, (c) => c.codePointAt(0) ?? 0);
    const bytes = Buffer.alloc(points.length * 4);
    points.forEach((p, i) => (le ? bytes.writeUInt32LE(p, i * 4) : bytes.writeUInt32BE(p, i * 4)));
    return bytes;
  };
  const swapped = (bytes: Uint8Array) => Buffer.from(bytes).swap16();
  const problem = (how: string) => `File ${how}; kubectl reads only UTF-8 and UTF-16 with a byte-order mark, and rejects it. Re-encode it as UTF-8 (for example with iconv).`;
  const unmarked = (name: string) => problem(`looks like ${name} without a byte-order mark (NUL bytes around its first character)`);
  it.each([
    ['UTF-32LE with its mark', utf32(MANIFEST, true, true), problem('starts with a UTF-32LE byte-order mark')],
    ['UTF-32BE with its mark', utf32(MANIFEST, false, true), problem('starts with a UTF-32BE byte-order mark')],
    ['UTF-32LE without a mark', utf32(MANIFEST, true, false), unmarked('UTF-32LE')],
    ['UTF-32BE without a mark', utf32(MANIFEST, false, false), unmarked('UTF-32BE')],
    ['UTF-16LE without a mark', Buffer.from(MANIFEST, 'utf16le'), unmarked('UTF-16LE')],
    ['UTF-16BE without a mark', swapped(Buffer.from(MANIFEST, 'utf16le')), unmarked('UTF-16BE')],
  ])('reports %s as an encoding problem that names it', (_, bytes, message) => {
    expect(decodeBytes('x.yaml', bytes)).toEqual({ ok: false, problem: { file: 'x.yaml', kind: 'encoding', message } });
  });

  it('keeps calling other bytes with NUL binary', () => {
    for (const bytes of [[0x00, 0x01, 0x02, 0x03], [0x89, 0x00, 0x4e, 0x00], [0x61, 0x00]]) {
      const result = decodeBytes('b.bin', new Uint8Array(bytes));
      expect(!result.ok && result.problem.kind).toBe('binary');
    }
  });
});
