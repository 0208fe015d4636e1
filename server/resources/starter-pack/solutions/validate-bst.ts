interface TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

/** True when every node is strictly between the bounds its ancestors impose. O(n) time. */
export function isBST(
  node: TreeNode | null,
  low = Number.NEGATIVE_INFINITY,
  high = Number.POSITIVE_INFINITY,
): boolean {
  if (!node) return true;
  // Comparing with the parent alone is not enough: a grandchild must respect all ancestors.
  if (node.val <= low || node.val >= high) return false;
  return isBST(node.left, low, node.val) && isBST(node.right, node.val, high);
}

/** Level-order array in, whether it is a valid BST (no duplicates allowed) out. */
export function isValidBST(levelOrder: (number | null)[]): boolean {
  return isBST(buildTree(levelOrder));
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
