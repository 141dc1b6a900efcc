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

  it('treats UTF-16 without a BOM (NUL high bytes) as binary', () => {
    const bytes = Buffer.from('a: 1\n', 'utf16le');
    const result = decodeBytes('nobom.yaml', bytes);
    expect(!result.ok && result.problem.kind).toBe('binary');
  });
});
