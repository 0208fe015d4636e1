interface TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

/** Lowest node having both p and q as descendants (a node counts as its own descendant). */
export function lca(root: TreeNode | null, p: number, q: number): TreeNode | null {
  if (!root || root.val === p || root.val === q) return root;
  const left = lca(root.left, p, q);
  const right = lca(root.right, p, q);
  // One target on each side: this node is where their paths split.
  if (left && right) return root;
  return left ?? right; // both in one subtree (or neither): pass that answer up
}

/** Level-order array and two values present in the tree in, the ancestor's value out. */
export function lowestCommonAncestor(
  levelOrder: (number | null)[],
  p: number,
  q: number,
): number | null {
  return lca(buildTree(levelOrder), p, q)?.val ?? null;
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
