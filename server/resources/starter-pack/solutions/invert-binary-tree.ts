interface TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

/** Mirrors a binary tree in place by swapping every node's children. O(n) time. */
export function invert(root: TreeNode | null): TreeNode | null {
  if (!root) return null;
  // Swap first, then recurse: the order does not matter as long as every node is visited once.
  [root.left, root.right] = [root.right, root.left];
  invert(root.left);
  invert(root.right);
  return root;
}

/** Level-order array in, level-order array of the mirrored tree out. */
export function invertTree(levelOrder: (number | null)[]): (number | null)[] {
  return toLevelOrder(invert(buildTree(levelOrder)));
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
