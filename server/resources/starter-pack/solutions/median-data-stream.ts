/** Running median: a max-heap of the lower half and a min-heap of the upper half. */
export class MedianFinder {
  private readonly lower = new Heap<number>((a, b) => a > b); // max-heap
  private readonly upper = new Heap<number>((a, b) => a < b); // min-heap

  /** O(log n). Keeps lower.size === upper.size or lower.size === upper.size + 1. */
  addNum(x: number): void {
    const lowerMax = this.lower.peek();
    if (lowerMax === undefined || x <= lowerMax) this.lower.push(x);
    else this.upper.push(x);
    // Rebalance by moving one element across, which keeps every lower value <= every upper value.
    if (this.lower.size > this.upper.size + 1) this.upper.push(this.lower.pop() as number);
    else if (this.upper.size > this.lower.size) this.lower.push(this.upper.pop() as number);
  }

  /** O(1). undefined before the first number. */
  findMedian(): number | undefined {
    const lowerMax = this.lower.peek();
    if (lowerMax === undefined) return undefined;
    if (this.lower.size > this.upper.size) return lowerMax; // odd count: the middle is on top
    return (lowerMax + (this.upper.peek() as number)) / 2;
  }
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
