/** Paths from the top-left to the bottom-right of an m x n grid moving only right or down. */
export function uniquePaths(m: number, n: number): number {
  // ways[c] for the current row: paths into a cell = from above (old ways[c]) + from the left.
  const ways = new Array<number>(n).fill(1); // the first row has exactly one path per cell
  for (let r = 1; r < m; r++) {
    for (let c = 1; c < n; c++) ways[c] = (ways[c] as number) + (ways[c - 1] as number);
  }
  return ways[n - 1] as number;
}
