type Nested<T> = T | Nested<T>[];

/** Flattens nested arrays up to depth levels (all by default), iteratively and in order. */
export function flatten<T>(items: Nested<T>[], depth = Number.POSITIVE_INFINITY): T[] {
  const out: T[] = [];
  // An explicit stack of cursors replaces recursion, so very deep nesting cannot overflow.
  const stack: { items: Nested<T>[]; index: number; depth: number }[] = [
    { items, index: 0, depth },
  ];
  const open = new Set<Nested<T>[]>([items]); // arrays currently being walked, to catch cycles
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as (typeof stack)[number];
    if (frame.index === frame.items.length) {
      stack.pop();
      open.delete(frame.items);
      continue;
    }
    const item = frame.items[frame.index++] as Nested<T>;
    if (Array.isArray(item) && frame.depth > 0) {
      if (open.has(item)) throw new TypeError('cannot flatten a circular array');
      open.add(item);
      stack.push({ items: item, index: 0, depth: frame.depth - 1 });
    } else {
      out.push(item as T); // a value, or an array below the depth limit, is kept as is
    }
  }
  return out;
}
