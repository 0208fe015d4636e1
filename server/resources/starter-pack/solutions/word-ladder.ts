/** Words in the shortest begin -> end chain changing one letter at a time (0 if none). BFS. */
export function ladderLength(beginWord: string, endWord: string, wordList: string[]): number {
  const unvisited = new Set(wordList);
  if (!unvisited.has(endWord)) return 0;
  unvisited.delete(beginWord);
  let frontier = [beginWord];
  // BFS level by level: the first level that contains endWord gives the shortest chain.
  for (let length = 1; frontier.length > 0; length++) {
    const next: string[] = [];
    for (const word of frontier) {
      if (word === endWord) return length;
      for (let i = 0; i < word.length; i++) {
        for (let code = 97; code <= 122; code++) {
          const candidate = word.slice(0, i) + String.fromCharCode(code) + word.slice(i + 1);
          if (!unvisited.has(candidate)) continue;
          unvisited.delete(candidate); // first visit is the shortest; never enqueue it again
          next.push(candidate);
        }
      }
    }
    frontier = next;
  }
  return 0;
}
