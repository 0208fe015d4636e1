/** The k most frequent values, most frequent first; ties go to the smaller value. */
export function topKFrequent(nums: number[], k: number): number[] {
  const count = new Map<number, number>();
  for (const x of nums) count.set(x, (count.get(x) ?? 0) + 1);

  // A frequency is at most n, so bucket by frequency instead of sorting by it.
  const buckets: number[][] = Array.from({ length: nums.length + 1 }, () => []);
  for (const [value, frequency] of count) buckets[frequency]?.push(value);

  const result: number[] = [];
  for (let f = nums.length; f > 0 && result.length < k; f--) {
    const bucket = buckets[f] ?? [];
    bucket.sort((a, b) => a - b); // only for a deterministic tie order
    for (const value of bucket) {
      if (result.length === k) break;
      result.push(value);
    }
  }
  return result;
}
