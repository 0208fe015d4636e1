class CacheNode<K, V> {
  key: K;
  value: V;
  prev: CacheNode<K, V> = this; // a lone node is its own circular list (used by the sentinel)
  next: CacheNode<K, V> = this;

  constructor(key: K, value: V) {
    this.key = key;
    this.value = value;
  }
}

/** Least-recently-used cache: hash map plus doubly linked list, O(1) get and put. */
export class LRUCache<K = number, V = number> {
  private readonly capacity: number;
  private readonly index = new Map<K, CacheNode<K, V>>();
  // Circular list around a sentinel: sentinel.next is the most recent, sentinel.prev the least.
  private readonly sentinel: CacheNode<K, V>;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.sentinel = new CacheNode<K, V>(undefined as K, undefined as V);
  }

  get(key: K): V | undefined {
    const node = this.index.get(key);
    if (!node) return undefined;
    this.moveToFront(node); // a read counts as a use
    return node.value;
  }

  put(key: K, value: V): void {
    if (this.capacity <= 0) return;
    const existing = this.index.get(key);
    if (existing) {
      existing.value = value;
      this.moveToFront(existing);
      return;
    }
    if (this.index.size === this.capacity) {
      const oldest = this.sentinel.prev; // evict before inserting so size never exceeds capacity
      this.unlink(oldest);
      this.index.delete(oldest.key);
    }
    const node = new CacheNode(key, value);
    this.index.set(key, node);
    this.insertFront(node);
  }

  private unlink(node: CacheNode<K, V>): void {
    node.prev.next = node.next;
    node.next.prev = node.prev;
  }

  private insertFront(node: CacheNode<K, V>): void {
    node.prev = this.sentinel;
    node.next = this.sentinel.next;
    this.sentinel.next.prev = node;
    this.sentinel.next = node;
  }

  private moveToFront(node: CacheNode<K, V>): void {
    this.unlink(node);
    this.insertFront(node);
  }
}
