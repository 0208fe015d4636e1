/** Indices of the two numbers that add up to target, or [] when no pair does. O(n) time. */
export function twoSum(nums: number[], target: number): number[] {
  const seen = new Map<number, number>(); // value -> index where we saw it
  for (let i = 0; i < nums.length; i++) {
    const need = target - (nums[i] as number);
    const j = seen.get(need);
    if (j !== undefined) return [j, i];
    seen.set(nums[i] as number, i);
  }
  return [];
}
