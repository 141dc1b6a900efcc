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

  get size(): number {
    return this.index.count;
  }

  /** Keeps a copy of `value` and returns its number. */
  add(value: string): number {
    const utf8 = Buffer.byteLength(value, 'utf8');
    const encoding = utf8 === value.length ? 0 : value.isWellFormed() ? 1 : 2;
    const bytes = encoding === 2 ? value.length * 2 : utf8;
    let chunk = this.chunks.length - 1;
    if (chunk < 0 || bytes > (this.chunks[chunk] as Buffer).length - (this.used[chunk] as number)) {
      chunk = this.chunks.push(Buffer.allocUnsafeSlow(Math.max(CHUNK_BYTES, bytes))) - 1;
      this.used.push(0);
    }
    const start = this.used[chunk] as number;
    (this.chunks[chunk] as Buffer).write(value, start, bytes, ENCODINGS[encoding]);
    this.used[chunk] = start + bytes;
    return this.index.add([chunk * 4 + encoding, start, start + bytes]);
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
    return arena;
  }
}
