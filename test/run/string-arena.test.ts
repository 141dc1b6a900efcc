import { describe, expect, it } from 'vitest';
import { StringArena } from '../../src/run/string-arena.js';

const samples = ['', 'image-digest', 'Container "main" runs privileged.', 'naïve — ✓ 日本語 😀', '\u0000\u0001 control', 'lone \ud800 and \udc00 surrogates', '\udfff', 'x'.repeat(3 << 20)];

describe('StringArena', () => {
  it('gives back every string it keeps, ASCII or not, short or longer than a buffer', () => {
    const arena = new StringArena();
    const ids = samples.map((s) => arena.add(s));
    expect(ids).toEqual(samples.map((_, i) => i));
    expect(ids.map((id) => arena.at(id))).toEqual(samples);
    expect(arena.size).toBe(samples.length);
  });

  it('keeps many strings across buffers and reads them back from a snapshot', () => {
    const arena = new StringArena();
    const kept = Array.from({ length: 40_000 }, (_, i) => `message ${i} ${'é'.repeat(i % 7)} ${'y'.repeat(i % 50)}`);
    for (const s of kept) arena.add(s);
    const back = StringArena.fromSnapshot(arena.snapshot());
    expect(Array.from({ length: back.size }, (_, id) => back.at(id))).toEqual(kept);
    // A table read back can keep more strings.
    expect(back.at(back.add('later'))).toBe('later');
    expect(back.at(0)).toBe(kept[0]);
  });

  it('refuses a snapshot that points outside its bytes, and an unknown number', () => {
    const arena = new StringArena();
    arena.add('abc');
    const { chunks, index } = arena.snapshot();
    const bad = index.slice();
    bad[2] = (chunks[0]?.length ?? 0) + 1;
    expect(() => StringArena.fromSnapshot({ chunks, index: bad })).toThrow(RangeError);
    expect(() => StringArena.fromSnapshot({ chunks, index: new Int32Array([5, 0, 1]) })).toThrow(RangeError);
    expect(() => StringArena.fromSnapshot({ chunks, index: new Int32Array([4, 0, 1]) })).toThrow(RangeError);
    expect(() => StringArena.fromSnapshot({ chunks, index: new Int32Array([3, 0, 1]) })).toThrow(RangeError);
    expect(() => StringArena.fromSnapshot({ chunks, index: new Int32Array([-1, 0, 1]) })).toThrow(RangeError);
    expect(() => arena.at(1)).toThrow(RangeError);
    expect(() => arena.at(-1)).toThrow(RangeError);
  });
});
