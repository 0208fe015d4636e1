/** Minimum of a rotated sorted array of distinct values. Binary search, O(log n). */
export function findMin(nums: number[]): number {
  if (nums.length === 0) throw new RangeError('empty array has no minimum');
  let lo = 0;
  let hi = nums.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    // Compare with the right end: if mid is larger, the drop (and the minimum) is to its right.
    if ((nums[mid] as number) > (nums[hi] as number)) lo = mid + 1;
    else hi = mid; // mid itself may be the minimum, so keep it
  }
  return nums[lo] as number;
}
