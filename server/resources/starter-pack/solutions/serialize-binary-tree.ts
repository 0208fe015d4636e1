interface TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

/** Pre-order encoding with "#" for empty children, e.g. "1,2,#,#,3,#,#". O(n). */
export function serialize(root: TreeNode | null): string {
  const tokens: string[] = [];
  const visit = (node: TreeNode | null): void => {
    if (!node) {
      tokens.push('#'); // the markers make the shape unambiguous from one traversal
      return;
    }
    tokens.push(String(node.val));
    visit(node.left);
    visit(node.right);
  };
  visit(root);
  return tokens.join(',');
}

/** Rebuilds the tree from serialize's output, rejecting truncated or trailing input. O(n). */
export function deserialize(data: string): TreeNode | null {
  const tokens = data.split(',');
  let next = 0;
  const build = (): TreeNode | null => {
    const token = tokens[next++];
    if (token === undefined) throw new Error('truncated encoding');
    if (token === '#') return null;
    const node: TreeNode = { val: Number(token), left: null, right: null };
    node.left = build(); // pre-order: the left subtree's tokens come first, then the right's
    node.right = build();
    return node;
  };
  const root = build();
  if (next !== tokens.length) throw new Error('trailing tokens after the tree');
  return root;
}

/** Test entry: the encoding of a level-order tree and the level order after decoding it. */
export function codecRoundTrip(levelOrder: (number | null)[]): {
  encoded: string;
  decoded: (number | null)[];
} {
  const encoded = serialize(buildTree(levelOrder));
  return { encoded, decoded: toLevelOrder(deserialize(encoded)) };
}

/** Builds a tree from LeetCode-style level order, where null marks a missing child. */
function buildTree(values: (number | null)[]): TreeNode | null {
  const make = (v: number | null | undefined): TreeNode | null =>
    v === null || v === undefined ? null : { val: v, left: null, right: null };
  const root = make(values[0]);
  const queue: TreeNode[] = root ? [root] : [];
  let i = 1;
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as TreeNode;
    node.left = make(values[i++]);
    node.right = make(values[i++]);
    if (node.left) queue.push(node.left);
    if (node.right) queue.push(node.right);
  }
  return root;
}

/** Level order with null for missing children, trailing nulls trimmed (the input format). */
function toLevelOrder(root: TreeNode | null): (number | null)[] {
  const out: (number | null)[] = [];
  const queue: (TreeNode | null)[] = [root];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    if (!node) {
      out.push(null);
      continue;
    }
    out.push(node.val);
    queue.push(node.left, node.right);
  }
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}
