/** Length of the longest strictly increasing subsequence. Patience sorting, O(n log n). */
export function lengthOfLIS(nums: number[]): number {
  // tails[k] = smallest possible tail of an increasing subsequence of length k + 1.
  const tails: number[] = [];
  for (const x of nums) {
    // Binary search for the first tail >= x (>= keeps the subsequence strictly increasing).
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tails[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = x; // extend the longest run (lo === length) or lower an existing tail
  }
  return tails.length;
}
