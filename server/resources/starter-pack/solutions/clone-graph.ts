interface GraphNode {
  val: number;
  neighbors: GraphNode[];
}

/** Deep copy of a connected undirected graph, mapping each original node to its copy. O(V + E). */
export function cloneGraph(node: GraphNode | null): GraphNode | null {
  if (!node) return null;
  // The map is both the visited set and the way to reuse a copy when a cycle leads back.
  const copies = new Map<GraphNode, GraphNode>([[node, { val: node.val, neighbors: [] }]]);
  const stack = [node];
  while (stack.length > 0) {
    const original = stack.pop() as GraphNode;
    const copy = copies.get(original) as GraphNode;
    for (const neighbor of original.neighbors) {
      let neighborCopy = copies.get(neighbor);
      if (!neighborCopy) {
        neighborCopy = { val: neighbor.val, neighbors: [] };
        copies.set(neighbor, neighborCopy);
        stack.push(neighbor); // copied once, so its edges are wired once
      }
      copy.neighbors.push(neighborCopy);
    }
  }
  return copies.get(node) ?? null;
}

/** Test entry: adjacency lists (node i + 1 lists its neighbours) in, the clone's lists out. */
export function cloneAdjacency(adjacency: number[][]): {
  adjacency: number[][];
  sharesNodes: boolean;
} {
  const originals: GraphNode[] = adjacency.map((_, i) => ({ val: i + 1, neighbors: [] }));
  adjacency.forEach((list, i) => {
    (originals[i] as GraphNode).neighbors = list.map((v) => originals[v - 1] as GraphNode);
  });
  const clone = cloneGraph(originals[0] ?? null);
  // Collect the nodes reachable from the clone and read their lists back in value order.
  const reached = new Map<number, GraphNode>();
  const stack = clone ? [clone] : [];
  while (stack.length > 0) {
    const node = stack.pop() as GraphNode;
    if (reached.has(node.val)) continue;
    reached.set(node.val, node);
    stack.push(...node.neighbors);
  }
  const nodes = [...reached.values()].sort((a, b) => a.val - b.val);
  const originalSet = new Set(originals);
  return {
    adjacency: nodes.map((n) => n.neighbors.map((m) => m.val)),
    sharesNodes: nodes.some((n) => originalSet.has(n)), // a true deep copy shares nothing
  };
}
