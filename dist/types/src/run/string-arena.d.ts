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
    get size(): number;
    /** Keeps a copy of `value` and returns its number. */
    add(value: string): number;
    /** The string numbered `id` (a fresh copy each time). */
    at(id: number): string;
    /** The bytes used in each buffer, and the index into them. */
    snapshot(): StringArenaSnapshot;
    /** An arena read back from a snapshot; throws unless every entry lies inside its buffer. */
    static fromSnapshot(snapshot: StringArenaSnapshot): StringArena;
}
