interface TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

/** Number of nodes on the longest root-to-leaf path. O(n) time, O(height) stack. */
export function depth(root: TreeNode | null): number {
  if (!root) return 0; // an empty subtree adds nothing
  return 1 + Math.max(depth(root.left), depth(root.right));
}

/** Level-order array in, depth out. */
export function maxDepth(levelOrder: (number | null)[]): number {
  return depth(buildTree(levelOrder));
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
