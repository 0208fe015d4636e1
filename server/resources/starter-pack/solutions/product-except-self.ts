/** result[i] = product of every element except nums[i], without division. O(n) time. */
export function productExceptSelf(nums: number[]): number[] {
  const n = nums.length;
  const result = new Array<number>(n).fill(1);
  // First pass: result[i] = product of everything to the left of i.
  let left = 1;
  for (let i = 0; i < n; i++) {
    result[i] = left;
    left *= nums[i] as number;
  }
  // Second pass: multiply in the product of everything to the right of i.
  let right = 1;
  for (let i = n - 1; i >= 0; i--) {
    result[i] = (result[i] as number) * right;
    right *= nums[i] as number;
  }
  return result;
}
