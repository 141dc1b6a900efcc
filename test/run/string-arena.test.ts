import { describe, expect, it } from 'vitest';
import { keepBuiltText, sameBuiltText, StringArena, TextBuilder } from '../../src/run/string-arena.js';

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

  it('keeps strings given as bytes, a large buffer whole and a small one copied, as add keeps their text', () => {
    const arena = new StringArena();
    const before = arena.add('before');
    const large = 'z'.repeat(2 << 20);
    const ids = [arena.addBytes(Buffer.from('small ascii'), true), arena.addBytes(Buffer.from(large), true), arena.addBytes(Buffer.from('naïve ✓ 😀'), false)];
    const after = arena.add('after');
    expect(ids.map((id) => arena.at(id))).toEqual(['small ascii', large, 'naïve ✓ 😀']);
    expect([arena.at(before), arena.at(after)]).toEqual(['before', 'after']);
    const back = StringArena.fromSnapshot(arena.snapshot());
    expect(Array.from({ length: back.size }, (_, id) => back.at(id))).toEqual(['before', 'small ascii', large, 'naïve ✓ 😀', 'after']);
  });
});

describe('TextBuilder', () => {
  const build = (pieces: readonly string[]) => {
    const builder = new TextBuilder();
    for (const piece of pieces) builder.append(piece);
    return builder;
  };
  const textOf = (builder: TextBuilder) => {
    const arena = new StringArena();
    return arena.at(keepBuiltText(arena, builder.built()));
  };

  it('gives back the pieces joined: ASCII, UTF-8, pieces across its buffers and longer than one', () => {
    const cases = [
      ['a', 'bc', ''],
      ['naïve ', '✓ 日本語 😀', ' end'],
      Array.from({ length: 5000 }, (_, i) => `piece ${i} ${'é'.repeat(i % 5)};`),
      ['x'.repeat(70_000), 'y'.repeat(200_000), '😀'.repeat(40_000)],
    ];
    for (const pieces of cases) expect(textOf(build(pieces))).toBe(pieces.join(''));
  });

  it('keeps text with a lone surrogate, which UTF-8 cannot carry, as it is', () => {
    const pieces = ['ascii ', 'é ', 'lone \ud800', ' and after'];
    const builder = build(pieces);
    expect(builder.built().text).toBe(pieces.join(''));
    expect(textOf(builder)).toBe(pieces.join(''));
  });

  it('copies what it holds, and compares built texts by their text', () => {
    const builder = build(['one, ', 'two']);
    const copy = builder.copy();
    copy.append(', three');
    builder.append(', four');
    expect([textOf(builder), textOf(copy)]).toEqual(['one, two, four', 'one, two, three']);
    expect(sameBuiltText(build(['ab', 'c']).built(), build(['a', 'bc']).built())).toBe(true);
    expect(sameBuiltText(build(['ab']).built(), build(['abc']).built())).toBe(false);
    expect(sameBuiltText(build(['\ud800']).built(), build(['\ud800']).built())).toBe(true);
    expect(new TextBuilder().isEmpty).toBe(true);
    expect(build(['']).isEmpty).toBe(true);
    expect(build(['a']).isEmpty).toBe(false);
  });
});
