/** True when s can be split into a sequence of dictionary words (reusable). O(n * L) checks. */
export function wordBreak(s: string, wordDict: string[]): boolean {
  const words = new Set(wordDict);
  const longest = wordDict.reduce((max, w) => Math.max(max, w.length), 0);
  // ok[i]: the prefix s[0..i) can be segmented. The empty prefix trivially can.
  const ok = new Array<boolean>(s.length + 1).fill(false);
  ok[0] = true;
  for (let end = 1; end <= s.length; end++) {
    // Only the last word varies; no word is longer than `longest`, so look back that far.
    for (let start = Math.max(0, end - longest); start < end; start++) {
      if (ok[start] && words.has(s.slice(start, end))) {
        ok[end] = true;
        break;
      }
    }
  }
  return ok[s.length] as boolean;
}
