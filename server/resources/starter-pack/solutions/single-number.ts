/** The one value that appears once when every other value appears twice. XOR, O(n), O(1). */
export function singleNumber(nums: number[]): number {
  // x ^ x = 0 and x ^ 0 = x, and XOR is commutative: the pairs cancel, the single remains.
  return nums.reduce((acc, x) => acc ^ x, 0);
}
