/** The buffers and index of an arena as plain data (for `--cache`). */
export interface StringArenaSnapshot {
    readonly chunks: readonly Uint8Array[];
    readonly index: Int32Array;
}
export declare class StringArena {
    private readonly chunks;
    /** Bytes used in each buffer. */
    private readonly used;
    private index;
    /** The buffer strings are added to (a buffer kept whole by `addBytes` is not one). */
    private current;
    get size(): number;
    /** Keeps a copy of `value` and returns its number. */
    add(value: string): number;
    /** The buffer with room for `bytes` more: the current one, or a new one (then current). */
    private room;
    /**
     * Keeps a string given as its bytes (`ascii`: one byte per character, else well-formed UTF-8) and returns
     * its number, as `add` of its text would. A buffer of at least a chunk's size is kept as it is, no copy
     * made: the caller gives it up.
     */
    addBytes(given: Uint8Array, ascii: boolean): number;
    /** The string numbered `id` (a fresh copy each time). */
    at(id: number): string;
    /** The bytes used in each buffer, and the index into them. */
    snapshot(): StringArenaSnapshot;
    /** An arena read back from a snapshot; throws unless every entry lies inside its buffer. */
    static fromSnapshot(snapshot: StringArenaSnapshot): StringArena;
}
/** A TextBuilder's text: bytes, or (with a lone surrogate) a string. */
export type BuiltText = {
    readonly bytes: Uint8Array;
    readonly ascii: boolean;
    readonly text?: undefined;
} | {
    readonly text: string;
};
/** True when two built texts are the same text (their bytes, or their strings). */
export declare function sameBuiltText(a: BuiltText, b: BuiltText): boolean;
/** Keeps a built text in `arena` and returns its number; its bytes are given up. */
export declare function keepBuiltText(arena: StringArena, built: BuiltText): number;
/**
 * One text written a piece at a time as bytes outside the JavaScript heap (a large file's facts: hundreds of
 * thousands of pieces that would otherwise live as heap strings until the file ends, then be joined into
 * one string and copied once more into the arena). Text with a lone surrogate, which UTF-8 cannot carry, is
 * kept as strings from then on.
 */
export declare class TextBuilder {
    private chunks;
    private used;
    private bytes;
    private ascii;
    /** The text as strings, once a piece could not be written as UTF-8. */
    private strings;
    /** True until something is appended. */
    get isEmpty(): boolean;
    /** Appends `piece`. */
    append(piece: string): void;
    /** The bytes written so far, in one buffer of their size. */
    private joined;
    private text;
    /** A builder holding what this one holds. */
    copy(): TextBuilder;
    /** What was written: its bytes (one buffer of their size, ASCII or UTF-8), or its text. */
    built(): BuiltText;
}
