/** Units of water trapped between bars of the given heights. Two pointers, O(n), O(1) space. */
export function trap(height: number[]): number {
  let i = 0;
  let j = height.length - 1;
  let leftMax = 0;
  let rightMax = 0;
  let water = 0;
  while (i < j) {
    const hi = height[i] as number;
    const hj = height[j] as number;
    // Settle the side with the lower wall: its water level is fixed by its own max,
    // because the other side is already known to have a wall at least that tall.
    if (hi < hj) {
      leftMax = Math.max(leftMax, hi);
      water += leftMax - hi;
      i++;
    } else {
      rightMax = Math.max(rightMax, hj);
      water += rightMax - hj;
      j--;
    }
  }
  return water;
}
