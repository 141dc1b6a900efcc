/** Rows of `width` integers in one array that grows as rows are added. */
export declare class GrowingRows {
    readonly width: number;
    private data;
    private rowCount;
    constructor(width: number, from?: Int32Array);
    get count(): number;
    /** Appends a row and returns its number. */
    add(values: readonly number[]): number;
    /** Every row, row `n` from `n * width` (the array may be longer than the rows). */
    get rows(): Int32Array;
    snapshot(): Int32Array;
}
