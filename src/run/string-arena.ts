/**
 * Strings kept as UTF-8 bytes outside the JavaScript heap, each found again by a number. A large run keeps
 * hundreds of thousands of short strings (messages, object names, Helm templates, facts) until its report
 * is written; as heap strings each costs a header and the garbage collector's headroom (V8 lets the heap
 * grow well past what is live before it collects), while bytes in a few large buffers cost what they hold.
 */
import { GrowingRows } from './growing-rows.js';

/** Bytes per buffer; a longer string gets a buffer of its own. */
const CHUNK_BYTES = 1 << 20;
/** Index entries are three integers: buffer × 4 + encoding, start, end. */
const ENTRY = 3;
/**
 * How a string's bytes are written: ASCII as one byte each, other well-formed text as UTF-8, and text with
 * a lone surrogate (which UTF-8 cannot carry) as its UTF-16 code units.
 */
const ENCODINGS = ['latin1', 'utf8', 'utf16le'] as const;

/** The buffers and index of an arena as plain data (for `--cache`). */
export interface StringArenaSnapshot {
  readonly chunks: readonly Uint8Array[];
  readonly index: Int32Array;
}

export class StringArena {
  private readonly chunks: Buffer[] = [];
  /** Bytes used in each buffer. */
  private readonly used: number[] = [];
  private index = new GrowingRows(ENTRY);
  /** The buffer strings are added to (a buffer kept whole by `addBytes` is not one). */
  private current = -1;

  get size(): number {
    return this.index.count;
  }

  /** Keeps a copy of `value` and returns its number. */
  add(value: string): number {
    const utf8 = Buffer.byteLength(value, 'utf8');
    const encoding = utf8 === value.length ? 0 : value.isWellFormed() ? 1 : 2;
    const bytes = encoding === 2 ? value.length * 2 : utf8;
    const chunk = this.room(bytes);
    const start = this.used[chunk] as number;
    (this.chunks[chunk] as Buffer).write(value, start, bytes, ENCODINGS[encoding]);
    this.used[chunk] = start + bytes;
    return this.index.add([chunk * 4 + encoding, start, start + bytes]);
  }

  /** The buffer with room for `bytes` more: the current one, or a new one (then current). */
  private room(bytes: number): number {
    let chunk = this.current;
    if (chunk < 0 || bytes > (this.chunks[chunk] as Buffer).length - (this.used[chunk] as number)) {
      chunk = this.current = this.chunks.push(Buffer.allocUnsafeSlow(Math.max(CHUNK_BYTES, bytes))) - 1;
      this.used.push(0);
    }
    return chunk;
  }

  /**
   * Keeps a string given as its bytes (`ascii`: one byte per character, else well-formed UTF-8) and returns
   * its number, as `add` of its text would. A buffer of at least a chunk's size is kept as it is, no copy
   * made: the caller gives it up.
   */
  addBytes(given: Uint8Array, ascii: boolean): number {
    // Typed as Uint8Array, not Buffer: the published declarations need no @types/node.
    const bytes = asBuffer(given);
    const encoding = ascii ? 0 : 1;
    if (bytes.length >= CHUNK_BYTES) {
      const chunk = this.chunks.push(bytes) - 1;
      this.used.push(bytes.length);
      return this.index.add([chunk * 4 + encoding, 0, bytes.length]);
    }
    const chunk = this.room(bytes.length);
    const start = this.used[chunk] as number;
    bytes.copy(this.chunks[chunk] as Buffer, start);
    this.used[chunk] = start + bytes.length;
    return this.index.add([chunk * 4 + encoding, start, start + bytes.length]);
  }

  /** The string numbered `id` (a fresh copy each time). */
  at(id: number): string {
    if (!(id >= 0 && id < this.index.count)) throw new RangeError(`no string ${id} in the arena`);
    const rows = this.index.rows;
    const at = id * ENTRY;
    const where = rows[at] as number;
    return (this.chunks[where >> 2] as Buffer).toString(ENCODINGS[where & 3] ?? 'utf8', rows[at + 1], rows[at + 2]);
  }

  /** The bytes used in each buffer, and the index into them. */
  snapshot(): StringArenaSnapshot {
    return { chunks: this.chunks.map((chunk, c) => chunk.subarray(0, this.used[c])), index: this.index.snapshot() };
  }

  /** An arena read back from a snapshot; throws unless every entry lies inside its buffer. */
  static fromSnapshot(snapshot: StringArenaSnapshot): StringArena {
    const { chunks, index } = snapshot;
    if (!Array.isArray(chunks) || !chunks.every((chunk) => chunk instanceof Uint8Array) || !(index instanceof Int32Array) || index.length % ENTRY !== 0) throw new TypeError('not a string arena');
    for (let at = 0; at < index.length; at += ENTRY) {
      const where = index[at] as number;
      const start = index[at + 1] as number;
      const end = index[at + 2] as number;
      const bytes = where >= 0 ? chunks[where >> 2] : undefined;
      if (!bytes || (where & 3) === 3 || start < 0 || end < start || end > bytes.length) throw new RangeError('string arena entry out of range');
    }
    const arena = new StringArena();
    for (const chunk of chunks) {
      // Full: strings kept later go to a buffer of their own.
      arena.chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      arena.used.push(chunk.byteLength);
    }
    arena.index = new GrowingRows(ENTRY, index);
    arena.current = arena.chunks.length - 1;
    return arena;
  }
}

/** A TextBuilder's text: bytes, or (with a lone surrogate) a string. */
export type BuiltText = { readonly bytes: Uint8Array; readonly ascii: boolean; readonly text?: undefined } | { readonly text: string };

/** The same bytes as a Buffer (no copy). */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** True when two built texts are the same text (their bytes, or their strings). */
export function sameBuiltText(a: BuiltText, b: BuiltText): boolean {
  if (a.text !== undefined || b.text !== undefined) return a.text === b.text;
  return asBuffer(a.bytes).equals(b.bytes);
}

/** Keeps a built text in `arena` and returns its number; its bytes are given up. */
export function keepBuiltText(arena: StringArena, built: BuiltText): number {
  return built.text !== undefined ? arena.add(built.text) : arena.addBytes(built.bytes, built.ascii);
}

/** Bytes per buffer of a TextBuilder. */
const PIECE_BYTES = 1 << 16;

/**
 * One text written a piece at a time as bytes outside the JavaScript heap (a large file's facts: hundreds of
 * thousands of pieces that would otherwise live as heap strings until the file ends, then be joined into
 * one string and copied once more into the arena). Text with a lone surrogate, which UTF-8 cannot carry, is
 * kept as strings from then on.
 */
export class TextBuilder {
  private chunks: Buffer[] = [];
  private used = 0;
  private bytes = 0;
  private ascii = true;
  /** The text as strings, once a piece could not be written as UTF-8. */
  private strings: string[] | undefined;

  /** True until something is appended. */
  get isEmpty(): boolean {
    return this.strings === undefined && this.bytes === 0;
  }

  /** Appends `piece`. */
  append(piece: string): void {
    if (this.strings) {
      this.strings.push(piece);
      return;
    }
    const length = Buffer.byteLength(piece, 'utf8');
    if (length !== piece.length) {
      if (!piece.isWellFormed()) {
        this.strings = [this.text(), piece];
        this.chunks = [];
        return;
      }
      this.ascii = false;
    }
    let at = 0;
    while (at < length) {
      let chunk = this.chunks.at(-1);
      if (!chunk || this.used === chunk.length) {
        chunk = Buffer.allocUnsafeSlow(Math.max(PIECE_BYTES, length - at));
        this.chunks.push(chunk);
        this.used = 0;
      }
      if (at === 0 && length <= chunk.length - this.used) {
        chunk.write(piece, this.used, length, 'utf8');
        this.used += length;
        at = length;
      } else {
        // A piece across two buffers: its bytes, split where the first one is full.
        const whole = Buffer.from(piece, 'utf8');
        while (at < length) {
          let into = this.chunks.at(-1) as Buffer;
          if (this.used === into.length) {
            into = Buffer.allocUnsafeSlow(Math.max(PIECE_BYTES, length - at));
            this.chunks.push(into);
            this.used = 0;
          }
          const n = whole.copy(into, this.used, at);
          this.used += n;
          at += n;
        }
      }
    }
    this.bytes += length;
  }

  /** The bytes written so far, in one buffer of their size. */
  private joined(): Buffer {
    const last = this.chunks.length - 1;
    return Buffer.concat(
      this.chunks.map((chunk, i) => (i === last ? chunk.subarray(0, this.used) : chunk)),
      this.bytes,
    );
  }

  private text(): string {
    return this.strings ? this.strings.join('') : this.joined().toString(this.ascii ? 'latin1' : 'utf8');
  }

  /** A builder holding what this one holds. */
  copy(): TextBuilder {
    const copy = new TextBuilder();
    if (this.strings) copy.strings = [...this.strings];
    else if (this.bytes > 0) {
      const bytes = this.joined();
      copy.chunks = [bytes];
      copy.used = bytes.length;
      copy.bytes = bytes.length;
      copy.ascii = this.ascii;
    }
    return copy;
  }

  /** What was written: its bytes (one buffer of their size, ASCII or UTF-8), or its text. */
  built(): BuiltText {
    return this.strings ? { text: this.strings.join('') } : { bytes: this.joined(), ascii: this.ascii };
  }
}
