/** Minutes until no fresh orange (1) remains as rot (2) spreads each minute, or -1. BFS. */
export function orangesRotting(grid: number[][]): number {
  const rows = grid.length;
  const cols = grid[0]?.length ?? 0;
  const state = grid.map((row) => [...row]); // work on a copy
  let fresh = 0;
  let frontier: [number, number][] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (state[r]?.[c] === 1) fresh++;
      else if (state[r]?.[c] === 2) frontier.push([r, c]); // every rotten orange is a source
    }
  }
  let minutes = 0;
  // Multi-source BFS, one level per minute; stop as soon as nothing fresh is left.
  while (fresh > 0 && frontier.length > 0) {
    const next: [number, number][] = [];
    for (const [r, c] of frontier) {
      for (const [nr, nc] of [
        [r + 1, c],
        [r - 1, c],
        [r, c + 1],
        [r, c - 1],
      ] as const) {
        const row = state[nr];
        if (row?.[nc] !== 1) continue;
        row[nc] = 2; // rot it now so it is enqueued only once
        fresh--;
        next.push([nr, nc]);
      }
    }
    frontier = next;
    minutes++;
  }
  return fresh === 0 ? minutes : -1; // some fresh orange was unreachable
}
