/** Time for a signal from k to reach all n nodes over weighted directed edges, or -1. Dijkstra. */
export function networkDelayTime(
  times: [from: number, to: number, weight: number][],
  n: number,
  k: number,
): number {
  const edges: [number, number][][] = Array.from({ length: n + 1 }, () => []); // 1-based nodes
  for (const [u, v, w] of times) edges[u]?.push([v, w]);
  const dist = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
  dist[k] = 0;
  const heap = new Heap<[number, number]>((a, b) => a[0] < b[0]); // [distance, node]
  heap.push([0, k]);
  while (heap.size > 0) {
    const [d, u] = heap.pop() as [number, number];
    if (d > (dist[u] as number)) continue; // stale entry: u was already settled with less
    for (const [v, w] of edges[u] ?? []) {
      const candidate = d + w;
      if (candidate < (dist[v] as number)) {
        dist[v] = candidate;
        heap.push([candidate, v]); // lazy insert instead of decrease-key
      }
    }
  }
  let slowest = 0;
  for (let node = 1; node <= n; node++) slowest = Math.max(slowest, dist[node] as number);
  return slowest === Number.POSITIVE_INFINITY ? -1 : slowest;
}

/** Binary heap ordered by a `before` comparison (a min-heap for (a, b) => a < b). */
class Heap<T> {
  private readonly items: T[] = [];
  private readonly before: (a: T, b: T) => boolean;

  constructor(before: (a: T, b: T) => boolean) {
    this.before = before;
  }

  get size(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(a[i] as T, a[parent] as T)) break;
      [a[i], a[parent]] = [a[parent] as T, a[i] as T];
      i = parent;
    }
  }

  pop(): T | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length === 0 || last === undefined) return top;
    a[0] = last; // move the last leaf to the root and sift it down
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let best = i;
      if (left < a.length && this.before(a[left] as T, a[best] as T)) best = left;
      if (right < a.length && this.before(a[right] as T, a[best] as T)) best = right;
      if (best === i) return top;
      [a[i], a[best]] = [a[best] as T, a[i] as T];
      i = best;
    }
  }
}
