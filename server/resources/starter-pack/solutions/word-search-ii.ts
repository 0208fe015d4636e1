class TrieNode {
  readonly children = new Map<string, TrieNode>();
  word: string | undefined; // set on the node where a dictionary word ends
}

/** Dictionary words that can be traced on the board (adjacent cells, no reuse), sorted. */
export function findWords(board: string[][], words: string[]): string[] {
  const root = new TrieNode();
  for (const word of words) {
    let node = root;
    for (const c of word) {
      let child = node.children.get(c);
      if (!child) {
        child = new TrieNode();
        node.children.set(c, child);
      }
      node = child;
    }
    node.word = word;
  }

  const found: string[] = [];
  const visit = (r: number, c: number, parent: TrieNode): void => {
    const row = board[r];
    const letter = row?.[c];
    if (row === undefined || letter === undefined || letter === '#') return;
    const node = parent.children.get(letter);
    if (!node) return; // no dictionary word continues this way: prune
    if (node.word !== undefined) {
      found.push(node.word);
      node.word = undefined; // report each word once
    }
    row[c] = '#'; // mark the cell as used on the current path
    visit(r + 1, c, node);
    visit(r - 1, c, node);
    visit(r, c + 1, node);
    visit(r, c - 1, node);
    row[c] = letter; // restore for other paths
    // A finished branch with nothing left to find is cut out so later searches skip it.
    if (node.children.size === 0 && node.word === undefined) parent.children.delete(letter);
  };

  for (let r = 0; r < board.length; r++) {
    for (let c = 0; c < (board[r]?.length ?? 0); c++) visit(r, c, root);
  }
  return found.sort();
}
