/** Largest area between two lines of the given heights. Two pointers, O(n) time, O(1) space. */
export function maxArea(height: number[]): number {
  let i = 0;
  let j = height.length - 1;
  let best = 0;
  while (i < j) {
    const hi = height[i] as number;
    const hj = height[j] as number;
    best = Math.max(best, Math.min(hi, hj) * (j - i));
    // The shorter line limits every narrower container it could form, so drop it.
    if (hi < hj) i++;
    else j--;
  }
  return best;
}
