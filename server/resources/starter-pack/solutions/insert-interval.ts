/** Inserts an interval into sorted, non-overlapping intervals, merging where needed. O(n). */
export function insert(intervals: number[][], newInterval: number[]): number[][] {
  const result: number[][] = [];
  let [start, end] = newInterval as [number, number];
  let i = 0;
  // 1. Intervals that end before the new one starts are untouched.
  while (i < intervals.length && ((intervals[i] as number[])[1] as number) < start) {
    result.push([...(intervals[i] as number[])]);
    i++;
  }
  // 2. Intervals that start before the new one ends overlap it: absorb them.
  while (i < intervals.length && ((intervals[i] as number[])[0] as number) <= end) {
    const [s, e] = intervals[i] as [number, number];
    start = Math.min(start, s);
    end = Math.max(end, e);
    i++;
  }
  result.push([start, end]);
  // 3. The rest start after the merged interval ends.
  while (i < intervals.length) result.push([...(intervals[i++] as number[])]);
  return result;
}
