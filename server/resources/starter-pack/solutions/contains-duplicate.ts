/** True when some value appears at least twice. O(n) time, O(n) space. */
export function containsDuplicate(nums: number[]): boolean {
  const seen = new Set<number>();
  for (const x of nums) {
    if (seen.has(x)) return true; // stop at the first repeat instead of counting everything
    seen.add(x);
  }
  return false;
}
