/** Index of the first occurrence of target in a sorted array, or -1. O(log n). */
export function binarySearch(nums: number[], target: number): number {
  // Search the half-open range [lo, hi) for the first index whose value is >= target.
  let lo = 0;
  let hi = nums.length;
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2); // the form that cannot overflow in other languages
    if ((nums[mid] as number) < target)
      lo = mid + 1; // everything up to mid is too small
    else hi = mid; // mid might be the first match, so keep it
  }
  return nums[lo] === target ? lo : -1; // lo is the insertion point; check it holds target
}
