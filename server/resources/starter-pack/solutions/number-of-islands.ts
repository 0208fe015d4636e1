/** Number of 4-connected groups of "1" cells. Iterative flood fill, O(rows * cols). */
export function numIslands(grid: string[][]): number {
  const rows = grid.length;
  const cols = grid[0]?.length ?? 0;
  const seen = new Uint8Array(rows * cols); // leaves the caller's grid untouched
  const isLand = (r: number, c: number) =>
    r >= 0 && r < rows && c >= 0 && c < cols && grid[r]?.[c] === '1' && seen[r * cols + c] === 0;
  let islands = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (!isLand(r, c)) continue;
      islands++; // an unseen land cell starts a new island; flood all of it
      seen[r * cols + c] = 1;
      const stack: [number, number][] = [[r, c]]; // explicit stack: no recursion depth limit
      while (stack.length > 0) {
        const [cr, cc] = stack.pop() as [number, number];
        for (const [nr, nc] of [
          [cr + 1, cc],
          [cr - 1, cc],
          [cr, cc + 1],
          [cr, cc - 1],
        ] as const) {
          if (!isLand(nr, nc)) continue;
          seen[nr * cols + nc] = 1; // mark when pushing, so a cell is never pushed twice
          stack.push([nr, nc]);
        }
      }
    }
  }
  return islands;
}
