/** Shortest substring of s containing every character of t (with multiplicity), or "". */
export function minWindow(s: string, t: string): string {
  if (t.length === 0) return '';
  const need = new Map<string, number>(); // how many more of each character the window needs
  for (const c of t) need.set(c, (need.get(c) ?? 0) + 1);
  let missing = t.length; // characters of t not yet covered by the window
  let bestStart = 0;
  let bestLength = Number.POSITIVE_INFINITY;
  let left = 0;
  for (let right = 0; right < s.length; right++) {
    const c = s.charAt(right);
    const count = need.get(c);
    if (count !== undefined) {
      if (count > 0) missing--; // this copy was still needed
      need.set(c, count - 1); // negative means the window holds a surplus
    }
    // While the window is valid, shrink it from the left to find the shortest one ending here.
    while (missing === 0) {
      if (right - left + 1 < bestLength) {
        bestStart = left;
        bestLength = right - left + 1;
      }
      const d = s.charAt(left);
      const dCount = need.get(d);
      if (dCount !== undefined) {
        need.set(d, dCount + 1);
        if (dCount + 1 > 0) missing++; // we just dropped a required copy
      }
      left++;
    }
  }
  return bestLength === Number.POSITIVE_INFINITY ? '' : s.slice(bestStart, bestStart + bestLength);
}
