/** Rows of `width` integers in one array that grows as rows are added. */
export class GrowingRows {
  private data: Int32Array;
  private rowCount: number;

  constructor(
    readonly width: number,
    from?: Int32Array,
  ) {
    this.data = from ?? new Int32Array(1024 * width);
    this.rowCount = from ? from.length / width : 0;
  }

  get count(): number {
    return this.rowCount;
  }

  /** Appends a row and returns its number. */
  add(values: readonly number[]): number {
    if ((this.rowCount + 1) * this.width > this.data.length) {
      const grown = new Int32Array(Math.max(this.data.length * 2, 1024 * this.width));
      grown.set(this.data);
      this.data = grown;
    }
    this.data.set(values, this.rowCount * this.width);
    return this.rowCount++;
  }

  /** Every row, row `n` from `n * width` (the array may be longer than the rows). */
  get rows(): Int32Array {
    return this.data;
  }

  snapshot(): Int32Array {
    return this.data.slice(0, this.rowCount * this.width);
  }
}
