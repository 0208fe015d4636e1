/** Length of the longest run of consecutive integers in an unsorted array. O(n) expected. */
export function longestConsecutive(nums: number[]): number {
  const values = new Set(nums); // dedupes and gives O(1) membership
  let best = 0;
  for (const start of values) {
    if (values.has(start - 1)) continue; // only count from the first element of a run
    let length = 1;
    while (values.has(start + length)) length++;
    best = Math.max(best, length);
  }
  return best;
}
