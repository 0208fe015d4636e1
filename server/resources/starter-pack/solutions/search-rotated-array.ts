/** Index of target in a rotated sorted array of distinct values, or -1. O(log n). */
export function search(nums: number[], target: number): number {
  let lo = 0;
  let hi = nums.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = nums[mid] as number;
    if (m === target) return mid;
    const first = nums[lo] as number;
    const last = nums[hi] as number;
    // At least one half is sorted; decide with that half, whose range we can test directly.
    if (first <= m) {
      if (first <= target && target < m) hi = mid - 1;
      else lo = mid + 1;
    } else if (m < target && target <= last) {
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return -1;
}
