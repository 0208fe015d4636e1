/** True when word can be traced through horizontally or vertically adjacent, unreused cells. */
export function exist(board: string[][], word: string): boolean {
  const rows = board.length;
  const cols = board[0]?.length ?? 0;
  if (word.length === 0) return true;
  if (word.length > rows * cols) return false; // cheap pruning before the exponential search

  const visit = (r: number, c: number, i: number): boolean => {
    const row = board[r];
    if (row === undefined || row[c] !== word[i]) return false; // off the board or wrong letter
    if (i === word.length - 1) return true;
    row[c] = '#'; // mark as used on this path
    const found =
      visit(r + 1, c, i + 1) ||
      visit(r - 1, c, i + 1) ||
      visit(r, c + 1, i + 1) ||
      visit(r, c - 1, i + 1);
    row[c] = word[i] as string; // restore, so other paths and the caller see the original board
    return found;
  };

  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (visit(r, c, 0)) return true;
    }
  }
  return false;
}
