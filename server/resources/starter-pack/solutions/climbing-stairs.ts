/** Ways to climb n stairs taking 1 or 2 steps at a time. O(n) time, O(1) space. */
export function climbStairs(n: number): number {
  // ways(i) = ways(i - 1) + ways(i - 2): the last move was either one step or two.
  let twoBelow = 1; // ways(0): standing at the bottom is one way
  let oneBelow = 1; // ways(1)
  for (let i = 2; i <= n; i++) {
    const current = oneBelow + twoBelow;
    twoBelow = oneBelow;
    oneBelow = current;
  }
  return oneBelow;
}
