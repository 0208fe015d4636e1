interface TreeNode {
  val: number;
  left: TreeNode | null;
  right: TreeNode | null;
}

/** Values of a binary tree grouped by depth, left to right. BFS, O(n) time. */
export function levels(root: TreeNode | null): number[][] {
  const result: number[][] = [];
  let frontier: TreeNode[] = root ? [root] : [];
  while (frontier.length > 0) {
    // Process one whole level at a time, so each level is its own array.
    result.push(frontier.map((node) => node.val));
    const next: TreeNode[] = [];
    for (const node of frontier) {
      if (node.left) next.push(node.left);
      if (node.right) next.push(node.right);
    }
    frontier = next;
  }
  return result;
}

/** Level-order array (with nulls) in, values grouped by level out. */
export function levelOrder(values: (number | null)[]): number[][] {
  return levels(buildTree(values));
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
