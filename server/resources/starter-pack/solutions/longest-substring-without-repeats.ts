/** Length of the longest substring with no repeated character. Sliding window, O(n). */
export function lengthOfLongestSubstring(s: string): number {
  const lastSeen = new Map<string, number>(); // character -> index of its latest occurrence
  let start = 0; // the window is s[start..end] and holds no repeats
  let best = 0;
  for (let end = 0; end < s.length; end++) {
    const c = s.charAt(end);
    const previous = lastSeen.get(c);
    // Jump past the previous copy, but never move the window's start backwards ("abba").
    if (previous !== undefined && previous >= start) start = previous + 1;
    lastSeen.set(c, end);
    best = Math.max(best, end - start + 1);
  }
  return best;
}
