class TrieNode {
  readonly children = new Map<string, TrieNode>();
  isWord = false; // a word ends here (as opposed to passing through)
}

/** Prefix tree with insert, exact search and prefix search, each O(length of the word). */
export class Trie {
  private readonly root = new TrieNode();

  insert(word: string): void {
    let node = this.root;
    for (const c of word) {
      let child = node.children.get(c);
      if (!child) {
        child = new TrieNode();
        node.children.set(c, child);
      }
      node = child;
    }
    node.isWord = true;
  }

  search(word: string): boolean {
    return this.walk(word)?.isWord ?? false;
  }

  startsWith(prefix: string): boolean {
    return this.walk(prefix) !== undefined;
  }

  /** The node reached by following s from the root, or undefined if the path breaks. */
  private walk(s: string): TrieNode | undefined {
    let node: TrieNode | undefined = this.root;
    for (const c of s) {
      node = node.children.get(c);
      if (!node) return undefined;
    }
    return node;
  }
}
