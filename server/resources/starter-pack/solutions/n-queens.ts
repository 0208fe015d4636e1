/** Number of ways to place n non-attacking queens on an n x n board (n <= 30). Bitmasks. */
export function totalNQueens(n: number): number {
  const full = (1 << n) - 1; // one bit per column
  // cols, diag, anti: columns attacked in the current row by queens placed in earlier rows.
  const place = (cols: number, diag: number, anti: number): number => {
    if (cols === full) return 1; // a queen in every column means every row is filled
    let count = 0;
    let free = full & ~(cols | diag | anti);
    while (free !== 0) {
      const bit = free & -free; // lowest free column
      free ^= bit;
      // Moving to the next row shifts each diagonal's attack one column sideways.
      count += place(cols | bit, ((diag | bit) << 1) & full, (anti | bit) >> 1);
    }
    return count;
  };
  return place(0, 0, 0);
}
