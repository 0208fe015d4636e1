interface ListNode {
  val: number;
  next: ListNode | null;
}

/** Binary min-heap ordered by a `before` comparison. */
class MinHeap<T> {
  private readonly items: T[] = [];
  private readonly before: (a: T, b: T) => boolean;

  constructor(before: (a: T, b: T) => boolean) {
    this.before = before;
  }

  get size(): number {
    return this.items.length;
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

/** Merges k sorted lists with a heap of their current heads. O(N log k) for N nodes. */
export function mergeK(heads: (ListNode | null)[]): ListNode | null {
  const heap = new MinHeap<ListNode>((x, y) => x.val < y.val);
  for (const head of heads) if (head) heap.push(head); // empty lists never enter the heap
  const dummy: ListNode = { val: 0, next: null };
  let tail = dummy;
  while (heap.size > 0) {
    const node = heap.pop() as ListNode;
    tail.next = node;
    tail = node;
    if (node.next) heap.push(node.next); // its successor is the next candidate from that list
  }
  return dummy.next;
}

/** Array in, array out: builds the lists, merges them, and reads the result back. */
export function mergeKLists(lists: number[][]): number[] {
  return toArray(mergeK(lists.map(fromArray)));
}

function fromArray(values: number[]): ListNode | null {
  let head: ListNode | null = null;
  for (let i = values.length - 1; i >= 0; i--) head = { val: values[i] as number, next: head };
  return head;
}

function toArray(head: ListNode | null): number[] {
  const values: number[] = [];
  for (let node = head; node; node = node.next) values.push(node.val);
  return values;
}
