import type * as YamlPackage from 'yaml';
/**
 * The `yaml` package, loaded on first use: evaluating it is a millisecond or two of every start and a
 * part of the CLI's code cache, and a run whose files all take the fast path (src/load/fast-parse.ts) and
 * that reads no configuration file never needs it. A plain `require`, as src/engine/ajv.ts explains: the
 * CLI bundle keeps the package inside it and starts it lazily; the ESM builds define `require`.
 */
export declare function yamlPackage(): typeof YamlPackage;
/** Offsets of a file turned into 1-based line and column (`yaml`'s LineCounter is one). */
export interface LinePositions {
    /** 0 and the offset after every LF. */
    readonly lineStarts: readonly number[];
    linePos(offset: number): {
        line: number;
        col: number;
    };
}
/**
 * The fast path's line starts: what `yaml`'s LineCounter does (the same search and results, so both paths
 * give the same positions) without loading `yaml`.
 */
export declare class LineStarts implements LinePositions {
    readonly lineStarts: number[];
    /** Call in ascending order. */
    readonly addNewLine: (offset: number) => number;
    /** The 1-based line and column of an offset; line 0 when it is before the first line start. */
    readonly linePos: (offset: number) => {
        line: number;
        col: number;
    };
}
