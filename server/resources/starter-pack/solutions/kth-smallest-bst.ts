interface TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

/** k-th smallest value (1-based) in a BST by an in-order walk that stops early. O(h + k). */
export function kthSmallestIn(root: TreeNode | null, k: number): number {
  const stack: TreeNode[] = [];
  let node = root;
  let remaining = k;
  while (node || stack.length > 0) {
    // Go as far left as possible: that is the next smallest value.
    while (node) {
      stack.push(node);
      node = node.left;
    }
    const smallest = stack.pop() as TreeNode;
    if (--remaining === 0) return smallest.val;
    node = smallest.right; // the successor is the leftmost node of the right subtree
  }
  throw new RangeError(`the tree has fewer than ${k} nodes`);
}

/** Level-order array of a BST and k in, the k-th smallest value out. */
export function kthSmallest(levelOrder: (number | null)[], k: number): number {
  return kthSmallestIn(buildTree(levelOrder), k);
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
