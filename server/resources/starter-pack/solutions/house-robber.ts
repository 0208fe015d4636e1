/** Maximum sum of non-adjacent elements (houses robbed without alarms). O(n) time, O(1) space. */
export function rob(nums: number[]): number {
  let skipPrevious = 0; // best total up to i - 2
  let best = 0; // best total up to i - 1
  for (const value of nums) {
    // Either skip this house, or rob it on top of the best total two houses back.
    const next = Math.max(best, skipPrevious + value);
    skipPrevious = best;
    best = next;
  }
  return best;
}
