/** The one number of 0..n missing from an array of n distinct values. XOR, O(n), O(1). */
export function missingNumber(nums: number[]): number {
  // XOR every index 0..n with every value: each present number cancels its own index.
  let acc = nums.length;
  nums.forEach((value, i) => {
    acc ^= i ^ value;
  });
  return acc;
}
