/** A letter order consistent with words sorted in an alien alphabet, or "" if none exists. */
export function alienOrder(words: string[]): string {
  const after = new Map<string, Set<string>>(); // letter -> letters that must come later
  const indegree = new Map<string, number>();
  for (const word of words) {
    for (const c of word) {
      if (!after.has(c)) after.set(c, new Set());
      if (!indegree.has(c)) indegree.set(c, 0);
    }
  }
  // Only the first difference between neighbouring words carries information.
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i] as string;
    const b = words[i + 1] as string;
    let j = 0;
    while (j < a.length && j < b.length && a[j] === b[j]) j++;
    if (j === a.length || j === b.length) {
      if (a.length > b.length) return ''; // "abc" before its own prefix "ab" is impossible
      continue;
    }
    const [first, second] = [a[j] as string, b[j] as string];
    const edges = after.get(first) as Set<string>;
    if (!edges.has(second)) {
      edges.add(second); // a Set so a repeated rule is not counted twice in the in-degree
      indegree.set(second, (indegree.get(second) ?? 0) + 1);
    }
  }
  // Kahn's algorithm, always taking the smallest available letter so the output is deterministic.
  const order: string[] = [];
  const ready = [...indegree].filter(([, d]) => d === 0).map(([c]) => c);
  while (ready.length > 0) {
    ready.sort(); // at most 26 letters, so sorting the small ready list is cheap
    const c = ready.shift() as string;
    order.push(c);
    for (const next of after.get(c) ?? []) {
      const d = (indegree.get(next) as number) - 1;
      indegree.set(next, d);
      if (d === 0) ready.push(next);
    }
  }
  return order.length === indegree.size ? order.join('') : ''; // leftovers sit on a cycle
}
